"""Site-wide texts edited by staff (disclaimer, rules panel): one query; the HTML is rendered from Markdown when a text
is saved (overdue_site.markup). Every cached page carries the ``layout`` tag that a site text's change bumps
(articles.cache_tags).
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language, override

from .models import SiteText


def site_texts(language: str | None = None) -> dict[str, dict[str, str]]:
    """{key: {"title": ..., "html": ...}} in the language, falling back to Simplified Chinese per field."""
    language = language or get_language() or settings.LANGUAGE_CODE
    with override(language):
        return {text.key: {"title": text.title or "", "html": text.body_html} for text in SiteText.objects.all()}
