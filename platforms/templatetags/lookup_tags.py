"""Template helpers for the stage timeline: ``{% load lookup_tags %}{% timeline_rows stages marked_day as rows %}``."""

from django import template

from platforms.timeline import describe_days
from platforms.timeline_rows import timeline_rows as build_timeline_rows

register = template.Library()


@register.simple_tag
def timeline_rows(stages, marked_day=None):
    """Rows for _timeline.html: each stage with its day label and whether the reader's day falls in it."""
    day = marked_day if isinstance(marked_day, int) and not isinstance(marked_day, bool) else None
    return build_timeline_rows(stages or [], day)


@register.filter
def stage_days(stage):
    """A stage's days in words, e.g. "days 4–7", "day 31 onwards"."""
    return describe_days(stage) if stage is not None else ""
