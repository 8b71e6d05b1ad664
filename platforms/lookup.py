"""The lookup engine: where a reader stands on a given day overdue, and when emergency contacts may be called.

Plain Python, no HTTP and no queries of its own: it works on anything with the attributes it reads (``first_day``,
``last_day``, ``contacts_called`` for stages; ``claimed_first_day``, ``claimed_last_day`` for sources;
``last_reviewed`` for the platform), so it can be tested without a database. Pages and the API call ``lookup()``
on a platform loaded with ``Platform.objects.published().with_timeline()``.
"""

from __future__ import annotations

import datetime
import enum
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from overdue_site.traditional import to_simplified

from .timeline import MAX_DAY, describe_days

# The value of the platform field that stands for "my platform is not listed" (the general industry profile).
OTHER = "other"


class StageLike(Protocol):
    first_day: int
    last_day: int | None
    contacts_called: bool


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

    def contains(self, day: int) -> bool:
        return self.earliest_day <= day and (self.latest_day is None or day <= self.latest_day)

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

    @property
    def is_due_date(self) -> bool:
        return self.days_overdue == 0

    @property
    def in_gap(self) -> bool:
        """A day after the due date that no recorded stage covers."""
        return self.days_overdue > 0 and self.current_stage is None


def _ordered(stages: Iterable[StageLike]) -> list[StageLike]:
    return sorted((s for s in stages if s.first_day is not None), key=lambda s: s.first_day)


def contact_window(stages: Iterable[StageLike]) -> ContactWindow | None:
    """The first stage (by first day) in which contacts may be called, as a window; None if there is none."""
    for stage in _ordered(stages):
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
    if window.contains(day):
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
    ordered = _ordered(platform.stages.all() if stages is None else stages)
    source_list = list(platform.sources.all() if sources is None else sources)
    day = days_overdue
    current = next((s for s in ordered if s.first_day <= day and (s.last_day is None or day <= s.last_day)), None)
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


# Timeline rows ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRow:
    """One line of the stage timeline: a stage, or the reader's marker when their day falls outside every stage."""

    stage: Any = None
    days_label: str = ""
    is_current: bool = False
    marker_day: int | None = None

    @property
    def is_marker(self) -> bool:
        return self.stage is None


def timeline_rows(stages: Iterable[StageLike], marked_day: int | None = None) -> list[TimelineRow]:
    """Stages in order with their day labels; the reader's day marks its stage, or gets a row of its own in a gap."""
    rows: list[TimelineRow] = []
    placed = marked_day is None
    for stage in _ordered(stages):
        if not placed and marked_day < stage.first_day:
            rows.append(TimelineRow(marker_day=marked_day))
            placed = True
        current = (
            marked_day is not None
            and stage.first_day <= marked_day
            and (stage.last_day is None or marked_day <= stage.last_day)
        )
        placed = placed or current
        rows.append(TimelineRow(stage=stage, days_label=describe_days(stage), is_current=current))
    if not placed:
        rows.append(TimelineRow(marker_day=marked_day))
    return rows


# Plain-language sentences -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Explanation:
    """Whole translated sentences for a lookup result, in the active language."""

    position: list[str]
    contacts: list[str]
    sources: str


def _quoted(stage: Any) -> dict[str, Any]:
    return {"stage": getattr(stage, "title", ""), "stage_days": describe_days(stage)}


def explain(result: LookupResult) -> Explanation:
    day = result.days_overdue
    position: list[str] = []
    if day == 0:
        position.append(
            _("Today is your due date (day 0). You are not overdue yet, and no collection stage has started.")
        )
    elif result.current_stage is not None:
        position.append(
            ngettext(
                "You are %(days)s day overdue. You are in the stage “%(stage)s” (%(stage_days)s).",
                "You are %(days)s days overdue. You are in the stage “%(stage)s” (%(stage_days)s).",
                day,
            )
            % {"days": day, **_quoted(result.current_stage)}
        )
    elif result.stages and result.next_stage is None:
        position.append(
            ngettext(
                "You are %(days)s day overdue. That is past the last stage we have recorded (%(stage_days)s).",
                "You are %(days)s days overdue. That is past the last stage we have recorded (%(stage_days)s).",
                day,
            )
            % {"days": day, "stage_days": describe_days(result.stages[-1])}
        )
    else:
        position.append(
            ngettext(
                "You are %(days)s day overdue. None of the stages we have recorded covers this day.",
                "You are %(days)s days overdue. None of the stages we have recorded covers this day.",
                day,
            )
            % {"days": day}
        )
    if result.next_stage is not None:
        position.append(
            ngettext(
                "The next stage, “%(stage)s”, starts on day %(first)s, in %(count)s day.",
                "The next stage, “%(stage)s”, starts on day %(first)s, in %(count)s days.",
                result.days_until_next_stage,
            )
            % {
                "count": result.days_until_next_stage,
                "first": result.next_stage.first_day,
                **_quoted(result.next_stage),
            }
        )
    elif result.current_stage is not None and result.current_stage.last_day is None:
        position.append(_("This is the last stage we have recorded; it has no end day."))
    elif result.stages:
        if result.current_stage is not None:
            position.append(_("No later stage is recorded for this platform."))
    else:
        position.append(_("We have not recorded any collection stage for this platform yet."))

    contacts: list[str] = []
    window = result.window
    status = result.contact_status
    if status is ContactStatus.UNKNOWN:
        contacts.append(
            _(
                "None of the stages we have recorded for this platform includes calls to emergency contacts: "
                "our sources say nothing about when contacts are called. That does not prove it never happens."
            )
        )
    elif status is ContactStatus.NOT_YET:
        opens = result.days_until_window_opens
        if window.latest_day is None:
            contacts.append(
                ngettext(
                    "Your emergency contacts are likely to be called from day %(first)s onwards, that is in "
                    "%(count)s day at the earliest.",
                    "Your emergency contacts are likely to be called from day %(first)s onwards, that is in "
                    "%(count)s days at the earliest.",
                    opens,
                )
                % {"first": window.earliest_day, "count": opens}
            )
        elif window.is_single_day:
            contacts.append(
                ngettext(
                    "Your emergency contacts are likely to be called on day %(first)s, that is in %(count)s day.",
                    "Your emergency contacts are likely to be called on day %(first)s, that is in %(count)s days.",
                    opens,
                )
                % {"first": window.earliest_day, "count": opens}
            )
        else:
            closes = result.days_until_window_closes
            contacts.append(
                ngettext(
                    "Your emergency contacts are likely to be called between day %(first)s and day %(last)s, "
                    "that is in %(soonest)s to %(count)s day.",
                    "Your emergency contacts are likely to be called between day %(first)s and day %(last)s, "
                    "that is in %(soonest)s to %(count)s days.",
                    closes,
                )
                % {"first": window.earliest_day, "last": window.latest_day, "soonest": opens, "count": closes}
            )
    elif status is ContactStatus.IN_WINDOW:
        if window.latest_day is None:
            contacts.append(
                _(
                    "Your emergency contacts may already be called now: this started on day %(first)s and the "
                    "recorded stage has no end day."
                )
                % {"first": window.earliest_day}
            )
        elif result.days_until_window_closes == 0:
            contacts.append(
                _(
                    "Your emergency contacts may already be called now. Today, day %(last)s, is the last day of the "
                    "stage in which that usually starts."
                )
                % {"last": window.latest_day}
            )
        else:
            contacts.append(
                _("Your emergency contacts may already be called now, until day %(last)s at the latest.")
                % {"last": window.latest_day}
            )
    else:
        if window.is_single_day:
            contacts.append(
                _("The day on which emergency contacts are usually first called (day %(first)s) has passed.")
                % {"first": window.earliest_day}
            )
        else:
            contacts.append(
                _(
                    "The window in which emergency contacts are usually first called (day %(first)s to day %(last)s) "
                    "has passed."
                )
                % {"first": window.earliest_day, "last": window.latest_day}
            )
        if result.current_stage is not None and result.current_stage.contacts_called:
            contacts.append(_("In your current stage, too, your emergency contacts may be called."))

    return Explanation(position=position, contacts=contacts, sources=explain_sources(result.source_summary))


def explain_sources(summary: SourceSummary) -> str:
    if summary.count == 0:
        return _(
            "We have no published source for this platform yet, so these stages follow how the industry usually works."
        )
    if summary.claiming_count == 0:
        return ngettext(
            "We have %(count)s source for this platform, but it does not say when emergency contacts are called.",
            "We have %(count)s sources for this platform, but none says when emergency contacts are called.",
            summary.count,
        ) % {"count": summary.count}
    if summary.disagree:
        return _(
            "The sources disagree: they put calls to emergency contacts anywhere from day %(first)s to day %(last)s. "
            "Treat the window as an estimate, not a promise."
        ) % {"first": summary.earliest_claimed, "last": summary.latest_claimed}
    if summary.earliest_claimed == summary.latest_claimed:
        return ngettext(
            "%(count)s source says emergency contacts are called from day %(first)s.",
            "%(count)s sources agree that emergency contacts are called from day %(first)s.",
            summary.claiming_count,
        ) % {"count": summary.claiming_count, "first": summary.earliest_claimed}
    return ngettext(
        "%(count)s source says emergency contacts are called between day %(first)s and day %(last)s.",
        "%(count)s sources agree that emergency contacts are called between day %(first)s and day %(last)s.",
        summary.claiming_count,
    ) % {"count": summary.claiming_count, "first": summary.earliest_claimed, "last": summary.latest_claimed}


# Finding a platform from what a reader typed ---------------------------------------------------------------------


def normalize_name(text: str | None) -> str:
    """Compare names as readers type them: full-width folded (NFKC), trimmed, case-folded, Traditional → Simplified."""
    text = unicodedata.normalize("NFKC", text or "").strip().casefold()
    text = re.sub(r"\s+", " ", text)
    return to_simplified(text)


def platform_names(platform: Any, languages: Sequence[str]) -> set[str]:
    """Every name and alias of a platform in every language, normalised."""
    names: set[str] = set()
    for language in languages:
        suffix = language.replace("-", "_")
        names.add(getattr(platform, f"name_{suffix}", "") or "")
        names.update(line for line in (getattr(platform, f"aliases_{suffix}", "") or "").splitlines())
    names.add(getattr(platform, "name", "") or "")
    return {normalized for normalized in map(normalize_name, names) if normalized}


@dataclass(frozen=True)
class PlatformMatch:
    """What a reader's platform text resolved to.

    platform: the single match (None if none or several); candidates: every match when ambiguous;
    by_slug: True when the text was already canonical (the slug, or "other"), so no redirect is needed;
    is_other: the reader chose "my platform is not listed" (platform is then the general profile, or None if there
    is no published general profile).
    """

    platform: Any = None
    candidates: tuple = ()
    by_slug: bool = False
    is_other: bool = False

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def resolve_platform(
    text: str, platforms: Sequence[Any], *, languages: Sequence[str], other_labels: Iterable[str] = ()
) -> PlatformMatch:
    """Match a reader's text against published platforms: slug, then exact name/alias, then part of a name.

    ``platforms`` must hold only what readers may see (published platforms, the general profile included).
    "other" (or the translated "not listed" label, in any language) stands for the general industry profile.
    """
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        return PlatformMatch()
    by_slug = {p.slug: p for p in platforms}
    if raw in by_slug:
        return PlatformMatch(platform=by_slug[raw], by_slug=True)
    wanted = normalize_name(raw)
    if wanted == OTHER or wanted in {normalize_name(label) for label in other_labels}:
        general = next((p for p in platforms if p.is_general_profile), None)
        return PlatformMatch(platform=general, by_slug=raw == OTHER, is_other=True)
    lowered = {slug.casefold(): p for slug, p in by_slug.items()}
    if wanted in lowered:
        return PlatformMatch(platform=lowered[wanted])
    names = [(p, platform_names(p, languages)) for p in platforms]
    exact = [p for p, known in names if wanted in known]
    if not exact and len(wanted) >= 2:
        exact = [p for p, known in names if any(wanted in name for name in known)]
    if len(exact) == 1:
        return PlatformMatch(platform=exact[0])
    return PlatformMatch(candidates=tuple(exact))
