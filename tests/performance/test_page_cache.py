"""Which responses the page cache stores and serves, and the HTTP caching headers of cached pages."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.views.decorators.cache import never_cache

from overdue_site.page_cache import PageCacheMiddleware
from tests.factories import make_platform

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform_url():
    return make_platform(slug="cached", name_en="Cached platform", stages=[(1, None, True)]).get_absolute_url()


def fetch_twice(client, url, **headers):
    first = client.get(url, headers=headers)
    second = client.get(url, headers=headers)
    return first, second


def test_anonymous_page_is_served_from_the_cache_the_second_time(client, platform_url):
    first, second = fetch_twice(client, platform_url)
    assert (first.status_code, second.status_code) == (200, 200)
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    # The outer middleware still runs on a hit: security headers are not frozen into the cache entry.
    assert "Content-Security-Policy" in second
    assert second["Content-Language"] == first["Content-Language"]


def test_cached_pages_carry_public_cache_control_etag_and_last_modified(client, platform_url):
    first, second = fetch_twice(client, platform_url)
    for response in (first, second):
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert f"max-age={settings.PAGE_CACHE_MAX_AGE}" in cache_control
        assert f"s-maxage={settings.PAGE_CACHE_MAX_AGE}" in cache_control
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"].endswith("GMT")
    assert first["ETag"] == second["ETag"]


def test_conditional_requests_get_304(client, platform_url):
    first = client.get(platform_url)
    by_etag = client.get(platform_url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(platform_url, headers={"If-Modified-Since": first["Last-Modified"]})
    stale_etag = client.get(platform_url, headers={"If-None-Match": '"something-else"'})
    assert by_etag.status_code == 304
    assert by_date.status_code == 304
    assert stale_etag.status_code == 200


def test_304_on_a_cache_miss_too(client, platform_url):
    etag = client.get(platform_url)["ETag"]
    client.get("/")  # nothing to do with the page; the cache is emptied next
    from django.core.cache import cache

    cache.clear()
    response = client.get(platform_url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response["X-Cache"] == "miss"


def test_languages_are_cached_separately(client):
    make_platform(slug="lang", name="语言平台", name_hant="語言平臺", name_en="Language platform")
    pages = {code: client.get(f"/{code}/platforms/lang/").content.decode() for code, _name in settings.LANGUAGES}
    again = {code: client.get(f"/{code}/platforms/lang/") for code, _name in settings.LANGUAGES}
    assert "语言平台" in pages["zh-hans"] and "語言平臺" in pages["zh-hant"] and "Language platform" in pages["en"]
    for code, response in again.items():
        assert response["X-Cache"] == "hit"
        assert response.content.decode() == pages[code]


def test_logged_in_staff_never_get_or_fill_cached_pages(client, platform_url):
    user = User.objects.create_superuser("staff", "staff@example.invalid", "a-long-test-password")
    client.force_login(user)
    first, second = fetch_twice(client, platform_url)
    assert second.status_code == 200
    assert "X-Cache" not in first and "X-Cache" not in second
    assert "public" not in second.get("Cache-Control", "")
    client.logout()
    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)
    assert client.get(platform_url)["X-Cache"] == "miss"


def test_requests_with_a_session_cookie_bypass_the_cache(client, platform_url):
    client.get(platform_url)
    client.cookies[settings.SESSION_COOKIE_NAME] = "some-session"
    response = client.get(platform_url)
    assert response.status_code == 200
    assert "X-Cache" not in response


def test_not_found_pages_are_not_cached(client):
    first, second = fetch_twice(client, "/en/platforms/no-such-platform/")
    assert (first.status_code, second.status_code) == (404, 404)
    assert second["X-Cache"] == "bypass"


def test_post_requests_are_not_cached(client, platform_url):
    client.get(platform_url)
    response = client.post(platform_url)
    assert response.get("X-Cache") != "hit"


def test_the_admin_is_not_cached(client):
    first, second = fetch_twice(client, "/" + settings.ADMIN_URL + "login/")
    assert "X-Cache" not in second


def test_bypass_header_is_ignored_unless_allowed(client, platform_url, settings):
    client.get(platform_url)
    assert client.get(platform_url, headers={"X-Page-Cache-Bypass": "1"})["X-Cache"] == "hit"
    settings.PAGE_CACHE_ALLOW_BYPASS = True
    assert "X-Cache" not in client.get(platform_url, headers={"X-Page-Cache-Bypass": "1"})


def test_disabled_page_cache_serves_every_request_fresh(client, platform_url, settings):
    settings.PAGE_CACHE_ENABLED = False
    first, second = fetch_twice(client, platform_url)
    assert "X-Cache" not in second


def run_twice(view, path="/en/some-page/"):
    middleware = PageCacheMiddleware(view)
    return [middleware(RequestFactory().get(path)) for _ in range(2)]


def test_responses_that_used_the_csrf_token_are_not_cached():
    def form_view(request):
        return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')

    first, second = run_twice(form_view)
    assert second["X-Cache"] == "bypass"


def test_never_cache_responses_are_not_cached():
    first, second = run_twice(never_cache(lambda request: HttpResponse("private")))
    assert second["X-Cache"] == "bypass"


def test_responses_setting_cookies_are_not_cached():
    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("reader", "1")
        return response

    assert run_twice(view)[1]["X-Cache"] == "bypass"


def test_permanent_redirects_are_cached_and_temporary_ones_not():
    from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect

    assert run_twice(lambda request: HttpResponsePermanentRedirect("/en/"))[1]["X-Cache"] == "hit"
    assert run_twice(lambda request: HttpResponseRedirect("/en/elsewhere/"), "/en/moved/")[1]["X-Cache"] == "bypass"


def test_head_requests_are_answered_from_the_get_entry():
    calls = []

    def view(request):
        calls.append(request.method)
        return HttpResponse("body")

    middleware = PageCacheMiddleware(view)
    factory = RequestFactory()
    middleware(factory.get("/en/page/"))
    response = middleware(factory.head("/en/page/"))
    assert response["X-Cache"] == "hit"
    assert calls == ["GET"]


def test_cached_platform_and_article_pages_embed_no_csrf_token(client, platform_url):
    from tests.factories import make_article

    article_url = make_article(title_en="Form-free").get_absolute_url()
    for url in (platform_url, article_url):
        first, second = fetch_twice(client, url)
        assert second["X-Cache"] == "hit", url
        assert "csrfmiddlewaretoken" not in second.content.decode()
        assert settings.CSRF_COOKIE_NAME not in second.cookies
