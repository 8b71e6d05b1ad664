"""``{{ value|whole_date }}``: a date in the language's DATE_FORMAT that never breaks across lines.

Renders ``<time class="date" datetime="2025-02-07">7 February 2025</time>``; the ``date`` class keeps it on one line
(``white-space: nowrap`` in site.css), so a narrow screen never shows "2026年11月23" and "日" on two lines. Dates and
datetimes (shown in the site's time zone, like Django's ``date`` filter); empty values give an empty string.
"""

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.html import format_html

register = template.Library()


@register.filter(expects_localtime=True)
def whole_date(value):
    if not value:
        return ""
    return format_html(
        '<time class="date" datetime="{}">{}</time>', date_filter(value, "Y-m-d"), date_filter(value, "DATE_FORMAT")
    )
