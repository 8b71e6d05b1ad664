from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from overdue_site import version_memo


@pytest.fixture(autouse=True, scope="session")
def _own_page_cache_version_file(tmp_path_factory):
    """Each test process (xdist worker, other checkout) keeps the page cache's content version in its own file, so
    parallel runs never retire each other's cached pages (overdue_site.page_cache, without Redis)."""
    with override_settings(PAGE_CACHE_VERSION_FILE=str(tmp_path_factory.mktemp("page-cache") / "version")):
        yield


@pytest.fixture(autouse=True)
def _fresh_content_version():
    """Every test starts at a new content version, as if the cache had been emptied with Redis (where
    ``cache.clear()`` drops the version too): nothing remembered per version (version_memo) outlives a test."""
    Path(settings.PAGE_CACHE_VERSION_FILE).unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _isolate_cache_and_language():
    # A test's database is rolled back without signals, so nothing remembered from it may reach the next test.
    cache.clear()
    version_memo.forget_all()
    yield
    cache.clear()
    version_memo.forget_all()
    translation.activate("zh-hans")


@pytest.fixture(autouse=True)
def _page_cache(settings):
    """Pages are rendered afresh in tests, so query counts and content checks see the view, and scheduled times show
    to the second; tests/performance override this fixture to test the page cache and the per-version memo."""
    settings.PAGE_CACHE_ENABLED = False
    settings.VERSION_MEMO_ENABLED = False
