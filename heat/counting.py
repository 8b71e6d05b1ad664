"""Article view counts without a database write per view.

Each view adds one to a counter in the cache (atomic: Redis INCR, or the in-process cache's lock). An article's
pending views are written to the database in one ``F()`` update when they reach ``HEAT_FLUSH_EVERY``, or by the
first view after they have waited ``HEAT_FLUSH_SECONDS`` (a ``cache.add`` key is the throttle; a view that finds
no earlier view waiting starts that wait), and by ``manage.py flush_view_counts``.
A flush first takes exactly the counted views out of the counter (``decr``) and then adds them to the row, so
views that arrive meanwhile stay pending: stored + pending is never off by a concurrent view. When the cache is
unreachable a view is written to the database directly.

Without Redis the cache, and so the pending views, belong to one worker process: each worker flushes its own, and
``flush_view_counts`` (another process) cannot reach them. Views still pending when a worker stops are lost unless
something calls ``flush_process_pending()`` as it exits (gunicorn's ``worker_exit`` hook).
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F

logger = logging.getLogger(__name__)

PENDING_KEY = "heat:pending:{pk}"
FLUSHED_RECENTLY_KEY = "heat:flushed:{pk}"
FLUSH_LOCK_KEY = "heat:flushing:{pk}"
FLUSH_LOCK_SECONDS = 30
BATCH_SIZE = 1000
RECHECK_SECONDS = 1.0
MAX_REMEMBERED = 10_000
# article id -> (from, until): when this process knows that the article's flush period runs (see _time_to_flush).
_flush_periods: dict[int, tuple[float, float]] = {}


def record_view(article_id: int) -> int:
    """Counts one view; returns how many of the article's views, this one included, its row did not hold before the
    call: what a page adds to the ``view_count`` it loaded (see ``view_count``), without asking the cache again."""
    pending, created = _increment(PENDING_KEY.format(pk=article_id))
    if pending is None:
        _add_to_database({article_id: 1})
        return 1
    due = _time_to_flush(article_id, created)
    # Only views that waited are written when the period ends: this view alone (every earlier one written already)
    # starts the next period, so an article read less than once a period costs a write every other view, not each.
    if pending >= settings.HEAT_FLUSH_EVERY or (due and pending > 1):
        flush([article_id])
    return pending


def _increment(key: str) -> tuple[int | None, bool]:
    """(the counter after adding one, whether it had to be created); (None, False) when the cache cannot count."""
    for _attempt in range(2):
        try:
            return cache.incr(key), False
        except ValueError:  # no counter yet (or the cache is down)
            if cache.add(key, 1, None):
                return 1, True
    return None, False


def _time_to_flush(article_id: int, counter_created: bool) -> bool:
    """True when the article's views have waited HEAT_FLUSH_SECONDS (and the caller now owns the next period).

    A new counter starts a period and is not written at once: an article read once in a while costs no write per
    read.

    The ``cache.add`` that decides it is skipped while this process knows the period is still running: until its end
    if this process started it, else for RECHECK_SECONDS. So a view costs one cache operation, not two, and the
    time-based flush comes at most RECHECK_SECONDS late. A counter that had to be created means the cache may have
    been emptied, and the cache is asked again.
    """
    now = time.time()  # the clock the cache's expiry uses
    known_from, known_until = _flush_periods.get(article_id, (0.0, 0.0))
    if not counter_created and known_from <= now < known_until:
        return False
    if len(_flush_periods) >= MAX_REMEMBERED:
        _flush_periods.clear()
    seconds = settings.HEAT_FLUSH_SECONDS
    if cache.add(FLUSHED_RECENTLY_KEY.format(pk=article_id), 1, seconds):
        _flush_periods[article_id] = (now, now + seconds)
        # A counter just created holds only this view: it starts the period, and its views are written at its end.
        return not counter_created
    _flush_periods[article_id] = (now, now + min(RECHECK_SECONDS, seconds))
    return False


def view_count(article) -> int:
    """Views written to the database plus views still pending in the cache (one cache read, no query)."""
    pending = cache.get(PENDING_KEY.format(pk=article.pk)) or 0
    return article.view_count + max(pending, 0)


def flush(article_ids: Iterable[int]) -> int:
    """Write the pending views of these articles to the database; returns how many views were written.

    One flush per article at a time (a short ``cache.add`` lock): two flushes reading the same counter would
    otherwise both take its views.
    """
    locks = {pk: FLUSH_LOCK_KEY.format(pk=pk) for pk in article_ids}
    owned = [pk for pk, lock in locks.items() if cache.add(lock, 1, FLUSH_LOCK_SECONDS)]
    taken = {}
    try:
        keys = {PENDING_KEY.format(pk=pk): pk for pk in owned}
        for key, pending in cache.get_many(list(keys)).items():
            if not pending or pending <= 0:
                continue
            try:
                cache.decr(key, pending)
            except ValueError:  # evicted or the cache went away: nothing was taken
                continue
            taken[keys[key]] = pending
        _add_to_database(taken)
    finally:
        cache.delete_many([locks[pk] for pk in owned])
    return sum(taken.values())


def flush_all() -> int:
    """Flush every article's pending views (``manage.py flush_view_counts``)."""
    from articles.models import Article

    written = 0
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH_SIZE):
        # Lock only the articles with pending views: a lock per article would be 1,000 new keys a batch, enough to
        # make the in-process cache (300 entries by default) evict the very counters being flushed.
        keys = {PENDING_KEY.format(pk=pk): pk for pk in ids[start : start + BATCH_SIZE]}
        pending = [keys[key] for key, value in cache.get_many(list(keys)).items() if value and value > 0]
        if pending:
            written += flush(pending)
    return written


def _add_to_database(counts: dict[int, int]) -> None:
    """One ``F()`` update per distinct amount; ``update()`` sends no signals, so cached pages stay valid."""
    from articles.models import Article

    by_amount = defaultdict(list)
    for pk, amount in counts.items():
        by_amount[amount].append(pk)
    with transaction.atomic():
        for amount, pks in by_amount.items():
            Article.objects.filter(pk__in=pks).update(view_count=F("view_count") + amount)


def flush_process_pending() -> int:
    """Write the views pending in this process's own cache (no Redis) before the process exits; returns how many.

    For gunicorn's ``worker_exit`` hook. With a shared cache (Redis) the views stay pending there and nothing is done.
    """
    from django.core.cache import caches
    from django.core.cache.backends.locmem import LocMemCache

    if not isinstance(caches["default"], LocMemCache):
        return 0
    try:
        return flush_all()
    except Exception:
        logger.exception("Could not write the pending article views of this process.")
        return 0
