"""Open data: the /data/ page, CSV and JSON downloads, the API, and the calendar of coming stages."""

import csv
import datetime
import io
import json

import pytest
from django.utils import timezone

from demo_content.management.commands.load_demo_content import Loader
from opendata.calendar import escape_text, fold, stage_calendar
from rights.models import CollectionRule
from tests.factories import make_platform
from tests.pages import page

pytestmark = pytest.mark.django_db

LANGUAGES = ("zh-hans", "zh-hant", "en")


@pytest.fixture
def data(db):
    Loader(reset=False).load_collection_rules()
    published = make_platform(
        slug="jiebei", name="借呗", name_en="Jiebei", stages=[(1, 3, False), (4, None, True)], sources=[(4, 7)]
    )
    make_platform(slug="hidden-draft", name="草稿平台", name_en="Draft", stages=[(1, None, False)], published=False)
    return published


@pytest.mark.parametrize("language", LANGUAGES)
def test_data_page_describes_licence_downloads_and_changelog(client, data, language):
    html = page(client, f"/{language}/data/")
    assert "CC BY 4.0" in html and "https://creativecommons.org/licenses/by/4.0/" in html
    for name in ("stages.csv", "sources.csv", "platforms.json", "rules.csv", "rules.json"):
        assert f"/{language}/data/{name}" in html
    assert "/api/data/rules/" in html and "/api/calendar.ics" in html
    assert html.count('<time class="date" datetime="2026-12-04">') >= 1  # the rules' recorded change notes


def test_csv_downloads_are_dated_and_hold_only_published_content(client, data):
    response = client.get("/en/data/stages.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    stamp = timezone.localdate().isoformat()
    assert f'filename="overdue-guide-stages-en-{stamp}.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {row["platform_slug"] for row in rows} == {"jiebei"}
    assert [row["first_day"] for row in rows] == ["1", "4"]
    assert rows[1]["contacts_called"] == "True"
    sources = list(csv.DictReader(io.StringIO(client.get("/en/data/sources.csv").content.decode("utf-8-sig"))))
    assert [row["claimed_first_day"] for row in sources] == ["4"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_rules_download_in_each_language(client, data, language):
    rows = list(csv.DictReader(io.StringIO(client.get(f"/{language}/data/rules.csv").content.decode("utf-8-sig"))))
    assert len(rows) == CollectionRule.objects.count()
    hours = next(row for row in rows if row["slug"] == "gbt-45251-hours")
    assert hours["weight"] == "recommended_standard" and hours["confirmation"] == "reported"
    document = json.loads(client.get(f"/{language}/data/rules.json").content)
    assert document["licence"] == "CC BY 4.0" and document["language"] == language
    assert document["rules"][0]["change_notes"][0]["date"] == "2026-12-04"


def test_json_download_and_api_give_the_same_platforms(client, data):
    download = json.loads(client.get("/zh-hans/data/platforms.json").content)
    api = client.get("/api/data/platforms/?lang=zh-hans").json()
    assert download["platforms"] == api["platforms"]
    [platform] = api["platforms"]
    assert platform["slug"] == "jiebei" and [stage["first_day"] for stage in platform["stages"]] == [1, 4]
    assert api["last_changed"] is not None
    assert client.get("/api/data/rules/?lang=xx").status_code == 400


def test_unknown_dataset_is_404(client, data):
    assert client.get("/en/data/secrets.csv").status_code == 404
    assert client.get("/en/data/stages.json").status_code == 404


# Calendar --------------------------------------------------------------------------------------------------------


def test_calendar_lists_only_the_coming_stages_from_the_due_date(client, data):
    response = client.get("/api/calendar.ics", {"platform": "jiebei", "days_overdue": "2", "lang": "en"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "no-store" in response["Cache-Control"]  # the address carries the reader's situation
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 1  # the stage from day 1 has begun; day 4 is coming
    due = timezone.localdate() - datetime.timedelta(days=2)
    assert f"DTSTART;VALUE=DATE:{due + datetime.timedelta(days=4):%Y%m%d}" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_calendar_from_a_due_date_and_bad_input(client, data):
    due = timezone.localdate() - datetime.timedelta(days=1)
    text = client.get("/api/calendar.ics", {"platform": "jiebei", "due_date": due.isoformat()}).content.decode()
    assert f"DTSTART;VALUE=DATE:{due + datetime.timedelta(days=4):%Y%m%d}" in text
    bad = client.get("/api/calendar.ics", {"platform": "nope", "days_overdue": "2", "lang": "en"})
    assert bad.status_code == 400 and "platform" in bad.json()["errors"]
    assert client.get("/api/calendar.ics", {"platform": "hidden-draft", "days_overdue": "0"}).status_code == 400


def test_ics_text_escaping_and_folding():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("SUMMARY:" + "逾期" * 40)
    lines = folded.split("\r\n ")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "".join(lines) == "SUMMARY:" + "逾期" * 40


def test_calendar_for_a_platform_with_nothing_coming_has_no_events(data):
    text = stage_calendar(platform=data, stages=list(data.stages.all()), days_overdue=30, site_url="https://x")
    assert "BEGIN:VEVENT" not in text and text.endswith("END:VCALENDAR\r\n")
