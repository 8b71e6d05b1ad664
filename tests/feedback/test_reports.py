"""Report a problem: the form, the reference number, the staff queue and the e-mail when a report is resolved."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail

from feedback.models import REFERENCE_ALPHABET, ProblemReport
from feedback.notifications import notify_resolved

pytestmark = pytest.mark.django_db

REFERENCE = re.compile(rf"R-[{REFERENCE_ALPHABET}]{{6}}")


def send_report(client, url="/en/feedback/platforms/jiebei/report/", **data):
    data = {"reason": "wrong", "details": "Contacts are called from day 3, not day 4.", **data}
    return client.post(url, data)


def test_report_gets_a_reference_number(client, platform):
    response = send_report(client, contact_email="reader@example.com")
    assert response.status_code == 302
    report = ProblemReport.objects.get()
    assert REFERENCE.fullmatch(report.reference)
    assert (report.platform, report.status, report.language) == (platform, ProblemReport.Status.NEW, "en")
    assert report.contact_email == "reader@example.com"
    assert report.page_title == "Jiebei"  # in the reporter's language, for the e-mail
    html = client.get(response["Location"]).content.decode()
    assert report.reference in html
    assert 'href="/en/platforms/jiebei/"' in html


def test_report_on_an_article_without_an_address(client, article):
    response = send_report(client, f"/en/feedback/articles/{article.pk}/report/", reason="personal_data")
    assert response.status_code == 302
    report = ProblemReport.objects.get()
    assert report.article == article and report.contact_email == ""


def test_references_are_random_and_unique(platform):
    references = {ProblemReport.objects.create(reason="other", details="x", language="en").reference for _ in range(30)}
    assert len(references) == 30
    assert all(REFERENCE.fullmatch(reference) for reference in references)


def test_forged_or_tampered_thanks_links_are_404(client, platform):
    location = send_report(client)["Location"]
    assert client.get(location).status_code == 200
    assert client.get(location[:-3] + "xx/").status_code == 404
    assert client.get("/en/feedback/report/thanks/R-ABCDEF/").status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"reason": "nonsense"}, "Choose one of the reasons listed."),
        ({"details": ""}, "Describe the problem."),
        ({"contact_email": "not-an-address"}, "Enter a valid e-mail address, or leave the field empty."),
        ({"details": "x" * 4001}, "Keep your description to at most 4000 characters (it has 4001)."),
    ],
)
def test_bad_reports_get_a_clear_message(client, platform, data, message):
    response = send_report(client, **data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ProblemReport.objects.exists()


def test_status_transitions_set_and_clear_the_closing_time(platform):
    report = ProblemReport.objects.create(platform=platform, reason="wrong", details="x", language="en")
    assert report.resolved_at is None
    report.status = ProblemReport.Status.IN_PROGRESS
    report.save()
    assert report.resolved_at is None
    report.status = ProblemReport.Status.RESOLVED
    report.save()
    assert report.resolved_at is not None
    report.status = ProblemReport.Status.IN_PROGRESS
    report.save()
    assert report.resolved_at is None


def test_resolved_report_is_notified_once_in_the_reporters_language(platform):
    report = ProblemReport.objects.create(
        platform=platform, reason="wrong", details="Secret detail", language="en", contact_email="reader@example.com"
    )
    assert not notify_resolved(report)  # still new
    report.status = ProblemReport.Status.RESOLVED
    report.save()
    assert notify_resolved(report)
    assert not notify_resolved(report)
    report.refresh_from_db()
    assert report.notified_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["reader@example.com"]
    assert message.subject == f"Your report {report.reference} has been resolved"
    assert "resolved" in message.body and report.reference in message.body
    assert "Secret detail" not in message.body


def test_no_address_or_rejected_means_no_mail(platform):
    for status, address in [(ProblemReport.Status.RESOLVED, ""), (ProblemReport.Status.REJECTED, "a@example.com")]:
        report = ProblemReport.objects.create(
            platform=platform, reason="other", details="x", language="en", contact_email=address, status=status
        )
        assert not notify_resolved(report)
    assert mail.outbox == []


def test_failed_mail_can_be_retried(platform, settings):
    report = ProblemReport.objects.create(
        platform=platform, reason="wrong", details="x", language="en", contact_email="reader@example.com",
        status=ProblemReport.Status.RESOLVED,
    )  # fmt: skip
    settings.EMAIL_BACKEND = "tests.feedback.failing_mail.Backend"
    with pytest.raises(OSError):
        notify_resolved(report)
    report.refresh_from_db()
    assert report.notified_at is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert notify_resolved(report)


@pytest.fixture
def staff_client(client, db):
    user = User.objects.create_superuser("boss", "boss@example.com", "a-long-password-1")
    client.force_login(user)
    return client


def test_admin_queue_resolves_and_notifies(staff_client, platform):
    report = ProblemReport.objects.create(
        platform=platform, reason="wrong", details="x", language="zh-hant", contact_email="reader@example.com"
    )
    url = f"/admin/feedback/problemreport/{report.pk}/change/"
    assert staff_client.get("/admin/feedback/problemreport/?status__exact=new").status_code == 200
    response = staff_client.post(url, {"status": "in_progress", "internal_note": "checking the source"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.internal_note, mail.outbox) == ("in_progress", "checking the source", [])
    staff_client.post(url, {"status": "resolved", "internal_note": "fixed the stage"})
    staff_client.post(url, {"status": "resolved", "internal_note": "fixed the stage, again"})
    report.refresh_from_db()
    assert report.status == "resolved" and report.notified_at is not None
    assert len(mail.outbox) == 1
    assert "checking" not in mail.outbox[0].body


def test_admin_action_marks_resolved(staff_client, platform):
    reports = [
        ProblemReport.objects.create(platform=platform, reason="wrong", details="x", language="en", contact_email=e)
        for e in ["a@example.com", ""]
    ]
    response = staff_client.post(
        "/admin/feedback/problemreport/",
        {"action": "mark_resolved", "_selected_action": [report.pk for report in reports]},
    )
    assert response.status_code == 302
    assert set(ProblemReport.objects.values_list("status", flat=True)) == {"resolved"}
    assert [message.to for message in mail.outbox] == [["a@example.com"]]
