"""The FAQ, rights and guide indexes come in pages, so they answer however many articles there are."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from articles.selectors import INDEX_PAGE_SIZE
from tests.factories import make_article, make_category, make_platform
from tests.pages import page, query_count

pytestmark = pytest.mark.django_db

INDEXES = [(Article.Kind.FAQ, "/en/faq/"), (Article.Kind.RIGHTS, "/en/rights/"), (Article.Kind.GUIDE, "/en/guides/")]
QUERY_BUDGET = 8


def make_articles(kind: str, count: int, platforms=()) -> None:
    category = make_category(slug=f"paging-{kind}", name_en=f"Paging {kind}")
    start = timezone.now() - datetime.timedelta(days=1)
    for index in range(count):
        make_article(
            f"文章{index}",
            f"Paged article {index:03d}",
            kind=kind,
            category=category,
            platforms=list(platforms),
            # Newest first: article 0 is the newest and opens page 1.
            published_at=start - datetime.timedelta(minutes=index),
        )


def listed_titles(html: str) -> list[str]:
    return re.findall(r"Paged article (\d{3})", html)


@pytest.mark.parametrize(("kind", "url"), INDEXES)
def test_index_shows_one_page_at_a_time_with_links_between_pages(client, kind, url):
    make_articles(kind, INDEX_PAGE_SIZE + 5)

    first = page(client, url)
    assert sorted(set(listed_titles(first))) == [f"{index:03d}" for index in range(INDEX_PAGE_SIZE)]
    assert 'rel="next" href="?page=2"' in first
    assert 'rel="prev"' not in first
    assert "Page 1 of 2" in first
    assert f'<link rel="canonical" href="http://testserver{url}">' in first

    second = page(client, f"{url}?page=2")
    assert sorted(set(listed_titles(second))) == [
        f"{index:03d}" for index in range(INDEX_PAGE_SIZE, INDEX_PAGE_SIZE + 5)
    ]
    assert 'rel="prev" href="?page=1"' in second
    assert 'rel="next"' not in second
    assert "Page 2 of 2" in second
    assert ", page 2 ·" in second
    assert f'<link rel="canonical" href="http://testserver{url}?page=2">' in second


@pytest.mark.parametrize(("kind", "url"), INDEXES)
def test_pages_list_every_article_once_newest_first_and_none_skips_more_than_half_the_listing(client, kind, url):
    total = 2 * INDEX_PAGE_SIZE + 7  # three pages, the last one short
    make_articles(kind, total)
    listed, skipped = [], []
    for number in (1, 2, 3):
        with CaptureQueriesContext(connection) as queries:
            listed += listed_titles(page(client, f"{url}?page={number}"))
        listing = [query["sql"] for query in queries.captured_queries if "LIMIT" in query["sql"]]
        skipped += [int(offset) for sql in listing for offset in re.findall(r"OFFSET (\d+)", sql)]
    assert listed == [f"{index:03d}" for index in range(total)]
    # Read from the front, the last page skipped the 60 rows before it; from the listing's other end, none.
    assert max(skipped, default=0) <= total // 2


@pytest.mark.parametrize(("kind", "url"), INDEXES)
@pytest.mark.parametrize(("value", "shown"), [("abc", 1), ("0", 1), ("-3", 1), ("", 1), ("99", 2), ("9" * 40, 2)])
def test_bad_or_out_of_range_page_numbers_give_a_valid_page(client, kind, url, value, shown):
    make_articles(kind, INDEX_PAGE_SIZE + 1)

    html = page(client, f"{url}?page={value}")

    assert f"Page {shown} of 2" in html
    assert listed_titles(html)


@pytest.mark.parametrize(("kind", "url"), INDEXES)
def test_index_with_few_articles_has_no_page_links(client, kind, url):
    make_articles(kind, 3)

    html = page(client, url)

    assert sorted(set(listed_titles(html))) == ["000", "001", "002"]
    assert 'class="pagination"' not in html


def test_faq_index_pages_keep_the_grouping_by_topic_and_platform(client):
    platform = make_platform(slug="paged-platform", name_en="Paged platform")
    make_articles(Article.Kind.FAQ, INDEX_PAGE_SIZE + 2, platforms=[platform])

    second = page(client, "/en/faq/?page=2")

    assert 'id="category-paging-faq"' in second
    assert 'id="platform-paged-platform"' in second
    assert sorted(set(listed_titles(second))) == [
        f"{index:03d}" for index in range(INDEX_PAGE_SIZE, INDEX_PAGE_SIZE + 2)
    ]


@pytest.mark.parametrize(("kind", "url"), INDEXES)
def test_index_query_count_does_not_grow_with_the_number_of_articles(client, kind, url):
    platform = make_platform(slug="counted", name_en="Counted")
    make_articles(kind, 3, platforms=[platform])
    few = query_count(client, url)

    category = Article.objects.first().category
    for index in range(3, 40):
        make_article(f"文章{index}", f"Paged article {index:03d}", kind=kind, category=category, platforms=[platform])
    many = query_count(client, url)
    later_page = query_count(client, f"{url}?page=2")

    assert many == few
    assert later_page == few
    assert many <= QUERY_BUDGET


def test_home_page_reads_platforms_without_their_long_texts(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_platform(slug="light", name_en="Light")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/")
    assert 'href="/en/platforms/light/">Light</a>' in response.content.decode()
    platform_queries = [q["sql"] for q in queries.captured_queries if 'FROM "platforms_platform"' in q["sql"]]
    assert platform_queries
    assert not [sql for sql in platform_queries if "body_" in sql or "summary_" in sql]


# Totals ----------------------------------------------------------------------------------------------------------------


def test_an_edit_shows_in_the_totals_at_once(client):
    make_articles(Article.Kind.FAQ, INDEX_PAGE_SIZE + 5)

    assert "Page 1 of 2" in page(client, "/en/faq/")
    category = Article.objects.first().category
    for index in range(INDEX_PAGE_SIZE):
        make_article(f"新{index}", f"New article {index}", category=category, published_at=timezone.now())

    assert "Page 1 of 3" in page(client, "/en/faq/")
    assert "Page 3 of 3" in page(client, "/en/faq/?page=3")


def test_totals_are_per_language_and_per_kind(client):
    make_articles(Article.Kind.FAQ, INDEX_PAGE_SIZE + 1)
    category = Article.objects.first().category
    for index in range(INDEX_PAGE_SIZE):  # Chinese only: not on the English index
        make_article(f"只有中文{index}", "", category=category)
    make_articles(Article.Kind.GUIDE, 2)

    assert "Page 1 of 2" in page(client, "/en/faq/")
    assert 'rel="next" href="?page=3"' in page(client, "/zh-hans/faq/?page=2")
    assert 'class="pagination"' not in page(client, "/en/guides/")


def test_a_scheduled_publish_or_unpublish_time_shows_in_the_pages_when_it_passes(client):
    import time_machine

    start = timezone.now().replace(microsecond=0)
    with time_machine.travel(start, tick=False) as traveller:
        make_articles(Article.Kind.FAQ, INDEX_PAGE_SIZE + 1)
        category = Article.objects.first().category
        # Newest of all once published, so that it pushes article 029 onto page 2; no save happens at that time.
        make_article(
            "定时",
            "Paged article 999",
            category=category,
            published_at=start + datetime.timedelta(seconds=10),
        )
        second = page(client, "/en/faq/?page=2")
        assert "Page 2 of 2" in second and listed_titles(second) == ["030"]

        traveller.move_to(start + datetime.timedelta(seconds=10))
        second = page(client, "/en/faq/?page=2")
        assert sorted(set(listed_titles(second))) == ["029", "030"]
        assert "Page 2 of 2" in second
        assert "Paged article 999" in page(client, "/en/faq/")

        Article.objects.filter(title_en__in=["Paged article 030", "Paged article 999"]).update(
            unpublish_at=start + datetime.timedelta(seconds=20)
        )
        traveller.move_to(start + datetime.timedelta(seconds=20))
        # Page 2 is gone: page 1 is shown.
        html = page(client, "/en/faq/?page=2")
        assert "Page 1 of 1" not in html  # one page only: no pagination at all
        assert 'class="pagination"' not in html
        assert len(set(listed_titles(html))) == INDEX_PAGE_SIZE


def test_english_indexes_leave_out_articles_without_an_english_title_empty_or_null(client):
    make_articles(Article.Kind.RIGHTS, 2)
    category = Article.objects.first().category
    make_article("空标题", "", kind=Article.Kind.RIGHTS, category=category)
    make_article("无标题", "Paged article 777", kind=Article.Kind.RIGHTS, category=category)
    Article.objects.filter(title_en="Paged article 777").update(title_en=None)

    assert sorted(set(listed_titles(page(client, "/en/rights/")))) == ["000", "001"]
    assert Article.objects.published().in_language("en").count() == 2
    assert Article.objects.published().in_language("zh-hans").count() == 4
