"""Fragments: parts many pages share, kept per language until one of their tags is bumped (page_cache.fragment)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import SiteText
from overdue_site import page_cache
from platforms.models import Platform
from tests.factories import make_platform

pytestmark = pytest.mark.django_db
MISS = {"HTTP_X_PAGE_CACHE_BYPASS": "1"}  # rendered as on a page-cache miss: fragments are still used


@pytest.fixture(autouse=True)
def _bypass_allowed(settings):
    settings.PAGE_CACHE_ALLOW_BYPASS = True


class Counter:
    def __init__(self, text: str = "rendered"):
        self.calls, self.text = 0, text

    def __call__(self) -> str:
        self.calls += 1
        return f"{self.text} {self.calls}"


def test_a_fragment_is_rendered_once_until_its_tag_is_bumped():
    render = Counter()
    assert page_cache.fragment("part", ["platform:1"], render) == "rendered 1"
    assert page_cache.fragment("part", ["platform:1"], render) == "rendered 1"
    page_cache.bump("platform:2")
    assert page_cache.fragment("part", ["platform:1"], render) == "rendered 1"
    page_cache.bump("platform:1")
    assert page_cache.fragment("part", ["platform:1"], render) == "rendered 2"
    assert render.calls == 2


def test_fragments_are_kept_per_language_name_and_key():
    from django.utils import translation

    render = Counter()
    with translation.override("en"):
        page_cache.fragment("part", ["layout"], render)
        page_cache.fragment("part", ["layout"], render, key="other record")
        page_cache.fragment("another part", ["layout"], render)
    with translation.override("zh-hant"):
        page_cache.fragment("part", ["layout"], render)
    with translation.override("en"):
        page_cache.fragment("part", ["layout"], render)
    assert render.calls == 4


def test_without_the_page_cache_fragments_are_rendered_every_time(settings):
    settings.PAGE_CACHE_ENABLED = False
    render = Counter()
    page_cache.fragment("part", [], render)
    page_cache.fragment("part", [], render)
    assert render.calls == 2


def test_a_fragment_kept_first_does_not_keep_the_page_around_it_from_being_stored(client):
    make_platform(slug="jiebei", name_en="Jiebei")
    first = client.get("/en/platforms/jiebei/")
    assert first["X-Cache"] == "miss"
    assert client.get("/en/platforms/jiebei/")["X-Cache"] == "hit"


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_a_site_text_edit_shows_at_once_in_the_footer_of_a_page_rendered_on_a_miss(client, language):
    disclaimer = SiteText.objects.create(key="disclaimer", body="旧的免责声明", body_en="Old disclaimer")
    url = f"/{language}/privacy/"
    old = {"zh-hans": "旧的免责声明", "zh-hant": "舊的免責聲明", "en": "Old disclaimer"}[language]
    assert old in client.get(url, **MISS).content.decode()
    disclaimer.body, disclaimer.body_zh_hant, disclaimer.body_en = "新的免责声明", "新的免責聲明", "New disclaimer"
    disclaimer.save()
    html = client.get(url, **MISS).content.decode()
    assert {"zh-hans": "新的免责声明", "zh-hant": "新的免責聲明", "en": "New disclaimer"}[language] in html
    assert old not in html


def test_layout_fragments_are_shared_by_pages_rendered_on_a_miss(client):
    SiteText.objects.create(key="disclaimer", body="免责声明", body_en="Disclaimer")
    client.get("/en/privacy/", **MISS)
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/complaint-channels/", **MISS).content.decode()
    assert "Disclaimer" in html
    # Another page's footer came from the fragment: the site texts were not read again.
    assert not [query for query in queries.captured_queries if "articles_sitetext" in query["sql"]]


def platforms_read(queries) -> list:
    """The queries that load platforms (not the one for their next scheduled change, which says how long to keep)."""
    return [query for query in queries.captured_queries if '"platforms_platform"."slug"' in query["sql"]]


@pytest.mark.parametrize(
    ("url", "fragments"),
    [
        ("/en/platforms/", 1),  # the platform list's cards
        ("/en/", 2),  # the home page's links to platforms, and the lookup box's list of them
    ],
)
def test_lists_of_platforms_come_from_fragments_until_a_platform_changes(client, url, fragments):
    jiebei = make_platform(slug="jiebei", name_en="Jiebei")
    assert 'href="/en/platforms/jiebei/">Jiebei</a>' in client.get(url, **MISS).content.decode()
    # An article edit retires the page (CONTENT) but not the lists of platforms.
    page_cache.bump(page_cache.CONTENT)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url, **MISS).content.decode()
    assert 'href="/en/platforms/jiebei/">Jiebei</a>' in html
    assert not platforms_read(queries)
    jiebei.name_en = "Jiebei (Ant)"
    jiebei.save()
    make_platform(slug="huabei", name_en="Huabei")
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url, **MISS).content.decode()
    assert ">Jiebei (Ant)</a>" in html and 'href="/en/platforms/huabei/">Huabei</a>' in html
    assert len(platforms_read(queries)) == fragments


@pytest.mark.parametrize("page", ["platforms/", ""])
def test_the_fragments_listing_platforms_are_kept_per_language(client, page):
    make_platform(slug="jiebei", name="借呗", name_hant="借唄", name_en="Jiebei")
    for language, name in (("zh-hans", "借呗"), ("zh-hant", "借唄"), ("en", "Jiebei"), ("zh-hans", "借呗")):
        html = client.get(f"/{language}/{page}", **MISS).content.decode()
        assert f'href="/{language}/platforms/jiebei/">{name}</a>' in html


def test_a_platform_removed_without_save_signals_leaves_the_list_when_everything_is_bumped(client):
    make_platform(slug="jiebei", name_en="Jiebei")
    assert ">Jiebei</a>" in client.get("/en/platforms/", **MISS).content.decode()
    Platform.objects.filter(slug="jiebei").update(status="draft")  # no signals, as bulk commands do
    page_cache.bump_everything()
    assert ">Jiebei</a>" not in client.get("/en/platforms/", **MISS).content.decode()
