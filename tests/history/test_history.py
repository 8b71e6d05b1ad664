"""Content history: admin saves are recorded with user and per-language changes, can be compared and restored."""

from __future__ import annotations

import json
from io import StringIO

import pytest
import reversion
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from articles.models import Article, Category, Question, SiteText
from history.diff import FieldChange, compare, previous_version
from history.restore import RestoreRefused, restore_version
from platforms.models import Platform, Stage

from .conftest import change_form_data, make_timeline_platform, staff_user

pytestmark = pytest.mark.django_db


def save_through_admin(client, platform, **changes):
    url = reverse("admin:platforms_platform_change", args=[platform.pk])
    data = change_form_data(client.get(url), "platform_form")
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    return response


def stage_field(platform, first_day, name):
    """The inline form field name of the stage starting on ``first_day`` (inline forms are ordered by first day)."""
    first_days = list(platform.stages.order_by("first_day").values_list("first_day", flat=True))
    return f"stages-{first_days.index(first_day)}-{name}"


def days(platform):
    return sorted((stage.first_day, stage.last_day) for stage in platform.stages.all())


def test_admin_save_records_user_comment_and_per_language_changes(admin_client, admin_user):
    platform = make_timeline_platform()
    save_through_admin(admin_client, platform)
    save_through_admin(
        admin_client,
        platform,
        name_en="Jiedai Pro",
        **{stage_field(platform, 4, "title_zh_hant"): "催收開始", stage_field(platform, 4, "last_day"): "6"},
    )

    latest, first = Version.objects.get_for_object(platform)[:2]
    assert latest.revision.user == admin_user
    assert "Changed" in latest.revision.get_comment()
    assert previous_version(latest) == first
    with translation.override("en"):
        comparison = compare(first, latest)
    assert comparison.fields == [FieldChange("Name [English]", "Jiedai", "Jiedai Pro")]
    [stage_change] = comparison.related
    assert stage_change.kind == "changed"
    assert stage_change.heading.startswith("Collection stage changed: Stage 2")
    assert FieldChange("Title [Traditional Chinese]", "階段2", "催收開始") in stage_change.fields
    assert FieldChange("Last day", "7", "6") in stage_change.fields
    assert all("Simplified" not in change.label for change in stage_change.fields)


def test_compare_lists_added_and_removed_stages(admin_client):
    platform = make_timeline_platform(stages=[(1, 3), (4, None)])
    save_through_admin(admin_client, platform)
    url = reverse("admin:platforms_platform_change", args=[platform.pk])
    data = change_form_data(admin_client.get(url), "platform_form")
    data[stage_field(platform, 4, "DELETE")] = ["on"]
    data["stages-TOTAL_FORMS"] = ["3"]
    data.update(
        {
            "stages-2-first_day": ["4"],
            "stages-2-last_day": ["9"],
            "stages-2-title_zh_hans": ["新阶段"],
            "stages-2-intensity": ["2"],
            "stages-2-channels": ["phone"],
        }
    )
    assert admin_client.post(url, data).status_code == 302

    latest = Version.objects.get_for_object(platform).first()
    with translation.override("en"):
        related = compare(previous_version(latest), latest).related
    assert sorted(change.kind for change in related) == ["added", "removed"]
    added = next(change for change in related if change.kind == "added")
    assert FieldChange("Channels", "—", "Phone calls") in added.fields


def test_history_and_compare_pages_render(admin_client):
    platform = make_timeline_platform()
    save_through_admin(admin_client, platform)
    save_through_admin(admin_client, platform, name_en="Jiedai Pro")
    latest = Version.objects.get_for_object(platform).first()

    history = admin_client.get(reverse("admin:platforms_platform_history", args=[platform.pk]))
    assert history.status_code == 200
    compare_url = reverse("admin:platforms_platform_compare", args=[platform.pk, latest.pk])
    assert compare_url in history.content.decode()
    assert "chief" in history.content.decode()

    page = admin_client.get(compare_url)
    assert page.status_code == 200
    content = page.content.decode()
    assert "Name [English]" in content
    assert "Jiedai Pro" in content
    assert "Restore this version" in content
    # django-reversion's own page would revert the whole revision: it leads to the compare page instead.
    revision = admin_client.get(reverse("admin:platforms_platform_revision", args=[platform.pk, latest.pk]))
    assert revision["Location"] == compare_url


def test_first_version_lists_every_value(admin_client):
    platform = make_timeline_platform()
    save_through_admin(admin_client, platform)
    version = Version.objects.get_for_object(platform).first()
    with translation.override("en"):
        comparison = compare(None, version)
    assert FieldChange("Name [Simplified Chinese]", "—", "借贷宝") in comparison.fields
    assert [change.kind for change in comparison.related] == ["added", "added", "added"]


def test_restore_brings_back_the_stage_set(admin_client, admin_user):
    platform = make_timeline_platform()
    save_through_admin(admin_client, platform)
    version = Version.objects.get_for_object(platform).first()
    stage_ids = set(platform.stages.values_list("pk", flat=True))

    # Afterwards: stage 2 shortened and renamed, stage 3 moved forward and closed, a new open-ended stage added.
    second, third = platform.stages.order_by("first_day")[1:]
    Stage.objects.filter(pk=second.pk).update(last_day=5, title_en="Renamed")
    Stage.objects.filter(pk=third.pk).update(first_day=6, last_day=9)
    added = Stage.objects.create(platform=platform, first_day=10, last_day=None, title_zh_hans="新")
    Platform.objects.filter(pk=platform.pk).update(name_en="Something else")

    response = admin_client.post(reverse("admin:platforms_platform_restore", args=[platform.pk, version.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:platforms_platform_change", args=[platform.pk])
    platform.refresh_from_db()
    assert platform.name_en == "Jiedai"
    assert days(platform) == [(1, 3), (4, 7), (8, None)]
    assert set(platform.stages.values_list("pk", flat=True)) == stage_ids
    assert not Stage.objects.filter(pk=added.pk).exists()
    assert Stage.objects.get(pk=second.pk).title_en == "Stage 2"
    restored = Version.objects.get_for_object(platform).first()
    assert restored.revision.user == admin_user
    assert "Restored" in restored.revision.get_comment()


def test_restore_where_stages_swapped_days(admin_user):
    """Written one by one, the stages would clash half-way (same first day, two open-ended stages)."""
    platform = make_timeline_platform(stages=[(1, 3), (4, None)])
    with reversion.create_revision():
        platform.save()
    version = Version.objects.get_for_object(platform).first()
    early, late = platform.stages.order_by("first_day")
    # Swap: the early stage now starts on day 4 and is open-ended, the late one covers days 1–3.
    Stage.objects.filter(pk=late.pk).update(first_day=500, last_day=500)
    Stage.objects.filter(pk=early.pk).update(first_day=4, last_day=None)
    Stage.objects.filter(pk=late.pk).update(first_day=1, last_day=3)

    restore_version(version, admin_user)

    assert Stage.objects.get(pk=early.pk).first_day == 1
    assert Stage.objects.get(pk=late.pk).last_day is None
    assert days(platform) == [(1, 3), (4, None)]


def test_restore_refused_when_the_stages_would_overlap(admin_client):
    platform = make_timeline_platform()
    save_through_admin(admin_client, platform)
    version = Version.objects.get_for_object(platform).first()
    # A stored version that breaks today's rules (for example written before a rule existed).
    stage_version = next(v for v in version.revision.version_set.all() if v.field_dict.get("first_day") == 1)
    data = json.loads(stage_version.serialized_data)
    data[0]["fields"]["last_day"] = 5
    Version.objects.filter(pk=stage_version.pk).update(serialized_data=json.dumps(data))
    Stage.objects.filter(platform=platform, first_day=8).update(title_en="Kept")

    response = admin_client.post(reverse("admin:platforms_platform_restore", args=[platform.pk, version.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:platforms_platform_compare", args=[platform.pk, version.pk])
    assert any("overlaps" in str(message) for message in get_messages(response.wsgi_request))
    assert days(platform) == [(1, 3), (4, 7), (8, None)]
    assert Stage.objects.get(platform=platform, first_day=8).title_en == "Kept"
    with pytest.raises(RestoreRefused):
        restore_version(version)


def test_restore_needs_change_permission(client):
    platform = make_timeline_platform()
    with reversion.create_revision():
        platform.save()
    version = Version.objects.get_for_object(platform).first()
    client.force_login(staff_user("viewer", "view_platform"))

    page = client.get(reverse("admin:platforms_platform_compare", args=[platform.pk, version.pk]))
    assert page.status_code == 200
    assert "Restore this version" not in page.content.decode()
    refused = client.post(reverse("admin:platforms_platform_restore", args=[platform.pk, version.pk]))
    assert refused.status_code == 403


def test_restore_an_article_with_its_faq_entries(admin_user):
    category = Category.objects.create(slug="basics", name_zh_hans="基础")
    article = Article.objects.create(title_zh_hans="问答", title_en="Questions", category=category)
    kept = Question.objects.create(article=article, order=1, question_zh_hans="问一", answer_zh_hans="答一")
    with reversion.create_revision():
        article.save()
    version = Version.objects.get_for_object(article).first()
    Question.objects.filter(pk=kept.pk).update(answer_en="Changed")
    later = Question.objects.create(article=article, order=2, question_zh_hans="问二", answer_zh_hans="答二")
    Article.objects.filter(pk=article.pk).update(title_en="Other")

    restore_version(version, admin_user)

    article.refresh_from_db()
    assert article.title_en == "Questions"
    assert list(article.questions.values_list("pk", flat=True)) == [kept.pk]
    assert not Question.objects.filter(pk=later.pk).exists()
    assert Question.objects.get(pk=kept.pk).answer_en in ("", None)


@pytest.mark.parametrize("model", ["article", "category", "sitetext"])
def test_article_admins_have_history_pages(admin_client, model):
    category = Category.objects.create(slug="basics", name_zh_hans="基础")
    objects = {
        "category": category,
        "article": Article.objects.create(title_zh_hans="问答", category=category),
        "sitetext": SiteText.objects.create(key="disclaimer", body_zh_hans="声明"),
    }
    obj = objects[model]
    with reversion.create_revision():
        obj.save()
    version = Version.objects.get_for_object(obj).first()
    assert admin_client.get(reverse(f"admin:articles_{model}_history", args=[obj.pk])).status_code == 200
    assert admin_client.get(reverse(f"admin:articles_{model}_compare", args=[obj.pk, version.pk])).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_restore_commits_a_valid_stage_set():
    """Committed for real, so PostgreSQL's deferred no-overlap constraint is checked too."""
    platform = make_timeline_platform(stages=[(1, 3), (4, 7), (8, None)])
    with reversion.create_revision():
        platform.save()
    version = Version.objects.get_for_object(platform).first()
    first, second, third = platform.stages.order_by("first_day")
    Stage.objects.filter(pk=third.pk).update(first_day=20)
    Stage.objects.filter(pk=second.pk).update(first_day=4, last_day=19)
    Stage.objects.filter(pk=first.pk).update(last_day=1)
    Stage.objects.create(platform=platform, first_day=2, last_day=3, title_zh_hans="插入")

    restore_version(version)

    assert days(platform) == [(1, 3), (4, 7), (8, None)]
    assert sorted(platform.stages.values_list("pk", flat=True)) == sorted([first.pk, second.pk, third.pk])


def test_loading_the_demo_content_is_recorded():
    call_command("load_demo_content", stdout=StringIO())
    platform = Platform.objects.filter(stages__isnull=False).distinct().first()
    version = Version.objects.get_for_object(platform).get()
    assert version.revision.get_comment() == "Demo content loaded."
    stored_stages = [v for v in version.revision.version_set.all() if v.content_type.model == "stage"]
    assert {v.field_dict["first_day"] for v in stored_stages} >= set(
        platform.stages.values_list("first_day", flat=True)
    )


def test_a_restore_by_an_editor_who_may_not_publish_keeps_the_publishing_state(client):
    from workflow.models import Status

    platform = make_timeline_platform(status=Status.PUBLISHED)
    with reversion.create_revision():
        platform.save()
    version = Version.objects.get_for_object(platform).first()
    Platform.objects.filter(pk=platform.pk).update(status=Status.DRAFT, name_en="Renamed")
    client.force_login(staff_user("editor", "view_platform", "change_platform"))

    response = client.post(reverse("admin:platforms_platform_restore", args=[platform.pk, version.pk]))

    assert response.status_code == 302
    platform.refresh_from_db()
    assert platform.name_en == "Jiedai"
    assert platform.status == Status.DRAFT


def test_a_deleted_platform_can_be_recovered_with_its_stages(admin_client):
    platform = make_timeline_platform()
    save_through_admin(admin_client, platform)
    pk = platform.pk
    platform.delete()

    recover_list = admin_client.get(reverse("admin:platforms_platform_recoverlist"))
    assert recover_list.status_code == 200
    version = Version.objects.get_deleted(Platform).get()
    compare_url = reverse("admin:platforms_platform_compare", args=[pk, version.pk])
    assert admin_client.get(reverse("admin:platforms_platform_recover", args=[version.pk]))["Location"] == compare_url
    assert admin_client.get(compare_url).status_code == 200

    admin_client.post(reverse("admin:platforms_platform_restore", args=[pk, version.pk]))

    assert days(Platform.objects.get(pk=pk)) == [(1, 3), (4, 7), (8, None)]
