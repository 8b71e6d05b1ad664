"""manage.py purge_feedback: old moderation data goes, everything readers still see stays."""

import datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command

from feedback.models import Comment, ContactDayReport, ProblemReport

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 1, 10, 12, tzinfo=datetime.UTC)


def create_everything(platform):
    for status in Comment.Status.values:
        Comment.objects.create(platform=platform, display_name="a", body=status, language="en", status=status)
    for status in ProblemReport.Status.values:
        ProblemReport.objects.create(platform=platform, reason="other", details=status, language="en", status=status)
    for status in ContactDayReport.Status.values:
        ContactDayReport.objects.create(
            platform=platform,
            first_contact_day=5,
            channel="sms",
            borrower_reachable="yes",
            language="en",
            status=status,
        )


def purge(*args) -> str:
    out = StringIO()
    call_command("purge_feedback", *args, stdout=out)
    return out.getvalue()


def test_purge_after_the_retention_period(platform, settings):
    settings.FEEDBACK_RETENTION_DAYS = 180
    with time_machine.travel(START, tick=False):
        create_everything(platform)
    with time_machine.travel(START + datetime.timedelta(days=179), tick=False):
        assert "Deleted 0 comments" in purge()
        assert Comment.objects.count() == 4
    with time_machine.travel(START + datetime.timedelta(days=181), tick=False):
        output = purge("--dry-run")
        assert "Would delete 2 comments" in output
        assert "Would delete 2 problem reports" in output
        assert "Would delete 1 contact-day reports" in output
        assert Comment.objects.count() == 4
        output = purge()
    assert "Deleted 2 comments older than 180 days." in output
    assert sorted(Comment.objects.values_list("status", flat=True)) == ["approved", "pending"]
    assert sorted(ProblemReport.objects.values_list("status", flat=True)) == ["in_progress", "new"]
    assert sorted(ContactDayReport.objects.values_list("status", flat=True)) == ["approved", "pending"]


def test_closed_reports_count_from_when_they_were_closed(platform):
    with time_machine.travel(START, tick=False):
        report = ProblemReport.objects.create(platform=platform, reason="other", details="x", language="en")
    with time_machine.travel(START + datetime.timedelta(days=170), tick=False):
        report.status = ProblemReport.Status.RESOLVED
        report.save()
    with time_machine.travel(START + datetime.timedelta(days=200), tick=False):
        purge()
        assert ProblemReport.objects.filter(pk=report.pk).exists()
        purge("--days", "20")
        assert not ProblemReport.objects.filter(pk=report.pk).exists()
