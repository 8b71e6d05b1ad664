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
