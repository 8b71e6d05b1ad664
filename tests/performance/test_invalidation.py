"""Any content change shows on the next request, in every language, even when the pages were cached."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from articles.models import Question, SiteText
from platforms.models import Stage
from tests.factories import make_article, make_platform, make_site_text

from .support import admin_form_data, warm

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def pages(client, urls):
    return {url: client.get(url).content.decode() for url in urls}


@pytest.fixture
def platform():
    return make_platform(
        slug="inval", name="旧名称", name_hant="舊名稱", name_en="Old name", stages=[(1, 3, False), (4, None, True)]
    )


def platform_urls(platform):
    return [f"/{code}/platforms/{platform.slug}/" for code in LANGUAGES]


def test_platform_edit_through_the_orm_shows_in_every_language(client, platform):
    urls = platform_urls(platform) + [f"/{code}/platforms/" for code in LANGUAGES]
    warm(client, urls)
    platform.name_zh_hans, platform.name_zh_hant, platform.name_en = "新名称", "新名稱", "New name"
    platform.save()
    after = pages(client, urls)
    for code, url in zip(LANGUAGES * 2, urls, strict=True):
        expected = {"zh-hans": "新名称", "zh-hant": "新名稱", "en": "New name"}[code]
        assert expected in after[url], url


def test_stage_edit_shows_on_the_platform_page_in_every_language(client, platform):
    urls = platform_urls(platform)
    warm(client, urls)
    stage = Stage.objects.get(platform=platform, first_day=1)
    stage.title_zh_hans = stage.title_zh_hant = stage.title_en = "Changed stage title"
    stage.save()
    for url, html in pages(client, urls).items():
        assert "Changed stage title" in html, url


def test_deleting_a_stage_shows_at_once(client, platform):
    urls = platform_urls(platform)
    warm(client, urls)
    Stage.objects.filter(platform=platform, first_day=4).delete()
    for html in pages(client, urls).values():
        assert "Stage 2" not in html and "阶段2" not in html and "階段2" not in html


def test_article_and_question_edits_show_in_every_language(client):
    article = make_article(title="旧标题", title_en="Old title", questions=[("旧问题", "旧回答")])
    urls = [article.get_absolute_url().replace("/zh-hans/", f"/{code}/") for code in LANGUAGES]
    warm(client, urls)
    question = Question.objects.get(article=article)
    question.answer_zh_hans = question.answer_zh_hant = question.answer_en = "A changed answer"
    question.save()
    for url, html in pages(client, urls).items():
        assert "A changed answer" in html, url


def test_linking_an_article_to_a_platform_shows_on_the_platform_page(client, platform):
    article = make_article(title="相关文章", title_en="Linked article")
    urls = platform_urls(platform)
    warm(client, urls)
    article.platforms.add(platform)  # only m2m_changed fires
    assert "Linked article" in client.get(f"/en/platforms/{platform.slug}/").content.decode()


def test_site_text_edit_shows_on_every_page(client, platform):
    text = make_site_text(SiteText.Key.DISCLAIMER, body="旧免责声明", body_en="Old disclaimer")
    urls = platform_urls(platform) + [f"/{code}/" for code in LANGUAGES]
    warm(client, urls)
    text.body_zh_hans = text.body_zh_hant = text.body_en = "New disclaimer"
    text.save()
    for url, html in pages(client, urls).items():
        assert "New disclaimer" in html, url


def test_an_edit_in_the_admin_shows_on_the_public_pages_at_once(client, platform):
    urls = platform_urls(platform)
    warm(client, urls)
    editor = client.__class__()
    editor.force_login(User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password"))
    change_url = f"/{settings.ADMIN_URL}platforms/platform/{platform.pk}/change/"
    form = admin_form_data(
        editor.get(change_url).content.decode(),
        name_zh_hans="管理后台新名称",
        name_zh_hant="管理後臺新名稱",
        name_en="Renamed in the admin",
    )
    response = editor.post(change_url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    after = pages(client, urls)
    assert "管理后台新名称" in after[urls[0]]
    assert "管理後臺新名稱" in after[urls[1]]
    assert "Renamed in the admin" in after[urls[2]]


def test_deleting_an_article_in_the_admin_removes_it_from_cached_pages(client):
    article = make_article(title="将被删除", title_en="To be deleted")
    url = article.get_absolute_url().replace("/zh-hans/", "/en/")
    warm(client, [url])
    editor = client.__class__()
    editor.force_login(User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password"))
    response = editor.post(f"/{settings.ADMIN_URL}articles/article/{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert client.get(url).status_code == 404


def test_saving_an_unrelated_model_keeps_the_cache(client, platform):
    urls = platform_urls(platform)
    warm(client, urls)
    User.objects.create_user("reader", "reader@example.invalid", "a-long-test-password")
    assert all(client.get(url)["X-Cache"] == "hit" for url in urls)
