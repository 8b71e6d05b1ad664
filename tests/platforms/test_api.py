"""The JSON API: /api/lookup/ and /api/platforms/."""

from __future__ import annotations

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.test import Client

from tests.factories import make_platform

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")

pytestmark = pytest.mark.django_db


def jiebei(**extra):
    extra.setdefault("stages", [(1, 3, False), (4, 7, True, ["sms", "phone"]), (8, None, True, ["agency"])])
    extra.setdefault("sources", [(4, 7), (14, 30), (None, None)])
    return make_platform("jiebei", "借呗", "借唄", "Jiebei", aliases="蚂蚁借呗", **extra)


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content)
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_lookup_every_field(client):
    jiebei()
    data = get(client, "/api/lookup/?platform=jiebei&days_overdue=5&lang=en")
    assert data == {
        "platform": {"slug": "jiebei", "name": "Jiebei"},
        "days_overdue": 5,
        "current_stage": {
            "first_day": 4,
            "last_day": 7,
            "title": "Stage 2",
            "description": "What happens",
            "channels": ["sms", "phone"],
            "contacts_called": True,
        },
        "next_stage": {
            "first_day": 8,
            "last_day": None,
            "title": "Stage 3",
            "description": "What happens",
            "channels": ["agency"],
            "contacts_called": True,
            "starts_in_days": 3,
        },
        "contacts": {
            "status": "in_window",
            "earliest_day": 4,
            "latest_day": 7,
            "days_until_earliest": None,
            "days_until_latest": 2,
        },
        "sources": {"count": 3, "earliest_claimed": 4, "latest_claimed": 30, "disagree": True},
        "last_reviewed": "2026-11-01",
        "reader_reports": None,  # fewer than FEEDBACK_MIN_REPORTS readers' reports (tests/feedback)
    }


@pytest.mark.parametrize(
    ("day", "status", "current", "following", "until_earliest", "until_latest"),
    [
        (0, "not_yet", None, 1, 4, 7),
        (2, "not_yet", 1, 4, 2, 5),
        (7, "in_window", 4, 8, None, 0),
        (8, "past_window", 8, None, None, None),
        (3650, "past_window", 8, None, None, None),
    ],
)
def test_lookup_days(client, day, status, current, following, until_earliest, until_latest):
    jiebei()
    data = get(client, f"/api/lookup/?platform=jiebei&days_overdue={day}")
    assert data["days_overdue"] == day
    assert (data["current_stage"] or {}).get("first_day") == current
    assert (data["next_stage"] or {}).get("first_day") == following
    assert data["contacts"]["status"] == status
    assert data["contacts"]["days_until_earliest"] == until_earliest
    assert data["contacts"]["days_until_latest"] == until_latest


def test_lookup_without_contact_stages_or_sources(client):
    jiebei(stages=[(1, 10, False)], sources=[], last_reviewed=None)
    data = get(client, "/api/lookup/?platform=jiebei&days_overdue=20")
    assert data["current_stage"] is None and data["next_stage"] is None
    assert data["contacts"] == {
        "status": "unknown",
        "earliest_day": None,
        "latest_day": None,
        "days_until_earliest": None,
        "days_until_latest": None,
    }
    assert data["sources"] == {"count": 0, "earliest_claimed": None, "latest_claimed": None, "disagree": False}
    assert data["last_reviewed"] is None


def test_lookup_by_due_date_in_shanghai_time(client):
    jiebei()
    with time_machine.travel(datetime.datetime(2026, 3, 10, 16, 30, tzinfo=datetime.UTC), tick=False):
        data = get(client, "/api/lookup/?platform=jiebei&due_date=2026-03-06")
    assert data["days_overdue"] == 5


def test_lookup_accepts_names_aliases_and_full_width_digits(client):
    jiebei()
    assert get(client, "/api/lookup/?platform=借唄&days_overdue=５")["platform"]["slug"] == "jiebei"
    assert get(client, "/api/lookup/?platform=蚂蚁借呗&days_overdue=5")["days_overdue"] == 5


def test_lookup_other_uses_the_general_profile(client):
    jiebei()
    make_platform(
        "general", "行业一般情况", "行業一般情況", "The industry in general", general=True, stages=[(1, 30, True)]
    )
    data = get(client, "/api/lookup/?platform=other&days_overdue=5&lang=en")
    assert data["platform"] == {"slug": "general", "name": "The industry in general"}
    assert data["contacts"]["status"] == "in_window"


@pytest.mark.parametrize(
    ("lang", "name", "title"),
    [("zh-hans", "借呗", "阶段2"), ("zh-hant", "借唄", "階段2"), ("en", "Jiebei", "Stage 2"), (None, "借呗", "阶段2")],
)
def test_lookup_languages(client, lang, name, title):
    jiebei()
    url = "/api/lookup/?platform=jiebei&days_overdue=5" + (f"&lang={lang}" if lang else "")
    response = client.get(url)
    assert name in response.content.decode()  # ensure_ascii=False: Chinese as is, not \\u escapes
    data = response.json()
    assert data["platform"]["name"] == name
    assert data["current_stage"]["title"] == title


ERROR_CASES = [
    ("days_overdue=5", "platform"),
    ("platform=&days_overdue=5", "platform"),
    ("platform=nosuch&days_overdue=5", "platform"),
    ("platform=draft&days_overdue=5", "platform"),
    ("platform=草稿平台&days_overdue=5", "platform"),
    ("platform=other&days_overdue=5", "platform"),  # no general profile published
    ("platform=jiebei", "days_overdue"),
    ("platform=jiebei&days_overdue=abc", "days_overdue"),
    ("platform=jiebei&days_overdue=-1", "days_overdue"),
    ("platform=jiebei&days_overdue=3651", "days_overdue"),
    ("platform=jiebei&days_overdue=1e3", "days_overdue"),
    ("platform=jiebei&due_date=2026-13-01", "due_date"),
    ("platform=jiebei&due_date=2026-03-12", "due_date"),
    ("platform=jiebei&due_date=2000-01-01", "due_date"),
    ("platform=jiebei&days_overdue=4&due_date=2026-03-06", "days_overdue"),
]


@pytest.mark.parametrize(("query", "field"), ERROR_CASES)
def test_lookup_errors(client, query, field):
    jiebei()
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False, stages=[(1, 9, True)])
    with time_machine.travel(datetime.datetime(2026, 3, 11, 12, 0, tzinfo=SHANGHAI), tick=False):
        data = get(client, f"/api/lookup/?{query}&lang=en", status=400)
    assert set(data) == {"errors"}
    assert field in data["errors"]
    messages = data["errors"][field]
    assert isinstance(messages, list) and messages and all(isinstance(m, str) and m for m in messages)
    if "draft" in query or "草稿" in query:
        assert messages[0].startswith("No published platform has the slug or name")


def test_lookup_error_messages_in_english(client):
    jiebei()
    data = get(client, "/api/lookup/?platform=jiebei&days_overdue=abc&lang=en", status=400)
    assert data == {"errors": {"days_overdue": ["days_overdue must be a whole number, for example 5."]}}
    data = get(client, "/api/lookup/?platform=nosuch&days_overdue=5&lang=en", status=400)
    assert data["errors"]["platform"][0].startswith("No published platform has the slug or name “nosuch”.")


API_WORDING_CASES = [
    ("platform=nosuch&days_overdue=5", "platform", "/api/platforms/"),
    ("days_overdue=5", "platform", "platform parameter"),
    ("platform=" + "x" * 101 + "&days_overdue=5", "platform", "platform parameter"),
    ("platform=jiebei", "days_overdue", "days_overdue or due_date"),
    ("platform=jiebei&days_overdue=-1", "days_overdue", "days_overdue cannot be negative"),
    ("platform=jiebei&days_overdue=3651", "days_overdue", "at most 3650"),
    ("platform=jiebei&due_date=yesterday", "due_date", "YYYY-MM-DD"),
    ("platform=jiebei&due_date=2026-02-30", "due_date", "due_date 2026-02-30 does not exist"),
    ("platform=jiebei&due_date=2026-03-12", "due_date", "in the future"),
    ("platform=jiebei&due_date=2000-01-01", "due_date", "at most 3650 days ago"),
    ("platform=jiebei&days_overdue=4&due_date=2026-03-06", "days_overdue", "due_date makes it 5 days"),
]


@pytest.mark.parametrize(("query", "field", "expected"), API_WORDING_CASES)
def test_api_errors_speak_of_parameters_not_of_a_form(client, query, field, expected):
    jiebei()
    with time_machine.travel(datetime.datetime(2026, 3, 11, 12, 0, tzinfo=SHANGHAI), tick=False):
        data = get(client, f"/api/lookup/?{query}&lang=en", status=400)
    message = data["errors"][field][0]
    assert expected in message
    for form_wording in ("pick a name from the list", "Choose", "Enter", "Clear one of the two fields"):
        assert form_wording not in message


@pytest.mark.parametrize("lang", ["zh-hans", "zh-hant"])
def test_api_errors_are_in_the_requested_chinese(client, lang):
    jiebei()
    data = get(client, f"/api/lookup/?platform=jiebei&due_date=2026-02-30&lang={lang}", status=400)
    message = data["errors"]["due_date"][0]
    assert "2026-02-30" in message
    assert re.search(r"[\u3400-\u9fff]", message) and "does not exist" not in message


def test_lookup_by_a_shared_alias_answers_for_the_platform_it_names(client):
    jiebei()
    make_platform("weilidai", "微粒贷", name_en="Weilidai", aliases="借呗")
    data = get(client, "/api/lookup/?platform=借呗&days_overdue=5&lang=en")
    assert data["platform"]["slug"] == "jiebei"


def test_lookup_ambiguous_name_is_an_error_naming_the_choices_by_name(client):
    make_platform("quick-a", "甲平台", name_en="Platform A", aliases="快借")
    make_platform("quick-b", "乙平台", name_en="Platform B", aliases="快借")
    data = get(client, "/api/lookup/?platform=快借&days_overdue=5&lang=en", status=400)
    message = data["errors"]["platform"][0]
    assert "Platform A" in message and "Platform B" in message
    assert "quick-a" not in message and "quick-b" not in message


@pytest.mark.parametrize("lang", ["fr", "zh", "EN", "zh_hans"])
def test_unknown_language_is_an_error(client, lang):
    jiebei()
    data = get(client, f"/api/lookup/?platform=jiebei&days_overdue=5&lang={lang}", status=400)
    assert list(data["errors"]) == ["lang"]
    assert "zh-hans, zh-hant, en" in data["errors"]["lang"][0]
    assert list(get(client, f"/api/platforms/?lang={lang}", status=400)["errors"]) == ["lang"]


def test_only_get_and_head(client):
    jiebei()
    for url in ("/api/lookup/?platform=jiebei&days_overdue=5", "/api/platforms/"):
        assert client.post(url).status_code == 405
        assert client.put(url).status_code == 405
        assert client.delete(url).status_code == 405
        assert client.head(url).status_code == 200


WRITE_METHODS = ["post", "put", "patch", "delete", "options"]
METHOD_MESSAGES = {
    "en": "This address does not accept {method} requests; use GET, HEAD.",
    "zh-hans": "请使用 GET, HEAD",
    "zh-hant": "請使用 GET, HEAD",
}


@pytest.mark.parametrize("method", WRITE_METHODS)
@pytest.mark.parametrize("path", ["/api/lookup/", "/api/platforms/", "/api/openapi.yaml"])
@pytest.mark.parametrize("lang", ["en", "zh-hans", "zh-hant"])
def test_wrong_methods_get_a_json_405_in_the_requested_language_even_without_a_csrf_token(method, path, lang):
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)(f"{path}?lang={lang}&platform=jiebei&days_overdue=5")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == "GET, HEAD"
    message = response.json()["errors"]["method"][0]
    assert METHOD_MESSAGES[lang].format(method=method.upper()) in message


def test_platform_list(client):
    jiebei()
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False)
    make_platform("general", "行业一般情况", "行業一般情況", "The industry in general", general=True)
    data = get(client, "/api/platforms/?lang=zh-hant")
    assert data == {
        "platforms": [
            {"slug": "jiebei", "name": "借唄", "aliases": ["蚂蚁借呗"], "general_profile": False},
            {"slug": "general", "name": "行業一般情況", "aliases": [], "general_profile": True},
        ]
    }
    english = get(client, "/api/platforms/?lang=en")
    assert [p["name"] for p in english["platforms"]] == ["Jiebei", "The industry in general"]
    default = get(client, "/api/platforms/")
    assert default["platforms"][0]["name"] == "借呗"


def test_api_query_count_is_constant(client, django_assert_max_num_queries):
    jiebei()
    make_platform(
        "many", "很多", name_en="Many", stages=[(i, i, i % 2 == 0) for i in range(1, 40)], sources=[(1, 2)] * 20
    )
    # One more than the lookup itself: the readers' contact-day figures (feedback.selectors.reader_reports).
    with django_assert_max_num_queries(5):
        get(client, "/api/lookup/?platform=many&days_overdue=5")
    with django_assert_max_num_queries(1):
        get(client, "/api/platforms/")
