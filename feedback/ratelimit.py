"""Per-client and per-platform rate limits in Django's cache (shared by all app servers when Redis is configured).

A client is known only by ``client_key(request)``: HMAC-SHA256 of the UTC date and the address, keyed with
SECRET_KEY. The key changes every day, cannot be turned back into the address, and the address itself is stored
nowhere. When the cache fails, submissions are let through (fail open) rather than answered with an error.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)

# scope: (submissions allowed, per this many seconds)
DEFAULT_RATE_LIMITS = {
    "comment": (5, 60 * 60),
    "report": (5, 60 * 60),
    "contact_day": (3, 24 * 60 * 60),
    # All clients together, per platform: a flood from many addresses cannot swamp one platform's figures.
    "contact_day_platform": (50, 24 * 60 * 60),
}


def rate_limits() -> dict[str, tuple[int, int]]:
    return {**DEFAULT_RATE_LIMITS, **getattr(settings, "FEEDBACK_RATE_LIMITS", {})}


def client_key(request, now=None) -> str:
    """A daily-rotating, salted hash of the client's address (REMOTE_ADDR, as set by the WSGI server)."""
    day = (now or timezone.now()).astimezone(datetime.UTC).date().isoformat()
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    message = f"{day}|{address}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def allow(scope: str, key: str) -> bool:
    """Count one submission for ``key`` in ``scope``; False once the scope's limit is reached in its period."""
    limit, period = rate_limits()[scope]
    cache_key = f"feedback-rate:{scope}:{key}"
    try:
        cache.add(cache_key, 0, timeout=period)
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        try:
            cache.set(cache_key, 1, timeout=period)
        except Exception:
            logger.warning("Rate limit cache unavailable; letting the submission through.", exc_info=True)
        return True
    except Exception:
        logger.warning("Rate limit cache unavailable; letting the submission through.", exc_info=True)
        return True
    return count <= limit
