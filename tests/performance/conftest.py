import pytest


@pytest.fixture(autouse=True)
def _page_cache(settings):
    """The page cache is on here (tests/conftest.py turns it off for every other test)."""
    settings.PAGE_CACHE_ENABLED = True
