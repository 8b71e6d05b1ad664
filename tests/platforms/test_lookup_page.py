"""The lookup page (/<lang>/lookup/): results in three languages, errors beside their fields, names and aliases."""

from __future__ import annotations

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from platforms.models import Platform
from tests.factories import make_platform, make_site_text

LANGUAGES = ["zh-hans", "zh-hant", "en"]
NAMES = {"zh-hans": "借呗", "zh-hant": "借唄", "en": "Jiebei"}
STAGE_TWO = {"zh-hans": "阶段2", "zh-hant": "階段2", "en": "Stage 2"}
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")

pytestmark = pytest.mark.django_db


def jiebei(**extra):
    extra.setdefault("stages", [(1, 3, False), (4, 7, True, ["sms", "phone"]), (8, None, True)])
    extra.setdefault("sources", [(4, 7)])
    return make_platform("jiebei", "借呗", "借唄", "Jiebei", **extra)


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def field_errors(html: str, field: str) -> str:
    """The error block rendered beside a field (empty if none)."""
    match = re.search(rf'<div id="id_{field}-errors" role="alert">(.*?)</div>', html, re.S)
    return match.group(1) if match else ""


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# Results ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_result_in_each_language(client, language):
    jiebei()
    html = page(client, f"/{language}/lookup/?platform=jiebei&days_overdue=5")
    assert NAMES[language] in html
    assert STAGE_TWO[language] in html
    assert 'class="lookup-result"' in html
    assert 'class="panel panel-rules"' in html
    assert 'aria-current="step"' in html  # the reader's day is marked on the timeline
    # The form keeps what was asked, as the platform's name: readers never see the slug.
    assert 'name="platform"' in html and f'value="{NAMES[language]}"' in html and 'value="jiebei"' not in html
    if language == "en":
        assert "You are 5 days overdue." in text(html)
        assert "Phone calls" in html
        assert (
            'This information was last reviewed on <time class="date" datetime="2026-11-01">1 November 2026</time>.'
            in html
        )
    else:
        assert "You are 5 days overdue." not in html


def test_acceptance_five_days_overdue(client):
    """Stages 1–3 (no contacts), 4–7 (contacts), 8+ (contacts); day 5: contacts may be called now, until day 7."""
    jiebei()
    html = text(page(client, "/en/lookup/?platform=jiebei&days_overdue=5"))
    assert "Your emergency contacts may already be called now, until day 7 at the latest." in html
    assert "You are in the stage “Stage 2” (days 4–7)." in html
    assert "The next stage, “Stage 3”, starts on day 8, in 3 days." in html
    assert "What collectors may and may not do" in html
    assert "GB/T 45251—2025" in html
    assert "No collection calls between 22:00 and 08:00, unless you have agreed to them." in html
    assert "Your emergency contact owes nothing." in html


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (0, "Today is your due date (day 0)."),
        (2, "Your emergency contacts are likely to be called between day 4 and day 7, that is in 2 to 5 days."),
        (7, "Today, day 7, is the last day"),
        (20, "The window in which emergency contacts are usually first called (day 4 to day 7) has passed."),
    ],
)
def test_result_sentences_for_other_days(client, day, expected):
    jiebei()
    assert expected in text(page(client, f"/en/lookup/?platform=jiebei&days_overdue={day}"))


def test_platform_without_contact_stages(client):
    jiebei(stages=[(1, 10, False), (11, None, False)], sources=[])
    html = text(page(client, "/en/lookup/?platform=jiebei&days_overdue=5"))
    assert "our sources say nothing about when contacts are called" in html
    assert "We have no published source for this platform yet" in html


def test_sources_are_listed_with_their_claims_and_disagreement(client):
    jiebei(sources=[(14, 14), (30, 30), (None, None)])
    html = text(page(client, "/en/lookup/?platform=jiebei&days_overdue=5"))
    assert "The sources disagree: they put calls to emergency contacts anywhere from day 14 to day 30." in html
    assert "Source 1" in html and "Source 3" in html
    assert "On day 14" in html and "This source does not say." in html
    assert "Low: unsourced web article" in html and "1 January 2025" in html


def test_rules_panel_uses_the_site_text_when_there_is_one(client):
    jiebei()
    make_site_text("contact_rules", "**规则**正文", "**Rules** body")
    html = page(client, "/en/lookup/?platform=jiebei&days_overdue=5")
    assert "<strong>Rules</strong> body" in html
    assert "GB/T 45251—2025 on collecting" not in html
    html = page(client, "/zh-hans/lookup/?platform=jiebei&days_overdue=5")
    assert "<strong>规则</strong>正文" in html
    assert 'href="/zh-hans/rights/"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_form_shows_the_rules_panel_and_platform_list(client, language):
    jiebei(aliases="蚂蚁借呗")
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False)
    html = page(client, f"/{language}/lookup/")
    assert "<form" in html and 'method="get"' in html
    assert 'class="panel panel-rules"' in html
    assert f'<option value="{NAMES[language]}">' in html
    assert '<option value="蚂蚁借呗">' in html or '<option value="螞蟻借唄">' in html
    assert '<option value="other">' not in html  # "not listed" is offered in words (the server still accepts other)
    assert "草稿平台" not in html and "Draft platform" not in html
    assert 'class="errorlist' not in html and 'class="lookup-result"' not in html


def test_general_profile_for_unlisted_platforms(client):
    make_platform("general", "行业一般情况", name_en="The industry in general", general=True, stages=[(1, 30, True)])
    html = text(page(client, "/en/lookup/?platform=other&days_overdue=5"))
    assert "Your platform is not listed: how the industry usually works" in html
    assert "until day 30 at the latest" in html


def test_not_listed_label_in_any_language_means_the_general_profile(client):
    make_platform("general", "行业一般情况", name_en="The industry in general", general=True, stages=[(1, 30, True)])
    response = client.get("/en/lookup/", {"platform": "My platform is not listed", "days_overdue": "5"})
    assert response.status_code == 302
    assert response["Location"] == "/en/lookup/?platform=other&days_overdue=5"


def test_due_date_is_counted_in_shanghai(client):
    jiebei()
    # 16:30 UTC on 10 March is 00:30 on 11 March in Shanghai: a due date of 6 March is 5 days ago.
    with time_machine.travel(datetime.datetime(2026, 3, 10, 16, 30, tzinfo=datetime.UTC), tick=False):
        html = text(page(client, "/en/lookup/?platform=jiebei&due_date=2026-03-06"))
    assert "You are 5 days overdue." in html
    assert "Counted from your due date, 6 March 2026" in html


def test_full_width_input_is_accepted(client):
    jiebei()
    html = text(page(client, "/en/lookup/?platform=jiebei&days_overdue=５"))
    assert "You are 5 days overdue." in html
    with time_machine.travel(datetime.datetime(2026, 3, 11, 12, 0, tzinfo=SHANGHAI), tick=False):
        html = text(page(client, "/en/lookup/?platform=jiebei&due_date=２０２６－０３－０６"))
    assert "You are 5 days overdue." in html


def test_both_days_and_date_agreeing_is_fine(client):
    jiebei()
    with time_machine.travel(datetime.datetime(2026, 3, 11, 12, 0, tzinfo=SHANGHAI), tick=False):
        html = text(page(client, "/en/lookup/?platform=jiebei&days_overdue=5&due_date=2026-03-06"))
    assert "You are 5 days overdue." in html


# Errors -------------------------------------------------------------------------------------------------------------

ERRORS = [
    # (query, field, English message)
    ("days_overdue=5", "platform", "Choose your platform, or “My platform is not listed”."),
    ("platform=&days_overdue=5", "platform", "Choose your platform, or “My platform is not listed”."),
    ("platform=nosuch&days_overdue=5", "platform", "We could not find a platform called “nosuch”."),
    ("platform=draft&days_overdue=5", "platform", "We could not find a platform called “draft”."),
    ("platform=jiebei", "days_overdue", "Enter how many days overdue you are, or the due date you missed."),
    ("platform=jiebei&days_overdue=abc", "days_overdue", "Enter the number of days as a whole number, for example 5."),
    ("platform=jiebei&days_overdue=2.5", "days_overdue", "Enter the number of days as a whole number, for example 5."),
    ("platform=jiebei&days_overdue=-3", "days_overdue", "The number of days overdue cannot be negative."),
    ("platform=jiebei&days_overdue=3651", "days_overdue", "Enter at most 3650 days (about ten years)."),
    ("platform=jiebei&days_overdue=" + "9" * 5000, "days_overdue", "Enter at most 3650 days (about ten years)."),
    ("platform=jiebei&due_date=2026-02-30", "due_date", "There is no such date as 2026-02-30."),
    ("platform=jiebei&due_date=2026年4月31日", "due_date", "There is no such date as 2026-04-31."),
    ("platform=jiebei&due_date=yesterday", "due_date", "Enter the date as year-month-day, for example 2026-03-15."),
    ("platform=jiebei&due_date=2026-03-12", "due_date", "The due date is in the future, so you are not overdue yet."),
    ("platform=jiebei&due_date=2010-01-01", "due_date", "That due date is more than 3650 days ago."),
    (
        "platform=jiebei&days_overdue=9&due_date=2026-03-06",
        "days_overdue",
        "You entered 9 days overdue, but your due date makes it 5 days. Clear one of the two fields.",
    ),
]


@pytest.mark.parametrize(("query", "field", "message"), ERRORS)
def test_errors_are_shown_beside_the_field_in_english(client, query, field, message):
    jiebei()
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False)
    with time_machine.travel(datetime.datetime(2026, 3, 11, 12, 0, tzinfo=SHANGHAI), tick=False):
        html = page(client, f"/en/lookup/?{query}")
    assert message in text(field_errors(html, field)).replace("&#x27;", "'")
    assert 'aria-invalid="true"' in html
    assert 'class="lookup-result"' not in html
    assert 'class="panel panel-rules"' in html


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant"])
@pytest.mark.parametrize(("query", "field", "message"), ERRORS)
def test_errors_in_chinese_pages_are_not_in_english(client, language, query, field, message):
    jiebei()
    with time_machine.travel(datetime.datetime(2026, 3, 11, 12, 0, tzinfo=SHANGHAI), tick=False):
        html = page(client, f"/{language}/lookup/?{query}")
    errors = field_errors(html, field)
    assert errors, "the error is shown beside its field"
    assert message not in html
    assert re.search(r"[\u3400-\u9fff]", text(errors)), "the message is in Chinese"


def test_draft_platforms_are_never_reachable(client):
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False, aliases="草稿", stages=[(1, 9, True)])
    for platform in ("draft", "草稿平台", "草稿", "Draft platform"):
        response = client.get("/en/lookup/", {"platform": platform, "days_overdue": "5"})
        assert response.status_code == 200
        html = response.content.decode()
        assert "We could not find a platform called" in html
        assert 'class="lookup-result"' not in html


def test_other_without_a_general_profile_is_explained(client):
    jiebei()
    html = page(client, "/en/lookup/?platform=other&days_overdue=5")
    assert "We have no general profile for unlisted platforms yet." in text(field_errors(html, "platform"))


# Names, aliases and redirects ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["借呗", "借唄", "蚂蚁借呗", "螞蟻借唄", "Jiebei", " JIEBEI ", "ＪＩＥＢＥＩ", "Ant Jiebei"]
)
def test_names_and_aliases_redirect_to_the_canonical_address(client, typed):
    jiebei(aliases="蚂蚁借呗")
    Platform.objects.filter(slug="jiebei").update(aliases_en="Ant Jiebei")
    response = client.get("/zh-hant/lookup/", {"platform": typed, "days_overdue": "５"})
    assert response.status_code == 302
    assert response["Location"] == "/zh-hant/lookup/?platform=jiebei&days_overdue=5"


def test_redirect_keeps_the_due_date(client):
    jiebei()
    response = client.get("/en/lookup/", {"platform": "借呗", "due_date": "2026-03-06"})
    assert response["Location"] == "/en/lookup/?platform=jiebei&due_date=2026-03-06"


def test_redirect_happens_even_if_days_are_wrong_so_the_error_shows_on_the_canonical_address(client):
    jiebei()
    response = client.get("/en/lookup/", {"platform": "借呗", "days_overdue": "abc"}, follow=True)
    assert response.redirect_chain == [("/en/lookup/?platform=jiebei&days_overdue=abc", 302)]
    assert "Enter the number of days as a whole number" in response.content.decode()


@pytest.mark.parametrize("typed", ["借呗", "借唄"])
def test_shared_alias_shows_the_platform_it_names_and_offers_the_other(client, typed):
    make_platform("jiebei", "蚂蚁借呗", "螞蟻借唄", "Ant Jiebei", aliases="借呗")
    make_platform("weilidai", "微粒贷", "微粒貸", "Weilidai", aliases="借呗")
    response = client.get(f"/en/lookup/?platform={typed}&days_overdue=5", follow=True)
    assert response.redirect_chain == [("/en/lookup/?platform=jiebei&days_overdue=5&also=weilidai", 302)]
    html = response.content.decode()
    assert 'class="lookup-result"' in html and "Ant Jiebei" in text(html.split('id="result-heading"')[1][:200])
    assert 'Did you mean <a href="/en/lookup/?platform=weilidai&amp;days_overdue=5">Weilidai</a>?' in html
    assert 'class="errorlist"' not in html
    # The box shows the platform's name, never its slug.
    assert 'value="Ant Jiebei"' in html and 'value="jiebei"' not in html


def test_alias_shared_equally_offers_choices_by_name(client):
    make_platform("quick-a", "甲平台", "甲平臺", "Platform A", aliases="快借")
    make_platform("quick-b", "乙平台", "乙平臺", "Platform B", aliases="快借")
    html = page(client, "/en/lookup/?platform=快借&days_overdue=5")
    errors = text(field_errors(html, "platform"))
    assert "Several platforms go by “快借”: Platform A, Platform B." in errors
    assert "quick-a" not in errors
    assert 'href="/en/lookup/?platform=quick-a&amp;days_overdue=5"' in html
    assert 'class="lookup-result"' not in html


def test_the_not_listed_choice_reads_as_words_in_the_box(client):
    make_platform("general", "行业一般情况", "行業一般情況", "How the industry usually works", general=True)
    html = page(client, "/en/lookup/?platform=other&days_overdue=5")
    assert 'value="My platform is not listed"' in html
    assert '<option value="My platform is not listed"></option>' in html
    assert 'value="other"' not in html


def test_other_methods_are_not_allowed(client):
    jiebei()
    assert client.post("/en/lookup/", {"platform": "jiebei", "days_overdue": "5"}).status_code == 405
    assert client.head("/en/lookup/?platform=jiebei&days_overdue=5").status_code == 200


# Queries ------------------------------------------------------------------------------------------------------------


def query_count(client, url: str) -> int:
    client.get(url)  # warm the site-text cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_query_count_does_not_grow_with_stages_or_sources(client, django_assert_max_num_queries):
    jiebei(stages=[(1, 3, False), (4, 7, True), (8, None, True)], sources=[(4, 7)])
    many = [(1 + 10 * i, 10 * (i + 1), i % 2 == 0) for i in range(11)] + [(111, None, True)]
    make_platform("many", "很多阶段", name_en="Many stages", stages=many, sources=[(1, 9)] * 12)
    few = query_count(client, "/en/lookup/?platform=jiebei&days_overdue=5")
    lots = query_count(client, "/en/lookup/?platform=many&days_overdue=55")
    assert few == lots
    # Published platforms (for the chooser and names), then the chosen one with its stages and sources, the readers'
    # contact-day figures and the site texts: with nothing kept per content version (tests turn that off).
    assert few <= 6
    with django_assert_max_num_queries(few):
        client.get("/zh-hans/lookup/?platform=many&days_overdue=200")
    with django_assert_max_num_queries(few):
        client.get("/zh-hans/lookup/?platform=jiebei&days_overdue=abc")


def platform_queries(queries) -> list[str]:
    return [query["sql"] for query in queries.captured_queries if 'FROM "platforms_platform"' in query["sql"]]


def test_a_lookup_by_slug_reads_its_platform_only(client, settings):
    settings.PAGE_CACHE_ENABLED = True  # the datalist comes from its fragment, as on a page-cache miss
    jiebei()
    make_platform("other-one", "别的平台", name_en="Another platform", stages=[(1, None, True)])
    client.get("/en/lookup/?platform=other-one&days_overdue=5")
    with CaptureQueriesContext(connection) as queries:
        html = page(client, "/en/lookup/?platform=jiebei&days_overdue=5")
    # The platform (with its stages and sources); not the list of every platform as well.
    found = platform_queries(queries)
    assert len(found) == 1 and "'jiebei'" in found[0]
    # The datalist still names every platform, and the box shows the chosen one by name.
    assert '<option value="Another platform"></option>' in html
    assert 'value="Jiebei"' in html


def test_the_datalist_fragment_is_retired_when_a_platform_changes(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    jiebei()
    other = make_platform("other-one", "别的平台", name_en="Another platform", stages=[(1, None, True)])
    url = "/en/lookup/?platform=jiebei&days_overdue=5"
    assert '<option value="Another platform"></option>' in page(client, url)
    other.name_en = "Renamed platform"
    other.save()
    html = page(client, url + "&x=1")
    assert '<option value="Renamed platform"></option>' in html
    assert "Another platform" not in html


def test_a_name_still_resolves_against_every_platform(client):
    jiebei()
    response = client.get("/en/lookup/?platform=Jiebei&days_overdue=5")
    assert response.status_code == 302
    assert response["Location"] == "/en/lookup/?platform=jiebei&days_overdue=5"
