"""Rules for a platform's set of collection stages, as plain functions.

The same rules are applied by model validation, by the admin's stage inline (where several stages change at once)
and by imports, and are backed by database constraints (see the platforms migrations). They work on anything with
``first_day`` and ``last_day`` attributes, so they can be tested without a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Days overdue a reader can ask about: 0 (the due date itself) up to about ten years.
MAX_DAY = 3650


class StageLike(Protocol):
    """What every stage rule reads: a Stage, an import row, a form's cleaned data or a test's stand-in."""

    first_day: int | None
    last_day: int | None  # None: open-ended
    contacts_called: bool


class DaySpan(Protocol):
    first_day: int | None
    last_day: int | None


def covers_day(span: DaySpan, day: int) -> bool:
    """The one "day within stage" rule: from the first day to the last, both included; no last day is open-ended."""
    return span.first_day is not None and span.first_day <= day and (span.last_day is None or day <= span.last_day)


def ordered_stages(stages: Iterable[StageLike]) -> list[StageLike]:
    """Stages with a first day, earliest first."""
    return sorted((s for s in stages if s.first_day is not None), key=lambda s: s.first_day)


def describe_days(stage: DaySpan) -> str:
    """A short human label for a stage's days, e.g. "days 4–7", "day 3", "day 31 onwards"."""
    if stage.last_day is None:
        return _("day %(first)s onwards") % {"first": stage.first_day}
    if stage.last_day == stage.first_day:
        return _("day %(first)s") % {"first": stage.first_day}
    return _("days %(first)s–%(last)s") % {"first": stage.first_day, "last": stage.last_day}


def stage_field_errors(first_day: int | None, last_day: int | None) -> dict[str, str]:
    """Problems with one stage's own days, keyed by field name."""
    errors: dict[str, str] = {}
    if first_day is not None and first_day < 1:
        errors["first_day"] = _("The first day must be 1 or later: day 0 is the due date itself.")
    if first_day is not None and first_day > MAX_DAY:
        errors["first_day"] = _("The first day must be at most %(max)s.") % {"max": MAX_DAY}
    if last_day is not None and first_day is not None and last_day < first_day:
        errors["last_day"] = _("The last day must not be before the first day.")
    if last_day is not None and last_day > MAX_DAY:
        errors["last_day"] = _("The last day must be at most %(max)s; leave it empty for an open-ended stage.") % {
            "max": MAX_DAY
        }
    return errors


def _end(stage: StageLike) -> float:
    return float("inf") if stage.last_day is None else stage.last_day


def stage_set_errors(stages: Iterable[StageLike]) -> list[str]:
    """Problems with a platform's stages taken together: overlaps and misplaced open-ended stages.

    Each message names the stages involved so an editor knows exactly what to fix.
    """
    ordered = sorted((s for s in stages if s.first_day is not None), key=lambda s: (s.first_day, _end(s)))
    errors: list[str] = []
    open_ended = [s for s in ordered if s.last_day is None]
    if len(open_ended) > 1:
        errors.append(
            _("Only one stage may be open-ended (no last day), but %(stages)s are.")
            % {"stages": ", ".join(describe_days(s) for s in open_ended)}
        )
    for index, stage in enumerate(ordered):
        for later in ordered[index + 1 :]:
            if later.first_day <= _end(stage):
                if stage.last_day is None:
                    errors.append(
                        _("The open-ended stage (%(open)s) must come last, but the stage %(later)s starts after it.")
                        % {"open": describe_days(stage), "later": describe_days(later)}
                    )
                else:
                    errors.append(
                        _("The stage %(first)s overlaps the stage %(second)s.")
                        % {"first": describe_days(stage), "second": describe_days(later)}
                    )
    return errors


@dataclass(frozen=True)
class Gap:
    first_day: int
    last_day: int

    def __str__(self) -> str:
        return describe_days(self)


def stage_gaps(stages: Iterable[StageLike]) -> list[Gap]:
    """Days between stages (after day 1) that no stage covers. Allowed, but worth a warning to editors."""
    ordered = sorted((s for s in stages if s.first_day is not None), key=lambda s: s.first_day)
    gaps: list[Gap] = []
    expected = 1
    for stage in ordered:
        if stage.first_day > expected:
            gaps.append(Gap(expected, stage.first_day - 1))
        if stage.last_day is None:
            return gaps
        expected = max(expected, stage.last_day + 1)
    return gaps


def gap_warning(gaps: Sequence[Gap]) -> str:
    days = ", ".join(str(gap) for gap in gaps)
    return ngettext(
        "No stage covers %(days)s. Readers on that day will be told that no stage applies.",
        "No stage covers these days: %(days)s. Readers on those days will be told that no stage applies.",
        len(gaps),
    ) % {"days": days}
