"""Shared per-version data (overdue_site.version_memo): computed once, recomputed after any edit or expiry."""

import datetime

import pytest
import time_machine
from django.core.signals import request_finished, request_started
from django.db import connection
from django.test.utils import CaptureQueriesContext

from overdue_site import page_cache, version_memo
from platforms.models import Stage
from tests.factories import make_platform, make_site_text

pytestmark = pytest.mark.django_db


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return f"value {self.calls}"


def test_a_value_is_computed_once_per_content_version():
    compute = Counter()
    assert version_memo.remember("test", "key", compute) == "value 1"
    assert version_memo.remember("test", "key", compute) == "value 1"
    assert version_memo.remember("test", "other key", compute) == "value 2"
    page_cache.bump_version()
    assert version_memo.remember("test", "key", compute) == "value 3"
    assert compute.calls == 3


def test_a_value_expires_after_the_page_cache_lifetime(settings):
    settings.PAGE_CACHE_SECONDS = 60
    compute = Counter()
    start = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        version_memo.remember("test", "key", compute)
        clock.shift(59)
        assert version_memo.remember("test", "key", compute) == "value 1"
        clock.shift(2)
        assert version_memo.remember("test", "key", compute) == "value 2"
        # A clock set back (as tests of scheduled publishing do) never reuses a value computed "in the future".
        clock.move_to(start - datetime.timedelta(days=1))
        assert version_memo.remember("test", "key", compute) == "value 3"


def test_switched_off_it_computes_every_time(settings):
    settings.VERSION_MEMO_ENABLED = False
    compute = Counter()
    version_memo.remember("test", "key", compute)
    version_memo.remember("test", "key", compute)
    assert compute.calls == 2


def test_it_holds_a_bounded_number_of_values(monkeypatch):
    monkeypatch.setattr(version_memo, "MAX_ENTRIES", 3)
    compute = Counter()
    for key in range(5):
        version_memo.remember("test", key, compute)
    assert len(version_memo._entries) == 3
    version_memo.remember("test", 0, compute)  # the oldest went first
    assert compute.calls == 6


def test_a_failed_computation_is_not_remembered():
    def fail():
        raise LookupError("not found")

    with pytest.raises(LookupError):
        version_memo.remember("test", "key", fail)
    assert version_memo.remember("test", "key", lambda: "found") == "found"


def test_lookups_of_one_platform_share_its_timeline(client):
    platform = make_platform(slug="shared", stages=[(1, 10, False), (11, None, True)])
    client.get(f"/en/lookup/?platform={platform.slug}&days_overdue=3")
    with CaptureQueriesContext(connection) as queries:
        page = client.get(f"/en/lookup/?platform={platform.slug}&days_overdue=30", HTTP_X_PAGE_CACHE_BYPASS="1")
    assert page.status_code == 200
    assert not [query for query in queries.captured_queries if "platforms_stage" in query["sql"]]


def test_a_stage_edit_shows_on_the_next_lookup_in_every_language(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    platform = make_platform(slug="edited", stages=[(1, 10, False), (11, None, True)])
    urls = [f"/{code}/lookup/?platform={platform.slug}&days_overdue=3" for code, _name in settings.LANGUAGES]
    for url in urls:
        client.get(url)
    stage = Stage.objects.get(platform=platform, first_day=1)
    stage.title_zh_hans = stage.title_zh_hant = stage.title_en = "A stage title just written"
    stage.save()
    for url in urls:
        assert "A stage title just written" in client.get(url).content.decode(), url


def test_a_site_text_edit_shows_in_the_shared_footer_at_once(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    text = make_site_text("disclaimer", body="旧的说明", body_en="The old note.")
    assert "The old note." in client.get("/en/privacy/").content.decode()
    text.body_en = "The new note."
    text.save()
    assert "The new note." in client.get("/en/faq/").content.decode()
    assert "The new note." in client.get("/en/privacy/").content.decode()


def test_a_page_reads_the_content_version_once(client, monkeypatch):
    platform = make_platform(slug="once", stages=[(1, 10, False), (11, None, True)])
    reads = []
    original = page_cache._current_version

    def counted(path):
        reads.append(path)
        return original(path)

    monkeypatch.setattr(page_cache, "_current_version", counted)
    # With Redis the page cache reads the version together with the page.
    original_get_many = page_cache.cache.get_many

    def counted_get_many(keys, *args, **kwargs):
        if page_cache.VERSION_KEY in keys:
            reads.append("cache")
        return original_get_many(keys, *args, **kwargs)

    monkeypatch.setattr(page_cache.cache, "get_many", counted_get_many)
    for days in (3, 30):  # the second lookup is a page-cache miss that finds the per-version values
        reads.clear()
        assert client.get(f"/en/lookup/?platform={platform.slug}&days_overdue={days}").status_code == 200
        assert len(reads) == 1


def test_a_bump_during_a_request_is_seen_by_the_rest_of_it():
    request_started.send(sender=None)
    try:
        before = page_cache.current_version()
        assert page_cache.current_version() is before  # read once
        page_cache.bump_version()
        assert page_cache.current_version()["number"] != before["number"]
    finally:
        request_finished.send(sender=None)
