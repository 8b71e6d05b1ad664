"""Template helpers for the stage timeline: ``{% load lookup_tags %}{% timeline_chart stages marked_day sources as chart %}``."""

from dataclasses import dataclass
from typing import Any

from django import template

from platforms.lookup import summarize_sources
from platforms.timeline import describe_days
from platforms.timeline_rows import TimelineAxis, TimelineRow, confidence_level, timeline_axis
from platforms.timeline_rows import timeline_rows as build_timeline_rows

register = template.Library()


def _day(marked_day):
    return marked_day if isinstance(marked_day, int) and not isinstance(marked_day, bool) else None


@register.simple_tag
def timeline_rows(stages, marked_day=None):
    """Rows for _timeline.html: each stage with its day label and whether the reader's day falls in it."""
    return build_timeline_rows(stages or [], _day(marked_day))


@dataclass(frozen=True)
class ChartRow:
    row: TimelineRow
    left: int | None
    width: int | None
    open_ended: bool


@dataclass(frozen=True)
class TimelineChart:
    rows: tuple[ChartRow, ...]
    axis: TimelineAxis
    confidence: str  # "none", "low", "medium", "high"
    disagree: bool
    sources: tuple[Any, ...]


@register.simple_tag
def timeline_chart(stages, marked_day=None, sources=None):
    """Everything _timeline.html draws: the rows, each stage's band on the day axis, the ticks, the reader's day, and
    how sure we are of the stages (from the platform's sources)."""
    day = _day(marked_day)
    rows = build_timeline_rows(stages or [], day)
    axis = timeline_axis(rows, day)
    chart_rows = []
    for row in rows:
        band = axis.band_for(row)
        chart_rows.append(
            ChartRow(
                row=row, left=band and band.left, width=band and band.width, open_ended=bool(band and band.open_ended)
            )
        )
    sources = tuple(sources or ())
    return TimelineChart(
        rows=tuple(chart_rows),
        axis=axis,
        confidence=confidence_level(sources),
        disagree=summarize_sources(sources).disagree,
        sources=sources,
    )


@register.filter
def stage_days(stage):
    """A stage's days in words, e.g. "days 4–7", "day 31 onwards"."""
    return describe_days(stage) if stage is not None else ""
