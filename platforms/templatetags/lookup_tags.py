"""The stage timeline drawn on a day axis (``{% load lookup_tags %}{% timeline stages marked_day sources %}``) and the
list of a platform's sources (``{% source_list platform sources %}``)."""

from dataclasses import dataclass
from typing import Any

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape, format_html, format_html_join
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

_CONFIDENCE = {
    "high": gettext_lazy("How sure we are: good"),
    "medium": gettext_lazy("How sure we are: fair"),
    "low": gettext_lazy("How sure we are: low"),
    "none": gettext_lazy("How sure we are: no source yet"),
}


def _here(marker) -> SafeString:
    return format_html('<span class="tl-here x-{}"></span>', marker)


def _source_names(sources) -> SafeString:
    items = []
    for source in sources:
        if source.published_on:
            # The date is HTML (a <time> element); the title is escaped as it is put in.
            text = mark_safe(  # noqa: S308
                gettext("%(title)s, %(date)s")
                % {"title": escape(source.title), "date": whole_date(source.published_on)}
            )
        else:
            text = source.title
        items.append(format_html("<li>{}</li>", text))
    return mark_safe("".join(items))  # noqa: S308 - built with format_html


def _marker_row(chart: TimelineChart, row: TimelineRow) -> SafeString:
    if row.marker_day == 0:
        label, meta = gettext("You are here: day 0, the due date"), gettext("No collection stage has started yet.")
    else:
        label = gettext("You are here: day %(day)s") % {"day": row.marker_day}
        meta = gettext("None of the stages we have recorded covers this day.")
    return format_html(
        '\n    <li class="timeline-marker current" aria-current="step">\n'
        '      <div class="tl-lane" aria-hidden="true">{}</div>\n'
        '      <p class="days here-label">{}</p>\n'
        '      <p class="meta">{}</p>\n'
        "    </li>\n    ",
        _here(chart.axis.marker),
        label,
        meta,
    )


def _stage_row(chart: TimelineChart, item: ChartRow, marked_day, notes: SafeString) -> SafeString:
    row, stage = item.row, item.row.stage
    parts = []
    if row.is_current or stage.contacts_called:
        badges = ['<p class="stage-badges">\n        ']
        if row.is_current:
            badges.append(
                format_html(
                    '<span class="badge badge-here">{}</span>',
                    gettext("You are here: day %(day)s") % {"day": marked_day},
                )
            )
        badges.append("\n        ")
        if stage.contacts_called:
            badges.append(
                format_html('<span class="badge badge-contacts">{}</span>', gettext("Emergency contacts may be called"))
            )
        badges.append("\n      </p>")
        parts.append(mark_safe("".join(badges)))  # noqa: S308 - built with format_html
    parts.append("\n      ")
    labels = stage.channel_labels
    if labels:
        parts.append(
            format_html(
                '\n      <p class="channels"><span class="channels-label">{}</span></p>\n'
                '      <ul class="inline-list channel-list">{}</ul>\n      ',
                gettext("Channels:"),
                format_html_join("", "<li>{}</li>", ((label,) for label in labels)),
            )
        )
    parts.append("\n      ")
    if stage.description:
        parts.append(
            format_html(
                '\n      <details class="stage-notes">\n        <summary>{}</summary>\n'
                '        <p class="stage-description">{}</p>\n        {}\n      </details>\n      ',
                _CONFIDENCE[chart.confidence],
                linebreaksbr(stage.description),
                notes,
            )
        )
    return format_html(
        '\n    <li class="timeline-stage{}{}"{}>\n'
        '      <div class="tl-lane" aria-hidden="true"><span class="tl-band x-{} w-{}{}"></span>{}</div>\n'
        '      <p class="stage-head"><span class="days">{}</span> <strong class="stage-title">{}</strong></p>\n'
        "      {}\n    </li>\n    ",
        " contacts" if stage.contacts_called else "",
        " current" if row.is_current else "",
        mark_safe(' aria-current="step"') if row.is_current else "",  # noqa: S308
        item.left,
        item.width,
        " tl-open" if item.open_ended else "",
        _here(chart.axis.marker) if chart.axis.marker is not None else "",
        row.days_label,
        stage.title,
        mark_safe("".join(parts)),  # noqa: S308 - built with format_html
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
        return format_html(
            '\n<p class="empty">{}</p>\n', gettext("No collection stages have been recorded for this platform yet.")
        )
    ticks = chart.axis.ticks
    last = len(ticks) - 1
    tick_html = format_html_join(
        "",
        '<span class="tl-tick x-{}{}">{}</span>',
        ((at, " tl-tick-last" if index == last else "", day) for index, (day, at) in enumerate(ticks)),
    )
    # What is folded under every stage with a description: the same for each.
    notes = []
    if chart.disagree:
        notes.append(format_html('<p class="meta"><strong>{}</strong></p>', gettext("The sources disagree.")))
    notes.append("\n        ")
    if chart.sources:
        notes.append(
            format_html(
                '<p class="meta">{}</p>\n        <ul class="meta source-names">{}</ul>',
                gettext("Based on:"),
                _source_names(chart.sources),
            )
        )
    notes = mark_safe("".join(notes))  # noqa: S308 - built with format_html
    rows = [
        _marker_row(chart, item.row) if item.row.is_marker else _stage_row(chart, item, marked_day, notes)
        for item in chart.rows
    ]
    return format_html(
        '\n<div class="timeline-chart">\n  <div class="tl-axis" aria-hidden="true">\n    {}\n  </div>\n'
        '  <ol class="timeline">\n    {}\n  </ol>\n'
        '  <p class="meta tl-legend" aria-hidden="true">{}</p>\n</div>\n',
        tick_html,
        mark_safe("".join(rows)),  # noqa: S308 - built with format_html
        gettext("The scale above counts days overdue; each band is a stage."),
    )
