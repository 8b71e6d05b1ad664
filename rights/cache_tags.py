"""Complaint channels and collection rules show on pages that declare no tags of their own (the channels and rules
pages, the call checker's answers, the open data downloads): they retire ``overdue_site.page_cache.CONTENT``."""

from overdue_site import page_cache

from .models import CollectionRule, ComplaintChannel, RuleChangeNote, RuleSource


def register() -> None:
    for model in (ComplaintChannel, CollectionRule, RuleSource, RuleChangeNote):
        page_cache.register(model, lambda record: {page_cache.CONTENT})
