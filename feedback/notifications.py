"""Telling a reporter that their problem report has been resolved: once, in the language they wrote in."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import ProblemReport


def should_notify(report: ProblemReport) -> bool:
    return report.status == ProblemReport.Status.RESOLVED and bool(report.contact_email) and report.notified_at is None


def notify_resolved(report: ProblemReport) -> bool:
    """Send the "resolved" e-mail if the report asks for one and none was sent yet; True if this call sent it.

    notified_at is claimed with a conditional update first, so two moderators saving at once send one e-mail; if
    sending fails the claim is undone and the error propagates, so a later save can try again.
    """
    if not should_notify(report):
        return False
    now = timezone.now()
    claimed = ProblemReport.objects.filter(pk=report.pk, notified_at__isnull=True).update(notified_at=now)
    if not claimed:
        return False
    language = translation.get_supported_language_variant(report.language or settings.LANGUAGE_CODE)
    try:
        with translation.override(language):
            subject = _("Your report %(reference)s has been resolved") % {"reference": report.reference}
            body = render_to_string(
                "feedback/email/report_resolved.txt", {"report": report, "site_name": settings.SITE_NAME}
            )
        send_mail(subject, body, None, [report.contact_email])
    except Exception:
        ProblemReport.objects.filter(pk=report.pk).update(notified_at=None)
        raise
    report.notified_at = now
    return True
