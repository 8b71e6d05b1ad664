"""The call checker's page and JSON endpoint, in three languages; nothing the reader enters is kept."""

import json
import logging

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.test import Client

from tests.pages import page

pytestmark = pytest.mark.django_db

LANGUAGES = ("zh-hans", "zh-hant", "en")
URL = "/{language}/call-checker/"
MANAGEMENT = {
    "calls-TOTAL_FORMS": "5",
    "calls-INITIAL_FORMS": "0",
    "calls-MIN_NUM_FORMS": "0",
    "calls-MAX_NUM_FORMS": "40",
}
# The words each verdict starts with, per language: a recommended standard is never "against the law".
AGAINST_STANDARD = {
    "zh-hans": "不符合推荐性国家标准（非强制）",
    "zh-hant": "不符合推薦性國家標準（非強制）",
    "en": "Goes against the recommended national standard (not mandatory)",
}
AGAINST_SELF_REGULATION = {
    "zh-hans": "不符合行业自律规则",
    "zh-hant": "不符合行業自律規則",
    "en": "Goes against the industry",
}
REPORTED = {
    "zh-hans": "据报道，未经原文核实",
    "zh-hant": "據報道，未經原文覈實",
    "en": "reported, not confirmed from the text",
}


def visible_rows(html: str) -> int:
    """Rows of the form, not counting the blank row kept in a <template> for the script."""
    return html.split("<template")[0].count("data-row>")


def log(**rows) -> dict:
    data = {"reader": "contact", "borrower_reachable": "yes", "consented": "no", **MANAGEMENT}
    row = {
        "date": "2026-01-15",
        "time": "22:00",
        "party": "contact",
        "kind": "call",
        "said": "debt",
        "asked_to_stop": "yes",
        "unanswered_attempts": "7",
    }
    row.update(rows)
    if not row["said"]:
        del row["said"]  # unticked boxes send nothing
    data.update({f"calls-0-{name}": value for name, value in row.items()})
    return data


def test_empty_form_is_never_cached_and_has_blank_rows(client, reviewed_rules):
    response = client.get("/en/call-checker/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    html = response.content.decode()
    assert visible_rows(html) == 5
    assert 'name="add_rows"' in html and "data-clear-log" in html
    assert "Times are China time" in html and "21:59" in html
    assert "<script" not in html.split("</head>")[1] or "nonce" in html or "src=" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_checked_log_cites_each_rule_with_its_weight(client, reviewed_rules, language):
    response = client.post(URL.format(language=language), log())
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    for slug in ("gbt-45251-hours", "cba-2026-hours", "cba-2026-attempts", "gbt-45251-refusal"):
        assert f'data-rule="{slug}" data-status="against"' in html
    assert AGAINST_STANDARD[language] in html
    assert AGAINST_SELF_REGULATION[language] in html
    assert REPORTED[language] in html
    assert 'data-evidence="1"' in html
    # The letters that fit, pre-filled for the letter helper, and the complaint channels.
    assert 'data-situation="night_calls"' in html and 'data-situation="debt_told"' in html
    assert '<input type="hidden" name="writer" value="contact">' in html
    assert f'<input type="hidden" name="language" value="{language}">' in html
    for slug in ("nfra-12378", "pboc-12363", "nifa-reporting", "heimao-tousu", "miit-12321"):
        assert f'data-channel="{slug}"' in html


def test_a_clean_call_is_not_against_anything(client, reviewed_rules):
    html = client.post(
        "/en/call-checker/", log(party="borrower", time="10:00", said="", unanswered_attempts="2")
    ).content.decode()
    assert 'data-status="against"' not in html
    assert "0 of the calls or messages you entered went against at least one rule." in html
    assert 'data-situation="' not in html


def test_unknown_answers_are_shown_as_cannot_judge(client, reviewed_rules):
    data = log(time="", unanswered_attempts="", asked_to_stop="", said="")
    data["borrower_reachable"] = "unknown"
    html = client.post("/en/call-checker/", data).content.decode()
    assert 'data-rule="gbt-45251-hours" data-status="cannot_judge"' in html
    assert 'data-rule="cba-2026-attempts" data-status="cannot_judge"' in html
    assert 'data-rule="gbt-45251-refusal" data-status="cannot_judge"' in html
    assert "We cannot judge" in html


def test_the_letter_form_opens_the_letter_helper_filled_in(client, reviewed_rules):
    from tests.factories import make_platform

    platform = make_platform(slug="jiebei", name="借呗", name_en="Jiebei")
    data = log()
    data["platform"] = platform.slug
    html = client.post("/en/call-checker/", data).content.decode()
    assert f'<input type="hidden" name="platform" value="{platform.slug}">' in html
    letter = client.post(
        "/en/letters/",
        {"platform": platform.slug, "writer": "contact", "situation": "debt_told", "language": "en"},
    )
    assert "Your collectors told me about someone else" in letter.content.decode()


def test_add_rows_without_javascript_keeps_the_log_and_adds_rows(client, reviewed_rules):
    data = {**log(), "add_rows": "1"}
    html = client.post("/en/call-checker/", data).content.decode()
    assert visible_rows(html) == 10
    assert 'value="2026-01-15"' in html
    assert "What the rules say" not in html  # adding rows does not check the log yet


def test_rows_stop_at_the_maximum(client, reviewed_rules):
    data = {**log(), "add_rows": "1", "calls-TOTAL_FORMS": "38"}
    html = client.post("/en/call-checker/", data).content.decode()
    assert visible_rows(html) == 40
    assert 'name="add_rows"' not in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date", "", "Give the date of this call or message."),
        ("date", "2099-01-01", "That date is in the future."),
        ("date", "15/01/2026", "Give the date as year-month-day"),
        ("time", "25:00", "Give the time as hours:minutes"),
        ("unanswered_attempts", "-1", "The number of calls cannot be negative."),
        ("unanswered_attempts", "many", "Give the number of calls as a whole number."),
        ("party", "robot", "Choose one of the people listed."),
    ],
)
def test_bad_rows_get_clear_messages_and_keep_the_log(client, reviewed_rules, field, value, message):
    response = client.post("/en/call-checker/", log(**{field: value}))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "What the rules say" not in html
    assert 'value="22:00"' in html or field == "time"


def test_empty_log_is_refused_with_a_message(client, reviewed_rules):
    data = {"reader": "borrower", "borrower_reachable": "unknown", "consented": "no", **MANAGEMENT}
    html = client.post("/zh-hans/call-checker/", data).content.decode()
    assert "请至少填写一次电话或消息。" in html


def test_junk_posts_never_fail(client, reviewed_rules):
    for data in ({}, {"calls-TOTAL_FORMS": "x"}, {"calls-TOTAL_FORMS": "100000", "add_rows": "1"}, {"reader": "\x00"}):
        assert client.post("/en/call-checker/", data).status_code == 200


def all_row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_nothing_the_reader_enters_is_stored_or_logged(reviewed_rules, caplog):
    client = Client(enforce_csrf_checks=True)
    html = page(client, "/en/call-checker/")
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    before = all_row_counts()
    caplog.set_level(logging.DEBUG)
    data = {**log(date="2026-01-13", time="21:37"), "other_platform": "Secret Lender 9", "platform": "other"}
    response = client.post("/en/call-checker/", {**data, "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert "Secret Lender 9" in response.content.decode()
    api = client.post(
        "/api/call-check/?lang=en",
        json.dumps({"entries": [{"date": "2026-01-13", "time": "21:37", "party": "contact", "kind": "call"}]}),
        content_type="application/json",
    )
    assert api.status_code == 200
    assert "no-store" in api["Cache-Control"]
    assert all_row_counts() == before
    assert Session.objects.count() == 0
    assert "sessionid" not in response.cookies
    assert not client.session.items()
    for record in caplog.records:
        assert "Secret Lender 9" not in record.getMessage()
        assert "21:37" not in record.getMessage()


def test_posting_without_the_csrf_token_is_refused(reviewed_rules):
    assert Client(enforce_csrf_checks=True).post("/en/call-checker/", log()).status_code == 403


def test_the_checker_page_is_never_stored_by_the_page_cache(client, reviewed_rules, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = client.post("/en/call-checker/", log())
    second = client.get("/en/call-checker/")
    assert "Secret" not in second.content.decode()
    assert "What the rules say" not in second.content.decode()
    assert "no-store" in first["Cache-Control"] and "no-store" in second["Cache-Control"]


# The JSON endpoint ---------------------------------------------------------------------------------------------------

API = "/api/call-check/?lang={language}"


def post_json(client, body, language="en"):
    return client.post(API.format(language=language), json.dumps(body), content_type="application/json")


@pytest.mark.parametrize("language", LANGUAGES)
def test_api_verdicts_in_three_languages(client, reviewed_rules, language):
    body = {
        "borrower_reachable": "yes",
        "entries": [
            {"date": "2026-01-15", "time": "07:59", "party": "contact", "kind": "call", "said": ["debt"]},
            {"date": "2026-01-15", "time": "08:00", "party": "borrower", "kind": "call", "unanswered_attempts": 6},
        ],
    }
    response = post_json(client, body, language)
    assert response.status_code == 200
    first, second = response.json()["entries"]
    against = {verdict["rule"]["slug"]: verdict for verdict in first["against"]}
    assert {"gbt-45251-hours", "cba-2026-hours", "gbt-45251-contacts", "cba-2026-third-parties"} <= set(against)
    assert against["gbt-45251-hours"]["rule"]["weight"] == "recommended_standard"
    assert against["gbt-45251-hours"]["rule"]["reported_only"] is True
    assert against["gbt-45251-hours"]["verdict"].startswith(AGAINST_STANDARD[language])
    assert second["against"] == []
    assert {verdict["rule"]["slug"] for verdict in second["not_broken"]} >= {"gbt-45251-hours", "cba-2026-attempts"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "entries"),
        ({"entries": []}, "entries"),
        ({"entries": [1]}, "entries[0]"),
        ({"entries": [{"date": "2026-01-15", "party": "contact", "kind": "call", "said": "debt"}]}, "entries[0].said"),
        ({"entries": [{"party": "contact", "kind": "call"}]}, "entries[0].date"),
        ({"entries": [{"date": "2026-01-15", "party": "x", "kind": "call"}]}, "entries[0].party"),
        ({"consented": "maybe", "entries": [{"date": "2026-01-15", "party": "contact", "kind": "call"}]}, "consented"),
        ([], "body"),
    ],
)
def test_api_bad_input_is_400_with_a_message(client, reviewed_rules, body, field):
    response = post_json(client, body, "zh-hans")
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_api_refuses_get_and_broken_json(client, reviewed_rules):
    assert client.get("/api/call-check/").status_code == 405
    response = client.post("/api/call-check/", b"{not json", content_type="application/json")
    assert response.status_code == 400
    assert client.post("/api/call-check/?lang=xx", b"{}", content_type="application/json").status_code == 400


def test_api_is_described_in_openapi():
    import yaml
    from django.conf import settings

    spec = yaml.safe_load((settings.BASE_DIR / "openapi" / "openapi.yaml").read_text())
    assert "post" in spec["paths"]["/api/call-check/"]
    for path in ("/api/data/platforms/", "/api/data/rules/", "/api/calendar.ics"):
        assert "get" in spec["paths"][path]
