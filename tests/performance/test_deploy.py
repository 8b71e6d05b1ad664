"""Production serving: the gunicorn configuration and WhiteNoise's compressed, hashed, long-cached static files."""

import runpy
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

ROOT = Path(settings.BASE_DIR)


def test_gunicorn_configuration_reads_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_BIND", "0.0.0.0:9000")
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["bind"] == "0.0.0.0:9000"
    assert config["workers"] == 3
    assert config["worker_class"] == "gthread"
    assert config["preload_app"] is True
    assert config["accesslog"] is None
    # No control socket shared by every gunicorn of the user in ~/.gunicorn or $XDG_RUNTIME_DIR.
    assert config["control_socket_disable"] is True
    assert "control_socket" not in config


def test_gunicorn_recycles_workers_only_when_the_page_cache_is_shared(monkeypatch):
    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    # Each worker's pages live in its own memory: recycling it would throw them away.
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["max_requests"] == 0
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert (config["max_requests"], config["max_requests_jitter"]) == (10000, 1000)
    monkeypatch.setenv("GUNICORN_MAX_REQUESTS", "500")
    assert runpy.run_path(str(ROOT / "gunicorn.conf.py"))["max_requests"] == 500


def test_gunicorn_control_socket_only_at_a_path_given_for_this_instance(monkeypatch, tmp_path):
    monkeypatch.setenv("GUNICORN_CONTROL_SOCKET", str(tmp_path / "site.ctl"))
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["control_socket_disable"] is False
    assert config["control_socket"] == str(tmp_path / "site.ctl")


def test_gunicorn_accepts_the_configuration(monkeypatch, tmp_path):
    from gunicorn.config import Config

    monkeypatch.setenv("GUNICORN_CONTROL_SOCKET", str(tmp_path / "site.ctl"))
    config = Config()
    for name, value in runpy.run_path(str(ROOT / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)
    assert config.control_socket == str(tmp_path / "site.ctl")
    assert config.control_socket_disable is False


def test_healthz_is_constant_and_never_cached(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]


def test_static_files_are_hashed_compressed_and_cached_for_long(tmp_path):
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(DEBUG=False, STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
        hashed = next(tmp_path.glob("css/site.*.css"))
        assert (hashed.parent / (hashed.name + ".gz")).exists()
        assert (hashed.parent / (hashed.name + ".br")).exists()
        middleware = WhiteNoiseMiddleware(lambda request: None)
        request = RequestFactory().get(f"/static/css/{hashed.name}", HTTP_ACCEPT_ENCODING="gzip, br")
        response = middleware(request)
        assert response.status_code == 200
        assert response["Content-Encoding"] == "br"
        assert "max-age=315360000" in response["Cache-Control"]
        assert "immutable" in response["Cache-Control"]
