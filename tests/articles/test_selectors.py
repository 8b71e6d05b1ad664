"""The article page's article: loaded with only the columns it shows in the reader's language, in three queries."""

import pytest
from django.utils import translation

from articles import related, selectors
from overdue_site.languages import in_language_columns
from tests.factories import make_article, make_category, make_platform

pytestmark = pytest.mark.django_db


def test_in_language_columns_are_the_language_and_the_simplified_fallback():
    assert in_language_columns(["title", "category__name"], "en") == [
        "title_en",
        "title_zh_hans",
        "category__name_en",
        "category__name_zh_hans",
    ]
    assert in_language_columns(["title"], "zh-hant") == ["title_zh_hant", "title_zh_hans"]
    assert in_language_columns(["title"], "zh-hans") == ["title_zh_hans"]


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_page_article_reads_what_its_page_shows_in_three_queries(language, django_assert_num_queries):
    category = make_category()
    platform = make_platform()
    article = make_article(category=category, platforms=[platform], questions=[("问", "答")])
    make_article("邻居", "Neighbour", category=category, platforms=[platform])
    with translation.override(language):
        with django_assert_num_queries(3):  # the article with its category, its questions, its platforms
            loaded = selectors.published_article(article.pk)
        with django_assert_num_queries(0):  # nothing shown is left to load
            shown = [loaded.title, loaded.intro, loaded.summary, loaded.byline, loaded.body_html, loaded.kind]
            shown += [loaded.category.name, loaded.category.get_absolute_url(), loaded.get_absolute_url()]
            shown += [(question.question, question.answer_html) for question in loaded.page_questions]
            shown += [(item.name, item.get_absolute_url()) for item in loaded.published_platforms]
            loaded.has_translation(language)
        with translation.override("zh-hans"):
            assert loaded.title == article.title_zh_hans
        links = related.page_links(loaded, language=language)
        with django_assert_num_queries(0):
            [(item.title, item.intro, item.get_absolute_url(), item.get_kind_display()) for item in links.related]
    assert [item.title_en for item in links.related] == ["Neighbour"]
    assert [question.question_zh_hans for question in loaded.page_questions] == ["问"]


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_listed_articles_read_their_texts_in_the_readers_language_only(language, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_article("标题", "Title", category=make_category())
    with translation.override(language), CaptureQueriesContext(connection) as queries:
        listed = list(selectors.listed_articles())
    sql = queries.captured_queries[0]["sql"]
    other = {"zh-hans": "_en", "zh-hant": "_en", "en": "_zh_hant"}[language]
    assert f'"title{other}"' not in sql and "summary" not in sql and "articles_category" not in sql
    with translation.override(language), django_assert_num_queries(0):  # what a card shows is loaded
        cards = [
            (item.title, item.intro, item.get_kind_display(), item.published_at, item.last_reviewed) for item in listed
        ]
        links = [item.get_absolute_url() for item in listed]
    assert cards[0][0] == ("Title" if language == "en" else "标题")
    assert links


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_faq_articles_bring_their_category_for_the_groups_by_topic(language, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_article("标题", "Title", category=make_category(slug="topic", name="话题", name_en="Topic"))
    with translation.override(language):
        with CaptureQueriesContext(connection) as queries:
            listed = list(selectors.faq_articles())
        assert "summary" not in queries.captured_queries[0]["sql"]
        with django_assert_num_queries(0):
            headings = [(item.category.name, item.category.get_absolute_url()) for item in listed]
    assert headings == [("Topic" if language == "en" else "话题", f"/{language}/categories/topic/")]


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_faq_groups_read_the_published_platforms_names_in_the_readers_language_in_one_query(
    language, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    jiebei = make_platform(slug="jiebei", name="借呗", name_hant="借唄", name_en="Jiebei")
    untranslated = make_platform(slug="untranslated", name="只有中文", name_hant="", name_en="")
    draft = make_platform(slug="draft", name="草稿平台", published=False)
    first = make_article(platforms=[jiebei, untranslated, draft])
    second = make_article(platforms=[jiebei])
    articles = [first, second]
    with translation.override(language), CaptureQueriesContext(connection) as queries:
        _by_category, by_platform = selectors.faq_groups(articles)
    assert len(queries.captured_queries) == 1
    other = {"zh-hans": "_en", "zh-hant": "_en", "en": "_zh_hant"}[language]
    assert f'"name{other}"' not in queries.captured_queries[0]["sql"]
    with translation.override(language), django_assert_num_queries(0):
        shown = [(group.key.name, group.key.get_absolute_url(), group.articles) for group in by_platform]
    assert shown == [
        ({"zh-hans": "借呗", "zh-hant": "借唄", "en": "Jiebei"}[language], f"/{language}/platforms/jiebei/", articles),
        ("只有中文", f"/{language}/platforms/untranslated/", [first]),
    ]
