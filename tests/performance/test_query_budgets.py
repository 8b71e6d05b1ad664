"""No public page makes more than 8 queries, and the number does not grow with the content (page cache off)."""

from __future__ import annotations

import contextlib
import datetime

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from articles.models import Article
from tests.factories import make_article, make_category, make_platform
from tests.pages import query_count

pytestmark = pytest.mark.django_db
QUERY_BUDGET = 8
ONE_DAY = datetime.timedelta(days=1)
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def public_urls(language: str, platform, article, category) -> list[str]:
    """Every public page type; pages of apps that are not installed yet are left out."""
    named = [
        ("home", {}),
        ("platforms:list", {}),
        ("platforms:detail", {"slug": platform.slug}),
        ("platforms:lookup", {}),
        ("articles:detail", {"pk": article.pk, "slug": article.slug}),
        ("articles:faq_index", {}),
        ("articles:rights_index", {}),
        ("articles:guide_index", {}),
        ("articles:category", {"slug": category.slug}),
        ("articles:feed_rss", {}),
        ("articles:feed_atom", {}),
        ("feedback:privacy", {}),
        ("rights:complaint_channels", {}),
        ("rights:letters", {}),
        ("search:results", {}),
    ]
    urls = []
    with translation.override(language):
        for name, kwargs in named:
            try:
                urls.append(reverse(name, kwargs=kwargs))
            except NoReverseMatch:
                continue
        lookup = reverse("platforms:lookup")
        urls += [
            f"{lookup}?platform={platform.slug}&days_overdue=5",
            f"{lookup}?platform={platform.slug}&days_overdue=40",
        ]
        with contextlib.suppress(NoReverseMatch):
            urls.append(reverse("search:results") + "?q=%E9%80%BE%E6%9C%9F")
    return urls


LANGUAGE_NEUTRAL = ["/sitemap.xml", "/robots.txt", "/api/platforms/", "/api/lookup/?platform={slug}&days_overdue=5"]


def add_content(platform, article, category, scale: int) -> None:
    """More of everything around the measured pages: stages, sources, articles, questions, platforms."""
    from articles.models import Question
    from platforms.models import Source, Stage

    Stage.objects.filter(platform=platform).delete()
    step = 3
    for index in range(scale):
        first = 1 + index * step
        last = None if index == scale - 1 else first + step - 1
        Stage.objects.create(
            platform=platform,
            first_day=first,
            last_day=last,
            contacts_called=index > 1,
            channels=["phone"],
            title_zh_hans=f"阶段{index}",
            title_en=f"Stage {index}",
            description_zh_hans="说明",
        )
    for index in range(scale):
        Source.objects.create(platform=platform, title_zh_hans=f"来源{index}", title_en=f"Source {index}")
    for index in range(scale):
        Question.objects.create(
            article=article, order=10 + index, question_zh_hans=f"问题{index}", answer_zh_hans="回答", question_en="Q"
        )
    others = [
        make_platform(name_en=f"Other {index}", stages=[(1, None, True)], sources=[(1, 3)]) for index in range(scale)
    ]
    for index in range(scale):
        kind = [Article.Kind.FAQ, Article.Kind.GUIDE, Article.Kind.RIGHTS][index % 3]
        make_article(
            title=f"文章{index}",
            title_en=f"Article {index}",
            kind=kind,
            category=category if index % 2 else make_category(name_en=f"Topic {index}"),
            platforms=[platform, others[index]],
            questions=[("问", "答")],
        )


@pytest.fixture
def content(settings):
    settings.PAGE_CACHE_ENABLED = False
    category = make_category(slug="budget", name_en="Budget topic")
    platform = make_platform(
        slug="budget", name_en="Budget platform", stages=[(1, 3, False), (4, None, True)], sources=[(4, 7)]
    )
    article = make_article(title_en="Budget article", category=category, platforms=[platform], questions=[("问", "答")])
    # An older article of its topic: the article page has links to load (a page with none skips that query).
    make_article(title_en="Older budget article", category=category, published_at=article.published_at - ONE_DAY)
    make_platform(slug="general", name_en="General", general=True, stages=[(1, None, True)])
    return platform, article, category


def all_counts(client, platform, article, category) -> dict[str, int]:
    counts = {}
    for language in LANGUAGES:
        for url in public_urls(language, platform, article, category):
            counts[url] = query_count(client, url)
    for url in LANGUAGE_NEUTRAL:
        url = url.format(slug=platform.slug)
        counts[url] = query_count(client, url)
    return counts


def test_every_public_page_stays_within_the_budget_and_does_not_grow_with_content(
    client, content, django_assert_max_num_queries
):
    platform, article, category = content
    small = all_counts(client, *content)
    add_content(platform, article, category, scale=12)
    large = all_counts(client, *content)
    for url in large:
        with django_assert_max_num_queries(QUERY_BUDGET):
            assert client.get(url).status_code == 200, url
    grown = {url: (small[url], large[url]) for url in small if large[url] > small[url]}
    assert not grown


def test_page_types_cost_the_same_in_every_language(client, content):
    # Not a search with a query: what it finds (and so what it shows: results, or the lookup form and popular FAQs
    # when nothing is found) depends on the language of the text searched.
    counts = {
        language: [query_count(client, url) for url in public_urls(language, *content) if "?q=" not in url]
        for language in LANGUAGES
    }
    assert counts["zh-hant"] == counts["zh-hans"]
    assert counts["en"] == counts["zh-hans"]


def test_cached_pages_make_no_query(client, content, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE_ENABLED = True
    platform, article, category = content
    urls = public_urls("en", platform, article, category)
    cacheable = []
    for url in urls:
        first = client.get(url)
        if first["X-Cache"] == "bypass":
            # Only pages with a POST form (CSRF token) or marked private may refuse the cache.
            assert "csrfmiddlewaretoken" in first.content.decode() or "private" in first["Cache-Control"], url
        else:
            cacheable.append(url)
    assert len(cacheable) >= 10
    for url in cacheable:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url)["X-Cache"] == "hit", url
        # Without Redis the page cache's tag versions are one read of the cache table; a cached article page still
        # counts its view (a cache write, and a database write at most once a minute).
        content_queries = [query["sql"] for query in queries.captured_queries if "cache_tags" not in query["sql"]]
        assert len(content_queries) <= (0 if "/articles/" not in url else 1), (url, content_queries)
        assert len(queries.captured_queries) - len(content_queries) <= 1, url
