"""How long cached pages live: until the next scheduled publish or unpublish time, the next midnight in mainland
China, and at the latest PAGE_CACHE_SECONDS (shortened at random so pages rendered together expire apart)."""

import datetime

import pytest
import time_machine

from overdue_site import page_cache
from tests.factories import make_article
from workflow.models import Status

pytestmark = pytest.mark.django_db

SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))
START = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI)
A_DAY = 24 * 3600


def current_content_version():
    return page_cache.versions([page_cache.CONTENT], missing=0)[0]


def test_a_page_lives_until_the_next_scheduled_publish_time(settings, in_process_pages):
    settings.PAGE_CACHE_SECONDS = A_DAY
    with time_machine.travel(START, tick=False):
        make_article(
            "定时文章", "Scheduled article", status=Status.PUBLISHED, published_at=START + datetime.timedelta(minutes=5)
        )
        assert page_cache.lifetime(current_content_version()) == 5 * 60


def test_a_page_lives_until_the_next_scheduled_unpublish_time(settings, in_process_pages):
    settings.PAGE_CACHE_SECONDS = A_DAY
    with time_machine.travel(START, tick=False):
        make_article("限时文章", "Article until noon", unpublish_at=START + datetime.timedelta(hours=2))
        assert page_cache.lifetime(current_content_version()) == 2 * 3600


def test_drafts_and_past_times_do_not_shorten_the_lifetime(settings, in_process_pages):
    settings.PAGE_CACHE_SECONDS = 3600
    with time_machine.travel(START, tick=False):
        make_article("草稿", "Draft", published=False, published_at=START + datetime.timedelta(minutes=5))
        make_article("旧文章", "Old article", published_at=START - datetime.timedelta(days=3))
        assert 2700 <= page_cache.lifetime(current_content_version()) <= 3600


def test_a_page_lives_at_most_until_midnight_in_mainland_china(settings, in_process_pages):
    settings.PAGE_CACHE_SECONDS = A_DAY
    with time_machine.travel(datetime.datetime(2026, 12, 1, 23, 59, 30, tzinfo=SHANGHAI), tick=False):
        assert page_cache.lifetime(current_content_version()) == 30


def test_lifetimes_are_spread_over_the_last_quarter_of_page_cache_seconds(settings, in_process_pages):
    settings.PAGE_CACHE_SECONDS = 1000
    with time_machine.travel(START, tick=False):
        lifetimes = {page_cache.lifetime(current_content_version()) for _ in range(50)}
    assert all(750 <= seconds <= 1000 for seconds in lifetimes)
    assert len(lifetimes) > 1


def test_a_scheduled_article_appears_on_a_cached_list_at_its_publish_time(client, settings, in_process_pages):
    settings.PAGE_CACHE_SECONDS = A_DAY
    publish = START + datetime.timedelta(minutes=10)
    with time_machine.travel(START, tick=False) as traveller:
        make_article("定时文章", "Scheduled article", status=Status.PUBLISHED, published_at=publish)
        assert client.get("/en/faq/")["X-Cache"] == "miss"
        second = client.get("/en/faq/")
        assert second["X-Cache"] == "hit"
        assert "Scheduled article" not in second.content.decode()

        traveller.move_to(publish - datetime.timedelta(seconds=1))
        assert client.get("/en/faq/")["X-Cache"] == "hit"

        traveller.move_to(publish + datetime.timedelta(seconds=1))
        response = client.get("/en/faq/")
        assert response["X-Cache"] == "miss"
        assert "Scheduled article" in response.content.decode()


def test_the_next_scheduled_change_is_read_again_only_when_content_changes(
    settings, in_process_pages, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = A_DAY
    with time_machine.travel(START, tick=False):
        page_cache.lifetime(current_content_version())
        with django_assert_num_queries(1):  # the tag version; the schedule is remembered
            page_cache.lifetime(current_content_version())
        make_article(
            "定时文章", "Scheduled article", status=Status.PUBLISHED, published_at=START + datetime.timedelta(hours=1)
        )
        assert page_cache.lifetime(current_content_version()) == 3600
