"""Data many different pages share, computed once per content version in each process.

The page cache stores whole pages by address; this keeps the pieces that are the same on many addresses (the
platforms a reader can choose from, a platform's timeline that every "N days overdue" lookup of it shows, the
site-wide texts) so that a page-cache miss does not query and rebuild them again. Keys include the site-wide content
version (``page_cache.current_version()``), which every saved record of a content app changes in every process, so
an edit shows at once. Entries also expire after ``PAGE_CACHE_SECONDS``, the same bound the page cache puts on how
late a scheduled publish or unpublish time shows.

Values are shared between threads and requests: callers must treat them as read-only.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from django.conf import settings

from . import page_cache

T = TypeVar("T")
MAX_ENTRIES = 1024

# (name, key, version) -> (computed at, value)
_entries: OrderedDict[tuple, tuple[float, object]] = OrderedDict()
_lock = threading.Lock()


def remember(name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` for (name, key) at the current content version, from memory when this process has it."""
    if not settings.VERSION_MEMO_ENABLED:
        return compute()
    full_key = (name, key, page_cache.current_version()["number"])
    now = time.time()
    with _lock:
        found = _entries.get(full_key)
        # Valid from when it was computed until it expires (tests move the clock both ways).
        if found is not None and found[0] <= now < found[0] + settings.PAGE_CACHE_SECONDS:
            _entries.move_to_end(full_key)
            return found[1]  # type: ignore[return-value]
    value = compute()
    with _lock:
        _entries[full_key] = (now, value)
        _entries.move_to_end(full_key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def forget_all() -> None:
    with _lock:
        _entries.clear()
