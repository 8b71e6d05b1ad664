"""Contact-day reports as figures readers can use: count, median and quartiles of the first contact day.

Quartiles use ``statistics.quantiles(method="inclusive")``: the data are treated as the whole population, so the
quartiles of 1..9 are 3 and 7 and a single report gives the same day for all three figures. Figures are shown only
from ``FEEDBACK_MIN_REPORTS`` reports on (default 5) so that no single reader can be recognised.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from platforms.lookup import contact_window

DEFAULT_MIN_REPORTS = 5
# A report more than this many days before or after the platform's editorial contact window is flagged.
EDITORIAL_MARGIN_DAYS = 30
# Tukey's fences: beyond Q1 - 1.5 IQR or Q3 + 1.5 IQR of the approved reports.
FENCE_FACTOR = 1.5


def min_reports() -> int:
    return max(1, int(getattr(settings, "FEEDBACK_MIN_REPORTS", DEFAULT_MIN_REPORTS)))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 1)


@dataclass(frozen=True)
class ReaderReports:
    count: int
    median_day: int | float
    q1_day: int | float
    q3_day: int | float

    def as_dict(self) -> dict:
        return asdict(self)


def quartiles(days: Sequence[int]) -> tuple[float, float, float]:
    """Q1, median and Q3 of at least one day (inclusive method)."""
    ordered = sorted(days)
    if len(ordered) == 1:
        return (ordered[0], ordered[0], ordered[0])
    q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    return (q1, median, q3)


def summarize(days: Iterable[int], minimum: int | None = None) -> ReaderReports | None:
    """The figures for these first contact days, or None below the minimum number of reports."""
    days = list(days)
    if len(days) < (min_reports() if minimum is None else max(1, minimum)):
        return None
    q1, median, q3 = quartiles(days)
    return ReaderReports(count=len(days), median_day=_number(median), q1_day=_number(q1), q3_day=_number(q3))


def outlier_reason(platform, day: int) -> str:
    """Why a new report for ``platform`` looks wrong, in the site's default language; empty if it looks plausible."""
    from .models import ContactDayReport

    with translation.override(settings.LANGUAGE_CODE):
        window = contact_window(platform.stages.all())
        if window is not None:
            latest = window.latest_day if window.latest_day is not None else window.earliest_day
            if day < window.earliest_day - EDITORIAL_MARGIN_DAYS or day > latest + EDITORIAL_MARGIN_DAYS:
                return gettext(
                    "More than %(margin)s days away from the platform's contact window (days %(first)s–%(last)s)."
                ) % {
                    "margin": EDITORIAL_MARGIN_DAYS,
                    "first": window.earliest_day,
                    "last": latest,
                }
        approved = list(
            ContactDayReport.objects.counted().filter(platform=platform).values_list("first_contact_day", flat=True)
        )
        if len(approved) >= min_reports():
            q1, _median, q3 = quartiles(approved)
            spread = FENCE_FACTOR * (q3 - q1)
            if day > q3 + spread or day < q1 - spread:
                return gettext("Far from the other readers' reports (Q1 %(q1)s, Q3 %(q3)s).") % {
                    "q1": _number(q1),
                    "q3": _number(q3),
                }
    return ""
