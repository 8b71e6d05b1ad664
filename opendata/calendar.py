"""An iCalendar (RFC 5545) file of a reader's coming collection stages, written by hand: a few all-day events.

Made from the lookup's answer (platform + days overdue) and today's date in China; nothing is stored."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

CHINA = ZoneInfo("Asia/Shanghai")
PRODID = "-//Overdue Guide//Collection stages//EN"


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF + space (RFC 5545 §3.1), never splitting a character."""
    parts, current = [], ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            parts.append(current)
            current = char
            limit = 74  # the leading space of a continuation line counts
        else:
            current += char
    parts.append(current)
    return "\r\n ".join(parts)


def coming_stages(stages, days_overdue: int) -> list:
    return sorted((stage for stage in stages if stage.first_day > days_overdue), key=lambda stage: stage.first_day)


def stage_calendar(*, platform, stages, days_overdue: int, site_url: str, now: datetime.datetime | None = None) -> str:
    """The calendar text (CRLF line ends). The due date is today (China) minus ``days_overdue``."""
    now = now or datetime.datetime.now(datetime.UTC)
    today = now.astimezone(CHINA).date()
    due_date = today - datetime.timedelta(days=days_overdue)
    stamp = now.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(_('Collection stages: %(platform)s') % {'platform': platform.name})}",
    ]
    for stage in coming_stages(stages, days_overdue):
        day = due_date + datetime.timedelta(days=stage.first_day)
        summary = _("%(platform)s, day %(day)d overdue: %(stage)s") % {
            "platform": platform.name,
            "day": stage.first_day,
            "stage": stage.title,
        }
        description = "\n\n".join(
            part
            for part in (
                stage.description,
                _("Emergency contacts may be called from this stage.") if stage.contacts_called else "",
                _(
                    "Based on the sources the Overdue Guide lists for this platform; a platform may act earlier or "
                    "later. This is information, not legal advice."
                ),
                site_url,
            )
            if part
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{platform.slug}-{due_date:%Y%m%d}-day{stage.first_day}@overdue-guide",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + datetime.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
