"""The lookup engine: where a reader stands on a given day overdue, and when emergency contacts may be called.

Plain Python, no HTTP and no queries of its own: it works on anything with the attributes it reads (``first_day``,
``last_day``, ``contacts_called`` for stages; ``claimed_first_day``, ``claimed_last_day`` for sources;
``last_reviewed`` for the platform), so it can be tested without a database. Pages and the API call ``lookup()``
on a platform loaded with ``Platform.objects.published().with_timeline()``. The sentences that explain a result are in
``explanations.py``, the timeline's rows in ``timeline_rows.py``, and finding a platform by what a reader typed in
``names.py``.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from django.utils import timezone

from .timeline import MAX_DAY, StageLike, covers_day, ordered_stages


class SourceLike(Protocol):
    claimed_first_day: int | None
    claimed_last_day: int | None


class ContactStatus(enum.StrEnum):
    NOT_YET = "not_yet"
    IN_WINDOW = "in_window"
    PAST_WINDOW = "past_window"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ContactWindow:
    """The days of the first stage in which emergency contacts may be called. latest_day None: open-ended."""

    earliest_day: int
    latest_day: int | None

    @property
    def first_day(self) -> int:
        return self.earliest_day

    @property
    def last_day(self) -> int | None:
        return self.latest_day

    @property
    def is_single_day(self) -> bool:
        return self.latest_day == self.earliest_day


@dataclass(frozen=True)
class SourceSummary:
    """How many sources there are, how many say when contacts are called, the range they give, and whether they agree.

    earliest_claimed is the smallest first day any source gives; latest_claimed the largest last day (a source that
    gives a single day, or only a first day, counts with its first day).
    """

    count: int = 0
    claiming_count: int = 0
    earliest_claimed: int | None = None
    latest_claimed: int | None = None
    disagree: bool = False


@dataclass(frozen=True)
class LookupResult:
    platform: Any
    days_overdue: int
    stages: tuple = ()
    sources: tuple = ()
    current_stage: Any = None
    next_stage: Any = None
    days_until_next_stage: int | None = None
    window: ContactWindow | None = None
    contact_status: ContactStatus = ContactStatus.UNKNOWN
    days_until_window_opens: int | None = None
    days_until_window_closes: int | None = None
    source_summary: SourceSummary = field(default_factory=SourceSummary)
    last_reviewed: datetime.date | None = None


def contact_window(stages: Iterable[StageLike]) -> ContactWindow | None:
    """The first stage (by first day) in which contacts may be called, as a window; None if there is none."""
    for stage in ordered_stages(stages):
        if stage.contacts_called:
            return ContactWindow(stage.first_day, stage.last_day)
    return None


def _claim(source: SourceLike) -> tuple[int, int | None] | None:
    if source.claimed_first_day is None:
        return None
    return (source.claimed_first_day, source.claimed_last_day)


def summarize_sources(sources: Iterable[SourceLike]) -> SourceSummary:
    sources = list(sources)
    claims = [claim for claim in map(_claim, sources) if claim is not None]
    if not claims:
        return SourceSummary(count=len(sources))
    return SourceSummary(
        count=len(sources),
        claiming_count=len(claims),
        earliest_claimed=min(first for first, _last in claims),
        latest_claimed=max(first if last is None else last for first, last in claims),
        disagree=len(set(claims)) > 1,
    )


def contact_status(window: ContactWindow | None, day: int) -> ContactStatus:
    if window is None:
        return ContactStatus.UNKNOWN
    if day < window.earliest_day:
        return ContactStatus.NOT_YET
    if covers_day(window, day):
        return ContactStatus.IN_WINDOW
    return ContactStatus.PAST_WINDOW


def lookup(
    platform: Any,
    days_overdue: int,
    *,
    stages: Iterable[StageLike] | None = None,
    sources: Iterable[SourceLike] | None = None,
) -> LookupResult:
    """Where a reader stands on ``days_overdue`` (0 is the due date itself) with ``platform``."""
    if not 0 <= days_overdue <= MAX_DAY:
        raise ValueError(f"days_overdue must be between 0 and {MAX_DAY}, not {days_overdue}")
    ordered = ordered_stages(platform.stages.all() if stages is None else stages)
    source_list = list(platform.sources.all() if sources is None else sources)
    day = days_overdue
    current = next((s for s in ordered if covers_day(s, day)), None)
    following = next((s for s in ordered if s.first_day > day), None)
    window = contact_window(ordered)
    status = contact_status(window, day)
    until_opens = until_closes = None
    if status is ContactStatus.NOT_YET:
        until_opens = window.earliest_day - day
    if status in (ContactStatus.NOT_YET, ContactStatus.IN_WINDOW) and window.latest_day is not None:
        until_closes = window.latest_day - day
    return LookupResult(
        platform=platform,
        days_overdue=day,
        stages=tuple(ordered),
        sources=tuple(source_list),
        current_stage=current,
        next_stage=following,
        days_until_next_stage=None if following is None else following.first_day - day,
        window=window,
        contact_status=status,
        days_until_window_opens=until_opens,
        days_until_window_closes=until_closes,
        source_summary=summarize_sources(source_list),
        last_reviewed=getattr(platform, "last_reviewed", None),
    )


def days_overdue_from_due_date(due_date: datetime.date, today: datetime.date | None = None) -> int:
    """Whole days since the missed due date, counted on the calendar in China (the due date itself is day 0).

    Negative for a due date in the future; callers (the lookup form) reject that.
    """
    today = today or timezone.localdate()  # TIME_ZONE is Asia/Shanghai
    return (today - due_date).days
