"""Markdown is rendered and sanitised once, when a record is written, on every write path; pages show that HTML."""

from __future__ import annotations

import importlib

import pytest
import reversion
import tablib
from django.apps import apps
from django.core.management import call_command
from django.utils import translation
from reversion.models import Version

from articles.models import Article, Category, Question, SiteText
from history.restore import restore_version
from overdue_site.markup import render_markdown
from platforms.models import Platform
from platforms.resources import PlatformResource
from tests.factories import make_article, make_platform
from tests.pages import page

pytestmark = pytest.mark.django_db

LANGUAGES = ("zh_hans", "zh_hant", "en")


def article_with(**values) -> Article:
    article = make_article(title_en="")
    for name, value in {"body_zh_hant": "", "body_en": "", **values}.items():
        setattr(article, name, value)
    article.save()
    return article


def assert_in_sync(record, text: str, html: str) -> None:
    record.refresh_from_db()
    for language in LANGUAGES:
        assert getattr(record, f"{html}_{language}") == render_markdown(getattr(record, f"{text}_{language}")), language


def test_saving_renders_every_language_and_strips_scripts():
    article = article_with(body_zh_hans="**重要**<script>alert(1)</script>", body_en="Plain *English*")
    article.refresh_from_db()
    assert article.body_html_zh_hans == "<p><strong>重要</strong></p>"
    assert article.body_html_en == "<p>Plain <em>English</em></p>"
    # The Traditional text was converted from the Simplified one on save, and rendered with it.
    assert article.body_html_zh_hant == "<p><strong>重要</strong></p>"
    assert_in_sync(article, "body", "body_html")


def test_stored_html_falls_back_to_simplified_like_the_text():
    article = article_with(body_zh_hans="只有中文")
    article.refresh_from_db()
    with translation.override("en"):
        assert article.body == "只有中文"
        assert article.body_html == "<p>只有中文</p>"
    article.body_en = "In English"
    article.save()
    article.refresh_from_db()
    with translation.override("en"):
        assert article.body_html == "<p>In English</p>"


def test_a_save_of_some_fields_keeps_the_html_in_step():
    article = article_with(body_zh_hans="旧")
    article.body_zh_hans = "新的 **文字**"
    article.save(update_fields=["body_zh_hans"])
    assert_in_sync(article, "body", "body_html")
    assert article.body_html_zh_hans == "<p>新的 <strong>文字</strong></p>"


def test_questions_platforms_and_site_texts_store_their_html():
    article = make_article(questions=[("问", "答 **要点**")])
    question = article.questions.get()
    assert_in_sync(question, "answer", "answer_html")
    assert question.answer_html_zh_hans == "<p>答 <strong>要点</strong></p>"
    platform = make_platform(body_zh_hans="## 介绍\n\n正文")
    assert_in_sync(platform, "body", "body_html")
    assert "<h2>介绍</h2>" in platform.body_html_zh_hans
    text = SiteText.objects.create(key=SiteText.Key.COMPLAINTS, body_zh_hans="- 一\n- 二")
    assert_in_sync(text, "body", "body_html")


def test_converting_to_traditional_renders_the_new_text():
    article = article_with(body_zh_hans="借呗", body_zh_hant="自己写的")
    article.convert_to_traditional()
    assert_in_sync(article, "body", "body_html")
    assert article.body_html_zh_hant == "<p>借唄</p>"


def test_restoring_a_version_restores_matching_html(admin_user):
    category = Category.objects.create(slug="basics", name_zh_hans="基础")
    article = Article.objects.create(title_zh_hans="问答", body_zh_hans="第一版", category=category)
    question = Question.objects.create(article=article, question_zh_hans="问", answer_zh_hans="答一")
    with reversion.create_revision():
        article.save()
    version = Version.objects.get_for_object(article).first()
    article.body_zh_hans = "第二版"
    article.save()
    question.answer_zh_hans = "答二"
    question.save()

    restore_version(version, admin_user)

    assert_in_sync(article, "body", "body_html")
    assert article.body_html_zh_hans == "<p>第一版</p>"
    assert_in_sync(question, "answer", "answer_html")


def test_importing_platforms_renders_their_body():
    dataset = tablib.Dataset(
        ["imported", "导入的平台", "**导入**的介绍"], headers=["slug", "name_zh_hans", "body_zh_hans"]
    )
    result = PlatformResource().import_data(dataset, dry_run=False)
    assert not result.has_validation_errors() and not result.has_errors()
    platform = Platform.objects.get(slug="imported")
    assert platform.body_html_zh_hans == "<p><strong>导入</strong>的介绍</p>"
    assert_in_sync(platform, "body", "body_html")


def test_generated_and_demo_content_have_their_html():
    call_command("load_demo_content", verbosity=0)
    call_command("generate_bulk_content", articles=12, platforms=3, verbosity=0)
    for model, text, html in (
        (Article, "body", "body_html"),
        (Question, "answer", "answer_html"),
        (Platform, "body", "body_html"),
        (SiteText, "body", "body_html"),
    ):
        records = list(model.objects.all())
        assert records, model
        for record in records:
            for language in LANGUAGES:
                assert getattr(record, f"{html}_{language}") == render_markdown(getattr(record, f"{text}_{language}"))
    assert Article.objects.filter(slug__startswith="bulk-").exclude(body_html_zh_hans="").count() == 12


def test_the_migration_renders_rows_written_before_it():
    article = make_article(questions=[("问", "答")])
    Article.objects.filter(pk=article.pk).update(body_html_zh_hans="", body_html_zh_hant="", body_html_en="")
    Question.objects.update(answer_html_zh_hans="")
    migration = importlib.import_module("articles.migrations.0008_stored_html")
    migration.render_existing(apps, None)
    assert_in_sync(article, "body", "body_html")
    assert_in_sync(article.questions.get(), "answer", "answer_html")


def test_pages_show_the_stored_html(client):
    platform = make_platform(body_zh_hans="平台 **介绍**")
    article = make_article(questions=[("问题", "回答 *强调*")], platforms=[platform])
    article.body_zh_hans = "文章 **正文**"
    article.save()
    html = page(client, article.get_absolute_url())
    assert "<p>文章 <strong>正文</strong></p>" in html
    assert "<p>回答 <em>强调</em></p>" in html
    assert "<p>平台 <strong>介绍</strong></p>" in page(client, platform.get_absolute_url())


def test_an_admin_edit_renders_the_new_text(admin_client):
    from django.urls import reverse

    text = SiteText.objects.create(key=SiteText.Key.DISCLAIMER, body_zh_hans="旧声明")
    url = reverse("admin:articles_sitetext_change", args=[text.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update(key=text.key, body_zh_hans="新的 **声明**", body_en="New *notice*")
    data.pop("traditional_machine_converted", None)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    text.refresh_from_db()
    assert text.body_html_zh_hans == "<p>新的 <strong>声明</strong></p>"
    assert text.body_html_en == "<p>New <em>notice</em></p>"
    assert_in_sync(text, "body", "body_html")
