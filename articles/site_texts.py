"""Site-wide texts edited by staff (disclaimer, rules panel), kept per language and content version so that pages
query nothing for them.

Saving or deleting a site text changes the content version (articles is a page-cache app), in every process, so
edits show at once (``overdue_site.version_memo``).
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language, override

from overdue_site import version_memo

from .models import SiteText


def site_texts(language: str | None = None) -> dict[str, dict[str, str]]:
    """{key: {"title": ..., "html": ...}} in the language, falling back to Simplified Chinese per field."""
    language = language or get_language() or settings.LANGUAGE_CODE
    return version_memo.remember("site-texts", language, lambda: _rendered(language))


def _rendered(language: str) -> dict[str, dict[str, str]]:
    with override(language):
        return {text.key: {"title": text.title or "", "html": text.body_html} for text in SiteText.objects.all()}
