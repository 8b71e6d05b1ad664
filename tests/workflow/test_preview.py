"""Staff preview drafts exactly as readers would see them, in each language; nobody else ever sees a draft."""

import pytest
from django.urls import reverse

from articles.models import Article
from tests.factories import make_article, make_platform

from .conftest import logged_in, staff_user


def preview_url(obj, language):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_preview", args=[obj.pk, language])


@pytest.fixture
def drafts(db):
    platform = make_platform("draft-platform", "草稿平台", "草稿平臺", "Draft platform", published=False)
    article = make_article("草稿文章", "Draft article", title_hant="草稿文章繁", published=False, platforms=[platform])
    return platform, article


@pytest.mark.parametrize(
    ("language", "title", "html_lang"),
    [("zh-hans", "草稿文章", "zh-Hans"), ("zh-hant", "草稿文章繁", "zh-Hant"), ("en", "Draft article", "en")],
)
def test_editor_previews_a_draft_article_in_each_language(editor_client, drafts, language, title, html_lang):
    _platform, article = drafts
    response = editor_client.get(preview_url(article, language))
    assert response.status_code == 200
    content = response.content.decode()
    assert f"<h1>{title}</h1>" in content
    assert f'<html lang="{html_lang}">' in content
    assert "articles/article_detail.html" in [template.name for template in response.templates]
    # Never cached, never indexed.
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize(
    ("language", "name"), [("zh-hans", "草稿平台"), ("zh-hant", "草稿平臺"), ("en", "Draft platform")]
)
def test_editor_previews_a_draft_platform(editor_client, drafts, language, name):
    platform, _article = drafts
    response = editor_client.get(preview_url(platform, language))
    assert response.status_code == 200
    assert f"<h1>{name}</h1>" in response.content.decode()
    assert "platforms/platform_detail.html" in [template.name for template in response.templates]


def test_the_public_pages_of_drafts_are_not_found_even_for_staff(editor_client, drafts):
    platform, article = drafts
    assert editor_client.get(f"/en/articles/{article.pk}-{article.slug}/").status_code == 404
    assert editor_client.get(f"/en/platforms/{platform.slug}/").status_code == 404


def test_anonymous_readers_are_sent_to_the_login(client, drafts):
    _platform, article = drafts
    response = client.get(preview_url(article, "en"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "Draft article" not in response.content.decode()


def test_logged_in_readers_without_staff_status_are_sent_to_the_login(client, drafts):
    _platform, article = drafts
    logged_in(client, staff_user("reader", is_staff=False))
    response = client.get(preview_url(article, "en"))
    assert response.status_code == 302
    assert "Draft article" not in response.content.decode()


def test_staff_without_change_permission_are_refused(client, drafts):
    platform, article = drafts
    logged_in(client, staff_user("moderator", "moderator"))
    for obj in (platform, article):
        response = client.get(preview_url(obj, "en"))
        assert response.status_code == 403
        assert "Draft" not in response.content.decode()


def test_unknown_language_or_record_is_not_found(editor_client, drafts):
    _platform, article = drafts
    assert editor_client.get(preview_url(article, "fr")).status_code == 404
    missing = reverse("admin:articles_article_preview", args=[article.pk + 1000, "en"])
    assert editor_client.get(missing).status_code == 404
    assert Article.objects.filter(pk=article.pk).exists()


def test_change_form_links_to_the_preview_in_every_language(editor_client, drafts):
    _platform, article = drafts
    content = editor_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    for language, label in (("zh-hans", "简体"), ("zh-hant", "繁體"), ("en", "English")):
        assert f'href="{preview_url(article, language)}" hreflang="{language}"' in content
        assert f">{label}</a>" in content
