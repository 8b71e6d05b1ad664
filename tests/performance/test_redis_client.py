"""The Redis cache client: one redis-py client per pool, and counters in one atomic round trip."""

import uuid

import pytest

from overdue_site.cache_backends import ResilientRedisCache

from .test_redis_down import LIVE_REDIS, live_redis_caches


@pytest.fixture
def backend():
    live_redis_caches()  # skips when Redis is not running
    cache = ResilientRedisCache(LIVE_REDIS, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    cache.delete_many(["views", "never-set", "short-lived"])  # only this test's keys: the database may be shared


def commands(backend, monkeypatch) -> list[str]:
    client = backend._cache.get_client(write=True)
    sent = []
    original = client.execute_command

    def spy(*args, **kwargs):
        sent.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(client, "execute_command", spy)
    return sent


def test_one_client_serves_every_operation(backend):
    assert backend._cache.get_client() is backend._cache.get_client(write=True)


def test_a_counter_goes_up_and_down_in_one_round_trip(backend, monkeypatch):
    backend.set("views", 5)
    sent = commands(backend, monkeypatch)
    assert backend.incr("views") == 6
    assert backend.incr("views", 10) == 16
    assert backend.decr("views", 3) == 13
    assert sent == ["EVAL", "EVAL", "EVAL"]
    assert backend.get("views") == 13


def test_a_missing_counter_is_not_created(backend):
    with pytest.raises(ValueError, match="not found"):
        backend.incr("never-set")
    assert backend.get("never-set") is None
    assert backend.add("never-set", 1)  # the caller creates it, as the view counter does
    assert backend.incr("never-set") == 2


def test_a_counter_keeps_its_expiry(backend):
    backend.set("short-lived", 1, 30)
    backend.incr("short-lived")
    client = backend._cache.get_client()
    key = backend.make_and_validate_key("short-lived")
    assert 0 < client.ttl(key) <= 30
