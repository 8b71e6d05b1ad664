"""CSV/XLSX import and export of platforms, stages and sources through the admin."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
import tablib
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from import_export.formats.base_formats import CSV, XLSX

from history.diff import compare
from platforms.models import Platform, Source, Stage
from platforms.resources import PlatformResource, SourceResource, StageResource, column_names
from workflow.models import Status

from .conftest import make_timeline_platform, staff_user

pytestmark = pytest.mark.django_db

IMPORT_URL = "admin:platforms_platform_import"
RESOURCES = {"platforms": 0, "stages": 1, "sources": 2}
FORMATS = {"csv": 0, "xlsx": 1}


def csv_file(rows: list[list], name: str = "stages.csv") -> SimpleUploadedFile:
    dataset = tablib.Dataset(*rows[1:], headers=rows[0])
    return SimpleUploadedFile(name, dataset.export("csv").encode(), content_type="text/csv")


def dry_run(client, upload, resource="stages", file_format="csv"):
    return client.post(
        reverse(IMPORT_URL),
        {"resource": RESOURCES[resource], "format": FORMATS[file_format], "import_file": upload},
    )


def row_errors(response) -> dict[int, list[str]]:
    result = response.context["result"]
    return {
        row.number: [str(error) for errors in row.error_dict.values() for error in errors]
        for row in result.invalid_rows
    }


STAGE_HEADER = ["platform", "first_day", "last_day", "title_zh_hans", "title_en", "channels"]


def test_dry_run_shows_every_bad_row_and_writes_nothing(admin_client):
    make_timeline_platform(stages=[(1, 3), (4, 7)])
    upload = csv_file(
        [
            STAGE_HEADER,
            ["nosuch", 1, 3, "标题", "Title", "sms"],
            ["jiedai", "abc", 5, "标题", "Title", "sms"],
            ["jiedai", -2, 5, "标题", "Title", "sms"],
            ["jiedai", 20, 15, "标题", "Title", "sms"],
            ["jiedai", 5, 9, "标题", "Title", "sms"],
            ["jiedai", 30, 40, "", "Title", "sms"],
            ["jiedai", 50, 60, "标题", "Title", "sms, carrier_pigeon"],
            ["jiedai", 10, 12, "标题", "Title", "phone"],
        ]
    )

    response = dry_run(admin_client, upload)

    assert response.status_code == 200
    assert "confirm_form" not in response.context
    errors = row_errors(response)
    assert sorted(errors) == [1, 2, 3, 4, 5, 6, 7]
    assert any("no platform with the slug “nosuch”" in error for error in errors[1])
    assert any("first day as a whole number" in error for error in errors[2])
    assert any("greater than or equal to" in error for error in errors[3])
    assert any("must not be before the first day" in error for error in errors[4])
    assert any("days 5–9 overlaps" in error or "overlaps the stage days 5–9" in error for error in errors[5])
    assert any("cannot be blank" in error for error in errors[6])
    assert any("Unknown channel: carrier_pigeon" in error for error in errors[7])
    assert "overlaps" in response.content.decode()
    assert Stage.objects.count() == 2


def test_rows_of_the_file_are_checked_against_each_other():
    make_timeline_platform(stages=[(1, 3)])
    dataset = tablib.Dataset(
        ["jiedai", 4, 10, "四", "", "sms"], ["jiedai", 8, None, "八", "", "sms"], headers=STAGE_HEADER
    )
    result = StageResource().import_data(dataset, dry_run=True)
    assert [row.number for row in result.invalid_rows] == [1, 2]
    assert Stage.objects.count() == 1


def test_one_bad_row_means_nothing_is_written():
    platform = make_timeline_platform(stages=[(1, 3)])
    dataset = tablib.Dataset(
        ["jiedai", 1, 3, "改了", "Changed", "sms"],
        ["jiedai", 4, 7, "四", "Four", "phone"],
        ["jiedai", 8, 5, "坏", "Bad", "phone"],
        headers=STAGE_HEADER,
    )

    result = StageResource().import_data(dataset, dry_run=False)

    assert result.has_validation_errors()
    assert list(platform.stages.values_list("first_day", "title_zh_hans")) == [(1, "阶段1")]


def test_a_confirmed_import_that_no_longer_passes_writes_nothing(admin_client):
    make_timeline_platform(stages=[(1, 3)])
    upload = csv_file([STAGE_HEADER, ["jiedai", 4, 7, "四", "Four", "sms"], ["jiedai", 8, 9, "八", "Eight", "sms"]])
    preview = dry_run(admin_client, upload)
    confirm = preview.context["confirm_form"]
    # Between the preview and the confirmation someone adds a stage that the file's second row overlaps.
    platform = Platform.objects.get(slug="jiedai")
    Stage.objects.create(platform=platform, first_day=9, last_day=None, title_zh_hans="九")

    response = admin_client.post(reverse("admin:platforms_platform_process_import"), confirm.initial)

    assert response.status_code == 302
    assert response["Location"] == reverse(IMPORT_URL)
    messages = [str(message) for message in get_messages(response.wsgi_request)]
    assert any("Nothing was imported" in message for message in messages)
    assert any("overlaps" in message for message in messages)
    assert sorted(platform.stages.values_list("first_day", flat=True)) == [1, 9]


def test_a_confirmed_import_is_written_and_recorded_in_the_history(admin_client, admin_user):
    from reversion.models import Version

    make_timeline_platform(stages=[(1, 3)])
    upload = csv_file([STAGE_HEADER, ["jiedai", 4, None, "四", "Four", "sms, phone"]])
    confirm = dry_run(admin_client, upload).context["confirm_form"]

    response = admin_client.post(reverse("admin:platforms_platform_process_import"), confirm.initial)

    assert response.status_code == 302
    stage = Stage.objects.get(platform__slug="jiedai", first_day=4)
    assert stage.last_day is None
    assert stage.channels == ["sms", "phone"]
    version = Version.objects.get_for_object(stage).get()
    assert version.revision.user == admin_user
    assert "stages.csv" in version.revision.get_comment()
    # The platform's own history shows the new stage.
    platform_version = Version.objects.get_for_object(stage.platform).get()
    assert platform_version.revision == version.revision
    with translation.override("en"):
        related = compare(None, platform_version).related
    assert [change.object_label for change in related if change.kind == "added"] == [
        "Stage 1 (days 1–3)",
        "Four (day 4 onwards)",
    ]


def test_import_and_export_pages_render(admin_client):
    make_timeline_platform()
    assert admin_client.get(reverse(IMPORT_URL)).status_code == 200
    assert admin_client.get(reverse("admin:platforms_platform_export")).status_code == 200
    changelist = admin_client.get(reverse("admin:platforms_platform_changelist")).content.decode()
    assert reverse(IMPORT_URL) in changelist


def test_admin_export_of_selected_platforms_gives_their_stages(admin_client):
    platform = make_timeline_platform()
    make_timeline_platform(slug="other", stages=[(1, 2)])
    url = reverse("admin:platforms_platform_export")
    every_stage_column = {
        name: "on" for name in admin_client.get(url).context["form"].fields if name.startswith("stage")
    }
    response = admin_client.post(
        url,
        {
            "format": FORMATS["csv"],
            "resource": RESOURCES["stages"],
            "export_items": [platform.pk],
            **every_stage_column,
        },
    )
    assert response.status_code == 200
    exported = tablib.Dataset().load(response.content.decode("utf-8-sig"), format="csv")
    assert exported.headers[:3] == ["platform", "first_day", "last_day"]
    assert {"title_zh_hans", "title_zh_hant", "title_en"} <= set(exported.headers)
    assert [(row[0], row[1]) for row in exported] == [("jiedai", "1"), ("jiedai", "4"), ("jiedai", "8")]


def test_import_needs_change_permission(client):
    viewer = staff_user("viewer", "view_platform")
    client.force_login(viewer)
    assert client.get(reverse(IMPORT_URL)).status_code == 403
    upload = csv_file([["slug", "name_zh_hans"], ["new", "新"]], "platforms.csv")
    assert dry_run(client, upload, resource="platforms").status_code == 403
    assert client.get(reverse("admin:platforms_platform_export")).status_code == 200
    assert not Platform.objects.exists()


def test_import_without_publish_permission_keeps_publishing_state(client):
    editor = staff_user("editor", "view_platform", "change_platform", "add_platform")
    live = make_timeline_platform(slug="live", status=Status.PUBLISHED)
    client.force_login(editor)
    header = ["slug", "name_zh_hans", "status"]
    upload = csv_file([header, ["fresh", "新平台", "published"], ["live", "借贷宝", "draft"]], "platforms.csv")
    confirm = dry_run(client, upload, resource="platforms").context["confirm_form"]

    response = client.post(reverse("admin:platforms_platform_process_import"), confirm.initial)

    assert response.status_code == 302
    assert Platform.objects.get(slug="fresh").status == Status.DRAFT
    live.refresh_from_db()
    assert live.status == Status.PUBLISHED


def test_import_with_publish_permission_publishes():
    from django.contrib.auth.models import User

    publisher = User.objects.create_superuser("boss", "boss@example.invalid", "a-long-test-password")
    dataset = tablib.Dataset(["fresh", "新平台", "published"], headers=["slug", "name_zh_hans", "status"])
    result = PlatformResource().import_data(dataset, dry_run=False, user=publisher)
    assert not result.has_validation_errors()
    assert Platform.objects.get(slug="fresh").status == Status.PUBLISHED


# Round trip ---------------------------------------------------------------------------------------------------------


def _plain(value):
    return "" if value is None else value


def snapshot() -> dict:
    def record(obj, model):
        return {
            name: _plain(getattr(obj, name if name != "platform" else "platform_id")) for name in column_names(model)
        }

    content = {}
    for platform in Platform.objects.prefetch_related("stages", "sources"):
        values = record(platform, Platform)
        stages = {stage.first_day: record(stage, Stage) for stage in platform.stages.all()}
        sources = {source.title_zh_hans: record(source, Source) for source in platform.sources.all()}
        for child in [*stages.values(), *sources.values()]:
            child.pop("platform")
        content[platform.slug] = {"platform": values, "stages": stages, "sources": sources}
    return content


@pytest.mark.parametrize("file_format", [CSV, XLSX], ids=["csv", "xlsx"])
def test_round_trip_into_an_empty_database(file_format):
    call_command("load_demo_content", stdout=StringIO())
    Platform.objects.filter(slug__in=list(Platform.objects.values_list("slug", flat=True))[:1]).update(
        unpublish_at=timezone.now() + datetime.timedelta(days=30)
    )
    before = snapshot()
    assert before and any(entry["stages"] for entry in before.values())
    files = [
        file_format().export_data(resource().export()) for resource in (PlatformResource, StageResource, SourceResource)
    ]

    Platform.objects.all().delete()
    assert not Stage.objects.exists() and not Source.objects.exists()

    for resource, data in zip((PlatformResource, StageResource, SourceResource), files, strict=True):
        dataset = file_format().create_dataset(data)
        result = resource().import_data(dataset, dry_run=False)
        assert not result.has_errors() and not result.has_validation_errors(), [
            (row.number, row.error_dict) for row in result.invalid_rows
        ]
    assert snapshot() == before


@pytest.mark.django_db(transaction=True)
def test_an_import_commits_for_real():
    """Committed for real, so PostgreSQL's deferred no-overlap constraint is checked too."""
    make_timeline_platform(stages=[(1, 3), (4, 6)])
    dataset = tablib.Dataset(
        ["jiedai", 1, 2, "一", "One", "sms"], ["jiedai", 7, None, "七", "Seven", "phone"], headers=STAGE_HEADER
    )
    result = StageResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert sorted(Stage.objects.values_list("first_day", "last_day")) == [(1, 2), (4, 6), (7, None)]
