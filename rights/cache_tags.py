"""A complaint channel shows on pages that declare no tags of their own (overdue_site.page_cache.CONTENT)."""

from overdue_site import page_cache

from .models import ComplaintChannel


def register() -> None:
    page_cache.register(ComplaintChannel, lambda channel: {page_cache.CONTENT})
