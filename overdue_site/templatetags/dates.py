"""``{{ value|whole_date }}``: a date in the language's DATE_FORMAT that never breaks across lines.

Renders ``<time class="date" datetime="2025-02-07">7 February 2025</time>``; the ``date`` class keeps it on one line
(``white-space: nowrap`` in site.css), so a narrow screen never shows "2026年11月23" and "日" on two lines. Dates and
datetimes (shown in the site's time zone, like Django's ``date`` filter); empty values give an empty string.
"""

import datetime
from functools import lru_cache

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language

register = template.Library()


@register.filter
def whole_date(value):
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        # Converted here rather than by the template engine (expects_localtime): Python callers, such as the cards of
        # article_lists, pass the database's UTC time too.
        day = (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    else:
        day = value
    return _whole_date(day, get_language())


# Formatting a date in a language's DATE_FORMAT costs tens of microseconds; list pages show dozens of dates, and the
# same days again and again.
@lru_cache(maxsize=4096)
def _whole_date(day: datetime.date, language: str | None) -> SafeString:
    return format_html('<time class="date" datetime="{}">{}</time>', day.isoformat(), date_filter(day, "DATE_FORMAT"))
