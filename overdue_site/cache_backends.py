"""A Redis cache that keeps the site serving while Redis is unreachable.

Django's RedisCache raises on a lost connection, which would turn every page into a 500. Here a connection error is
logged and treated as an empty cache: reads miss, writes and deletes do nothing, ``add`` reports that nothing was
added and ``incr``/``decr`` raise ValueError (as for a missing key) so callers take their fallback path. redis-py
reconnects on the next command, so the site uses the cache again as soon as Redis is back.
"""

from __future__ import annotations

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


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


class ResilientRedisCache(RedisCache):
    # Short socket timeouts: a page must not hang for long on an unreachable Redis.
    def __init__(self, server, params):
        options = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})

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
