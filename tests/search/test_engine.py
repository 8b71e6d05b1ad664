"""search.engine.search on the configured database (CI runs it on SQLite and again on PostgreSQL)."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from search import engine
from search.models import SearchDocument
from tests.factories import make_article, make_platform

from .helpers import article_with

pytestmark = pytest.mark.django_db


def titles(page) -> list[str]:
    return [str(result.title) for result in page.results]


def plain_titles(page) -> list[str]:
    return [title.replace("<mark>", "").replace("</mark>", "") for title in titles(page)]


@pytest.mark.parametrize("query", ["借呗", "征信", "紧急联系人"])
def test_two_or_more_chinese_characters_find_title_and_body_matches(query):
    in_title = article_with(f"关于{query}的问题", "正文没有关键词。")
    in_body = article_with("另一篇文章", f"这里提到了{query}，在正文里。")
    article_with("无关文章", "完全无关的内容。")
    page = engine.search(query, "zh-hans")
    assert page.total == 2
    assert plain_titles(page) == [in_title.title_zh_hans, in_body.title_zh_hans]
    assert f"<mark>{query}</mark>" in titles(page)[0]
    assert f"<mark>{query}</mark>" in str(page.results[1].snippet)


def test_a_traditional_query_finds_simplified_text_and_the_reverse():
    article_with("借呗逾期怎么办", title_hant="借唄逾期怎麼辦")
    for query in ("借唄", "借呗"):
        for language in ("zh-hans", "zh-hant"):
            assert engine.search(query, language).total == 1, (query, language)


def test_traditional_pages_show_traditional_text():
    article_with("借呗逾期怎么办", "被催收时，紧急联系人会接到电话。", title_hant="借唄逾期怎麼辦")
    page = engine.search("紧急联系人", "zh-hant")
    assert titles(page) == ["借唄逾期怎麼辦"]
    assert "<mark>緊急聯繫人</mark>" in str(page.results[0].snippet)
    assert "借呗逾期" in titles(engine.search("借唄", "zh-hans"))[0].replace("<mark>", "").replace("</mark>", "")


def test_traditional_pages_convert_simplified_text_that_has_no_traditional_version():
    article = article_with("征信记录", "征信记录会保存五年。")
    Article.objects.filter(pk=article.pk).update(body_zh_hant="", title_zh_hant="")
    page = engine.search("征信", "zh-hant")
    assert titles(page) == ["<mark>徵信</mark>記錄"]
    assert str(page.results[0].snippet) == "<mark>徵信</mark>記錄會保存五年。"


def test_platforms_are_found_by_name_and_other_names():
    platform = make_platform("ant-jiebei", "蚂蚁借呗", aliases="借呗\n花呗", name_en="Ant Jiebei")
    assert [result.url for result in engine.search("蚂蚁借呗", "zh-hans").results] == [platform.get_absolute_url()]
    by_alias = engine.search("花呗", "zh-hans")
    assert by_alias.total == 1
    assert by_alias.results[0].kind == SearchDocument.Kind.PLATFORM
    assert "<mark>花呗</mark>" in str(by_alias.results[0].snippet)
    assert engine.search("jiebei", "en").total == 1


def test_faq_entries_are_found_with_their_article():
    article = make_article("借呗常见问题", "Jiebei questions", questions=[("借呗会上征信吗？", "会，逾期后可能上报。")])
    page = engine.search("上报", "zh-hans")
    assert page.total == 1
    result = page.results[0]
    assert result.kind == SearchDocument.Kind.QUESTION
    assert result.context == "借呗常见问题"
    assert result.url.startswith(article.get_absolute_url())


def test_english_pages_search_english_text_only():
    article_with("征信记录", "正文", title_en="Credit report records", body_en="How long a credit record is kept.")
    article_with("征信只有中文", "正文")  # not translated: not listed on English pages
    assert engine.search("credit", "en").total == 1
    assert engine.search("征信", "en").total == 0
    assert engine.search("credit", "zh-hans").total == 0
    english = engine.search("records kept", "en")
    assert titles(english) == ["Credit report <mark>records</mark>"]
    assert "<mark>kept</mark>" in str(english.results[0].snippet)


def test_english_words_find_longer_words_they_begin():
    article_with("紧急联系人", title_en="Emergency contacts")
    assert engine.search("contact", "en").total == 1
    assert engine.search("emergency contact", "en").total == 1
    assert engine.search("contacts emergencies", "en").total == 0


def test_one_chinese_character_finds_any_text_with_it():
    article_with("蚂蚁借呗", "正文")
    article_with("另一篇", "末尾一个字是借")
    article_with("无关", "正文")
    page = engine.search("借", "zh-hans")
    assert page.total == 2
    assert plain_titles(page)[0] == "蚂蚁借呗"  # title match first


def test_every_segment_must_match():
    article_with("借呗逾期", "正文提到征信")
    article_with("借呗还款", "正文")
    assert engine.search("借呗 征信", "zh-hans").total == 1
    assert engine.search("借呗 花呗", "zh-hans").total == 0


def test_ranking_title_above_body_then_kind_then_newest():
    body_only = article_with("文章一", "正文提到征信")
    older_title = article_with("征信问题一", "正文")
    newer_title = article_with("征信问题二", "正文")
    platform = make_platform(name="征信平台", name_en="Credit platform")
    with_question = make_article("问答", questions=[("征信怎么查？", "回答")])
    page = engine.search("征信", "zh-hans")
    assert [(result.kind, result.url) for result in page.results] == [
        (SearchDocument.Kind.PLATFORM, platform.get_absolute_url()),
        (SearchDocument.Kind.ARTICLE, newer_title.get_absolute_url()),
        (SearchDocument.Kind.ARTICLE, older_title.get_absolute_url()),
        (SearchDocument.Kind.QUESTION, f"{with_question.get_absolute_url()}#questions-heading"),
        (SearchDocument.Kind.ARTICLE, body_only.get_absolute_url()),
    ]


def test_only_documents_with_every_segment_in_the_title_count_as_title_matches():
    one = article_with("借呗逾期", "正文提到征信")
    other_one = article_with("征信正文", "借呗")
    both_in_title = article_with("借呗与征信", "正文")
    page = engine.search("借呗 征信", "zh-hans")
    assert [result.url for result in page.results] == [
        both_in_title.get_absolute_url(),
        other_one.get_absolute_url(),
        one.get_absolute_url(),
    ]


def test_counting_stops_at_a_cap_and_says_so(monkeypatch):
    monkeypatch.setattr(engine, "MAX_COUNTED", 5)
    make_platform(name="征信平台")
    for number in range(6):
        article_with(f"征信{number}", "正文")
    page = engine.search("征信", "zh-hans", per_page=2)
    assert (page.total, page.total_is_lower_bound, page.num_pages) == (5, True, 3)
    assert page.results[0].kind == SearchDocument.Kind.PLATFORM
    last = engine.search("征信", "zh-hans", page=9, per_page=2)
    assert (last.number, len(last.results)) == (3, 1)
    assert engine.search("征信0", "zh-hans").total_is_lower_bound is False


@pytest.mark.parametrize(
    "options",
    [
        {"published": False},
        {"status": "review"},
        {"published_at": timezone.now() + datetime.timedelta(days=1)},
        {"unpublish_at": timezone.now() - datetime.timedelta(minutes=1)},
    ],
    ids=["draft", "in-review", "scheduled", "unpublished"],
)
def test_only_published_articles_and_their_faq_entries_are_found(options):
    make_article("征信草稿", "Credit draft", questions=[("征信问题", "回答")], **options)
    assert engine.search("征信", "zh-hans").total == 0
    assert engine.search("credit", "en").total == 0


def test_unpublished_platforms_are_not_found():
    make_platform(name="征信平台", published=False)
    assert engine.search("征信", "zh-hans").total == 0


def test_publishing_later_needs_no_reindexing():
    article = make_article("征信文章", published_at=timezone.now() + datetime.timedelta(hours=1))
    assert engine.search("征信", "zh-hans").total == 0
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - datetime.timedelta(hours=1))
    assert engine.search("征信", "zh-hans").total == 1


def test_publication_is_decided_when_the_query_runs_not_when_its_sql_was_compiled():
    engine.documents_sql.cache_clear()
    with mock.patch("django.utils.timezone.now", return_value=timezone.now() - datetime.timedelta(days=1)):
        assert engine.search("征信", "zh-hans").total == 0  # compiles the documents' SQL a day ago
    make_article("征信文章", published_at=timezone.now() - datetime.timedelta(hours=1))
    assert engine.search("征信", "zh-hans").total == 1


def test_edits_and_deletions_update_the_index():
    article = article_with("借呗问题", "正文")
    article.title_zh_hans = "花呗问题"
    article.title_zh_hant = ""
    article.save()
    assert engine.search("借呗", "zh-hans").total == 0
    assert engine.search("花唄", "zh-hant").total == 1
    question = article.questions.create(question_zh_hans="征信怎么查？", answer_zh_hans="去官网查。", order=0)
    assert engine.search("征信", "zh-hans").total == 1
    question.delete()
    assert engine.search("征信", "zh-hans").total == 0
    make_article("带问题的文章", questions=[("征信怎么查？", "回答")]).delete()
    assert engine.search("征信", "zh-hans").total == 0
    article.delete()
    assert SearchDocument.objects.count() == 0


def test_an_english_translation_added_later_is_found():
    article = article_with("征信", "正文")
    assert engine.search("credit", "en").total == 0
    article.title_en = "Credit reports"
    article.save()
    assert engine.search("credit", "en").total == 1
    article.title_en = ""
    article.save()
    assert engine.search("credit", "en").total == 0


def test_paging_is_like_a_paginator():
    for number in range(25):
        article_with(f"征信问题{number}", "正文")
    first = engine.search("征信", "zh-hans", page=1, per_page=10)
    assert (first.total, first.num_pages, len(first.results), first.has_next, first.has_previous) == (
        25,
        3,
        10,
        True,
        False,
    )
    last = engine.search("征信", "zh-hans", page=3, per_page=10)
    assert (len(last.results), last.has_next, last.has_previous, last.start_index) == (5, False, True, 21)
    seen = [r.url for number in (1, 2, 3) for r in engine.search("征信", "zh-hans", page=number, per_page=10).results]
    assert len(set(seen)) == 25
    assert engine.search("征信", "zh-hans", page=99, per_page=10).number == 3
    for bad in ("abc", "-1", "0", "", None, "1e9", "9" * 50):
        assert engine.search("征信", "zh-hans", page=bad, per_page=10).number in (1, 3), bad


def test_nothing_found_is_an_empty_page_not_an_error():
    page = engine.search("不存在的词", "zh-hans", page=5)
    assert (page.total, page.results, page.number, page.num_pages, page.searchable) == (0, [], 1, 1, True)


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "a",
        "借",
        "x" * 10_240,
        "\x00",
        '"',
        "*",
        "NEAR(",
        "OR",
        "-",
        "AND NOT",
        "title:借呗",
        "{title}:x",
        "'; DROP TABLE search_searchdocument; --",
        "借呗\x00征信",
        "\ud800",
        "^借",
        "借呗*",
        ":*",
        "'借'",
        "\\",
        "%_",
    ],
)
def test_hostile_queries_are_answered(query):
    article_with("借呗征信", "正文 title near or and")
    page = engine.search(query, "zh-hans")
    assert page.total >= 0
    assert engine.search(query, "en").total >= 0


def test_rebuild_command_recreates_every_document(capsys):
    make_platform(name="借呗", aliases="蚂蚁借呗")
    make_article("征信文章", "Credit article", questions=[("问题一", "回答"), ("问题二", "回答")])
    make_article("仅中文", "")
    before = sorted(SearchDocument.objects.values_list("kind", "object_id", "language"))
    SearchDocument.objects.all().delete()
    assert engine.search("征信", "zh-hans").total == 0
    call_command("rebuild_search_index", batch_size=1)
    assert sorted(SearchDocument.objects.values_list("kind", "object_id", "language")) == before
    assert len(before) == 9  # 1 platform, 2 articles, 2 FAQ entries in Chinese; the same minus one article in English
    assert engine.search("征信", "zh-hans").total == 1
    assert engine.search("蚂蚁借呗", "zh-hans").total == 1
    assert "Search index rebuilt." in capsys.readouterr().out


def test_exactly_the_cap_is_an_exact_count_and_one_more_is_not(monkeypatch):
    monkeypatch.setattr(engine, "MAX_COUNTED", 3)
    for number in range(3):
        article_with(f"征信{number}", "正文")
    page = engine.search("征信", "zh-hans", per_page=2)
    assert (page.total, page.total_is_lower_bound, page.num_pages) == (3, False, 2)
    article_with("征信3", "正文")
    page = engine.search("征信", "zh-hans", page=2, per_page=2)
    assert (page.total, page.total_is_lower_bound, page.number, len(page.results)) == (3, True, 2, 1)


def test_capped_results_are_the_first_of_the_ranking(monkeypatch):
    # Many body matches of an earlier-indexed kind must not push title matches out of the capped set.
    monkeypatch.setattr(engine, "MAX_COUNTED", 3)
    body_only = [article_with(f"文章{number}", "正文提到征信") for number in range(4)]
    platform = make_platform(name="征信平台")
    in_title = article_with("征信问题", "正文")
    urls = [result.url for result in engine.search("征信", "zh-hans", per_page=3).results]
    assert urls == [
        platform.get_absolute_url(),
        in_title.get_absolute_url(),
        body_only[-1].get_absolute_url(),
    ]


@pytest.mark.parametrize("query", ["k2zh", "k1en", "t征信", "tcredit", "scope"])
def test_index_bookkeeping_tokens_find_nothing(query):
    article_with("征信问题", "正文", title_en="Credit report")
    make_platform(name="征信平台", name_en="Credit platform")
    for language in ("zh-hans", "en"):
        assert engine.search(query, language).total == 0, (query, language)


def test_a_word_common_in_bodies_still_finds_the_rare_title_match():
    for number in range(5):
        article_with(f"文章{number}", "借款的正文")
    title = article_with("借呗问题", "正文")
    page = engine.search("借", "zh-hans")
    assert page.total == 6
    assert page.results[0].url == title.get_absolute_url()


def test_a_common_word_reads_only_the_tiers_it_needs(monkeypatch):
    monkeypatch.setattr(engine, "MAX_COUNTED", 3)
    for number in range(5):
        article_with(f"催收{number}", "正文")
    with CaptureQueriesContext(connection) as captured:
        page = engine.search("催收", "zh-hans")
    assert page.total == 3 and page.total_is_lower_bound
    ranking = [query["sql"] for query in captured.captured_queries if "search_searchdocument" in query["sql"]]
    # The title matches fill the count: the matches elsewhere are not read (PostgreSQL samples the tiers first).
    assert len(ranking) == (1 if connection.vendor == "sqlite" else 2)
    assert all("NOT" not in sql.upper().replace("IS NOT NULL", "") for sql in ranking)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL chooses how to read matches by their number")
@pytest.mark.parametrize(
    ("sample", "common", "rare_matches"),
    [(300, 0, 1000), (300, 2, 1000), (300, 1000, 1000), (1, 1, 1000), (300, 1000, 0)],
    ids=["every-tier-common", "some-common", "every-tier-rare", "sample-of-one", "common-in-older-documents"],
)
def test_common_and_rare_words_are_ranked_alike(monkeypatch, sample, common, rare_matches):
    # A tier with at least COMMON matches among its newest SAMPLE documents, or more than RARE_MATCHES in all, reads
    # its documents newest first; otherwise it sorts the matches.
    from search import backends

    monkeypatch.setattr(backends, "SAMPLE", sample)
    monkeypatch.setattr(backends, "COMMON", common)
    monkeypatch.setattr(backends, "RARE_MATCHES", rare_matches)
    monkeypatch.setattr(engine, "MAX_COUNTED", 3)  # each tier takes its newest 4 documents
    in_title = [article_with(f"征信问题{number}", "正文") for number in range(6)]
    make_article("征信草稿", "Credit draft", published=False)
    platform = make_platform(name="征信平台", name_en="Credit platform")
    page = engine.search("征信", "zh-hans", per_page=20)
    assert [result.url for result in page.results] == [
        platform.get_absolute_url(),
        in_title[5].get_absolute_url(),
        in_title[4].get_absolute_url(),
    ]
    body_only = [article_with(f"文章{number}", "正文提到花呗") for number in range(3)]
    with_question = make_article("问答", questions=[("花呗怎么还？", "回答")])
    page = engine.search("花呗", "zh-hans", per_page=20)
    assert [result.url for result in page.results] == [
        f"{with_question.get_absolute_url()}#questions-heading",
        body_only[2].get_absolute_url(),
        body_only[1].get_absolute_url(),
    ]
    assert engine.search("征信 花呗", "zh-hans").total == 0


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_results_read_their_texts_in_the_pages_language_only(language):
    make_platform(name="征信平台", name_en="Credit platform", aliases="征信查询")
    article_with("征信问题", "正文", title_en="Credit report question")
    make_article("问答", "Questions", questions=[("征信怎么查？", "回答")])
    engine.search("征信", language)  # the first search of a process loads what every search uses
    query = "credit" if language == "en" else "征信"
    with CaptureQueriesContext(connection) as captured:
        page = engine.search(query, language)
    kinds = {result.kind for result in page.results}
    # The FAQ entry has no English text, so English pages do not find it.
    assert kinds == ({1, 2} if language == "en" else {1, 2, 3})
    assert all(str(result.title) and result.url for result in page.results)
    loading = [item["sql"] for item in captured.captured_queries if "search_searchdocument" not in item["sql"]]
    assert len(loading) == len(kinds)  # one query per kind of record, none for a text left out
    other = {"zh-hans": ["_en", "_zh_hant"], "zh-hant": ["_en"], "en": ["_zh_hant"]}[language]
    for sql in loading:
        for suffix in other:
            assert f'{suffix}"' not in sql, (suffix, sql)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="VACUUM is PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_a_rebuild_outside_a_transaction_vacuums_the_tables_on_postgresql():
    # Until a table is vacuumed PostgreSQL cannot count a listing from its index alone (see backends.optimise).
    tables = ("articles_article", "search_searchdocument")

    def vacuumed() -> dict:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_stat_clear_snapshot()")
            cursor.execute(
                "SELECT relname, last_vacuum FROM pg_stat_user_tables WHERE relname = ANY(%s)", [list(tables)]
            )
            return dict(cursor.fetchall())

    article_with("征信问题", "正文")
    before = vacuumed()
    call_command("rebuild_search_index", verbosity=0)
    after = vacuumed()
    for table in tables:
        assert after[table] is not None and (before[table] is None or after[table] > before[table]), table
