"""The editors' admin: every page opens, and stage rules are explained when violated."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse

from articles.models import Article, Category, SiteText
from platforms.models import Platform
from tests.factories import make_article, make_category, make_platform, make_site_text


@pytest.fixture
def editor_client(client, db):
    user = User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password")
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def platform_form(slug="new-platform", stages=(), **overrides):
    data = {
        "name_zh_hans": "新平台",
        "name_zh_hant": "新平臺",
        "name_en": "New platform",
        "slug": slug,
        "kind": "consumer_loan",
        "status": "published",
        "last_reviewed": "2026-11-20",
        **management("stages", len(stages)),
        **management("sources", 0),
    }
    for index, (first, last, contacts) in enumerate(stages):
        data.update(
            {
                f"stages-{index}-first_day": str(first),
                f"stages-{index}-last_day": "" if last is None else str(last),
                f"stages-{index}-title_zh_hans": f"阶段{index}",
                f"stages-{index}-channels": ["sms", "phone"],
                f"stages-{index}-intensity": "1",
            }
        )
        if contacts:
            data[f"stages-{index}-contacts_called"] = "on"
    data.update(overrides)
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Platform, Article, Category, SiteText])
def test_changelist_and_add_pages_open(editor_client, model):
    opts = model._meta
    assert editor_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code == 200
    assert editor_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add")).status_code == 200


@pytest.mark.django_db
def test_change_pages_open(editor_client):
    platform = make_platform(stages=[(1, 3, False), (4, None, True)], sources=[(4, 7)])
    article = make_article(platforms=[platform], questions=[("问", "答")])
    objects = [platform, article, article.category, make_site_text("disclaimer")]
    for obj in objects:
        opts = obj._meta
        response = editor_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
        assert response.status_code == 200
    response = editor_client.get(reverse("admin:platforms_platform_change", args=[platform.pk]))
    # Language tabs are built with jQuery UI from our own static files, never from a CDN blocked in mainland China.
    assert b"vendor/jquery-ui/jquery-ui.min.js" in response.content
    assert b"googleapis" not in response.content


@pytest.mark.django_db
def test_platform_with_stages_is_saved_from_the_admin(editor_client):
    response = editor_client.post(
        reverse("admin:platforms_platform_add"),
        platform_form(stages=[(1, 3, False), (4, 7, True), (8, None, True)]),
        follow=True,
    )
    assert response.status_code == 200
    platform = Platform.objects.get(slug="new-platform")
    assert [(s.first_day, s.last_day, s.contacts_called) for s in platform.stages.all()] == [
        (1, 3, False),
        (4, 7, True),
        (8, None, True),
    ]
    assert platform.stages.first().channels == ["sms", "phone"]
    messages = [str(m) for m in response.context["messages"]]
    assert any("no source" in m for m in messages)


@pytest.mark.django_db
def test_overlapping_stages_are_refused_and_named(editor_client):
    response = editor_client.post(
        reverse("admin:platforms_platform_add"), platform_form(stages=[(1, 5, False), (4, 7, True)])
    )
    assert response.status_code == 200
    assert not Platform.objects.filter(slug="new-platform").exists()
    content = response.content.decode()
    assert "days 1–5" in content and "days 4–7" in content and "overlaps" in content


@pytest.mark.django_db
def test_open_ended_stage_must_come_last(editor_client):
    response = editor_client.post(
        reverse("admin:platforms_platform_add"), platform_form(stages=[(1, None, False), (4, 7, True)])
    )
    assert not Platform.objects.filter(slug="new-platform").exists()
    assert "must come last" in response.content.decode()


@pytest.mark.django_db
def test_moving_several_boundaries_at_once_is_allowed(editor_client):
    platform = make_platform(slug="moving", stages=[(1, 3, False), (4, 7, True)])
    first, second = platform.stages.order_by("first_day")
    data = platform_form(slug="moving", stages=[(1, 5, False), (6, 9, True)])
    data.update(management("stages", 2, initial=2))
    data.update({"stages-0-id": str(first.pk), "stages-1-id": str(second.pk)})
    data.update({"stages-0-platform": str(platform.pk), "stages-1-platform": str(platform.pk)})
    response = editor_client.post(reverse("admin:platforms_platform_change", args=[platform.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert [(s.first_day, s.last_day) for s in platform.stages.order_by("first_day")] == [(1, 5), (6, 9)]


@pytest.mark.django_db
def test_gap_between_stages_is_saved_with_a_warning(editor_client):
    response = editor_client.post(
        reverse("admin:platforms_platform_add"),
        platform_form(stages=[(1, 3, False), (8, None, True)]),
        follow=True,
    )
    assert Platform.objects.filter(slug="new-platform").exists()
    messages = [str(m) for m in response.context["messages"]]
    assert any("days 4–7" in m for m in messages)


@pytest.mark.django_db
def test_missing_translation_filter(editor_client):
    make_category(name="有英文", name_en="Has English")
    make_category(name="无英文", name_en="")
    response = editor_client.get(reverse("admin:articles_category_changelist") + "?missing=en")
    content = response.content.decode()
    assert "无英文" in content and "有英文" not in content


@pytest.mark.django_db
def test_stage_errors_are_explained_in_the_editors_language(client):
    client.force_login(User.objects.create_superuser("editor", "", "a-long-test-password"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    response = client.post(reverse("admin:platforms_platform_add"), platform_form(stages=[(1, 5, False), (4, 7, True)]))
    content = response.content.decode()
    assert "第1至5天" in content and "第4至7天" in content and "重叠" in content
    assert "overlaps" not in content


AXES_LABELS = {
    "zh-hans": ("后台登录保护", "登录尝试", "登录失败", "登录记录"),
    "zh-hant": ("後臺登錄保護", "登錄嘗試", "登錄失敗", "登錄記錄"),
    "en": ("Admin login protection", "Access attempts", "Access failures", "Access logs"),
}


@pytest.mark.parametrize("language", list(AXES_LABELS))
def test_login_protection_section_is_in_the_editors_language(client, db, language):
    client.force_login(User.objects.create_superuser("editor", "", "a-long-test-password"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    index = client.get(reverse("admin:index")).content.decode()
    for label in AXES_LABELS[language]:
        assert label in index
    if language != "en":
        for english in ("Axes", "Access attempts", "Access failures", "Access logs"):
            assert english not in index
        from axes.models import AccessAttempt

        AccessAttempt.objects.create(
            user_agent="test",
            ip_address="127.0.0.1",
            username="someone",
            http_accept="*/*",
            path_info="/admin/",
            get_data="",
            post_data="",
            failures_since_start=1,
        )
        attempts = client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
        assert AXES_LABELS[language][1] in attempts and "IP 地址" in attempts
        assert "Attempt Time" not in attempts and "IP Address" not in attempts
