import pytest
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolate_cache_and_language():
    cache.clear()
    yield
    cache.clear()
    translation.activate("zh-hans")


@pytest.fixture(autouse=True)
def _page_cache(settings):
    """Pages are rendered afresh in tests, so query counts and content checks see the view; tests/performance
    override this fixture to test the page cache itself."""
    settings.PAGE_CACHE_ENABLED = False
