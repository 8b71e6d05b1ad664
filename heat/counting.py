"""Article view counts without a database write per view.

Each view adds one to a counter in the cache (atomic: Redis INCR, or the in-process cache's lock). An article's
pending views are written to the database in one ``F()`` update when they reach ``HEAT_FLUSH_EVERY`` or at most
every ``HEAT_FLUSH_SECONDS`` (a ``cache.add`` key is the throttle), and by ``manage.py flush_view_counts``.
A flush first takes exactly the counted views out of the counter (``decr``) and then adds them to the row, so
views that arrive meanwhile stay pending: stored + pending is never off by a concurrent view. When the cache is
unreachable a view is written to the database directly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F

PENDING_KEY = "heat:pending:{pk}"
FLUSHED_RECENTLY_KEY = "heat:flushed:{pk}"
FLUSH_LOCK_KEY = "heat:flushing:{pk}"
FLUSH_LOCK_SECONDS = 30
BATCH_SIZE = 1000


def record_view(article_id: int) -> None:
    pending = _increment(PENDING_KEY.format(pk=article_id))
    if pending is None:
        _add_to_database({article_id: 1})
        return
    flushed_recently = not cache.add(FLUSHED_RECENTLY_KEY.format(pk=article_id), 1, settings.HEAT_FLUSH_SECONDS)
    if pending >= settings.HEAT_FLUSH_EVERY or not flushed_recently:
        flush([article_id])


def _increment(key: str) -> int | None:
    """The counter after adding one, or None when the cache cannot count."""
    for _attempt in range(2):
        try:
            return cache.incr(key)
        except ValueError:  # no counter yet (or the cache is down)
            if cache.add(key, 1, None):
                return 1
    return None


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
        written += flush(ids[start : start + BATCH_SIZE])
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
