import uuid

import pytest
from django.test import override_settings

from overdue_site import page_cache

from .support import site_caches


@pytest.fixture(autouse=True)
def _page_cache(settings):
    """The page cache is on here (tests/conftest.py turns it off for every other test)."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def in_process_pages():
    """Pages and records in a LocMem cache of their own: its expiry follows the clock time-machine moves (Redis's
    would not)."""
    caches = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex}}
    with override_settings(CACHES=site_caches(caches)):
        page_cache._next_change_memo.clear()
        yield
        page_cache._next_change_memo.clear()
