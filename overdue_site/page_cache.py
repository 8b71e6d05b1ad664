"""Whole-page cache for anonymous readers, invalidated by a site-wide content version.

Every saved or deleted record of a content app (``PAGE_CACHE_APPS``) bumps one version number, which retires every
cached page in every language at once: always correct, and cheap because an edit is rare next to a page view.
Entries also expire after ``PAGE_CACHE_SECONDS``, which bounds how late a scheduled publish or unpublish time shows.

A page is stored only when nothing about it is personal: a GET or HEAD without a session cookie or credentials,
answered 200 or 301, without cookies, without the CSRF token and without ``private``/``no-store`` (``never_cache``).
Cacheable responses carry ``Cache-Control: public``, an ``ETag`` and ``Last-Modified`` so browsers and CDNs can
revalidate them with a 304.

The version must be the same in every process. Redis shares it; the in-process cache (no ``REDIS_URL``) does not, so
there it lives in a small file, ``PAGE_CACHE_VERSION_FILE``, shared by all workers of the machine: written atomically
(temporary file, then ``os.replace``), read with one ``os.stat`` per request and parsed again only when the file
changed. A missing, unreadable or corrupt file gives a fresh version, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import threading
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

VERSION_KEY = "page-cache:version"
ENTRY_KEY = "page-cache:page:{digest}"
BYPASS_HEADER = "HTTP_X_PAGE_CACHE_BYPASS"
NOT_STORED_CACHE_CONTROL = ("private", "no-store", "no-cache", "max-age=0")
# Request headers that can turn a hit into a 304 (or 412).
CONDITIONAL_HEADERS = ("HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE")
# Headers a cached page is served with; the outer middleware (security, CSP) adds its own on every response.
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "Location", "Cache-Control", "ETag", "Last-Modified")


logger = logging.getLogger(__name__)


def _enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def current_version() -> dict:
    """{"number": ..., "changed_at": unix seconds}; a fresh, never-used number if the cache or file lost it.

    Called on every anonymous request (and by ``version_memo``): treat the returned dict as read-only. Read once per
    request: the page cache and every per-version value a page uses then cost one read (a Redis round trip) together.
    """
    version = getattr(_request, "version", None)
    if version is None:
        version = _current_version(_version_file())
        _remember_for_request(version)
    return version


# The version this thread read during its current request; reset when a request starts or ends and when it bumps.
_request = threading.local()


def _remember_for_request(version: dict) -> None:
    """Note a version read from storage: the rest of the request uses it, and this process has now used it."""
    global _read_since_bump
    _read_since_bump = True
    if getattr(_request, "active", False):
        _request.version = version


def _request_started(**kwargs) -> None:
    _request.active, _request.version = True, None


def _request_finished(**kwargs) -> None:
    _request.active, _request.version = False, None


# Whether this process has used the version since it last bumped it (see _bump_now_and_on_commit).
_read_since_bump = True


def _current_version(path: str) -> dict:
    global _read_since_bump
    _read_since_bump = True
    if path:
        version = _read_version_file(path)
        if version is not None:
            return version
    return _cached_version()


def bump_version() -> None:
    """Retire every cached page: a new content version, seen at once by every process."""
    global _read_since_bump
    _read_since_bump = False  # before the write: a read that sees the new version sets it again
    _request.version = None
    path = _version_file()
    if path:
        version = _new_version(after=_read_version_file(path))
        if _write_version_file(path, version, replace=True):
            return
        logger.error("Could not write the page cache version file %s; other processes may serve old pages.", path)
    cache.set(VERSION_KEY, _new_version(after=cache.get(VERSION_KEY)), None)


def _new_version(after: dict | None = None) -> dict:
    # Nanoseconds: unique across processes in practice, so a lost version can never revive old entries; and always
    # above the version it replaces, even if the clock stands still or goes back.
    number = time.time_ns()
    if after is not None and number <= after["number"]:
        number = after["number"] + 1
    return {"number": number, "changed_at": int(time.time())}


def _cached_version() -> dict:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _new_version()
        cache.add(VERSION_KEY, version, None)
    return version


def _version_file() -> str:
    """The version file's path when the default cache lives in this process only, else "" (the cache is shared)."""
    if not isinstance(caches["default"], LocMemCache):
        return ""
    return getattr(settings, "PAGE_CACHE_VERSION_FILE", "")


# (path, (inode, device, mtime in ns, size), version) of the version file as last read by this process.
_last_read: tuple = ("", None, None)
# A path that could be neither read nor written, and until when (time.monotonic()) the cache is used instead.
_unusable: tuple = ("", 0.0)
UNUSABLE_RETRY_SECONDS = 10


def _read_version_file(path: str) -> dict | None:
    """The version in the file; a fresh one (written to the file) if it is missing or corrupt; None if it can be
    neither read nor written (the caller falls back to the cache; tried again after UNUSABLE_RETRY_SECONDS)."""
    global _last_read
    if path == _unusable[0] and time.monotonic() < _unusable[1]:
        return None
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return _create_version_file(path)
    except OSError:
        return _replace_bad_version_file(path)
    # Every write gives the file a new inode and sets its mtime to the version number (see _write_version_file), so
    # an unchanged stat means an unchanged version.
    signature = (stat.st_ino, stat.st_dev, stat.st_mtime_ns, stat.st_size)
    last_path, last_signature, last_version = _last_read
    if signature == last_signature and path == last_path:
        return last_version
    version = _parse_version_file(path)
    if version is None:
        return _replace_bad_version_file(path)
    _last_read = (path, signature, version)
    return version


def _parse_version_file(path: str) -> dict | None:
    try:
        with open(path, "rb") as file:
            number, changed_at = (int(part) for part in file.read(64).split())
    except (OSError, ValueError):
        return None
    return {"number": number, "changed_at": changed_at}


def _create_version_file(path: str) -> dict | None:
    version = _new_version()
    if _write_version_file(path, version, replace=False):
        return version
    # Another process created it first: use theirs.
    return _parse_version_file(path) or _replace_bad_version_file(path)


def _replace_bad_version_file(path: str) -> dict | None:
    global _unusable
    version = _new_version()
    if _write_version_file(path, version, replace=True):
        logger.warning("The page cache version file %s was unreadable or corrupt; started a new version.", path)
        return version
    logger.error(
        "The page cache version file %s can be neither read nor written; this process uses its own cache for the"
        " version, so edits may show late in other processes.",
        path,
    )
    _unusable = (path, time.monotonic() + UNUSABLE_RETRY_SECONDS)
    return None


def _write_version_file(path: str, version: dict, replace: bool) -> bool:
    """Write atomically; with ``replace=False`` only if there is no file yet. False if not written."""
    directory = os.path.dirname(os.path.abspath(path))
    temporary = None
    try:
        os.makedirs(directory, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".page-cache-version-")
        with os.fdopen(descriptor, "w") as file:
            if hasattr(os, "fchmod"):
                os.fchmod(file.fileno(), 0o644)  # readable by workers running as another user
            file.write(f"{version['number']} {version['changed_at']}\n")
        os.utime(temporary, ns=(version["number"], version["number"]))
        if replace:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)  # fails if the file exists
        return True
    except OSError:
        return False
    finally:
        if temporary is not None:
            # Gone after os.replace; still there after os.link or a failure.
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _content_changed(sender, using=None, **kwargs) -> None:
    if sender._meta.app_label in settings.PAGE_CACHE_APPS:
        _bump_now_and_on_commit(using)


def _content_m2m_changed(sender, instance, action, using=None, **kwargs) -> None:
    if action.startswith("post_") and type(instance)._meta.app_label in settings.PAGE_CACHE_APPS:
        _bump_now_and_on_commit(using)


def _bump_now_and_on_commit(using) -> None:
    """Bump at once, and inside a transaction again when it commits: a page rendered by another process between the
    save and the commit still shows the old data and must not outlive the commit under the new version.

    Inside a transaction the immediate bump is skipped while this process has not used the version since its last
    bump (nothing can have been cached under it here), so deleting or saving many records in one transaction
    writes the version once or twice, not once per record.
    """
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        bump_version()
        return
    if _read_since_bump:
        bump_version()
    if not any(hook is bump_version for _s, hook, _r in connection.run_on_commit):
        transaction.on_commit(bump_version, using=using)


def connect_signals() -> None:
    request_started.connect(_request_started, dispatch_uid="page-cache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="page-cache-request-finished")
    post_save.connect(_content_changed, dispatch_uid="page-cache-save")
    post_delete.connect(_content_changed, dispatch_uid="page-cache-delete")
    m2m_changed.connect(_content_m2m_changed, dispatch_uid="page-cache-m2m")


def _entry_key(request) -> str:
    # The language is in the path for every translated page; for the others (API, sitemap, the bare "/" redirect)
    # the negotiated language goes into the key, so a page never reaches a reader in the wrong language.
    language = translation.get_language_from_path(request.path_info) or translation.get_language_from_request(request)
    raw = f"{request.get_host()}|{language}|{request.get_full_path()}"
    return ENTRY_KEY.format(digest=hashlib.sha256(raw.encode()).hexdigest())


def _request_is_cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    if settings.PAGE_CACHE_ALLOW_BYPASS and request.META.get(BYPASS_HEADER):
        return False
    path = request.path_info
    return not any(path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PATHS)


def _response_is_cacheable(request, response) -> bool:
    if response.status_code not in (200, 301) or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in NOT_STORED_CACHE_CONTROL):
        return False
    return "*" not in response.get("Vary", "")


def _conditional(request, entry: dict) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"], headers=entry["headers"])
    if not any(header in request.META for header in CONDITIONAL_HEADERS):
        return response  # what get_conditional_response would return, without parsing four absent headers
    return get_conditional_response(
        request, etag=entry["headers"].get("ETag"), last_modified=entry["last_modified"], response=response
    )


class PageCacheMiddleware:
    """Serves anonymous GET/HEAD requests from the page cache; place it right after WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _enabled() or not _request_is_cacheable(request):
            return self.get_response(request)
        key = _entry_key(request)
        version_file = _version_file()
        if version_file:
            version = _current_version(version_file)
            entry = cache.get(key)
        else:  # version and page in one round trip to Redis
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY) or _current_version(version_file)
            entry = found.get(key)
        _remember_for_request(version)
        if entry is not None and entry["version"] == version["number"]:
            if entry.get("on_hit"):
                _run_hit_hooks(entry["on_hit"])
            response = _conditional(request, entry)
            response["X-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if not _response_is_cacheable(request, response):
            response.setdefault("X-Cache", "bypass")
            return response
        max_age = settings.PAGE_CACHE_MAX_AGE
        patch_cache_control(response, public=True, max_age=max_age, s_maxage=max_age)
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        response["Last-Modified"] = http_date(version["changed_at"])
        entry = {
            "version": version["number"],
            "status": response.status_code,
            "content": response.content,
            "headers": {name: response[name] for name in STORED_HEADERS if name in response},
            "last_modified": version["changed_at"],
            "on_hit": getattr(response, "page_cache_on_hit", None),
        }
        cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
        response = get_conditional_response(
            request, etag=response["ETag"], last_modified=version["changed_at"], response=response
        )
        response["X-Cache"] = "miss"
        return response


def run_on_hit(response, hook: str, *args) -> None:
    """Ask the page cache to call ``hook(*args)`` (a dotted path) each time it serves this page from the cache."""
    response.page_cache_on_hit = [(hook, args)]


def _run_hit_hooks(hooks) -> None:
    from django.utils.module_loading import import_string

    for hook, args in hooks:
        import_string(hook)(*args)
