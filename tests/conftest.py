import pytest
from django.core.cache import cache, caches
from django.utils import translation

from heat import counting
from overdue_site import page_cache


@pytest.fixture(autouse=True)
def _isolate_cache_and_language():
    # A test's database is rolled back without signals, so nothing cached from it may reach the next test. The page
    # cache's tag versions live in the database (rolled back too) or, with Redis, in the database clear() empties.
    cache.clear()
    caches[page_cache.RECORDS].clear()
    # What this process remembers of the view counters' flush periods belongs to the cache just emptied.
    counting._flush_periods.clear()
    yield
    cache.clear()
    caches[page_cache.RECORDS].clear()
    translation.activate("zh-hans")


@pytest.fixture(autouse=True)
def _page_cache(settings):
    """Pages are rendered afresh in tests, so query counts and content checks see the view, and scheduled times show
    to the second; tests/performance override this fixture to test the page cache."""
    settings.PAGE_CACHE_ENABLED = False
