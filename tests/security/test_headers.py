"""Security headers on real responses: the public site, the API and the admin; production passes check --deploy."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User

PROJECT = Path(__file__).resolve().parent.parent.parent

PUBLIC_DIRECTIVES = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
]


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    parts = [part.strip() for part in header.split(";") if part.strip()]
    return {part.split(" ", 1)[0]: part for part in parts}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"):
        assert f"{feature}=()" in policy
    assert "'unsafe-inline'" not in directives(response)["script-src"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


@pytest.fixture
def admin_client(client, db):
    user = User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/zh-hans/", "/en/faq/", "/zh-hant/lookup/?platform=nothing&days_overdue=5", "/zh-hans/no-such-page/"]
)
def test_public_pages_get_the_strict_policy(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert_common_headers(response)
    found = directives(response)
    for directive in PUBLIC_DIRECTIVES:
        assert found[directive.split(" ", 1)[0]] == directive
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/platforms/", "/api/lookup/?platform=nothing&days_overdue=5"])
def test_the_api_gets_the_headers(client, url):
    response = client.get(url)
    assert response["Content-Type"].startswith("application/json")
    assert_common_headers(response)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_admin_login_page_gets_the_headers(client):
    response = client.get(f"/{settings.ADMIN_URL}login/")
    assert response.status_code == 200
    assert_common_headers(response)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["", "articles/article/", "articles/article/add/", "platforms/platform/add/"])
def test_admin_pages_allow_inline_styles_but_never_inline_scripts(admin_client, path):
    response = admin_client.get(f"/{settings.ADMIN_URL}{path}")
    assert response.status_code == 200
    assert_common_headers(response)
    found = directives(response)
    assert found["style-src"] == "style-src 'self' 'unsafe-inline'"
    assert found["script-src"] == "script-src 'self'"
    assert found["frame-ancestors"] == "frame-ancestors 'none'"
    # The admin's own templates have no inline executable scripts, so the strict script-src does not break it.
    html = response.content.decode()
    for chunk in html.split("<script")[1:]:
        tag = chunk.split(">", 1)[0]
        assert "src=" in tag or 'type="application/json"' in tag, tag


@pytest.mark.django_db
def test_the_admin_relaxation_is_limited_to_the_admin_prefix(client):
    # A public address that merely contains the admin path keeps the strict policy.
    response = client.get(f"/zh-hans/{settings.ADMIN_URL}")
    assert response.status_code == 404
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def run_in_production(code_or_args: list[str]):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "overdue_site.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "kR7#vQ2!mZ9@pL4$wX8%tB1^nC6&hJ3*yF5(dG0)sA-eU_iO=q",
        }
    )
    assert len(env["DJANGO_SECRET_KEY"]) == 50
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=PROJECT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy():
    result = run_in_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_production_sets_hsts_and_secure_cookies():
    code = (
        "import django, json; from django.conf import settings; django.setup(); "
        "print(json.dumps({name: getattr(settings, name) for name in ["
        "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', 'SESSION_COOKIE_SECURE', "
        "'CSRF_COOKIE_SECURE', 'SECURE_SSL_REDIRECT', 'SECURE_CROSS_ORIGIN_OPENER_POLICY']}))"
    )
    result = run_in_production(["-c", code])
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_CROSS_ORIGIN_OPENER_POLICY"] == "same-origin"


@pytest.mark.django_db
def test_hsts_header_is_sent_over_https_in_production_mode(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = client.get("/zh-hans/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_the_500_page_may_use_its_inline_styles_but_no_scripts(rf):
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    from overdue_site.security import AdminCSPMiddleware

    handler = CSPMiddleware(AdminCSPMiddleware(lambda request: HttpResponse("error", status=500)))
    response = handler(rf.get("/zh-hans/"))
    found = directives(response)
    assert found["style-src"] == "style-src 'self' 'unsafe-inline'"
    assert found["script-src"] == "script-src 'self'"
