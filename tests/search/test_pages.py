"""The search box on every page and the results page /<lang>/search/."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import make_article, make_platform
from tests.pages import page, query_count

from .helpers import article_with

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 8
HOSTILE = [
    "",
    "a",
    "借",
    "x" * 10_240,
    "%00",
    "%22",
    "*",
    "NEAR(",
    "OR",
    "-",
    "%ED%A0%80",
    "<script>",
    "%",
    "借呗%00征信",
]


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


def result_count(html: str) -> int:
    if 'class="card-list search-results"' not in html:
        return 0
    results = html.split('class="card-list search-results"', 1)[1].split("</ol>", 1)[0]
    return results.count("<li>")


def search_url(language: str, query: str = "", page_number=None) -> str:
    with translation.override(language):
        url = reverse("search:results")
    url += f"?q={query}"
    return url + (f"&page={page_number}" if page_number is not None else "")


@pytest.mark.parametrize("path", ["/zh-hans/", "/zh-hant/platforms/", "/en/faq/"])
def test_every_page_links_to_the_search_page_from_its_header(client, path):
    html = page(client, path)
    language = path.split("/")[1]
    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    assert f'<a class="search-link" href="/{language}/search/">' in header
    assert "<form" not in header  # the box is on the search page: the header stays one compact row


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_the_search_page_has_a_labelled_get_search_box(client, language):
    html = page(client, search_url(language))
    assert f'<form class="site-search" role="search" method="get" action="/{language}/search/">' in html
    assert '<label for="site-search-q">' in html
    assert 'id="site-search-q" name="q"' in html


def test_results_page_lists_platforms_articles_and_faq_entries(client):
    platform = make_platform("ant-jiebei", "蚂蚁借呗", aliases="借呗", name_en="Ant Jiebei")
    article = article_with("借呗逾期会怎样", "正文", title_en="What happens when Jiebei is overdue")
    make_article("常见问题", "Common questions", questions=[("借呗能协商吗？", "可以试试。")])
    html = page(client, search_url("zh-hans", "借呗"))
    assert result_count(html) == 3
    assert f'href="{platform.get_absolute_url()}"' in html
    assert f'href="{article.get_absolute_url()}"' in html
    assert "<mark>借呗</mark>逾期会怎样" in html
    assert "<mark>借呗</mark>能协商吗" in html
    assert 'value="借呗"' in html  # the query stays in the box
    assert '<meta name="robots" content="noindex, follow">' in html


def test_results_page_in_english_counts_with_plurals(client):
    article_with("征信", title_en="Credit reports")
    html = page(client, search_url("en", "credit"))
    assert "1 result for “credit”" in html
    article_with("征信二", title_en="Credit report questions")
    assert "2 results for “credit”" in page(client, search_url("en", "credit"))


def test_a_capped_count_says_there_are_more(client, monkeypatch):
    from search import engine

    monkeypatch.setattr(engine, "MAX_COUNTED", 2)
    for number in range(3):
        article_with(f"Credit {number}", title_en=f"Credit {number}")
    assert "More than 2 results for “credit”" in page(client, search_url("en", "credit"))


def test_traditional_page_finds_simplified_text_and_shows_it_in_traditional(client):
    article_with("借呗逾期会怎样", "正文", title_hant="借唄逾期會怎樣")
    html = page(client, search_url("zh-hant", "借唄"))
    assert "<mark>借唄</mark>逾期會怎樣" in html


def test_result_text_is_escaped(client):
    article_with("借呗<script>alert(1)</script>", "<img src=x onerror=alert(1)>借呗")
    html = page(client, search_url("zh-hans", "借呗"))
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_paging_links_keep_the_query(client):
    for number in range(12):
        article_with(f"征信问题{number}", "正文")
    first = page(client, search_url("zh-hans", "征信"))
    second = page(client, search_url("zh-hans", "征信", 2))
    assert result_count(first) == 10 and result_count(second) == 2
    assert 'rel="next" href="?q=%E5%BE%81%E4%BF%A1&amp;page=2"' in first and 'rel="prev"' not in first
    assert 'rel="prev" href="?q=%E5%BE%81%E4%BF%A1&amp;page=1"' in second and 'rel="next"' not in second
    assert 'start="11"' in second
    english = page(client, search_url("en", "", None))
    assert "search-results" not in english and "Use the search box above" in english


@pytest.mark.parametrize("bad_page", ["0", "-3", "abc", "999", "1.5", "%00"])
def test_any_page_number_gives_a_page(client, bad_page):
    article_with("征信问题", "正文")
    assert "<mark>征信</mark>问题" in page(client, search_url("zh-hans", "征信", bad_page))


def test_nothing_found_suggests_the_lookup_and_the_most_read_questions(client):
    make_platform(name="好分期", name_en="Haofenqi")
    less_read = make_article("少人看的问题", "Rarely read question", view_count=3)
    most_read = make_article("多人看的问题", "Often read question", view_count=300)
    html = page(client, search_url("zh-hans", "没有这个词"))
    assert "没有找到" in html
    assert 'class="lookup-form"' in html
    assert html.index(most_read.get_absolute_url()) < html.index(less_read.get_absolute_url())


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_any_query_gives_a_page(client, query, language):
    article_with("借呗", "正文")
    page(client, search_url(language, query))
    page(client, search_url(language, query, "2"))


def test_query_budget(client):
    make_platform(name="借呗平台", name_en="Jiebei platform")
    for number in range(3):
        make_article(f"借呗文章{number}", f"Jiebei article {number}", questions=[("借呗问题", "回答")])
    for url in (search_url("zh-hans", "借呗"), search_url("en", "jiebei"), search_url("zh-hant", "无结果")):
        assert query_count(client, url) <= QUERY_BUDGET, url


def test_a_count_at_the_cap_is_not_called_more(client, monkeypatch):
    from search import engine

    monkeypatch.setattr(engine, "MAX_COUNTED", 2)
    for number in range(2):
        article_with(f"Credit {number}", title_en=f"Credit {number}")
    html = page(client, search_url("en", "credit"))
    assert "2 results for “credit”" in html
    assert "More than" not in html


@pytest.mark.parametrize("query", ["借呗", "蚂蚁借呗", "借唄"])
def test_english_pages_find_a_platform_by_its_chinese_name(client, query):
    platform = make_platform("ant-jiebei", "蚂蚁借呗", aliases="借呗", name_en="Ant Jiebei")
    article_with("借呗逾期会怎样", "正文", title_en="What happens when you are overdue")
    html = page(client, search_url("en", query))
    with translation.override("en"):
        assert f'href="{platform.get_absolute_url()}"' in html
    assert result_count(html) == 1  # articles are still searched in their English text only
