"""Whole-page cache for anonymous readers, retired by *tags*: names of what a page shows.

A page says what it shows with ``tag(response, "platform:3", ...)``; a page that says nothing carries ``CONTENT``
(every content change retires it). Every page also carries ``LAYOUT`` (site texts, the navigation). Each tag has a
version, a number kept in the ``cache_tags`` cache that every worker shares (Redis with ``REDIS_URL``, else the
database through Django's DatabaseCache). A cached page stores the versions of its tags as they were when it was
rendered and is served only while they are all unchanged: ``bump("platform:3")`` writes a fresh version and the
platform's page, every lookup of it and its API answers are rendered again on their next request, in every language
and every worker, while everything else stays cached.

Which records bump which tags is registered next to each model (``register`` in the apps' ``ready()``), and the
signals below apply it on save, delete and many-to-many changes. Records no reader sees register nothing and retire
nothing. The clock passing a scheduled publish or unpublish time saves nothing, so entries expire at the next such
time of a watched model (``watch_schedule``), at the next midnight in mainland China (day counts change) and at the
latest after ``PAGE_CACHE_SECONDS`` (shortened at random by up to a quarter, so pages rendered together do not all
expire together).

A page is stored only when nothing about it is personal: a GET or HEAD without a session cookie or credentials,
answered 200 or 301, without cookies, without the CSRF token and without ``private``/``no-store`` (``never_cache``).
Cacheable responses carry ``Cache-Control: public``, an ``ETag`` and ``Last-Modified`` so browsers and CDNs can
revalidate them with a 304.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Min, Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.module_loading import import_string

PAGES = "default"
TAGS = "cache_tags"
RECORDS = "records"
CONTENT = "content"
LAYOUT = "layout"
ENTRY_KEY = "page:{digest}"
TAG_KEY = "tag:{tag}"
BYPASS_HEADER = "HTTP_X_PAGE_CACHE_BYPASS"
NOT_STORED_CACHE_CONTROL = ("private", "no-store", "no-cache", "max-age=0")
# Request headers that can turn a hit into a 304 (or 412).
CONDITIONAL_HEADERS = ("HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE")
# Headers a cached page is served with; the outer middleware (security, CSP) adds its own on every response.
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "Location", "Cache-Control", "ETag", "Last-Modified")


# Tags -------------------------------------------------------------------------------------------------------------


def tag(response, *tags: str) -> None:
    """Say what ``response`` shows: it is retired when any of ``tags`` (or ``LAYOUT``) is bumped."""
    response.cache_tags = {*getattr(response, "cache_tags", ()), *tags}


def bump(*tags: str, using: str | None = None) -> None:
    """Retire every cached page carrying one of ``tags``, in every worker.

    Written at once, and inside a transaction again when it commits: a page another worker renders from the
    uncommitted (old) rows between the two gets a version older than the commit and is not stored (see ``_store``).
    """
    tags = set(tags)
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        _write_versions(tags)
        return
    pending = next((hook for _sids, hook, _robust in connection.run_on_commit if isinstance(hook, _OnCommit)), None)
    if pending is None:
        pending = _OnCommit()
        transaction.on_commit(pending, using=using)
    _write_versions(tags)
    # Many saves in one transaction (an import, a bulk delete) write their tags once more on commit, together.
    pending.tags |= tags


def bump_everything() -> None:
    """Retire every cached page (every page carries ``LAYOUT``): for changes made without save signals."""
    bump(CONTENT, LAYOUT)


class _OnCommit:
    """The tags bumped in one transaction, written once more when it commits."""

    def __init__(self):
        self.tags: set[str] = set()

    def __call__(self):
        _write_versions(self.tags)


def _write_versions(tags: set[str]) -> None:
    if not tags:
        return
    # A fresh number rather than incr: no read-modify-write, and never a number an old page was stored under.
    version = time.time_ns()
    written = {TAG_KEY.format(tag=name): version for name in tags}
    caches[TAGS].set_many(written, None)
    read = _read_this_request.get()
    if read is not None:
        read.update(written)


def versions(tags: Iterable[str], missing: int | None = None, fresh: bool = False) -> list[int] | None:
    """The current versions of ``tags`` (one read); a tag never bumped (or lost) gets ``missing`` if given.

    None when a version is unknown: no ``missing`` given, or the store is unreachable.

    Within one request (``one_read_per_request``, which the middleware opens) a tag is read once: the records and
    fragments a page is built from name the same few tags (its platform's, ``LAYOUT``), and each read was a query or
    a round trip to Redis. That is safe because a value is only ever kept or served against versions that equal the
    shared ones: a version read at the start of the request and bumped since leaves a kept value unused on the next
    request, and a stored page is checked against ``fresh`` versions, read anew (see ``_store``).
    """
    keys = [TAG_KEY.format(tag=name) for name in tags]
    if not keys:
        return []  # Django's RedisCache asks Redis even for no keys: a round trip per tagless fragment
    read = None if fresh else _read_this_request.get()
    if read is not None and all(key in read for key in keys):
        return [read[key] for key in keys]
    store = caches[TAGS]
    found = store.get_many(keys)
    if len(found) < len(keys):
        if missing is None:
            return None
        for key in keys:
            if key not in found and not store.add(key, missing, None):
                found[key] = store.get(key)  # another worker created it first: use theirs
            found.setdefault(key, missing)
        if any(value is None for value in found.values()):
            return None
    if read is not None:
        read.update(found)
    return [found[key] for key in keys]


_read_this_request: ContextVar[dict[str, int] | None] = ContextVar("page_cache_versions_read", default=None)


@contextmanager
def one_read_per_request():
    """Within this block ``versions()`` reads each tag once (see there); ``bump()`` updates what was read."""
    token = _read_this_request.set({})
    try:
        yield
    finally:
        _read_this_request.reset(token)


# Which records retire which pages ---------------------------------------------------------------------------------

_TAGGERS: dict[type, Callable] = {}
_CHANGES: dict[type, Callable] = {}


def register(model, tags_of: Callable, changed: Callable | None = None) -> None:
    """Bump ``tags_of(instance)`` (an iterable of tags, possibly empty) whenever an instance of ``model`` is saved,
    deleted or its many-to-many links change; on an update, the tags of the row as it was before are bumped too (a
    comment that stops being approved, an article that moves to another category).

    ``changed(previous, current)``, if given, names more tags to bump on a save or delete, depending on what changed:
    ``previous`` is the row before (None when created, or unknown), ``current`` the row after (None when deleted). For
    pages that show the record among others (an article's neighbours in its category, the list of platforms), which
    need retiring only when the record arrives, leaves, moves, or changes what they show of it."""
    _TAGGERS[model] = tags_of
    if changed is not None:
        _CHANGES[model] = changed
    uid = f"page-cache-{model._meta.label_lower}"
    pre_save.connect(_remember_previous, sender=model, dispatch_uid=f"{uid}-pre-save")
    post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}-save")
    pre_delete.connect(_deleting, sender=model, dispatch_uid=f"{uid}-pre-delete")
    post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}-delete")
    for field in model._meta.many_to_many:
        m2m_changed.connect(_links_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}-{field.name}")


def tags_of(instance) -> set[str]:
    tagger = _TAGGERS.get(type(instance))
    return set(tagger(instance)) if tagger else set()


def _changed_tags(previous, current) -> set[str]:
    changed = _CHANGES.get(type(previous if current is None else current))
    return set(changed(previous, current)) if changed else set()


def _remember_previous(sender, instance, raw=False, using=None, **kwargs):
    if raw or instance.pk is None or instance._state.adding:
        return
    instance._page_cache_previous = sender._default_manager.using(using).filter(pk=instance.pk).first()


def _saved(sender, instance, raw=False, using=None, **kwargs):
    previous = instance.__dict__.pop("_page_cache_previous", None)
    previous_tags = tags_of(previous) if previous is not None else set()
    bump(*previous_tags, *tags_of(instance), *_changed_tags(previous, instance), using=using)


def _deleting(sender, instance, using=None, **kwargs):
    # Before the delete: the tags may follow links (an article's platforms) that the delete removes.
    instance._page_cache_deleted_tags = tags_of(instance) | _changed_tags(instance, None)


def _deleted(sender, instance, using=None, **kwargs):
    deleted = instance.__dict__.pop("_page_cache_deleted_tags", None)
    bump(*(deleted if deleted is not None else tags_of(instance) | _changed_tags(instance, None)), using=using)


def _links_changed(sender, instance, action, model, pk_set, reverse, using=None, **kwargs):
    if action == "pre_clear":
        # The links are gone after the clear: note the linked records' tags now.
        instance._page_cache_cleared_tags = set().union(*(tags_of(linked) for linked in _linked(instance, sender)))
        return
    if not action.startswith("post_"):
        return
    linked = set()
    if action == "post_clear":
        linked = instance.__dict__.pop("_page_cache_cleared_tags", set())
    elif pk_set:
        linked = set().union(*(tags_of(obj) for obj in model._default_manager.using(using).filter(pk__in=pk_set)))
    bump(*tags_of(instance), *linked, using=using)


def _linked(instance, through) -> list:
    for field in [*type(instance)._meta.many_to_many, *type(instance)._meta.related_objects]:
        if getattr(field, "through", None) is through or getattr(field.remote_field, "through", None) is through:
            accessor = field.name if field.concrete else field.get_accessor_name()
            return list(getattr(instance, accessor).all())
    return []


# How long entries live -------------------------------------------------------------------------------------------

_SCHEDULED: list[type] = []
# Per process: the next scheduled change, for the CONTENT version it was read at (every save of a watched record
# bumps CONTENT), so a page-cache miss does not query for it again.
_next_change_memo: dict = {}


def watch_schedule(model) -> None:
    """Pages expire when a record of ``model`` (``released()``, ``published_at``, ``unpublish_at``: see
    workflow.models) is scheduled to appear or disappear; its saves must bump ``CONTENT``."""
    if model not in _SCHEDULED:
        _SCHEDULED.append(model)


def next_scheduled_change(now: datetime.datetime) -> datetime.datetime | None:
    """The next publish or unpublish time after ``now`` among the watched models (one query per model)."""
    moments = []
    for model in _SCHEDULED:
        found = model._default_manager.released(now).aggregate(
            publish=Min("published_at", filter=Q(published_at__gt=now)),
            unpublish=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
        )
        moments += [moment for moment in found.values() if moment is not None]
    return min(moments, default=None)


def _next_change(content_version) -> datetime.datetime | None:
    now = timezone.now()
    memo = _next_change_memo
    if memo.get("version") != content_version or (memo["next"] is not None and memo["next"] <= now):
        memo.update(version=content_version, next=next_scheduled_change(now))
    return memo["next"]


def lifetime(content_version=None) -> int:
    """Seconds a page or fragment rendered now may be kept: until the next scheduled change (given the version of
    CONTENT; None for what shows no records), the next midnight in mainland China, or a random time between three
    quarters of and all of PAGE_CACHE_SECONDS, whichever is first."""
    now = timezone.now()
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    midnight = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
    limits = [settings.PAGE_CACHE_SECONDS * random.uniform(0.75, 1.0), (midnight - now).total_seconds()]
    upcoming = _next_change(content_version) if content_version is not None else None
    if upcoming is not None:
        limits.append((upcoming - now).total_seconds())
    return max(1, int(min(limits)))


# The middleware ---------------------------------------------------------------------------------------------------


def _enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


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
    if getattr(settings, "PAGE_CACHE_ALLOW_BYPASS", False) and request.META.get(BYPASS_HEADER):
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
        with one_read_per_request():
            return self._respond(request)

    def _respond(self, request):
        if not _enabled() or not _request_is_cacheable(request):
            return self.get_response(request)
        # Before this request reads any tag version: the page may be rendered from what it read (see versions()), so
        # a version newer than this start keeps it from being stored.
        started = time.time_ns()
        key = _entry_key(request)
        entry = caches[PAGES].get(key)
        if entry is not None and versions(entry["tags"]) == entry["versions"]:
            for hook, args in entry["on_hit"]:
                import_string(hook)(*args)
            response = _conditional(request, entry)
            response["X-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if not _response_is_cacheable(request, response):
            response.setdefault("X-Cache", "bypass")
            return response
        return self._store(request, response, key, started)

    def _store(self, request, response, key: str, started: int):
        tags = sorted({LAYOUT, *getattr(response, "cache_tags", (CONTENT,))})
        # CONTENT is read even for pages that do not carry it: its version tells whether the schedule changed.
        current = versions([*tags, CONTENT], missing=started, fresh=True)
        # A version newer than the start of rendering: the page may show rows from before that change.
        stored = current is not None and max(current) <= started
        content_version = current[-1] if current is not None else None
        current = current[:-1] if current is not None else None
        changed_at = max(current) // 1_000_000_000 if stored else int(time.time())
        max_age = settings.PAGE_CACHE_MAX_AGE
        patch_cache_control(response, public=True, max_age=max_age, s_maxage=max_age)
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        response["Last-Modified"] = http_date(changed_at)
        if stored:
            entry = {
                "tags": tags,
                "versions": current,
                "status": response.status_code,
                "content": response.content,
                "headers": {name: response[name] for name in STORED_HEADERS if name in response},
                "last_modified": changed_at,
                "on_hit": getattr(response, "page_cache_on_hit", []),
            }
            caches[PAGES].set(key, entry, lifetime(content_version))
        response = get_conditional_response(request, etag=response["ETag"], last_modified=changed_at, response=response)
        response["X-Cache"] = "miss"
        return response


def run_on_hit(response, hook: str, *args) -> None:
    """Ask the page cache to call ``hook(*args)`` (a dotted path) each time it serves this page from the cache."""
    response.page_cache_on_hit = [(hook, args)]


# Records and fragments --------------------------------------------------------------------------------------------


RECORD_KEY = "record:{digest}"


def remember(name: str, key, load: Callable[[], tuple[object, Iterable[str]] | None]):
    """What ``load()`` read or rendered, kept (in every language) until one of the tags it names is bumped or its
    ``lifetime`` ends: in this process's memory (the ``RECORDS`` cache), checked against the shared tag versions.

    ``load()`` returns ``(value, tags)``: the value (model instances with what they prefetched, say) and the tags of
    the records it shows, which the value itself may tell (a platform's pk); or None when there is nothing to keep
    (no such record: asked again next time). For what many pages show apart, rendered for each page anew: a platform
    and its timeline serve its page and a lookup of it on every day overdue, each a different address.
    """
    if not _enabled():
        loaded = load()
        return loaded[0] if loaded is not None else None
    entry_key = RECORD_KEY.format(digest=hashlib.sha256(f"{name}|{key}".encode()).hexdigest())
    entry = caches[RECORDS].get(entry_key)
    # A tag never bumped starts at 0, not at the time (as a stored page's do): a version newer than the start of the
    # page around this value would keep that page from being stored (see _store).
    if entry is not None and versions(entry["tags"], missing=0) == entry["versions"]:
        return entry["value"]
    started = time.time_ns()
    loaded = load()
    if loaded is None:
        return None
    value, tags = loaded
    tags = sorted(set(tags))
    # CONTENT's version is read along: a value showing records expires at their next scheduled change.
    current = versions([*tags, CONTENT], missing=0)
    # A version newer than the start of loading: the value may hold rows from before that change (see _store).
    if current is not None and max(current) <= started:
        caches[RECORDS].set(entry_key, {"tags": tags, "versions": current[:-1], "value": value}, lifetime(current[-1]))
    return value


def fragment(name: str, tags: Iterable[str], render: Callable[[], str], key="") -> str:
    """``render()``, kept like a page: per language, until one of ``tags`` is bumped or its ``lifetime`` ends.

    For parts that many pages show alike (the footer, the rules panel, the lookup box's list of platforms): a page the
    page cache misses then renders only what is its own. No tags: the part depends on the language alone (and is
    re-rendered when its lifetime ends, as pages are, so a deployed template shows within PAGE_CACHE_SECONDS). ``key``
    tells apart fragments of one name that show different records.
    """
    tags = list(tags)
    return remember(f"fragment:{name}", f"{key}|{translation.get_language()}", lambda: (render(), tags))
