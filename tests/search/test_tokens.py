"""Normalisation, tokens, query segments and highlighting: pure functions, no database."""

import pytest

from search.snippets import highlight, match_spans, plain_text, snippet
from search.tokens import MAX_QUERY_LENGTH, MAX_SEGMENTS, document_tokens, normalise, query_segments


def test_normalise_folds_width_case_and_traditional_script():
    assert normalise("借唄ＡＰＰ　逾期３天") == "借呗app 逾期3天"
    assert normalise("緊急聯繫人") == "紧急联系人"
    assert normalise("Emergency\x00Contacts") == "emergency contacts"


def test_chinese_becomes_overlapping_pairs_plus_its_last_character():
    assert document_tokens("紧急联系人") == sorted(["紧急", "急联", "联系", "系人", "人"])


def test_latin_words_and_digits_are_whole_words_and_scripts_are_split():
    assert document_tokens("借呗APP 12378热线, e-mail_address") == sorted(
        ["借呗", "呗", "app", "12378", "热线", "线", "e", "mail", "address"]
    )


def test_traditional_and_simplified_text_give_the_same_tokens():
    assert document_tokens("借唄逾期會打給緊急聯繫人嗎") == document_tokens("借呗逾期会打给紧急联系人吗")


@pytest.mark.parametrize(
    ("query", "texts", "tokens", "prefix"),
    [
        ("借呗", ["借呗"], [("借呗",)], [False]),
        ("借唄", ["借呗"], [("借呗",)], [False]),
        ("紧急联系人", ["紧急联系人"], [("紧急", "急联", "联系", "系人")], [False]),
        ("征信 借呗", ["征信", "借呗"], [("征信",), ("借呗",)], [False, False]),
        ("借", ["借"], [("借",)], [True]),
        ("Emergency contacts", ["emergency", "contacts"], [("emergency",), ("contacts",)], [True, True]),
    ],
)
def test_query_segments(query, texts, tokens, prefix):
    segments = query_segments(query)
    assert [segment.text for segment in segments] == texts
    assert [segment.tokens for segment in segments] == tokens
    assert [segment.prefix for segment in segments] == prefix


def test_english_stop_words_are_dropped_unless_nothing_else_is_left():
    assert [segment.text for segment in query_segments("what is a credit report")] == ["credit", "report"]
    assert [segment.text for segment in query_segments("the")] == ["the"]


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "-", "()", "\x00", "。，！", "\ud800"])
def test_queries_with_nothing_to_search_for_have_no_segments(query):
    assert query_segments(query) == []


def test_operators_are_only_words():
    assert [segment.tokens for segment in query_segments('"借呗" OR NEAR(征信*) -x')] == [
        ("借呗",),
        ("near",),
        ("征信",),
        ("x",),
    ]


def test_long_queries_are_cut():
    segments = query_segments(" ".join(f"w{number}" for number in range(1000)))
    assert len(segments) == MAX_SEGMENTS
    assert sum(len(segment.text) for segment in query_segments("借" * 10_000)) == MAX_QUERY_LENGTH


def test_highlight_escapes_before_marking():
    html = highlight('<script>alert("借呗")</script>', query_segments("借呗"))
    assert html == "&lt;script&gt;alert(&quot;<mark>借呗</mark>&quot;)&lt;/script&gt;"


def test_highlight_marks_traditional_text_for_a_simplified_query_and_the_reverse():
    assert highlight("螞蟻借唄逾期", query_segments("借呗")) == "螞蟻<mark>借唄</mark>逾期"
    assert highlight("蚂蚁借呗逾期", query_segments("借唄")) == "蚂蚁<mark>借呗</mark>逾期"


def test_highlight_marks_whole_english_words_from_their_beginning():
    html = highlight("Contacts are contacted; a contract is not.", query_segments("contact"))
    assert html == "<mark>Contacts</mark> are <mark>contacted</mark>; a contract is not."


def test_full_width_text_is_marked_where_it_is():
    assert match_spans("请拨打１２３７８", query_segments("12378")) == [(3, 8)]


def test_snippet_is_a_window_around_the_first_match():
    text = "前" * 300 + "紧急联系人" + "后" * 300
    html = snippet(text, query_segments("紧急联系人"))
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>紧急联系人</mark>" in html
    assert len(html) < 220


def test_snippet_without_a_match_starts_at_the_beginning():
    assert snippet("短文本", query_segments("征信")) == "短文本"


def test_plain_text_drops_markdown():
    assert plain_text("## 标题\n\n- **征信**记录，见[链接](https://example.com)") == "标题 征信记录，见链接"
