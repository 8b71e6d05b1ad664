"""The roles in the admin, with real POSTs: editors write, publishers publish; forged requests change nothing."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from platforms.models import Platform
from tests.factories import make_article, make_category, make_platform
from workflow.models import Status

from .forms import form_data, status_choices

LATER = timezone.now() + datetime.timedelta(days=7)


def change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def changelist_url(model):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def page_form(client, url, model):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return html, form_data(html, f"{model._meta.model_name}_form")


def action(client, model, name, objects, **extra):
    data = {"action": name, ACTION_CHECKBOX_NAME: [str(obj.pk) for obj in objects], "index": "0", **extra}
    return client.post(changelist_url(model), data, follow=True)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def new_article_data(client):
    category = make_category()
    html, data = page_form(client, reverse("admin:articles_article_add"), Article)
    data.update(
        {"kind": "faq", "title_zh_hans": "新草稿", "title_en": "New draft", "category": str(category.pk), "_save": "1"}
    )
    return html, data


@pytest.mark.django_db
def test_editor_is_offered_only_draft_and_review(editor_client):
    html, _data = new_article_data(editor_client)
    assert status_choices(html) == ["draft", "review"]
    article = make_article(published=False)
    html, _data = page_form(editor_client, change_url(article), Article)
    assert status_choices(html) == ["draft", "review"]


@pytest.mark.django_db
def test_publisher_is_offered_every_status(publisher_client):
    article = make_article(published=False)
    html, _data = page_form(publisher_client, change_url(article), Article)
    assert status_choices(html) == ["draft", "review", "published"]


@pytest.mark.django_db
def test_editor_creates_a_draft_and_sends_it_for_review(editor_client):
    _html, data = new_article_data(editor_client)
    data["status"] = "review"
    response = editor_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302, response.context["errors"]
    assert Article.objects.get(title_zh_hans="新草稿").status == Status.REVIEW


@pytest.mark.django_db
def test_forged_post_publishing_a_new_article_is_refused(editor_client):
    _html, data = new_article_data(editor_client)
    data.update({"status": "published", "published_at_0": "2026-01-01", "published_at_1": "00:00:00"})
    response = editor_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 200  # the form comes back with an error
    assert "Select a valid choice" in response.content.decode()
    assert not Article.objects.filter(title_zh_hans="新草稿").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Article, Platform], ids=["article", "platform"])
def test_forged_post_publishing_an_existing_draft_is_refused(editor_client, model):
    obj = make_article(published=False) if model is Article else make_platform(published=False)
    _html, data = page_form(editor_client, change_url(obj), model)
    data.update({"status": "published", "_save": "1"})
    response = editor_client.post(change_url(obj), data)
    assert response.status_code == 200
    obj.refresh_from_db()
    assert obj.status == Status.DRAFT
    assert not model.objects.published().filter(pk=obj.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Article, Platform], ids=["article", "platform"])
def test_editor_fixes_text_of_a_published_page_but_cannot_touch_its_status_or_schedule(editor_client, model):
    obj = make_article() if model is Article else make_platform()
    published_at = obj.published_at
    html, data = page_form(editor_client, change_url(obj), model)
    assert 'name="status"' not in html and 'name="published_at_0"' not in html
    text_field = "title_en" if model is Article else "name_en"
    data.update(
        {
            text_field: "Typo fixed",
            "status": "draft",
            "published_at_0": "2030-01-01",
            "published_at_1": "00:00:00",
            "unpublish_at_0": LATER.date().isoformat(),
            "unpublish_at_1": "00:00:00",
            "_save": "1",
        }
    )
    response = editor_client.post(change_url(obj), data)
    assert response.status_code == 302, response.context["errors"]
    obj.refresh_from_db()
    assert getattr(obj, text_field) == "Typo fixed"
    assert (obj.status, obj.published_at, obj.unpublish_at) == (Status.PUBLISHED, published_at, None)


@pytest.mark.django_db
def test_save_model_refuses_what_the_form_should_never_let_through(editor, rf):
    """Defence in depth: even if a form let a published status through, save_model refuses it."""
    from django.contrib import admin
    from django.core.exceptions import PermissionDenied

    model_admin = admin.site._registry[Article]
    request = rf.post("/")
    request.user = editor
    article = make_article(published=False)
    article.status = Status.PUBLISHED
    with pytest.raises(PermissionDenied):
        model_admin.save_model(request, article, form=None, change=True)
    published = make_article()
    published.unpublish_at = LATER
    with pytest.raises(PermissionDenied):
        model_admin.save_model(request, published, form=None, change=True)
    assert Article.objects.get(pk=article.pk).status == Status.DRAFT
    assert Article.objects.get(pk=published.pk).unpublish_at is None


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["publish_now", "unpublish_now", "schedule_publication"])
def test_editor_cannot_run_publishing_actions_by_forged_post(editor_client, name):
    draft, live = make_article(published=False), make_article()
    response = editor_client.get(changelist_url(Article))
    assert f'value="{name}"' not in response.content.decode()
    action(editor_client, Article, name, [draft, live], apply="yes", publish_at=LATER.strftime("%Y-%m-%dT%H:%M"))
    draft.refresh_from_db()
    live.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert live.status == Status.PUBLISHED and live.unpublish_at is None


@pytest.mark.django_db
def test_editor_sends_for_review_by_action(editor_client):
    draft = make_article(published=False)
    response = action(editor_client, Article, "send_for_review", [draft])
    assert any("1 record sent for review" in message for message in messages_of(response))
    draft.refresh_from_db()
    assert draft.status == Status.REVIEW
    response = action(editor_client, Article, "return_to_draft", [draft])
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Article, Platform], ids=["article", "platform"])
def test_publisher_publishes_and_unpublishes_by_action(publisher_client, model):
    obj = make_article(published=False) if model is Article else make_platform(published=False, sources=[(4, 7)])
    response = action(publisher_client, model, "publish_now", [obj])
    assert any("1 record published" in message for message in messages_of(response))
    assert model.objects.published().filter(pk=obj.pk).exists()
    response = action(publisher_client, model, "unpublish_now", [obj])
    obj.refresh_from_db()
    assert obj.status == Status.DRAFT
    assert not model.objects.published().filter(pk=obj.pk).exists()


@pytest.mark.django_db
def test_unpublishing_a_draft_says_why_nothing_happened(publisher_client):
    draft = make_article(published=False)
    response = action(publisher_client, Article, "unpublish_now", [draft])
    assert any("Only published or scheduled" in message for message in messages_of(response))


@pytest.mark.django_db
def test_publisher_schedules_by_action_with_a_form(publisher_client):
    draft = make_article(published=False)
    response = action(publisher_client, Article, "schedule_publication", [draft])
    content = response.content.decode()
    assert 'type="datetime-local"' in content and 'name="publish_at"' in content
    start = (timezone.localtime() + datetime.timedelta(days=2)).replace(second=0, microsecond=0)
    end = start + datetime.timedelta(days=5)
    response = action(
        publisher_client,
        Article,
        "schedule_publication",
        [draft],
        apply="yes",
        publish_at=start.strftime("%Y-%m-%dT%H:%M"),
        unpublish_at=end.strftime("%Y-%m-%dT%H:%M"),
    )
    assert any("1 record scheduled" in message for message in messages_of(response))
    draft.refresh_from_db()
    assert (draft.status, draft.published_at, draft.unpublish_at) == (Status.PUBLISHED, start, end)
    assert "Scheduled for" in publisher_client.get(changelist_url(Article)).content.decode()


@pytest.mark.django_db
def test_schedule_with_unpublish_before_publish_is_explained(publisher_client):
    draft = make_article(published=False)
    start = timezone.localtime() + datetime.timedelta(days=2)
    response = action(
        publisher_client,
        Article,
        "schedule_publication",
        [draft],
        apply="yes",
        publish_at=start.strftime("%Y-%m-%dT%H:%M"),
        unpublish_at=(start - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
    )
    assert "The unpublish time must be after the publish date." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


@pytest.mark.django_db
def test_publishing_a_platform_without_source_warns(publisher_client):
    platform = make_platform(published=False)
    response = action(publisher_client, Platform, "publish_now", [platform])
    assert any("has no source" in message for message in messages_of(response))


@pytest.mark.django_db
def test_publisher_can_set_status_and_schedule_in_the_form(publisher_client):
    platform = make_platform(published=False, sources=[(4, 7)])
    _html, data = page_form(publisher_client, change_url(platform), Platform)
    start = (timezone.localtime() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
    data.update(
        {
            "status": "published",
            "published_at_0": start.date().isoformat(),
            "published_at_1": start.strftime("%H:%M:%S"),
            "_save": "1",
        }
    )
    response = publisher_client.post(change_url(platform), data)
    assert response.status_code == 302, response.context["errors"]
    platform.refresh_from_db()
    assert (platform.status, platform.published_at) == (Status.PUBLISHED, start)
    assert not Platform.objects.published().filter(pk=platform.pk).exists()


@pytest.mark.django_db
def test_state_filter_in_the_change_list(publisher_client):
    make_article("草稿甲", "Draft A", published=False)
    make_article("已发布乙", "Live B")
    content = publisher_client.get(changelist_url(Article) + "?state=draft").content.decode()
    assert "Draft A" in content or "草稿甲" in content
    assert "Live B" not in content and "已发布乙" not in content


@pytest.mark.django_db
def test_publishing_an_old_draft_in_the_form_dates_it_now(publisher_client):
    article = make_article(published=False, published_at=timezone.now() - datetime.timedelta(days=30))
    _html, data = page_form(publisher_client, change_url(article), Article)
    data.update({"status": "published", "_save": "1"})
    before = timezone.now()
    assert publisher_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED and article.published_at >= before.replace(microsecond=0)
    assert Article.objects.published().filter(pk=article.pk).exists()


@pytest.mark.django_db
def test_users_who_may_only_view_get_no_preview_or_review_button(client, db):
    from .conftest import logged_in, staff_user

    article = make_article(published=False)
    logged_in(client, staff_user("viewer", "moderator"))
    content = client.get(change_url(article)).content.decode()
    assert "/preview/" not in content and "_mark_reviewed" not in content
