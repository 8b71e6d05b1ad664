"""Scheduled records appear at their publish time and disappear at their unpublish time, on every surface,
with nobody running a command: published() compares with the clock (frozen here with time-machine)."""

import datetime
import json

import pytest
import time_machine

from articles.models import Article
from platforms.models import Platform
from tests.factories import make_article, make_platform
from tests.pages import sitemaps
from workflow.models import Status

SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))
START = datetime.datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI)
PUBLISH = START + datetime.timedelta(hours=1)
UNPUBLISH = START + datetime.timedelta(hours=3)


@pytest.fixture
def scheduled(db, settings):
    # The page cache keeps a page for PAGE_CACHE_SECONDS of real time (Redis does not see the frozen clock); what is
    # tested here is that every surface asks published(), so it is off.
    settings.PAGE_CACHE_ENABLED = False
    with time_machine.travel(START, tick=False) as traveller:
        platform = make_platform(
            "scheduled-platform",
            "定时平台",
            name_en="Scheduled platform",
            status=Status.PUBLISHED,
            published_at=PUBLISH,
            unpublish_at=UNPUBLISH,
            sources=[(4, 7)],
        )
        article = make_article(
            "定时文章",
            "Scheduled article",
            status=Status.PUBLISHED,
            published_at=PUBLISH,
            unpublish_at=UNPUBLISH,
            platforms=[platform],
        )
        yield traveller, platform, article


def surfaces(client, platform, article) -> dict[str, bool]:
    """Where readers can see the two records right now."""
    api = json.loads(client.get("/api/platforms/?lang=en").content)
    return {
        "article page": client.get(f"/en/articles/{article.pk}-{article.slug}/").status_code == 200,
        "platform page": client.get(f"/en/platforms/{platform.slug}/").status_code == 200,
        "platform list": "Scheduled platform" in client.get("/en/platforms/").content.decode(),
        "faq index": "Scheduled article" in client.get("/en/faq/").content.decode(),
        "rss feed": "Scheduled article" in client.get("/en/feeds/articles.rss").content.decode(),
        "atom feed": "Scheduled article" in client.get("/en/feeds/articles.atom").content.decode(),
        "sitemap (article)": f"/articles/{article.pk}-" in sitemaps(client),
        "sitemap (platform)": "/platforms/scheduled-platform/" in sitemaps(client),
        "api": any(item["slug"] == platform.slug for item in api["platforms"]),
        "lookup api": client.get(f"/api/lookup/?platform={platform.slug}&days_overdue=5").status_code == 200,
    }


def test_hidden_before_the_publish_time(client, scheduled):
    _traveller, platform, article = scheduled
    assert not any(surfaces(client, platform, article).values()), surfaces(client, platform, article)


def test_visible_from_the_publish_time_on(client, scheduled):
    traveller, platform, article = scheduled
    traveller.move_to(PUBLISH - datetime.timedelta(seconds=1))
    assert not Article.objects.published().exists() and not Platform.objects.published().exists()
    traveller.move_to(PUBLISH)
    seen = surfaces(client, platform, article)
    assert all(seen.values()), seen


def test_gone_at_the_unpublish_time(client, scheduled):
    traveller, platform, article = scheduled
    traveller.move_to(UNPUBLISH - datetime.timedelta(seconds=1))
    assert all(surfaces(client, platform, article).values())
    traveller.move_to(UNPUBLISH)
    seen = surfaces(client, platform, article)
    assert not any(seen.values()), seen


def test_drafts_and_records_in_review_never_show(client, scheduled):
    traveller, platform, article = scheduled
    traveller.move_to(PUBLISH + datetime.timedelta(minutes=5))
    for status in (Status.DRAFT, Status.REVIEW):
        Platform.objects.filter(pk=platform.pk).update(status=status)
        Article.objects.filter(pk=article.pk).update(status=status)
        seen = surfaces(client, platform, article)
        assert not any(seen.values()), (status, seen)
