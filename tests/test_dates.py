"""One way of writing a date per language, on every page, and a date never breaks across lines."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from django.utils import translation

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SITE_STYLE = re.compile(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b")
# Django's English default ("Feb. 7, 2025", "February 7, 2025") and numeric dates such as "02/07/2025".
OTHER_STYLES = re.compile(
    rf"\b(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{{1,2}}, \d{{4}}|\d\d/\d\d/\d{{4}}"
)
TIME_ELEMENT = re.compile(r'<time class="date" datetime="\d{4}-\d\d-\d\d">([^<]+)</time>')


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "7 February 2025"), ("zh-hans", "2025年2月7日"), ("zh-hant", "2025年2月7日")],
)
def test_whole_date_uses_the_languages_date_format_and_stays_on_one_line(language, expected):
    template = Template("{% load dates %}{{ day|whole_date }}|{{ moment|whole_date }}|{{ nothing|whole_date }}")
    moment = datetime.datetime(2025, 2, 6, 20, 30, tzinfo=datetime.UTC)  # 7 February in Asia/Shanghai
    with translation.override(language):
        html = template.render(Context({"day": datetime.date(2025, 2, 7), "moment": moment, "nothing": None}))
    one = f'<time class="date" datetime="2025-02-07">{expected}</time>'
    assert html == f"{one}|{one}|"
    css = (Path(settings.BASE_DIR) / "static/css/site.css").read_text(encoding="utf-8")
    assert re.search(r"\.date \{ white-space: nowrap; \}", css)


@pytest.mark.django_db
def test_an_english_page_writes_every_date_the_same_way(client):
    call_command("load_demo_content", verbosity=0)
    html = client.get("/en/platforms/ant-jiebei/").content.decode()
    rendered = TIME_ELEMENT.findall(html)
    assert len(rendered) >= 3, "the page should show its review date and its sources' dates"
    assert all(SITE_STYLE.fullmatch(text) for text in rendered), rendered
    assert OTHER_STYLES.findall(html) == []
    for path in ("/en/", "/en/platforms/", "/en/faq/", "/en/lookup/?platform=ant-jiebei&days_overdue=5"):
        page = client.get(path).content.decode()
        assert OTHER_STYLES.findall(page) == [], path
        assert all(SITE_STYLE.fullmatch(text) for text in TIME_ELEMENT.findall(page)), path


@pytest.mark.django_db
def test_a_chinese_page_writes_dates_as_year_month_day(client):
    call_command("load_demo_content", verbosity=0)
    for language in ("zh-hans", "zh-hant"):
        rendered = TIME_ELEMENT.findall(client.get(f"/{language}/platforms/ant-jiebei/").content.decode())
        assert rendered and all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", text) for text in rendered), rendered


NAMED_FORMATS = {"DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT", "SHORT_DATETIME_FORMAT"}


def test_templates_use_named_date_formats_only():
    """A hand-written format would bring back a second way of writing dates; machine dates go in datetime=""."""
    found = []
    for root in [Path(settings.BASE_DIR) / "templates", *Path(settings.BASE_DIR).glob("*/templates")]:
        for path in root.rglob("*.html"):
            text = path.read_text(encoding="utf-8")
            for match in re.finditer(r'\|date:"([^"]*)"', text):
                is_attribute = 'datetime="{{' in text[max(0, match.start() - 60) : match.start()]
                if match.group(1) not in NAMED_FORMATS and not (match.group(1) == "Y-m-d" and is_attribute):
                    found.append(f"{path.relative_to(settings.BASE_DIR)}: {match.group()}")
            assert "naturalday" not in text and "naturaltime" not in text, path
    assert found == []
