"""The rows of a platform's stage timeline, with the reader's day marked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .timeline import StageLike, covers_day, describe_days, ordered_stages


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
    for stage in ordered_stages(stages):
        if not placed and marked_day < stage.first_day:
            rows.append(TimelineRow(marker_day=marked_day))
            placed = True
        current = marked_day is not None and covers_day(stage, marked_day)
        placed = placed or current
        rows.append(TimelineRow(stage=stage, days_label=describe_days(stage), is_current=current))
    if not placed:
        rows.append(TimelineRow(marker_day=marked_day))
    return rows


# The day axis drawn over the timeline ---------------------------------------------------------------------------------

# Days that get a tick: equal room between neighbours, so the first weeks (when most happens) are not squeezed.
AXIS_TICKS = (0, 7, 14, 30, 60, 90, 180, 365, 730, 1095, 1825, 3650)


@dataclass(frozen=True)
class AxisBand:
    """A stage drawn on the axis: left and width in whole percent of the axis (CSS classes x-N and w-N)."""

    row: TimelineRow
    left: int
    width: int
    open_ended: bool


@dataclass(frozen=True)
class TimelineAxis:
    ticks: tuple[tuple[int, int], ...]  # (day, percent from the left)
    bands: tuple[AxisBand, ...]
    marked_day: int | None
    marker: int | None  # percent from the left of the reader's day

    def band_for(self, row: TimelineRow) -> AxisBand | None:
        return next((band for band in self.bands if band.row is row), None)


def axis_ticks(last_day: int) -> tuple[int, ...]:
    """Ticks from day 0 to the first tick at or after last_day."""
    end = next((tick for tick in AXIS_TICKS if tick >= last_day), AXIS_TICKS[-1])
    return tuple(tick for tick in AXIS_TICKS if tick <= end)


def axis_position(day: float, ticks: tuple[int, ...]) -> float:
    """Where a day falls on the axis, 0–100: linear between neighbouring ticks, each gap the same width."""
    gaps = len(ticks) - 1
    if gaps <= 0 or day <= ticks[0]:
        return 0.0
    for index in range(gaps):
        low, high = ticks[index], ticks[index + 1]
        if day <= high:
            return 100.0 * (index + (day - low) / (high - low)) / gaps
    return 100.0


def timeline_axis(rows: list[TimelineRow], marked_day: int | None = None) -> TimelineAxis:
    """The day axis for a timeline's rows: a band for each stage, ticks, and the reader's day."""
    stage_rows = [row for row in rows if not row.is_marker]
    ends = [row.stage.last_day + 1 if row.stage.last_day is not None else row.stage.first_day + 1 for row in stage_rows]
    last = max([*ends, (marked_day or 0) + 1, 7])
    ticks = axis_ticks(last)
    bands = []
    for row in stage_rows:
        start = axis_position(row.stage.first_day, ticks)
        open_ended = row.stage.last_day is None
        end = 100.0 if open_ended else axis_position(row.stage.last_day + 1, ticks)
        left = min(99, round(start))
        bands.append(
            AxisBand(row=row, left=left, width=max(1, min(100 - left, round(end) - left)), open_ended=open_ended)
        )
    marker = None if marked_day is None else min(100, round(axis_position(marked_day + 0.5, ticks)))
    return TimelineAxis(
        ticks=tuple((tick, round(axis_position(tick, ticks))) for tick in ticks),
        bands=tuple(bands),
        marked_day=marked_day,
        marker=marker,
    )


# How sure we are of a platform's stages ---------------------------------------------------------------------------

RELIABILITY_ORDER = {"low": 1, "medium": 2, "high": 3}


def confidence_level(sources: Iterable[Any]) -> str:
    """ "none", or the best reliability among the sources ("low", "medium", "high")."""
    levels = [RELIABILITY_ORDER.get(getattr(source, "reliability", ""), 0) for source in sources]
    best = max(levels, default=0)
    return {0: "none", 1: "low", 2: "medium", 3: "high"}[best]
