"""Left only for ``articles.selectors.listing_total`` until issue 14b's change to that module lands: delete this module
with its last use. Values are kept in the page cache until the ``content`` tag is bumped (overdue_site.page_cache)."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from django.conf import settings
from django.core.cache import caches

from . import page_cache


def remember(name: str, key: Hashable, compute: Callable):
    if not getattr(settings, "VERSION_MEMO_ENABLED", True):
        return compute()
    current = page_cache.versions([page_cache.CONTENT], missing=time.time_ns())
    if current is None:
        return compute()
    return caches[page_cache.PAGES].get_or_set(f"memo:{name}:{key}:{current}", compute, settings.PAGE_CACHE_SECONDS)


def forget_all() -> None:
    """Nothing to forget: values live in the page cache, which the tests empty."""
