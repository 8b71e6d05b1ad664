"""The content version that retires cached pages is one for all processes, also without Redis.

Without Redis every gunicorn worker has its own in-process cache, so the version lives in a file
(``PAGE_CACHE_VERSION_FILE``). Two "processes" are simulated by switching between two in-process caches with
different locations, which share nothing, just like two workers.
"""

import os
from pathlib import Path

import pytest
import time_machine
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import transaction

from overdue_site import page_cache
from tests.factories import make_platform

from .test_redis_down import live_redis_caches

pytestmark = pytest.mark.django_db


def process(name):
    """The CACHES setting of a separate worker process: its own, empty in-process cache."""
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"worker-{name}"}}


@pytest.fixture
def version_file(settings, tmp_path):
    """The in-process cache (also when the suite runs with REDIS_URL) and a version file of this test's own."""
    settings.CACHES = process("main")
    settings.PAGE_CACHE_VERSION_FILE = str(tmp_path / "var" / "version")
    return Path(settings.PAGE_CACHE_VERSION_FILE)


def test_a_bump_in_one_process_is_seen_by_every_other(settings, version_file):
    settings.CACHES = process("a")
    first = page_cache.current_version()
    settings.CACHES = process("b")
    assert page_cache.current_version() == first
    page_cache.bump_version()
    bumped = page_cache.current_version()
    assert bumped["number"] > first["number"]
    settings.CACHES = process("a")
    assert page_cache.current_version() == bumped
    assert version_file.read_text().split() == [str(bumped["number"]), str(bumped["changed_at"])]


def test_an_edit_handled_by_one_worker_retires_the_pages_cached_by_another(client, settings, version_file):
    platform = make_platform(slug="two-workers", name_en="Old name", stages=[(1, None, True)])
    url = platform.get_absolute_url().replace("/zh-hans/", "/en/")
    settings.CACHES = process("a")
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    settings.CACHES = process("b")  # the admin's save lands on the other worker
    platform.name_en = "New name"
    platform.save()
    settings.CACHES = process("a")
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    assert "New name" in response.content.decode()


def test_the_version_survives_a_cache_clear(version_file):
    version = page_cache.current_version()
    cache.clear()
    assert page_cache.current_version() == version


def test_a_missing_directory_is_created(version_file):
    assert not version_file.parent.exists()
    version = page_cache.current_version()
    assert version_file.exists()
    assert page_cache.current_version() == version


@pytest.mark.parametrize("content", [b"", b"garbage", b"12 34 56", b"\xff\xfe", b"12"])
def test_a_corrupt_file_gives_a_fresh_version_not_an_error(version_file, content):
    version_file.parent.mkdir(parents=True)
    version_file.write_bytes(content)
    version = page_cache.current_version()
    assert version["number"] > 0
    # The fresh version was written, so every process agrees on it from now on.
    assert page_cache.current_version() == version
    assert version_file.read_text().split()[0] == str(version["number"])


def test_an_unusable_path_falls_back_to_the_cache(version_file):
    version_file.mkdir(parents=True)  # a directory: can be neither read nor replaced by a file
    version = page_cache.current_version()
    assert page_cache.current_version() == version
    page_cache.bump_version()
    assert page_cache.current_version()["number"] > version["number"]


def test_bumps_give_new_numbers_even_when_the_clock_stands_still(version_file):
    with time_machine.travel("2026-01-01 12:00", tick=False):
        numbers = set()
        for _ in range(3):
            page_cache.bump_version()
            numbers.add(page_cache.current_version()["number"])
    assert len(numbers) == 3


def test_redis_keeps_the_version_and_no_file_is_written(settings, version_file):
    settings.CACHES = live_redis_caches()
    page_cache.bump_version()
    version = page_cache.current_version()
    assert cache.get(page_cache.VERSION_KEY) == version
    assert not version_file.exists()


def test_an_empty_setting_keeps_the_version_in_the_cache(settings, version_file):
    settings.PAGE_CACHE_VERSION_FILE = ""
    page_cache.bump_version()
    assert cache.get(page_cache.VERSION_KEY) == page_cache.current_version()


def test_a_transaction_bumps_again_once_when_it_commits(version_file, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        before = page_cache.current_version()
        make_platform(slug="committed", stages=[(1, None, True)])
        make_platform(slug="committed-too", stages=[(1, None, True)])
        assert page_cache.current_version()["number"] > before["number"]  # at once, too
    assert callbacks.count(page_cache.bump_version) == 1


def test_each_test_process_has_its_own_version_file():
    path = django_settings.PAGE_CACHE_VERSION_FILE
    assert not path.startswith(str(django_settings.BASE_DIR))
    if os.environ.get("PYTEST_XDIST_WORKER"):
        assert os.environ["PYTEST_XDIST_WORKER"] in path


def test_serving_a_cached_page_counts_as_using_the_version(client, monkeypatch):
    # Otherwise a save inside a transaction would skip its immediate bump and the page would stay cached until commit.
    platform = make_platform(slug="used", stages=[(1, None, True)])
    url = f"/en/platforms/{platform.slug}/"
    client.get(url)
    monkeypatch.setattr(page_cache, "_read_since_bump", False)
    assert client.get(url)["X-Cache"] == "hit"
    assert page_cache._read_since_bump
