"""The stage timeline drawn on a day axis (``{% load lookup_tags %}{% timeline stages marked_day sources %}``) and the
list of a platform's sources (``{% source_list platform sources %}``)."""

from dataclasses import dataclass
from html import escape as escape_str
from typing import Any

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy

from overdue_site.templatetags.dates import whole_date
from overdue_site.templatetags.site import shared_fragment
from platforms.cache_tags import platform_tag
from platforms.lookup import summarize_sources
from platforms.timeline import describe_days
from platforms.timeline_rows import TimelineAxis, TimelineRow, confidence_level, timeline_axis, timeline_rows

register = template.Library()


def _day(marked_day):
    return marked_day if isinstance(marked_day, int) and not isinstance(marked_day, bool) else None


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


def timeline_chart(stages, marked_day=None, sources=None):
    """Everything ``{% timeline %}`` draws: the rows, each stage's band on the day axis, the ticks, the reader's day, and
    how sure we are of the stages (from the platform's sources)."""
    day = _day(marked_day)
    rows = timeline_rows(stages or [], day)
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


@register.simple_tag
def source_list(platform, sources) -> SafeString:
    """``{% source_list platform sources %}``: the platform's sources (platforms/_source_list.html), a shared fragment
    kept per language until the platform or one of its sources changes."""
    return shared_fragment(
        "platforms/_source_list.html", tags=platform_tag(platform.pk), key=platform.pk, sources=sources
    )


@register.filter
def stage_days(stage):
    """A stage's days in words, e.g. "days 4–7", "day 31 onwards"."""
    return describe_days(stage) if stage is not None else ""


# The timeline drawn in Python: every platform page and lookup result shows one, and as a template it cost more than
# the rest of the page around it. Markup, classes and texts are those the template had.
#
# As in articles.templatetags.article_lists, the HTML is put together as plain strings and marked safe once: each text
# (a stage's title, a channel, a translated sentence) is escaped where it is put in, by html.escape as Django's
# escape() does; values that are HTML already (dates, the description with its line breaks) go in as they are.
# format_html() checked and escaped every argument at every level again and took most of the tag's time. Sentences are
# translated outside the f-strings: xgettext does not find gettext() calls inside them.


def escape(text) -> str:
    return escape_str(str(text))


_CONFIDENCE = {
    "high": gettext_lazy("How sure we are: good"),
    "medium": gettext_lazy("How sure we are: fair"),
    "low": gettext_lazy("How sure we are: low"),
    "none": gettext_lazy("How sure we are: no source yet"),
}


def _here(marker) -> str:
    return f'<span class="tl-here x-{marker}"></span>'


def _source_names(sources) -> str:
    items = []
    for source in sources:
        if source.published_on:
            # The date is HTML (a <time> element); the title is escaped as it is put in.
            text = gettext("%(title)s, %(date)s") % {
                "title": escape(source.title),
                "date": whole_date(source.published_on),
            }
        else:
            text = escape(source.title)
        items.append(f"<li>{text}</li>")
    return "".join(items)


def _marker_row(chart: TimelineChart, row: TimelineRow) -> str:
    if row.marker_day == 0:
        label, meta = gettext("You are here: day 0, the due date"), gettext("No collection stage has started yet.")
    else:
        label = gettext("You are here: day %(day)s") % {"day": row.marker_day}
        meta = gettext("None of the stages we have recorded covers this day.")
    return (
        '\n    <li class="timeline-marker current" aria-current="step">\n'
        f'      <div class="tl-lane" aria-hidden="true">{_here(chart.axis.marker)}</div>\n'
        f'      <p class="days here-label">{escape(label)}</p>\n'
        f'      <p class="meta">{escape(meta)}</p>\n'
        "    </li>\n    "
    )


def _stage_row(chart: TimelineChart, item: ChartRow, marked_day, notes: str) -> str:
    row, stage = item.row, item.row.stage
    parts = []
    if row.is_current or stage.contacts_called:
        parts.append('<p class="stage-badges">\n        ')
        if row.is_current:
            here = gettext("You are here: day %(day)s") % {"day": marked_day}
            parts.append(f'<span class="badge badge-here">{escape(here)}</span>')
        parts.append("\n        ")
        if stage.contacts_called:
            contacts = gettext("Emergency contacts may be called")
            parts.append(f'<span class="badge badge-contacts">{escape(contacts)}</span>')
        parts.append("\n      </p>")
    parts.append("\n      ")
    labels = stage.channel_labels
    if labels:
        items = "".join(f"<li>{escape(label)}</li>" for label in labels)
        heading = gettext("Channels:")
        parts.append(
            f'\n      <p class="channels"><span class="channels-label">{escape(heading)}</span></p>\n'
            f'      <ul class="inline-list channel-list">{items}</ul>\n      '
        )
    parts.append("\n      ")
    if stage.description:
        parts.append(
            '\n      <details class="stage-notes">\n'
            f"        <summary>{escape(_CONFIDENCE[chart.confidence])}</summary>\n"
            f'        <p class="stage-description">{linebreaksbr(stage.description)}</p>\n'
            f"        {notes}\n      </details>\n      "
        )
    classes = (" contacts" if stage.contacts_called else "") + (" current" if row.is_current else "")
    current = ' aria-current="step"' if row.is_current else ""
    band = f'<span class="tl-band x-{item.left} w-{item.width}{" tl-open" if item.open_ended else ""}"></span>'
    here = _here(chart.axis.marker) if chart.axis.marker is not None else ""
    return (
        f'\n    <li class="timeline-stage{classes}"{current}>\n'
        f'      <div class="tl-lane" aria-hidden="true">{band}{here}</div>\n'
        f'      <p class="stage-head"><span class="days">{escape(row.days_label)}</span>'
        f' <strong class="stage-title">{escape(stage.title)}</strong></p>\n'
        f"      {''.join(parts)}\n    </li>\n    "
    )


@register.simple_tag
def timeline(stages, marked_day=None, sources=None) -> SafeString:
    """The stage timeline on a day axis: ``{% timeline stages marked_day sources %}`` (see timeline_chart).

    stages in any order; marked_day the reader's day overdue (an int) or None; sources the platform's sources ("how
    sure we are" and the notes folded under each stage). The axis and bands are drawing only (aria-hidden); the list
    says the same in words for screen readers and print. Positions are CSS classes x-N (left N%) and w-N (width N%).
    """
    chart = timeline_chart(stages, marked_day, sources)
    if not chart.rows:
        empty = gettext("No collection stages have been recorded for this platform yet.")
        return mark_safe(f'\n<p class="empty">{escape(empty)}</p>\n')  # noqa: S308 - escaped
    ticks = chart.axis.ticks
    last = len(ticks) - 1
    tick_html = "".join(
        f'<span class="tl-tick x-{at}{" tl-tick-last" if index == last else ""}">{day}</span>'
        for index, (day, at) in enumerate(ticks)
    )
    # What is folded under every stage with a description: the same for each.
    notes = []
    if chart.disagree:
        disagree = gettext("The sources disagree.")
        notes.append(f'<p class="meta"><strong>{escape(disagree)}</strong></p>')
    notes.append("\n        ")
    if chart.sources:
        based_on = gettext("Based on:")
        notes.append(
            f'<p class="meta">{escape(based_on)}</p>\n'
            f'        <ul class="meta source-names">{_source_names(chart.sources)}</ul>'
        )
    notes = "".join(notes)
    rows = "".join(
        _marker_row(chart, item.row) if item.row.is_marker else _stage_row(chart, item, marked_day, notes)
        for item in chart.rows
    )
    legend = gettext("The scale above counts days overdue; each band is a stage.")
    return mark_safe(  # noqa: S308 - escaped text by text
        '\n<div class="timeline-chart">\n  <div class="tl-axis" aria-hidden="true">\n'
        f"    {tick_html}\n  </div>\n"
        f'  <ol class="timeline">\n    {rows}\n  </ol>\n'
        f'  <p class="meta tl-legend" aria-hidden="true">{escape(legend)}</p>\n</div>\n'
    )
