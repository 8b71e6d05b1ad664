"""Simplified → Traditional help for editors."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Question
from overdue_site.traditional import fill_traditional, to_simplified, to_traditional
from platforms.models import Platform, Stage
from tests.factories import make_article, make_category


@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("借呗", "借唄"),
        ("蚂蚁借呗", "螞蟻借唄"),
        ("联系", "聯繫"),
        ("紧急联系人", "緊急聯繫人"),
        ("还款", "還款"),
        ("逾期还款后会联系紧急联系人吗？", "逾期還款後會聯繫緊急聯繫人嗎？"),
        ("支付宝", "支付寶"),
        ("《个人信息保护法》", "《個人信息保護法》"),
        ("GB/T 45251—2025", "GB/T 45251—2025"),
    ],
)
def test_phrase_aware_conversion(simplified, traditional):
    assert to_traditional(simplified) == traditional
    assert to_simplified(traditional) == simplified


def test_profile_is_a_setting(settings):
    settings.OPENCC_PROFILE = "s2twp"
    assert to_traditional("联系") == "聯絡"


@pytest.mark.django_db
def test_empty_traditional_fields_are_filled_on_save_and_flagged():
    platform = Platform.objects.create(
        slug="jiebei", name_zh_hans="蚂蚁借呗", summary_zh_hans="还款逾期后联系紧急联系人"
    )
    platform.refresh_from_db()
    assert platform.name_zh_hant == "螞蟻借唄"
    assert platform.summary_zh_hant == "還款逾期後聯繫緊急聯繫人"
    assert platform.traditional_machine_converted
    stage = Stage.objects.create(platform=platform, first_day=1, last_day=3, title_zh_hans="短信提醒还款")
    assert stage.title_zh_hant == "短信提醒還款" and stage.traditional_machine_converted


@pytest.mark.django_db
def test_text_an_editor_typed_is_never_overwritten_on_save():
    platform = Platform.objects.create(slug="x", name_zh_hans="借呗", name_zh_hant="借唄（編輯版）")
    platform.summary_zh_hans = "新的简介"
    platform.save()
    platform.refresh_from_db()
    assert platform.name_zh_hant == "借唄（編輯版）"
    assert platform.summary_zh_hant == "新的簡介"


@pytest.mark.django_db
def test_fully_translated_record_is_not_flagged():
    article = make_article(title="借呗", title_hant="借唄")
    assert not article.traditional_machine_converted
    assert fill_traditional(article) == []


@pytest.mark.django_db
def test_admin_action_reconverts_and_flags(client):
    client.force_login(User.objects.create_superuser("ed", "", "a-long-test-password"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    article = make_article(title="还款指南", title_hant="舊的標題")
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "convert_to_traditional", "_selected_action": [article.pk]},
        follow=True,
    )
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.title_zh_hant == "還款指南"
    assert article.traditional_machine_converted
    assert any("1 record converted" in str(m) for m in response.context["messages"])


@pytest.mark.django_db
def test_bulk_command_fills_gaps_and_redo_only_touches_unreviewed_records(capsys):
    category = make_category()
    article = make_article(category=category)
    Article.objects.filter(pk=article.pk).update(title_zh_hant="", intro_zh_hant="")
    Question.objects.create(article=article, question_zh_hans="要还款吗", answer_zh_hans="联系客服")
    Question.objects.filter(article=article).update(question_zh_hant="")
    call_command("convert_traditional")
    article.refresh_from_db()
    assert article.title_zh_hant == to_traditional(article.title_zh_hans)
    assert article.traditional_machine_converted
    assert Question.objects.get(article=article).question_zh_hant == "要還款嗎"

    Article.objects.filter(pk=article.pk).update(title_zh_hant="審閱過的標題", traditional_machine_converted=False)
    call_command("convert_traditional", "--redo")
    article.refresh_from_db()
    assert article.title_zh_hant == "審閱過的標題"
    assert "records converted" in capsys.readouterr().out
