"""Article views are counted in the cache and written to the database in bulk, without losing a view."""

import re
import threading
import uuid

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from heat import counting
from tests.factories import make_article

from .support import site_caches
from .test_redis_down import live_redis_caches


def viewed(article):
    return Article.objects.values_list("view_count", flat=True).get(pk=article.pk)


@pytest.mark.django_db
def test_views_wait_in_the_cache_and_are_flushed_in_bulk(settings):
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article()
    for _ in range(5):
        counting.record_view(article.pk)
    article.refresh_from_db()
    # The first view starts the flush period; nothing is written before it ends.
    assert article.view_count == 0
    assert counting.view_count(article) == 5
    call_command("flush_view_counts", stdout=None)
    article.refresh_from_db()
    assert article.view_count == 5
    assert counting.view_count(article) == 5


@pytest.mark.django_db
def test_pending_views_are_flushed_when_they_reach_the_threshold(settings):
    settings.HEAT_FLUSH_EVERY = 3
    article = make_article()
    for _ in range(7):
        counting.record_view(article.pk)
    # Flushed whenever three are pending: after views 3 and 6.
    assert viewed(article) == 6
    counting.record_view(article.pk)
    assert viewed(article) == 6
    assert counting.view_count(Article.objects.get(pk=article.pk)) == 8


@pytest.mark.django_db
def test_article_page_counts_views_also_when_served_from_the_page_cache(client, settings):
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article(title_en="Counted")
    url = article.get_absolute_url().replace("/zh-hans/", "/en/")
    responses = [client.get(url) for _ in range(4)]
    assert [response["X-Cache"] for response in responses] == ["miss", "hit", "hit", "hit"]
    counting.flush_all()
    assert viewed(article) == 4
    cache.clear()
    html = client.get(url).content.decode()
    # Four written, and this view pending.
    assert '<div class="view-count"><dt>Views</dt><dd>5</dd></div>' in html


@pytest.mark.django_db
def test_the_page_that_writes_the_pending_views_shows_them(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.HEAT_FLUSH_EVERY = 3
    article = make_article(title_en="Counted")
    url = article.get_absolute_url().replace("/zh-hans/", "/en/")
    shown = [re.search(r"<dt>Views</dt><dd>(\d+)</dd>", client.get(url).content.decode())[1] for _ in range(4)]
    # The third view writes the three pending views to the row the page had loaded before: it still shows 3.
    assert shown == ["1", "2", "3", "4"]
    assert viewed(article) == 3


@pytest.mark.django_db
def test_views_are_written_directly_when_the_cache_cannot_count(settings):
    from .test_redis_down import unreachable_redis_caches

    article = make_article()
    settings.CACHES = unreachable_redis_caches()
    counting.record_view(article.pk)
    counting.record_view(article.pk)
    assert viewed(article) == 2


def hammer(article_id, threads=12, views_each=40):
    from django.db import connection

    errors = []

    def worker():
        try:
            for _ in range(views_each):
                counting.record_view(article_id)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    assert not errors
    return threads * views_each


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("backend", ["in-process", "redis"])
def test_concurrent_views_lose_no_count(backend, settings, monkeypatch):
    if backend == "redis":
        settings.CACHES = live_redis_caches(prefix=f"heat-{uuid.uuid4().hex}")
    else:
        settings.CACHES = site_caches(
            {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex}}
        )
    # Frequent flushes, so threads flush while others count.
    settings.HEAT_FLUSH_EVERY = 7
    settings.HEAT_FLUSH_SECONDS = 1
    if connection.vendor == "sqlite":
        # SQLite's shared in-memory test database refuses concurrent writers ("table is locked") where the file
        # database waits (WAL + busy timeout); writes are serialised here, the cache-side counting stays concurrent.
        lock = threading.Lock()
        write = counting._add_to_database

        def serialised(counts):
            with lock:
                write(counts)

        monkeypatch.setattr(counting, "_add_to_database", serialised)
    article = make_article()
    total = hammer(article.pk)
    counting.flush_all()
    assert viewed(article) == total
    assert counting.view_count(Article.objects.get(pk=article.pk)) == total


def in_process_cache(name):
    """The CACHES setting of a separate worker process: its own, empty in-process cache."""
    return site_caches(
        {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"worker-{name}"}}
    )


# A page-cache hit of an article page counts the view: cheap, and nothing lost when a worker exits ----------------


@pytest.mark.django_db
@pytest.mark.django_db
def test_a_view_within_the_flush_period_asks_the_cache_once(settings, monkeypatch):
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article()
    counting.record_view(article.pk)  # flushes (nothing flushed recently) and starts the period
    calls = []
    for name in ("add", "incr", "get", "set"):
        method = getattr(cache, name)
        monkeypatch.setattr(
            cache, name, lambda *args, _method=method, _name=name, **kw: calls.append(_name) or _method(*args, **kw)
        )
    counting.record_view(article.pk)
    assert calls == ["incr"]
    assert counting.view_count(Article.objects.get(pk=article.pk)) == 2


@pytest.mark.django_db
def test_after_a_cache_clear_views_are_flushed_again_when_the_new_period_ends(settings):
    settings.CACHES = in_process_cache("cleared")  # the clock is moved: Redis expires keys by its own
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article()
    with time_machine.travel("2026-03-01 12:00", tick=False) as clock:
        counting.record_view(article.pk)
        counting.record_view(article.pk)  # pending: the period started by the first view runs
        cache.clear()  # the pending views are lost with the cache, and so is the period
        counting.record_view(article.pk)  # this process remembered the old period: the cache is asked again
        clock.shift(settings.HEAT_FLUSH_SECONDS + 1)
        counting.record_view(article.pk)
    assert Article.objects.values_list("view_count", flat=True).get(pk=article.pk) == 2


@pytest.mark.django_db
def test_a_worker_writes_its_pending_views_when_it_exits(settings):
    settings.CACHES = in_process_cache("exiting")  # without Redis the pending views die with the worker
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article()
    for _ in range(3):
        counting.record_view(article.pk)
    assert counting.flush_process_pending() == 3
    assert Article.objects.values_list("view_count", flat=True).get(pk=article.pk) == 3


@pytest.mark.django_db
def test_with_redis_pending_views_stay_in_the_cache_when_a_worker_exits(settings):
    settings.CACHES = live_redis_caches()
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article()
    counting.record_view(article.pk)
    counting.record_view(article.pk)
    assert counting.flush_process_pending() == 0
    assert counting.view_count(Article.objects.get(pk=article.pk)) == 2


@pytest.mark.django_db
def test_flushing_all_articles_does_not_evict_the_counters_it_flushes(settings):
    # The in-process cache evicts when full (300 entries by default): a flush must not fill it with a lock per article.
    settings.CACHES = site_caches(
        {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "small",
                "OPTIONS": {"MAX_ENTRIES": 6},
            }
        }
    )
    settings.HEAT_FLUSH_EVERY = 1000
    articles = [make_article() for _ in range(8)]
    for _ in range(3):
        counting.record_view(articles[0].pk)
    assert counting.flush_all() == 3
    assert Article.objects.values_list("view_count", flat=True).get(pk=articles[0].pk) == 3


@pytest.mark.django_db
def test_the_first_view_after_the_flush_period_flushes(settings):
    settings.CACHES = in_process_cache("clock")  # Redis expires keys by its own clock, which the test cannot move
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article()
    with time_machine.travel("2026-03-01 12:00", tick=False) as clock:
        counting.record_view(article.pk)
        counting.record_view(article.pk)
        assert Article.objects.values_list("view_count", flat=True).get(pk=article.pk) == 0
        clock.shift(settings.HEAT_FLUSH_SECONDS + 1)
        counting.record_view(article.pk)
    assert Article.objects.values_list("view_count", flat=True).get(pk=article.pk) == 3


@pytest.mark.django_db
def test_an_article_read_less_than_once_a_period_is_not_written_at_every_view(settings):
    settings.CACHES = in_process_cache("rarely")
    settings.HEAT_FLUSH_EVERY = 1000
    article = make_article()
    period = settings.HEAT_FLUSH_SECONDS + 1
    with time_machine.travel("2026-03-01 12:00", tick=False) as clock:
        counting.record_view(article.pk)
        clock.shift(period)
        counting.record_view(article.pk)  # the first view waited a period: both are written
        assert viewed(article) == 2
        written = []
        for _ in range(3):
            clock.shift(period)
            counting.record_view(article.pk)
            written.append(viewed(article))
        # A view that finds nothing waiting waits for the next one; both are written then.
        assert written == [2, 4, 4]
        assert counting.view_count(Article.objects.get(pk=article.pk)) == 5
