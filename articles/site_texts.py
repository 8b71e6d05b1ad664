"""Site-wide texts edited by staff (disclaimer, rules panel), cached per language so pages query nothing for them.

The cache entry is dropped whenever a site text is saved or deleted, so edits show at once.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language

from .markup import render_markdown
from .models import SiteText

CACHE_KEY = "site-texts:{language}"
CACHE_SECONDS = 60 * 60


def site_texts(language: str | None = None) -> dict[str, dict[str, str]]:
    """{key: {"title": ..., "html": ...}} in the language, falling back to Simplified Chinese per field."""
    language = language or get_language() or settings.LANGUAGE_CODE
    key = CACHE_KEY.format(language=language)
    texts = cache.get(key)
    if texts is None:
        texts = {
            text.key: {"title": text.title or "", "html": render_markdown(text.body)} for text in SiteText.objects.all()
        }
        cache.set(key, texts, CACHE_SECONDS)
    return texts


@receiver(post_save, sender=SiteText)
@receiver(post_delete, sender=SiteText)
def forget_site_texts(**kwargs):
    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])
