"""Site-wide behaviour: home page, language switcher, `/` redirect by Accept-Language, 404 and 500 pages."""

from urllib.parse import unquote

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from articles.models import Article
from overdue_site.views import server_error
from platforms.models import PlatformQuerySet
from tests.factories import make_article, make_platform

LANGUAGES = ["zh-hans", "zh-hant", "en"]
HTML_LANG = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant", "en": "en"}


def url_in(language: str, obj) -> str:
    with translation.override(language):
        return obj.get_absolute_url()


# Home page ---------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "platform_name", "faq_title"),
    [
        ("zh-hans", "借呗", "逾期三天会怎样"),
        ("zh-hant", "借唄", "逾期三天會怎樣"),
        ("en", "Jiebei", "What happens three days overdue"),
    ],
)
def test_home_page_shows_lookup_platforms_faqs_and_rights(client, language, platform_name, faq_title):
    platform = make_platform("jiebei", "借呗", "借唄", "Jiebei")
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False)
    make_platform("general", "行业一般情况", name_en="Industry in general", general=True)
    faq = make_article("逾期三天会怎样", "What happens three days overdue", title_hant="逾期三天會怎樣")
    rights = make_article("催收不能做什么", "What collectors may not do", kind=Article.Kind.RIGHTS)
    guide = make_article("协商还款指南", "Negotiating a repayment plan", kind=Article.Kind.GUIDE)
    draft = make_article("草稿问题", "Draft question", published=False)
    untranslated = make_article("只有中文的问题", "")

    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert "<form" in html and 'name="platform"' in html  # the lookup form comes first
    assert html.index("<form") < html.index(url_in(language, platform))
    assert platform_name in html
    assert faq_title in html
    assert url_in(language, rights) in html
    assert url_in(language, guide) not in html  # guides have their own index
    assert url_in(language, draft) not in html and "草稿问题" not in html
    assert (
        "/platforms/draft/" not in html
        and "/platforms/general/" not in html.split('id="platforms-heading"')[1].split("</ul>")[0]
    )
    assert (url_in(language, untranslated) in html) is (language != "en")
    assert url_in(language, faq) in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_home_page_renders(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_home_page_uses_a_fixed_number_of_queries(client):
    def count() -> int:
        client.get("/en/")  # warm caches (site texts)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/").status_code == 200
        return len(queries.captured_queries)

    make_platform()
    make_article(kind=Article.Kind.FAQ)
    make_article(kind=Article.Kind.RIGHTS)
    small = count()
    for number in range(15):
        platform = make_platform()
        make_article(f"问题{number}", f"Question {number}", platforms=[platform])
        make_article(f"权利{number}", f"Rights {number}", kind=Article.Kind.RIGHTS)
    large = count()
    # The two article lists, the lookup box's list of platforms and the links to them (with the page cache off, as
    # here, both are read afresh; with it on they come from fragments: tests/performance/test_fragments.py), and the
    # site texts of the footer.
    assert large == small <= 5


# Language switcher and the `/` redirect ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_language_switcher_keeps_the_page_and_its_query_string(client):
    make_platform("x", "平台X", name_en="Platform X")
    html = client.get("/zh-hans/platforms/x/?a=1").content.decode()
    english_link = "/language/en/?next=%2Fzh-hans%2Fplatforms%2Fx%2F%3Fa%3D1"
    assert f'href="{english_link}"' in html
    response = client.get(english_link)
    assert response.status_code == 302
    assert response["Location"] == "/en/platforms/x/?a=1"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert "Platform X" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_language_switcher_on_an_article_page(client):
    article = make_article("逾期", "Overdue")
    response = client.get(f"/language/zh-hant/?next={url_in('en', article)}")
    assert response.status_code == 302
    assert response["Location"] == url_in("zh-hant", article)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hant"


@pytest.mark.django_db
def test_language_switcher_lists_every_language_on_every_page(client):
    html = client.get("/zh-hant/faq/").content.decode()
    for code in LANGUAGES:
        assert f'href="/language/{code}/?next=%2Fzh-hant%2Ffaq%2F"' in html
    assert unquote("%2Fzh-hant%2Ffaq%2F") == "/zh-hant/faq/"


@pytest.mark.django_db
def test_language_switcher_refuses_other_sites_and_unknown_languages(client):
    response = client.get("/language/en/?next=https://evil.example/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert client.get("/language/zh-hant/")["Location"] == "/zh-hant/"
    assert client.get("/language/fr/?next=/zh-hans/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("next_value", ["0", "faq/", "evil.example", "//evil.example/"])
def test_language_switcher_sends_anything_but_a_site_path_home(client, next_value):
    response = client.get("/language/en/", {"next": next_value})
    assert response["Location"] == "/en/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("zh-TW", "/zh-hant/"),
        ("zh-HK", "/zh-hant/"),
        ("zh-MO", "/zh-hant/"),
        ("zh-Hant", "/zh-hant/"),
        ("zh-CN", "/zh-hans/"),
        ("zh-SG", "/zh-hans/"),
        ("zh", "/zh-hans/"),
        ("zh-Hans-CN,zh;q=0.9", "/zh-hans/"),
        ("en", "/en/"),
        ("en-US,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9", "/zh-hans/"),
        ("ja,zh-TW;q=0.8", "/zh-hant/"),
        ("", "/zh-hans/"),
    ],
)
def test_root_redirects_by_accept_language(accept_language, expected):
    client = Client(headers={"accept-language": accept_language} if accept_language else {})
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_root_redirect_prefers_the_remembered_language(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/", headers={"accept-language": "zh-CN"})
    assert response["Location"] == "/en/"


# Error pages -------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_404_page_is_in_the_readers_language(client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert f'href="/{language}/lookup/"' in html
    assert f'href="/{language}/"' in html
    if language == "en":
        assert "Page not found" in html
    assert "Information, not legal advice." in html or "法律" in html


def test_500_page_needs_no_database_and_no_context_processors():
    # No django_db mark: any query would fail this test.
    for language in LANGUAGES:
        response = server_error(RequestFactory().get(f"/{language}/platforms/x/"))
        assert response.status_code == 500
        html = response.content.decode()
        assert f'<html lang="{HTML_LANG[language]}">' in html
        assert f'href="/{language}/lookup/"' in html
        assert f'href="/{language}/"' in html
    assert "Something went wrong" in server_error(RequestFactory().get("/en/")).content.decode()


@pytest.mark.django_db
def test_500_page_is_served_when_a_view_fails(monkeypatch):
    def broken(self):
        raise RuntimeError("database is down")

    monkeypatch.setattr(PlatformQuerySet, "published", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/en/platforms/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Something went wrong" in html
    assert 'href="/en/lookup/"' in html


def test_favicon_ico_leads_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].startswith("/static/favicon")
    assert "max-age=86400" in response["Cache-Control"]


@pytest.mark.django_db
def test_every_page_names_its_icons(client):
    html = client.get("/zh-hans/").content.decode()
    assert 'rel="apple-touch-icon" href="/static/img/apple-touch-icon' in html
    assert 'rel="icon" href="/static/favicon' in html
    assert 'class="print-header"' in html
