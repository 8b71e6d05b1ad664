"""Records kept between pages (page_cache.remember): a platform with its timeline and its readers' figures are read
once for its page and its lookups on every day overdue, in every language, until one of them changes."""

import contextvars
import datetime
import uuid

import pytest
import time_machine
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.selectors import INDEX_PAGE_SIZE
from feedback.models import ContactDayReport
from overdue_site import page_cache
from platforms.models import Source, Stage
from tests.factories import make_article, make_platform

from .support import site_caches
from .test_redis_down import live_redis_caches

pytestmark = pytest.mark.django_db
MISS = {"HTTP_X_PAGE_CACHE_BYPASS": "1"}  # rendered as on a page-cache miss


@pytest.fixture(autouse=True)
def _bypass_allowed(settings):
    settings.PAGE_CACHE_ALLOW_BYPASS = True


class Loader:
    def __init__(self, value="record", tags=("platform:1",)):
        self.calls, self.value, self.tags = 0, value, list(tags)

    def __call__(self):
        self.calls += 1
        return (f"{self.value} {self.calls}", self.tags) if self.value is not None else None


def test_a_record_is_loaded_once_until_a_tag_it_named_is_bumped():
    load = Loader()
    assert page_cache.remember("thing", "a", load) == "record 1"
    assert page_cache.remember("thing", "a", load) == "record 1"
    page_cache.bump("platform:2")
    assert page_cache.remember("thing", "a", load) == "record 1"
    page_cache.bump("platform:1")
    assert page_cache.remember("thing", "a", load) == "record 2"
    assert page_cache.remember("thing", "b", load) == "record 3"
    assert page_cache.remember("other thing", "a", load) == "record 4"


def test_nothing_found_is_not_kept():
    load = Loader(value=None)
    assert page_cache.remember("thing", "missing", load) is None
    assert page_cache.remember("thing", "missing", load) is None
    assert load.calls == 2


def test_a_record_loaded_while_its_tag_is_bumped_is_not_kept():
    calls = []

    def load():
        calls.append(1)
        if len(calls) == 1:
            page_cache.bump("platform:1")  # an editor saves while the rows are read
        return len(calls), ["platform:1"]

    assert page_cache.remember("thing", "a", load) == 1
    assert page_cache.remember("thing", "a", load) == 2
    assert page_cache.remember("thing", "a", load) == 2


def test_without_the_page_cache_records_are_loaded_every_time(settings):
    settings.PAGE_CACHE_ENABLED = False
    load = Loader()
    page_cache.remember("thing", "a", load)
    page_cache.remember("thing", "a", load)
    assert load.calls == 2


def test_a_fragment_without_tags_reads_no_tag_versions(monkeypatch):
    load = Loader(tags=())
    assert page_cache.remember("fragment", "a", load) == "record 1"

    def unreachable(keys):
        raise AssertionError(f"read tag versions {keys}")

    monkeypatch.setattr(caches[page_cache.TAGS], "get_many", unreachable)
    assert page_cache.remember("fragment", "a", load) == "record 1"


def worker_caches(shared: dict, name: str) -> dict:
    """One worker's CACHES: the shared pages and tag versions, its own records."""
    return {**shared, "records": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}}


@pytest.mark.parametrize("store", ["database", "redis"])
def test_each_worker_keeps_records_in_its_own_memory_and_a_bump_in_any_retires_them(store):
    # Reading a record from Redis was a round trip, several per page: each worker keeps its own copy instead.
    if store == "redis":
        shared = live_redis_caches()
    else:
        shared = site_caches({"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
    first, second = (worker_caches(shared, uuid.uuid4().hex) for _ in range(2))
    load = Loader()
    with override_settings(CACHES=first):
        assert page_cache.remember("thing", "a", load) == "record 1"
        assert page_cache.remember("thing", "a", load) == "record 1"
    with override_settings(CACHES=second):
        assert page_cache.remember("thing", "a", load) == "record 2"
        page_cache.bump("platform:1")
    with override_settings(CACHES=first):
        assert page_cache.remember("thing", "a", load) == "record 3"


@pytest.fixture
def platform():
    return make_platform(
        slug="kept",
        name="保留平台",
        name_en="Kept platform",
        stages=[(1, 3, False), (4, None, True)],
        sources=[(4, 7)],
    )


def lookup(client, days, language="en", slug="kept"):
    return client.get(f"/{language}/lookup/?platform={slug}&days_overdue={days}", **MISS).content.decode()


def test_a_lookup_on_another_day_or_in_another_language_reads_no_timeline_rows(client, platform):
    client.get("/zh-hant/lookup/", **MISS)  # the parts every lookup page shares (the list of platforms), in Traditional
    lookup(client, 2)
    with CaptureQueriesContext(connection) as queries:
        html = lookup(client, 5, language="zh-hant")
    assert "保留平台" in html and "階段2" in html
    tables = " ".join(query["sql"] for query in queries)
    for table in ("platforms_platform", "platforms_stage", "platforms_source", "feedback_contactdayreport"):
        assert table not in tables


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_a_stage_edit_shows_at_once_on_a_lookup_of_any_day(client, platform, language):
    lookup(client, 2, language)
    stage = Stage.objects.get(platform=platform, first_day=1)
    stage.title_zh_hans = stage.title_zh_hant = stage.title_en = "Renamed stage"
    stage.save()
    assert "Renamed stage" in lookup(client, 2, language)
    assert "Renamed stage" in client.get(f"/{language}/platforms/kept/", **MISS).content.decode()


@pytest.mark.parametrize("url", ["/en/platforms/kept/", "/en/lookup/?platform=kept&days_overdue=5"])
def test_a_source_edit_shows_at_once_in_the_list_of_sources(client, platform, url):
    assert "Source 1" in client.get(url, **MISS).content.decode()
    source = Source.objects.get(platform=platform)
    source.title_zh_hans = source.title_zh_hant = source.title_en = "Retitled source"
    source.save()
    html = client.get(url, **MISS).content.decode()
    assert "Retitled source" in html and "Source 1" not in html


def test_a_platform_taken_down_is_no_longer_found(client, platform):
    assert "Kept platform" in lookup(client, 2)
    platform.status = "draft"
    platform.save()
    assert client.get("/en/platforms/kept/", **MISS).status_code == 404
    assert "Kept platform" not in lookup(client, 2)


def test_a_counted_contact_day_report_shows_at_once_in_the_readers_figures(client, platform, settings):
    settings.FEEDBACK_MIN_REPORTS = 2
    report = {"platform": platform, "channel": "phone", "borrower_reachable": "no", "language": "en"}
    ContactDayReport.objects.create(first_contact_day=4, status="approved", **report)
    pending = ContactDayReport.objects.create(first_contact_day=8, status="pending", **report)
    assert "Readers report" not in lookup(client, 2)
    pending.status = "approved"
    pending.save()
    html = lookup(client, 2)
    assert "Readers report: median day 6, n = 2." in html


def count_queries(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **MISS).status_code == 200
    return [
        sql for query in queries.captured_queries if "COUNT(" in (sql := query["sql"]) and "articles_article" in sql
    ]


def paged_faq(count: int, **extra) -> None:
    start = timezone.now() - datetime.timedelta(days=1)
    for number in range(count):
        make_article(
            f"问题{number}", f"Question {number}", published_at=start - datetime.timedelta(minutes=number), **extra
        )


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_an_index_counts_its_articles_once_for_all_its_pages_until_content_changes(client, language):
    paged_faq(INDEX_PAGE_SIZE)
    first, second = f"/{language}/faq/", f"/{language}/faq/?page=2"
    assert len(count_queries(client, first)) == 1
    assert count_queries(client, first) == count_queries(client, second) == []
    assert 'rel="next"' not in client.get(first, **MISS).content.decode()
    make_article("新问题", "A new question")
    assert len(count_queries(client, second)) == 1
    assert 'rel="next" href="?page=2"' in client.get(first, **MISS).content.decode()


def test_an_article_scheduled_to_appear_is_counted_once_its_time_comes(client, in_process_pages):
    paged_faq(INDEX_PAGE_SIZE)
    publish_at = timezone.now() + datetime.timedelta(hours=1)
    make_article("定时问题", "Scheduled question", published_at=publish_at)
    assert 'rel="next"' not in client.get("/en/faq/", **MISS).content.decode()
    with time_machine.travel(publish_at + datetime.timedelta(seconds=1), tick=False):
        assert 'rel="next" href="?page=2"' in client.get("/en/faq/", **MISS).content.decode()


class CountingReads:
    """Wraps the tag store's get_many: which keys each read asked for."""

    def __init__(self, monkeypatch):
        self.keys: list[str] = []
        store = caches[page_cache.TAGS]
        original = store.get_many

        def get_many(keys, *args, **kwargs):
            self.keys += keys
            return original(keys, *args, **kwargs)

        monkeypatch.setattr(store, "get_many", get_many)


@pytest.mark.parametrize("url", ["/en/platforms/kept/", "/en/lookup/?platform=kept&days_overdue=5"])
def test_a_page_reads_each_tag_version_once(client, platform, url, monkeypatch):
    # The platform's record, its readers' figures and its list of sources all name its tag; the footer and the
    # rules panel both name LAYOUT. Each read was a query (or a round trip to Redis).
    client.get(url, **MISS)
    reads = CountingReads(monkeypatch)
    assert client.get(url, **MISS).status_code == 200
    assert f"tag:platform:{platform.pk}" in reads.keys and "tag:layout" in reads.keys
    assert len(reads.keys) == len(set(reads.keys)), reads.keys


def test_within_a_request_a_bump_is_read_back_and_a_fresh_read_sees_other_workers():
    key = page_cache.TAG_KEY.format(tag="platform:1")
    with page_cache.one_read_per_request():
        [first] = page_cache.versions(["platform:1"], missing=0)
        caches[page_cache.TAGS].set(key, first + 10, None)  # another worker bumps the tag meanwhile
        assert page_cache.versions(["platform:1"]) == [first]
        assert page_cache.versions(["platform:1"], fresh=True) == [first + 10]
        page_cache.bump("platform:1")  # this request's own change
        [bumped] = page_cache.versions(["platform:1"])
        assert bumped > first + 10
    assert page_cache.versions(["platform:1"]) == [bumped]


def test_a_change_saved_by_another_worker_after_a_request_read_its_tags_is_not_stored_stale(
    client, platform, monkeypatch, settings
):
    """The request reads the platform's tag once, before another worker saves the platform: it may render the kept
    record from before the save, but the page must not be stored as current."""
    settings.PAGE_CACHE_ALLOW_BYPASS = False
    url = "/en/platforms/kept/"
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    page_cache.bump(page_cache.LAYOUT)  # the stored page is out of date; the platform's record is still current
    store = caches[page_cache.TAGS]
    original = store.get_many

    def get_many_then_another_worker_saves(keys, *args, **kwargs):
        found = original(keys, *args, **kwargs)
        monkeypatch.setattr(store, "get_many", original)
        platform.name_en = "Renamed platform"
        contextvars.Context().run(platform.save)  # outside this request, as in another worker
        return found

    monkeypatch.setattr(store, "get_many", get_many_then_another_worker_saves)
    assert client.get(url)["X-Cache"] == "miss"
    html = client.get(url).content.decode()
    assert "Renamed platform" in html
