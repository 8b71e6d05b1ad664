import pytest


@pytest.fixture(autouse=True)
def _page_cache(settings):
    """The page cache and the per-version memo are on here (tests/conftest.py turns them off for every other test)."""
    settings.PAGE_CACHE_ENABLED = True
    settings.VERSION_MEMO_ENABLED = True
