"""With Redis unreachable the site keeps serving uncached pages, and uses the cache again once Redis is back."""

import os
import socket
import uuid

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

from overdue_site.cache_backends import ResilientRedisCache
from tests.factories import make_platform

from .support import site_caches

LIVE_REDIS = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unreachable_redis_caches(prefix="down"):
    return site_caches(
        {
            "default": {
                "BACKEND": "overdue_site.cache_backends.ResilientRedisCache",
                "LOCATION": f"redis://127.0.0.1:{unused_port()}/0",
                "KEY_PREFIX": prefix,
            }
        }
    )


def live_redis_caches(prefix=None):
    host, port = LIVE_REDIS.split("//", 1)[1].split("/", 1)[0].split(":")
    try:
        socket.create_connection((host, int(port)), 1).close()
    except OSError:
        pytest.skip("Redis is not running")
    return site_caches(
        {
            "default": {
                "BACKEND": "overdue_site.cache_backends.ResilientRedisCache",
                "LOCATION": LIVE_REDIS,
                "KEY_PREFIX": prefix or f"test-{uuid.uuid4().hex}",
            }
        }
    )


def test_every_cache_operation_degrades_instead_of_raising(caplog):
    backend = ResilientRedisCache(f"redis://127.0.0.1:{unused_port()}/0", {})
    assert backend.get("key", "default") == "default"
    assert backend.get_many(["a", "b"]) == {}
    assert backend.add("key", 1) is False
    assert backend.set("key", 1) is None
    assert backend.set_many({"a": 1}) == ["a"]
    assert backend.delete("key") is False
    backend.delete_many(["a"])
    assert backend.has_key("key") is False
    with pytest.raises(ValueError):
        backend.incr("key")
    with pytest.raises(ValueError):
        backend.decr("key")
    assert "Cache unavailable" in caplog.text


@pytest.mark.django_db
def test_pages_are_served_while_redis_is_down_and_cached_again_when_it_returns(client, settings):
    platform = make_platform(slug="resilient", name_en="Resilient platform", stages=[(1, None, True)])
    url = f"/en/platforms/{platform.slug}/"
    settings.CACHES = unreachable_redis_caches()
    responses = [client.get(url) for _ in range(2)]
    assert [response.status_code for response in responses] == [200, 200]
    assert "Resilient platform" in responses[1].content.decode()
    assert responses[1]["X-Cache"] == "miss"  # nothing could be stored, so nothing is served stale

    settings.CACHES = live_redis_caches()
    try:
        assert [client.get(url)["X-Cache"] for _ in range(2)] == ["miss", "hit"]
    finally:
        cache.clear()


@pytest.mark.django_db
def test_admin_sessions_do_not_fail_while_redis_is_down(client, settings):
    settings.CACHES = unreachable_redis_caches()
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password")
    response = client.post(f"/{settings.ADMIN_URL}login/", {"username": "editor", "password": "a-long-test-password"})
    assert response.status_code == 302
    assert client.get(f"/{settings.ADMIN_URL}").status_code == 200
