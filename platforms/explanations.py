"""Plain-language sentences that explain a lookup result, whole and translated, in the active language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .lookup import ContactStatus, LookupResult, SourceSummary
from .timeline import describe_days


@dataclass(frozen=True)
class Explanation:
    """Whole translated sentences for a lookup result, in the active language."""

    position: list[str]
    contacts: list[str]
    sources: str


def _quoted(stage: Any) -> dict[str, Any]:
    return {"stage": getattr(stage, "title", ""), "stage_days": describe_days(stage)}


def explain(result: LookupResult) -> Explanation:
    day = result.days_overdue
    position: list[str] = []
    if day == 0:
        position.append(
            _("Today is your due date (day 0). You are not overdue yet, and no collection stage has started.")
        )
    elif result.current_stage is not None:
        position.append(
            ngettext(
                "You are %(days)s day overdue. You are in the stage “%(stage)s” (%(stage_days)s).",
                "You are %(days)s days overdue. You are in the stage “%(stage)s” (%(stage_days)s).",
                day,
            )
            % {"days": day, **_quoted(result.current_stage)}
        )
    elif result.stages and result.next_stage is None:
        position.append(
            ngettext(
                "You are %(days)s day overdue. That is past the last stage we have recorded (%(stage_days)s).",
                "You are %(days)s days overdue. That is past the last stage we have recorded (%(stage_days)s).",
                day,
            )
            % {"days": day, "stage_days": describe_days(result.stages[-1])}
        )
    else:
        position.append(
            ngettext(
                "You are %(days)s day overdue. None of the stages we have recorded covers this day.",
                "You are %(days)s days overdue. None of the stages we have recorded covers this day.",
                day,
            )
            % {"days": day}
        )
    if result.next_stage is not None:
        position.append(
            ngettext(
                "The next stage, “%(stage)s”, starts on day %(first)s, in %(count)s day.",
                "The next stage, “%(stage)s”, starts on day %(first)s, in %(count)s days.",
                result.days_until_next_stage,
            )
            % {
                "count": result.days_until_next_stage,
                "first": result.next_stage.first_day,
                **_quoted(result.next_stage),
            }
        )
    elif result.current_stage is not None and result.current_stage.last_day is None:
        position.append(_("This is the last stage we have recorded; it has no end day."))
    elif result.stages:
        if result.current_stage is not None:
            position.append(_("No later stage is recorded for this platform."))
    else:
        position.append(_("We have not recorded any collection stage for this platform yet."))

    contacts: list[str] = []
    window = result.window
    status = result.contact_status
    if status is ContactStatus.UNKNOWN:
        contacts.append(
            _(
                "None of the stages we have recorded for this platform includes calls to emergency contacts: "
                "our sources say nothing about when contacts are called. That does not prove it never happens."
            )
        )
    elif status is ContactStatus.NOT_YET:
        opens = result.days_until_window_opens
        if window.latest_day is None:
            contacts.append(
                ngettext(
                    "Your emergency contacts are likely to be called from day %(first)s onwards, that is in "
                    "%(count)s day at the earliest.",
                    "Your emergency contacts are likely to be called from day %(first)s onwards, that is in "
                    "%(count)s days at the earliest.",
                    opens,
                )
                % {"first": window.earliest_day, "count": opens}
            )
        elif window.is_single_day:
            contacts.append(
                ngettext(
                    "Your emergency contacts are likely to be called on day %(first)s, that is in %(count)s day.",
                    "Your emergency contacts are likely to be called on day %(first)s, that is in %(count)s days.",
                    opens,
                )
                % {"first": window.earliest_day, "count": opens}
            )
        else:
            closes = result.days_until_window_closes
            contacts.append(
                ngettext(
                    "Your emergency contacts are likely to be called between day %(first)s and day %(last)s, "
                    "that is in %(soonest)s to %(count)s day.",
                    "Your emergency contacts are likely to be called between day %(first)s and day %(last)s, "
                    "that is in %(soonest)s to %(count)s days.",
                    closes,
                )
                % {"first": window.earliest_day, "last": window.latest_day, "soonest": opens, "count": closes}
            )
    elif status is ContactStatus.IN_WINDOW:
        if window.latest_day is None:
            contacts.append(
                _(
                    "Your emergency contacts may already be called now: this started on day %(first)s and the "
                    "recorded stage has no end day."
                )
                % {"first": window.earliest_day}
            )
        elif result.days_until_window_closes == 0:
            contacts.append(
                _(
                    "Your emergency contacts may already be called now. Today, day %(last)s, is the last day of the "
                    "stage in which that usually starts."
                )
                % {"last": window.latest_day}
            )
        else:
            contacts.append(
                _("Your emergency contacts may already be called now, until day %(last)s at the latest.")
                % {"last": window.latest_day}
            )
    else:
        if window.is_single_day:
            contacts.append(
                _("The day on which emergency contacts are usually first called (day %(first)s) has passed.")
                % {"first": window.earliest_day}
            )
        else:
            contacts.append(
                _(
                    "The window in which emergency contacts are usually first called (day %(first)s to day %(last)s) "
                    "has passed."
                )
                % {"first": window.earliest_day, "last": window.latest_day}
            )
        if result.current_stage is not None and result.current_stage.contacts_called:
            contacts.append(_("In your current stage, too, your emergency contacts may be called."))

    return Explanation(position=position, contacts=contacts, sources=explain_sources(result.source_summary))


def explain_sources(summary: SourceSummary) -> str:
    if summary.count == 0:
        return _(
            "We have no published source for this platform yet, so these stages follow how the industry usually works."
        )
    if summary.claiming_count == 0:
        return ngettext(
            "We have %(count)s source for this platform, but it does not say when emergency contacts are called.",
            "We have %(count)s sources for this platform, but none says when emergency contacts are called.",
            summary.count,
        ) % {"count": summary.count}
    if summary.disagree:
        return _(
            "The sources disagree: they put calls to emergency contacts anywhere from day %(first)s to day %(last)s. "
            "Treat the window as an estimate, not a promise."
        ) % {"first": summary.earliest_claimed, "last": summary.latest_claimed}
    if summary.earliest_claimed == summary.latest_claimed:
        return ngettext(
            "%(count)s source says emergency contacts are called from day %(first)s.",
            "%(count)s sources agree that emergency contacts are called from day %(first)s.",
            summary.claiming_count,
        ) % {"count": summary.claiming_count, "first": summary.earliest_claimed}
    return ngettext(
        "%(count)s source says emergency contacts are called between day %(first)s and day %(last)s.",
        "%(count)s sources agree that emergency contacts are called between day %(first)s and day %(last)s.",
        summary.claiming_count,
    ) % {"count": summary.claiming_count, "first": summary.earliest_claimed, "last": summary.latest_claimed}
