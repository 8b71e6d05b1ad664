"""Related articles (pins, exclusions, shared platforms, category), previous/next within a category, breadcrumbs."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from articles.related import category_neighbours, page_links, related_articles
from articles.selectors import published_article
from tests.factories import make_article, make_category, make_platform
from tests.pages import page, query_count

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def days_ago(days: int) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def titles(articles) -> list[str]:
    return [article.title_en for article in articles]


def url_in(language: str, obj) -> str:
    with translation.override(language):
        return obj.get_absolute_url()


# The rule, as a plain function ----------------------------------------------------------------------------------


def test_pinned_first_by_title_then_more_shared_platforms_then_same_category_newest_first():
    category, other = make_category(), make_category()
    alpha, beta, gamma = make_platform(), make_platform(), make_platform()
    article = make_article("主", "Main", category=category, platforms=[alpha, beta, gamma])
    make_article("同类旧", "Same category old", category=category, published_at=days_ago(9))
    make_article("同类新", "Same category new", category=category, published_at=days_ago(2))
    make_article("一个平台", "One platform", category=other, platforms=[alpha], published_at=days_ago(1))
    make_article("两个平台", "Two platforms", category=other, platforms=[alpha, beta], published_at=days_ago(8))
    pinned_b = make_article("钉乙", "B pinned", category=other, published_at=days_ago(3))
    pinned_a = make_article("钉甲", "A pinned", category=other, published_at=days_ago(30))
    article.pinned_related.add(pinned_b, pinned_a)
    with translation.override("en"):
        assert titles(related_articles(article, limit=10, language="en")) == [
            "A pinned",
            "B pinned",
            "Two platforms",
            "One platform",
            "Same category new",
            "Same category old",
        ]
        assert titles(related_articles(article, limit=3, language="en")) == ["A pinned", "B pinned", "Two platforms"]


def test_shared_platform_and_same_category_beats_shared_platform_alone():
    category = make_category()
    platform = make_platform()
    article = make_article("主", "Main", category=category, platforms=[platform])
    make_article("只同平台", "Platform only", category=make_category(), platforms=[platform], published_at=days_ago(1))
    make_article(
        "同平台同类", "Platform and category", category=category, platforms=[platform], published_at=days_ago(5)
    )
    assert titles(related_articles(article, language="en")) == ["Platform and category", "Platform only"]


def test_excluded_unpublished_future_and_the_article_itself_never_appear_even_when_pinned():
    category = make_category()
    article = make_article("主", "Main", category=category)
    excluded = make_article("排除", "Excluded", category=category)
    draft = make_article("草稿", "Draft", category=category, published=False)
    future = make_article("未来", "Future", category=category, published_at=NOW + datetime.timedelta(days=2))
    make_article("保留", "Kept", category=category)
    article.pinned_related.add(excluded, draft, future, article)
    article.excluded_related.add(excluded)
    assert titles(related_articles(article, language="en")) == ["Kept"]


def test_exclusions_are_per_article():
    category = make_category()
    first = make_article("一", "First", category=category)
    second = make_article("二", "Second", category=category)
    first.excluded_related.add(second)
    assert related_articles(first, language="en") == []
    assert titles(related_articles(second, language="en")) == ["First"]


def test_draft_platforms_do_not_make_articles_related():
    draft_platform = make_platform(published=False)
    article = make_article("主", "Main", platforms=[draft_platform])
    make_article("同草稿平台", "Same draft platform", platforms=[draft_platform])
    assert related_articles(article, language="en") == []


def test_only_articles_written_in_the_readers_language():
    category = make_category()
    article = make_article("主", "Main", category=category)
    untranslated = make_article("未译", "", category=category)
    pinned_untranslated = make_article("钉未译", "", category=make_category())
    article.pinned_related.add(pinned_untranslated)
    assert untranslated not in related_articles(article, language="en")
    assert pinned_untranslated not in related_articles(article, language="en")
    with translation.override("zh-hans"):
        assert related_articles(article, language="zh-hans") == [pinned_untranslated, untranslated]


def test_pinned_articles_sort_by_the_title_in_the_readers_language():
    article = make_article("主", "Main")
    first_in_english = make_article("二号", "A title")
    first_in_chinese = make_article("一号", "B title")
    article.pinned_related.add(first_in_english, first_in_chinese)
    with translation.override("en"):
        assert related_articles(article, language="en") == [first_in_english, first_in_chinese]
    with translation.override("zh-hans"):
        assert related_articles(article, language="zh-hans") == [first_in_chinese, first_in_english]


def related_queries(article, language="en") -> tuple[list, int]:
    """Related articles of the article as its page loads it, and how many queries they took."""
    from articles.selectors import published_article

    loaded = published_article(article.pk)
    with CaptureQueriesContext(connection) as queries:
        related = related_articles(loaded, limit=5, language=language)
        [item.category.name for item in related]
    return related, len(queries.captured_queries)


def test_related_articles_take_a_few_queries_however_many_candidates_there_are():
    category = make_category()
    platforms = [make_platform() for _ in range(3)]
    article = make_article("主", "Main", category=category, platforms=platforms)
    pin = make_article("钉", "Pinned", platforms=platforms[:2])
    article.pinned_related.add(pin)
    make_article("同类", "Same", category=category, platforms=platforms[2:])
    few, few_queries = related_queries(article)
    for number in range(12):
        if number % 4 == 0:
            article.pinned_related.add(make_article(f"钉{number}", f"Pinned {number}", platforms=platforms[:2]))
        make_article(f"同类{number}", f"Same {number}", category=category, platforms=platforms[number % 3 :])
    many, many_queries = related_queries(article)
    assert (len(few), len(many)) == (2, 5)
    # Pins, articles sharing platforms, the newest of the category, then the chosen articles: one query each, and a
    # group is not asked for once the list is full.
    assert few_queries == 4
    assert many_queries <= few_queries


def test_an_article_without_pins_or_platforms_takes_two_queries():
    category = make_category()
    article = make_article("主", "Main", category=category)
    for number in range(7):
        make_article(f"同类{number}", f"Same {number}", category=category)
    related, queries = related_queries(article)
    assert len(related) == 5
    assert queries == 2  # the newest of the category, then those articles


def test_the_rule_holds_when_every_group_has_more_candidates_than_the_limit():
    category, other = make_category(), make_category()
    alpha, beta = make_platform(), make_platform()
    article = make_article("主", "Main", category=category, platforms=[alpha, beta])
    for number in range(8):
        make_article(
            f"单平台{number}", f"Alpha {number}", category=other, platforms=[alpha], published_at=days_ago(number)
        )
        make_article(f"同类{number}", f"Same {number}", category=category, published_at=days_ago(number))
    # Older than all of them, yet first after the pins: it shares two platforms.
    make_article("双平台", "Both platforms", category=other, platforms=[alpha, beta], published_at=days_ago(90))
    # Shares one platform and the category: above the articles sharing only the platform, however new they are.
    make_article("同类单平台", "Alpha same category", category=category, platforms=[alpha], published_at=days_ago(80))
    pins = [
        make_article(f"钉{number}", f"Pin {number}", category=other, published_at=days_ago(1)) for number in range(3)
    ]
    article.pinned_related.add(*pins, make_article("钉草稿", "Pin draft", published=False))
    article.excluded_related.add(pins[0])
    assert titles(related_articles(article, limit=6, language="en")) == [
        "Pin 1",
        "Pin 2",
        "Both platforms",
        "Alpha same category",
        "Alpha 0",
        "Alpha 1",
    ]


def test_newest_category_articles_fill_up_after_pins_that_are_also_the_newest_of_the_category():
    category = make_category()
    article = make_article("主", "Main", category=category)
    pins = [
        make_article(f"钉{number}", f"Pin {number}", category=category, published_at=days_ago(1)) for number in (1, 2)
    ]
    article.pinned_related.add(*pins)
    for number in range(6):
        make_article(f"同类{number}", f"Same {number}", category=category, published_at=days_ago(number + 2))
    assert titles(related_articles(article, limit=5, language="en")) == ["Pin 1", "Pin 2", "Same 0", "Same 1", "Same 2"]


def test_the_page_article_gives_the_same_list_as_an_article_loaded_without_what_its_page_loads():
    from articles.selectors import published_article

    category = make_category()
    published, draft = make_platform(), make_platform(published=False)
    article = make_article("主", "Main", category=category, platforms=[published, draft])
    make_article("同草稿平台", "Draft platform only", category=make_category(), platforms=[draft])
    make_article("同平台", "Shared platform", category=make_category(), platforms=[published], published_at=days_ago(9))
    make_article("同类", "Same category", category=category, published_at=days_ago(1))
    loaded = published_article(article.pk)
    assert [platform.pk for platform in loaded.published_platforms] == [published.pk]
    assert (loaded.has_pinned_related, loaded.has_excluded_related) == (False, False)
    with CaptureQueriesContext(connection) as loaded_queries:
        related = related_articles(loaded, language="en")
    with CaptureQueriesContext(connection) as bare_queries:
        bare = related_articles(article, language="en")
    assert titles(related) == titles(bare) == ["Shared platform", "Same category"]
    # The bare article's pins, exclusions and platforms are asked for; the page's article already knows them. Then
    # (the page cache is off in tests, so nothing is kept): the listing of the platform's articles, the category's
    # listing, the chosen articles.
    assert len(bare_queries.captured_queries) == len(loaded_queries.captured_queries) + 3 == 6
    loaded.published_platforms = []
    assert titles(related_articles(loaded, language="en")) == ["Same category"]


# Previous / next within the category ------------------------------------------------------------------------------


def test_neighbours_by_publish_date_within_the_category_with_ends():
    category = make_category()
    oldest = make_article("一", "Oldest", category=category, published_at=days_ago(30))
    middle = make_article("二", "Middle", category=category, published_at=days_ago(20))
    newest = make_article("三", "Newest", category=category, published_at=days_ago(10))
    make_article("别类", "Other category", category=make_category(), published_at=days_ago(25))
    make_article("草稿", "Draft", category=category, published=False, published_at=days_ago(15))
    make_article("未来", "Future", category=category, published_at=NOW + datetime.timedelta(days=1))
    assert category_neighbours(middle, language="en") == (oldest, newest)
    assert category_neighbours(oldest, language="en") == (None, middle)
    assert category_neighbours(newest, language="en") == (middle, None)
    alone = make_article("独", "Alone", category=make_category())
    assert category_neighbours(alone, language="en") == (None, None)


def test_a_draft_in_the_admins_preview_gets_the_neighbours_of_its_publish_date():
    category = make_category()
    older = make_article("旧", "Older", category=category, published_at=days_ago(30))
    newer = make_article("新", "Newer", category=category, published_at=days_ago(10))
    draft = make_article("草稿", "Draft", category=category, published=False, published_at=days_ago(20))
    assert category_neighbours(draft, language="en") == (older, newer)
    assert page_links(draft, language="en").neighbours == (older, newer)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="reads PostgreSQL's query plans")
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_the_links_are_looked_up_by_key_and_listing_index_never_by_reading_every_article(language):
    # At 100,000 articles PostgreSQL read the whole table for the links (pk IN (…) OR pk IN (…)): 60-140 ms a page.
    category, platform = make_category(), make_platform()
    siblings = [make_article(category=category, published_at=days_ago(day), platforms=[platform]) for day in range(6)]
    article = published_article(siblings[3].pk)
    with CaptureQueriesContext(connection) as queries:
        page_links(article, language=language)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a plan that can avoid a full scan then does
        for query in queries.captured_queries:
            cursor.execute(f"EXPLAIN {query['sql']}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Seq Scan on articles_article " not in plan, plan


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_platforms_articles_are_read_once_for_the_related_lists_of_all_of_them(settings, language):
    # At 100,000 articles a platform had 1,000: choosing five of them took PostgreSQL 1-10 ms for every page.
    settings.PAGE_CACHE_ENABLED = True
    category, platform = make_category(), make_platform()
    articles = [
        make_article(
            category=category if day % 2 else make_category(), published_at=days_ago(day), platforms=[platform]
        )
        for day in range(1, 9)
    ]
    related_articles(published_article(articles[0].pk), language=language)
    page_article = published_article(articles[2].pk)
    with CaptureQueriesContext(connection) as queries:
        related = related_articles(page_article, language=language)
    assert not [query for query in queries.captured_queries if "articles_article_platforms" in query["sql"]]
    assert [article.pk for article in related] == [
        articles[0].pk,
        articles[4].pk,
        articles[6].pk,
        articles[1].pk,
        articles[3].pk,
    ]
    newcomer = make_article(category=category, platforms=[platform])  # linked to the platform: the listing is retired
    assert related_articles(page_article, language=language)[0].pk == newcomer.pk


def test_neighbours_with_the_same_publish_date_follow_creation_order_and_skip_untranslated():
    category = make_category()
    same_time = days_ago(5)
    first = make_article("一", "First", category=category, published_at=same_time)
    make_article("未译", "", category=category, published_at=same_time)
    third = make_article("三", "Third", category=category, published_at=same_time)
    assert category_neighbours(first, language="en") == (None, third)
    assert category_neighbours(third, language="en") == (first, None)
    with CaptureQueriesContext(connection) as queries:
        category_neighbours(third, language="zh-hans")
    assert len(queries.captured_queries) == 2  # the category's listing, then the two neighbours


def test_the_category_listing_is_kept_until_an_article_arrives_in_the_category(settings):
    settings.PAGE_CACHE_ENABLED = True
    category = make_category()
    first = make_article("一", "First", category=category, published_at=days_ago(3))
    second = make_article("二", "Second", category=category, published_at=days_ago(2))
    assert category_neighbours(first, language="en") == (None, second)
    with CaptureQueriesContext(connection) as queries:
        assert category_neighbours(second, language="en") == (first, None)
    # The neighbours' rows; the listing was kept (its tag's version is read from the cache, here a table).
    assert [query["sql"] for query in queries.captured_queries if "articles_article" in query["sql"]] == [
        queries.captured_queries[-1]["sql"]
    ]
    assert queries.captured_queries[-1]["sql"].count("SELECT") == 1  # no subquery
    make_article("其他", "Elsewhere", category=make_category(), published_at=days_ago(1))
    assert category_neighbours(second, language="en") == (first, None)
    newer = make_article("三", "Third", category=category, published_at=days_ago(1))
    assert category_neighbours(second, language="en") == (first, newer)
    newer.title_en = ""  # no longer listed in English
    newer.save()
    assert category_neighbours(second, language="en") == (first, None)
    assert category_neighbours(second, language="zh-hans") == (first, newer)


# On the article page -------------------------------------------------------------------------------------------


def test_article_page_shows_pins_first_and_never_exclusions_or_drafts(client):
    category = make_category()
    platform = make_platform(name="借呗", name_en="Jiebei")
    article = make_article("主", "Main article", category=category, platforms=[platform])
    pinned = make_article("钉", "Pinned guide", category=make_category())
    excluded = make_article("排除", "Excluded one", category=category)
    draft = make_article("草稿", "Draft one", category=category, published=False)
    make_article("同类", "Same topic", category=category)
    article.pinned_related.add(pinned, draft)
    article.excluded_related.add(excluded)
    html = page(client, url_in("en", article))
    related = html[html.index('id="related-heading"') : html.index("</section>", html.index('id="related-heading"'))]
    assert related.index("Pinned guide") < related.index("Same topic")
    assert "Excluded one" not in related and "Draft one" not in html
    assert f'href="{url_in("en", platform)}">More about Jiebei</a>' in html


def test_article_page_links_previous_and_next_in_its_category(client):
    category = make_category(name="紧急联系人", name_en="Emergency contacts")
    older = make_article("旧", "Older article", category=category, published_at=days_ago(9))
    current = make_article("中", "Current article", category=category, published_at=days_ago(5))
    newer = make_article("新", "Newer article", category=category, published_at=days_ago(1))
    html = page(client, url_in("en", current))
    nav = html[html.index('class="neighbours"') :]
    assert f'rel="prev" href="{url_in("en", older)}"' in nav
    assert f'rel="next" href="{url_in("en", newer)}"' in nav
    assert "Emergency contacts" in nav[: nav.index(">")]  # the landmark is named after the topic
    first_page = page(client, url_in("en", older))
    assert 'rel="prev"' not in first_page[first_page.index("<main") :]
    assert f'rel="next" href="{url_in("en", current)}"' in first_page
    last_page = page(client, url_in("en", newer))
    assert 'rel="next"' not in last_page[last_page.index("<main") :]
    alone = make_article("独", "Alone", category=make_category())
    assert 'class="neighbours"' not in page(client, url_in("en", alone))


def structured(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_breadcrumbs_and_their_json_ld_match(client, language):
    category = make_category(name="权益保护", name_en="Your rights")
    article = make_article("催收能打给家人吗", "May collectors call my family?", category=category, kind="rights")
    html = page(client, url_in(language, article))
    crumbs = next(item for item in structured(html) if item["@type"] == "BreadcrumbList")
    assert crumbs["@context"] == "https://schema.org"
    items = crumbs["itemListElement"]
    assert [item["position"] for item in items] == [1, 2, 3, 4]
    assert all(item["@type"] == "ListItem" and item["item"].startswith("http://testserver/") for item in items)
    assert items[0]["item"] == f"http://testserver/{language}/"
    assert items[1]["item"] == f"http://testserver/{language}/rights/"
    assert items[2]["item"] == "http://testserver" + url_in(language, category)
    assert items[3]["item"] == "http://testserver" + url_in(language, article)
    assert items[3]["name"] == {"en": "May collectors call my family?"}.get(language, "催收能打给家人吗")
    nav = html[html.index('class="breadcrumbs"') : html.index("</nav>", html.index('class="breadcrumbs"'))]
    for item in items[:3]:
        assert f'href="{item["item"].removeprefix("http://testserver")}"' in nav
    assert 'aria-current="page"' in nav


def test_category_pages_page_and_link_back(client):
    category = make_category(slug="paged")
    for number in range(23):
        make_article(f"文章{number}", f"Paged {number}", category=category, published_at=days_ago(number + 1))
    first = page(client, "/en/categories/paged/")
    assert 'rel="next" href="?page=2"' in first and 'rel="prev"' not in first
    second = page(client, "/en/categories/paged/?page=2")
    assert 'rel="prev" href="?page=1"' in second and 'rel="next"' not in second
    assert second.count('<li>\n    <a href="/en/articles/') == 3


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_article_page_query_count_does_not_grow_with_pins_exclusions_and_neighbours(client, language, settings):
    settings.PAGE_CACHE_ENABLED = False  # count the queries of the view, not of a cache hit
    category = make_category()
    platform = make_platform()
    article = make_article("主", "Main", category=category, platforms=[platform])
    make_article("旧", "Old", category=category, published_at=days_ago(9))
    article.pinned_related.add(make_article("钉", "Pin", platforms=[platform]))
    article.excluded_related.add(make_article("排", "Excluded", category=category))
    url = url_in(language, article)
    small = query_count(client, url)
    for number in range(10):
        if number < 3:
            article.pinned_related.add(make_article(f"钉{number}", f"Pin {number}", platforms=[platform]))
        article.excluded_related.add(make_article(f"排{number}", f"Excluded {number}", category=category))
        make_article(f"新{number}", f"New {number}", category=category, published_at=days_ago(1))
        make_article(f"同平台{number}", f"Platform {number}", platforms=[platform], published_at=days_ago(2))
    # Fewer, if anything: a group is not asked for once the list is full.
    assert query_count(client, url) <= small
    # With the page cache off the category's listing is read again for each page (it is kept otherwise), and the
    # editors' exclusions are one query of their own.
    assert 0 < small <= 11
