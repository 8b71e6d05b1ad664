"""Review dates: shown to readers, set by "mark reviewed", and a stale list in the admin and from a command."""

import datetime
import io

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.urls import reverse

from platforms.models import Platform
from tests.factories import make_article, make_platform
from workflow.review import stale_content

from .forms import form_data

SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))
TODAY = datetime.date(2026, 11, 23)


@pytest.fixture
def frozen_today():
    with time_machine.travel(datetime.datetime(2026, 11, 23, 12, 0, tzinfo=SHANGHAI), tick=False):
        yield


@pytest.fixture
def content(db, frozen_today):
    """Published records reviewed at different times, plus a draft that the stale list ignores."""
    return {
        "never": make_platform("never-reviewed", "从未审核", name_en="Never reviewed", last_reviewed=None),
        "old": make_article("很久以前", "Reviewed long ago", last_reviewed=TODAY - datetime.timedelta(days=400)),
        "older": make_platform(
            "older", "更早", name_en="Reviewed earlier", last_reviewed=TODAY - datetime.timedelta(days=500)
        ),
        "edge": make_article("刚好", "Exactly 180 days", last_reviewed=TODAY - datetime.timedelta(days=180)),
        "fresh": make_platform("fresh", "新鲜", name_en="Fresh", last_reviewed=TODAY - datetime.timedelta(days=3)),
        "draft": make_article("草稿", "Old draft", published=False, last_reviewed=None),
    }


def test_stale_list_is_never_reviewed_first_then_oldest(content):
    items = stale_content()
    assert [item.obj for item in items] == [content["never"], content["older"], content["old"]]
    assert [item.days_since_review for item in items] == [None, 500, 400]


def test_number_of_days_is_configurable(content, settings):
    settings.CONTENT_STALE_AFTER_DAYS = 2
    assert content["fresh"] in [item.obj for item in stale_content()]
    assert content["edge"] in [item.obj for item in stale_content(days=179)]
    assert [item.obj for item in stale_content(days=450)] == [content["never"], content["older"]]


def test_command_prints_the_same_list_tab_separated(content):
    out = io.StringIO()
    call_command("stale_content", "--header", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "last_reviewed\tdays\tmodel\tid\ttitle\tadmin_path"
    rows = [line.split("\t") for line in lines[1:]]
    assert [(row[0], row[1], row[2], row[3]) for row in rows] == [
        ("never", "-", "platforms.platform", str(content["never"].pk)),
        ("2025-07-11", "500", "platforms.platform", str(content["older"].pk)),
        ("2025-10-19", "400", "articles.article", str(content["old"].pk)),
    ]
    assert rows[2][5] == reverse("admin:articles_article_change", args=[content["old"].pk])


def test_command_takes_days_and_prints_nothing_when_all_is_fresh(content):
    out = io.StringIO()
    call_command("stale_content", "--days", "1000", stdout=out)
    assert out.getvalue().splitlines() == [
        f"never\t-\tplatforms.platform\t{content['never'].pk}\t从未审核\t{reverse('admin:platforms_platform_change', args=[content['never'].pk])}"
    ]
    Platform.objects.filter(pk=content["never"].pk).update(last_reviewed=TODAY)
    out = io.StringIO()
    call_command("stale_content", "--days", "1000", stdout=out)
    assert out.getvalue() == ""  # cron sends no mail


@pytest.mark.parametrize("days", ["-1", "soon"])
def test_command_refuses_bad_days(db, days):
    with pytest.raises(CommandError, match="--days"):
        call_command("stale_content", "--days", days, stdout=io.StringIO())


def test_admin_stale_page_lists_oldest_first(editor_client, content):
    response = editor_client.get(reverse("stale_content"))
    assert response.status_code == 200
    body = response.content.decode()
    positions = [body.index(f">{content[key]}</a>") for key in ("never", "older", "old")]
    assert positions == sorted(positions)
    assert "Fresh" not in body and "Old draft" not in body and "草稿" not in body
    body = editor_client.get(reverse("stale_content") + "?days=2").content.decode()
    assert ">新鲜</a>" in body or ">Fresh</a>" in body
    bad = editor_client.get(reverse("stale_content") + "?days=abc")
    assert bad.status_code == 200 and "errorlist" in bad.content.decode()


def test_admin_stale_page_is_for_staff_only(client, content):
    response = client.get(reverse("stale_content"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


def test_needs_review_filter_in_both_change_lists(editor_client, content):
    body = editor_client.get(reverse("admin:platforms_platform_changelist") + "?review=stale").content.decode()
    assert "never-reviewed" in body and "older" in body and "fresh" not in body
    body = editor_client.get(reverse("admin:articles_article_changelist") + "?review=stale").content.decode()
    assert "Reviewed long ago" in body or "很久以前" in body
    assert "Exactly 180 days" not in body and "刚好" not in body
    body = editor_client.get(reverse("admin:articles_article_changelist") + "?review=never").content.decode()
    assert ("Old draft" in body or "草稿" in body) and "很久以前" not in body


def test_mark_reviewed_button_sets_date_and_reviewer(editor_client, editor, content):
    article = content["old"]
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(editor_client.get(url).content.decode(), "article_form")
    data["_mark_reviewed"] = "1"
    response = editor_client.post(url, data)
    assert response.status_code == 302 and response["Location"] == url
    article.refresh_from_db()
    assert (article.last_reviewed, article.last_reviewed_by) == (TODAY, editor)


def test_mark_reviewed_action(editor_client, editor, content):
    editor_client.post(
        reverse("admin:platforms_platform_changelist"),
        {"action": "mark_reviewed_today", "_selected_action": [content["never"].pk], "index": "0"},
    )
    platform = Platform.objects.get(pk=content["never"].pk)
    assert (platform.last_reviewed, platform.last_reviewed_by) == (TODAY, editor)


def test_editing_the_review_date_by_hand_records_the_reviewer(publisher_client, publisher, content):
    article = content["old"]
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(publisher_client.get(url).content.decode(), "article_form")
    data.update({"last_reviewed": "2026-11-20", "_save": "1"})
    assert publisher_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert (article.last_reviewed, article.last_reviewed_by) == (datetime.date(2026, 11, 20), publisher)


def test_readers_see_the_review_date_but_not_the_reviewer(client, editor, content):
    platform, article = content["fresh"], content["old"]
    for obj in (platform, article):
        obj.last_reviewed_by = editor
        obj.save()
    platform_page = client.get(f"/en/platforms/{platform.slug}/").content.decode()
    assert "This page was last reviewed on" in platform_page
    article_page = client.get(f"/en/articles/{article.pk}-{article.slug}/").content.decode()
    assert "Last reviewed" in article_page and 'datetime="2025-10-19"' in article_page
    assert "editor" not in platform_page and "editor" not in article_page


def test_admin_index_links_to_the_stale_page(editor_client):
    assert f'href="{reverse("stale_content")}"' in editor_client.get(reverse("admin:index")).content.decode()
