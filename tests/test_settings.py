"""Settings come from the environment; production mode refuses to start with the development secret key."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


def load_settings(**env):
    code = (
        "import django, json; from django.conf import settings; django.setup(); "
        "print(json.dumps({'debug': settings.DEBUG, 'db': settings.DATABASES['default']['ENGINE'], "
        "'cache': settings.CACHES['default']['BACKEND'], 'hosts': settings.ALLOWED_HOSTS, "
        "'hsts': getattr(settings, 'SECURE_HSTS_SECONDS', 0)}))"
    )
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    clean_env.update({"DJANGO_SETTINGS_MODULE": "overdue_site.settings", **env})
    return subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=clean_env, capture_output=True, text=True, timeout=60
    )


def test_development_defaults_need_nothing():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    assert '"debug": true' in result.stdout
    assert "sqlite3" in result.stdout and "LocMemCache" in result.stdout


@pytest.mark.parametrize("secret", [None, "", "short"])
def test_production_refuses_to_start_without_a_real_secret_key(secret):
    env = {"DJANGO_DEBUG": "0"}
    if secret is not None:
        env["DJANGO_SECRET_KEY"] = secret
    result = load_settings(**env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_settings_from_the_environment():
    result = load_settings(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="example.org, www.example.org",
        DATABASE_URL="postgres://user:pw@db.internal:5432/overdue",
        REDIS_URL="redis://cache.internal:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert '"debug": false' in result.stdout
    assert "postgresql" in result.stdout and "RedisCache" in result.stdout
    assert '["example.org", "www.example.org"]' in result.stdout
    assert '"hsts": 31536000' in result.stdout


def test_each_log_line_is_written_once_in_development():
    """Django's own console handler and the root's both wrote "Not Found: …" lines; one must remain."""
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').warning('Not Found: /nowhere/'); "
        "logging.getLogger('django.server').info('\"GET /healthz HTTP/1.1\" 200 2'); "
        "logging.getLogger('platforms').warning('a warning of the site')"
    )
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    clean_env.update({"DJANGO_SETTINGS_MODULE": "overdue_site.settings", "DJANGO_DEBUG": "1"})
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, env=clean_env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines.count("Not Found: /nowhere/") == 1, lines
    assert len([line for line in lines if line.endswith('"GET /healthz HTTP/1.1" 200 2')]) == 1, lines
    assert [line for line in lines if "GET /healthz" in line][0].startswith("[")  # runserver's time stamp
    assert lines.count("a warning of the site") == 1, lines


def _pins(name: str) -> dict[str, str]:
    pins = {}
    for line in (PROJECT / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "-r ")):
            package, version = line.split("==")
            pins[package.lower().replace("_", "-")] = version
    return pins


def test_production_lock_holds_no_development_tools():
    production = _pins("requirements.lock")
    development = _pins("requirements-dev.lock")
    assert "-r requirements.lock" in (PROJECT / "requirements-dev.lock").read_text(encoding="utf-8").splitlines()
    for tool in ("pytest", "hypothesis", "selenium", "schemathesis", "locust", "ruff", "polib", "pyyaml"):
        assert tool not in production, tool
        assert tool in development, tool
    for needed in ("django", "gunicorn", "whitenoise", "brotli", "psycopg", "redis", "django-axes"):
        assert needed in production, needed
    assert not set(production) & set(development), "each package is pinned once"


def test_pyproject_declares_its_packages_for_pip_install():
    import tomllib

    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["setuptools"]["packages"]["find"]["include"]
    apps = {path.parent.name for path in PROJECT.glob("*/apps.py")} | {"overdue_site"}
    assert apps <= {pattern.rstrip("*") for pattern in included}
