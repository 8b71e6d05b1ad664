"""``{% platform_cards %}``: the platform list page's cards, built in Python with the markup the template had."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from platforms import selectors
from platforms.models import Platform
from tests.factories import make_platform

pytestmark = pytest.mark.django_db


def cards(platforms) -> str:
    return Template("{% load platform_lists %}{% platform_cards platforms %}").render(Context({"platforms": platforms}))


def test_a_card_links_the_platform_and_shows_kind_review_date_and_summary():
    make_platform("jiebei", "借呗", "借唄", "Jiebei", kind="bank")
    with translation.override("en"):
        platforms, _general = selectors.platforms_for_list()
        html = cards(platforms)
    assert html == (
        '<ul class="card-list">\n'
        "  <li>\n"
        '    <a href="/en/platforms/jiebei/">Jiebei</a>\n'
        '    <p class="meta"><span class="badge">Bank</span>\n'
        '      · Last reviewed <time class="date" datetime="2026-11-01">1 November 2026</time></p>\n'
        '    <p class="excerpt">Summary</p>\n'
        "  </li>\n"
        "</ul>"
    )


@pytest.mark.parametrize(
    ("language", "kind", "reviewed"),
    [("zh-hans", "消费贷款", "最近审核于"), ("zh-hant", "消費貸款", "最近審核於")],
)
def test_cards_are_translated(language, kind, reviewed):
    make_platform("jiebei", "借呗", "借唄", "Jiebei")
    with translation.override(language):
        platforms, _general = selectors.platforms_for_list()
        html = cards(platforms)
    assert f'/{language}/platforms/jiebei/">{"借呗" if language == "zh-hans" else "借唄"}</a>' in html
    assert f'<span class="badge">{kind}</span>' in html
    assert reviewed in html and "2026年11月1日" in html


def test_names_fall_back_to_simplified_chinese_and_text_is_escaped():
    make_platform("a", "<b>甲</b>", name_hant="", name_en="")
    Platform.objects.filter(slug="a").update(summary_en="Tom & <Jerry>")
    make_platform("b", "乙", name_en="B", last_reviewed=None)
    Platform.objects.filter(slug="b").update(summary_zh_hans="", summary_en="")
    with translation.override("en"):
        platforms, _general = selectors.platforms_for_list()
        html = cards(platforms)
    assert '">&lt;b&gt;甲&lt;/b&gt;</a>' in html
    assert '<p class="excerpt">Tom &amp; &lt;Jerry&gt;</p>' in html
    second = html.split("<li>")[2]
    assert '<span class="badge">Consumer loan</span></p>\n  </li>' in second  # no review date, no summary
    assert "excerpt" not in second


def test_no_platforms_no_list():
    assert cards([]) == ""


def test_the_list_reads_only_what_it_shows(django_assert_num_queries):
    make_platform("jiebei", body_en="A long body " * 100)
    make_platform("general", general=True)
    with django_assert_num_queries(1) as queries:
        platforms, general = selectors.platforms_for_list()
    assert [p.slug for p in platforms] == ["jiebei"] and general.slug == "general"
    assert "body" not in queries.captured_queries[0]["sql"]
    assert platforms[0].last_reviewed == datetime.date(2026, 11, 1)
