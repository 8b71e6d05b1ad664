"""Rate limits: per client and per platform, a daily-rotating salted hash instead of the address, fail open."""

import datetime
import hashlib
from unittest import mock

import pytest
from django.test import RequestFactory

from feedback import ratelimit
from feedback.models import Comment, ContactDayReport, ProblemReport

pytestmark = pytest.mark.django_db

COMMENT_URL = "/en/feedback/platforms/jiebei/comment/"
CONTACT_URL = "/en/feedback/platforms/jiebei/contact-day/"
ANSWER = {"first_contact_day": "6", "channel": "phone", "borrower_reachable": "no"}


def request_from(address):
    return RequestFactory().get("/", REMOTE_ADDR=address)


def test_client_key_is_salted_rotates_daily_and_hides_the_address(settings):
    day_one = datetime.datetime(2026, 11, 23, 10, tzinfo=datetime.UTC)
    key = ratelimit.client_key(request_from("203.0.113.7"), now=day_one)
    assert len(key) == 64 and "203.0.113.7" not in key
    assert key != hashlib.sha256(b"2026-11-23|203.0.113.7").hexdigest()  # keyed, not a plain hash
    assert key == ratelimit.client_key(request_from("203.0.113.7"), now=day_one + datetime.timedelta(hours=13))
    assert key != ratelimit.client_key(request_from("203.0.113.7"), now=day_one + datetime.timedelta(days=1))
    assert key != ratelimit.client_key(request_from("203.0.113.8"), now=day_one)
    settings.SECRET_KEY = "another-secret-key-of-sufficient-length"
    assert key != ratelimit.client_key(request_from("203.0.113.7"), now=day_one)


def test_no_address_is_stored(client, platform):
    client.post(COMMENT_URL, {"display_name": "Wang", "body": "hello"}, REMOTE_ADDR="198.51.100.23")
    client.post(
        "/en/feedback/platforms/jiebei/report/", {"reason": "other", "details": "x"}, REMOTE_ADDR="198.51.100.23"
    )
    client.post(CONTACT_URL, ANSWER, REMOTE_ADDR="198.51.100.23")
    for model in [Comment, ProblemReport, ContactDayReport]:
        row = model.objects.values().get()
        assert "198.51.100.23" not in repr(row)
        assert len(row["client_hash"]) == 64


def test_comment_limit_per_client(client, platform, settings):
    settings.FEEDBACK_RATE_LIMITS = {"comment": (2, 3600)}
    for number in range(2):
        response = client.post(COMMENT_URL, {"display_name": "Wang", "body": f"comment {number}"})
        assert response.status_code == 302
    response = client.post(COMMENT_URL, {"display_name": "Wang", "body": "third"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent several times in a short while." in html
    assert "third" in html  # the reader's text is still there
    assert Comment.objects.count() == 2
    other = client.post(COMMENT_URL, {"display_name": "Li", "body": "another reader"}, REMOTE_ADDR="192.0.2.1")
    assert other.status_code == 302


def test_invalid_submissions_do_not_use_up_the_limit(client, platform, settings):
    settings.FEEDBACK_RATE_LIMITS = {"comment": (1, 3600)}
    for _ in range(3):
        assert client.post(COMMENT_URL, {"display_name": "", "body": ""}).status_code == 200
    assert client.post(COMMENT_URL, {"display_name": "Wang", "body": "ok"}).status_code == 302


def test_contact_day_limits_per_client_and_per_platform(client, platform, settings):
    settings.FEEDBACK_RATE_LIMITS = {"contact_day": (1, 86400), "contact_day_platform": (3, 86400)}
    assert client.post(CONTACT_URL, ANSWER).status_code == 302
    assert client.post(CONTACT_URL, ANSWER).status_code == 429
    assert client.post(CONTACT_URL, ANSWER, REMOTE_ADDR="192.0.2.2").status_code == 302
    assert client.post(CONTACT_URL, ANSWER, REMOTE_ADDR="192.0.2.3").status_code == 302
    # A flood from many addresses stops at the per-platform limit.
    assert client.post(CONTACT_URL, ANSWER, REMOTE_ADDR="192.0.2.4").status_code == 429
    assert ContactDayReport.objects.count() == 3


def test_cache_failure_fails_open(client, platform):
    with mock.patch.object(ratelimit.cache, "add", side_effect=ConnectionError("redis is down")):
        assert ratelimit.allow("comment", "somebody")
        response = client.post(COMMENT_URL, {"display_name": "Wang", "body": "still works"})
    assert response.status_code == 302
    assert Comment.objects.count() == 1


def test_limit_resets_after_its_period(settings):
    settings.FEEDBACK_RATE_LIMITS = {"comment": (1, 3600)}
    assert ratelimit.allow("comment", "k")
    assert not ratelimit.allow("comment", "k")
    ratelimit.cache.delete("feedback-rate:comment:k")  # what expiry does
    assert ratelimit.allow("comment", "k")
