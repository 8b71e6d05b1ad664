"""Whole-page cache for anonymous readers, invalidated by a site-wide content version.

Every saved or deleted record of a content app (``PAGE_CACHE_APPS``) bumps one version number, which retires every
cached page in every language at once: always correct, and cheap because an edit is rare next to a page view.
Entries also expire after ``PAGE_CACHE_SECONDS``, which bounds how late a scheduled publish or unpublish time shows.

A page is stored only when nothing about it is personal: a GET or HEAD without a session cookie or credentials,
answered 200 or 301, without cookies, without the CSRF token and without ``private``/``no-store`` (``never_cache``).
Cacheable responses carry ``Cache-Control: public``, an ``ETag`` and ``Last-Modified`` so browsers and CDNs can
revalidate them with a 304.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

VERSION_KEY = "page-cache:version"
ENTRY_KEY = "page-cache:page:{digest}"
BYPASS_HEADER = "HTTP_X_PAGE_CACHE_BYPASS"
NOT_STORED_CACHE_CONTROL = ("private", "no-store", "no-cache", "max-age=0")
# Headers a cached page is served with; the outer middleware (security, CSP) adds its own on every response.
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "Location", "Cache-Control", "ETag", "Last-Modified")


def _enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def current_version() -> dict:
    """{"number": ..., "changed_at": unix seconds}; a fresh, never-used number if the cache lost it."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = _new_version()
        cache.add(VERSION_KEY, version, None)
    return version


def _new_version() -> dict:
    # Nanoseconds: unique across processes in practice, so a lost version can never revive old entries.
    return {"number": time.time_ns(), "changed_at": int(time.time())}


def bump_version() -> None:
    cache.set(VERSION_KEY, _new_version(), None)


def _content_changed(sender, **kwargs) -> None:
    if sender._meta.app_label in settings.PAGE_CACHE_APPS:
        bump_version()


def _content_m2m_changed(sender, instance, action, **kwargs) -> None:
    if action.startswith("post_") and type(instance)._meta.app_label in settings.PAGE_CACHE_APPS:
        bump_version()


def connect_signals() -> None:
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
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"].items():
        response[name] = value
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
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or current_version()
        entry = found.get(key)
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
