"""A Redis cache that keeps the site serving while Redis is unreachable.

Django's RedisCache raises on a lost connection, which would turn every page into a 500. Here a connection error is
logged and treated as an empty cache: reads miss, writes and deletes do nothing, ``add`` reports that nothing was
added and ``incr``/``decr`` raise ValueError (as for a missing key) so callers take their fallback path. redis-py
reconnects on the next command, so the site uses the cache again as soon as Redis is back.
"""

from __future__ import annotations

import functools
import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)
# Adds to a counter only if it exists (a missing counter is the caller's to create, as with Django's incr).
INCR_EXISTING = (
    "if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCRBY', KEYS[1], ARGV[1]) end return false"
)


def _degrade(fallback):
    """Return ``fallback(*args, **kwargs)`` instead of raising when Redis cannot be reached."""

    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UNAVAILABLE as error:
                logger.warning("Cache unavailable during %s: %s", method.__name__, error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorator


def _raise_value_error(*args, **kwargs):
    raise ValueError("The cache is unavailable.")


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django builds a new ``redis.Redis`` object for every cache operation; with redis-py 5+ that costs more CPU than
    the round trip itself (each one fills a table of ~170 response callbacks), and a page-cache hit makes one or two
    operations. One client per connection pool is enough: redis-py clients on a pool are thread-safe, and the pool
    itself reconnects after a fork or a lost connection."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def incr(self, key, delta):
        """One atomic round trip; Django's EXISTS then INCRBY takes two, and a key expiring in between would come
        back as a counter without expiry."""
        value = self.get_client(key, write=True).eval(INCR_EXISTING, 1, key, delta)
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value


class ResilientRedisCache(RedisCache):
    # Short socket timeouts: a page must not hang for long on an unreachable Redis.
    def __init__(self, server, params):
        options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = ReusedClientRedisCacheClient

    get = _degrade(lambda key, default=None, version=None: default)(RedisCache.get)
    get_many = _degrade(lambda keys, version=None: {})(RedisCache.get_many)
    has_key = _degrade(lambda *args, **kwargs: False)(RedisCache.has_key)
    add = _degrade(lambda *args, **kwargs: False)(RedisCache.add)
    set = _degrade(lambda *args, **kwargs: None)(RedisCache.set)
    set_many = _degrade(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    touch = _degrade(lambda *args, **kwargs: False)(RedisCache.touch)
    delete = _degrade(lambda *args, **kwargs: False)(RedisCache.delete)
    delete_many = _degrade(lambda *args, **kwargs: None)(RedisCache.delete_many)
    incr = _degrade(_raise_value_error)(RedisCache.incr)
    clear = _degrade(lambda: False)(RedisCache.clear)
