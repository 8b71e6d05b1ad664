"""Hostile submissions to every POST form: a page or a message, never a 500; CSRF is enforced; nothing stored changes
except, for a valid submission, one new submission waiting for moderation."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client
from hypothesis import given
from hypothesis import settings as hypothesis_settings

from tests.hardening.answers import assert_page_answer
from tests.hardening.conftest import HARDENING
from tests.hardening.registry import ALL_ENDPOINTS, POST_FORMS
from tests.hardening.snapshot import Snapshot
from tests.hardening.strategies import encoded_pairs

pytestmark = pytest.mark.django_db

FORM_BODY = "application/x-www-form-urlencoded"
WAITING = {"pending", "new"}  # the statuses of a reader's submission that nobody has moderated yet


def cases(endpoints) -> list:
    return [
        pytest.param(endpoint, language, id=f"{endpoint.name}-{language}")
        for endpoint in endpoints
        for language in endpoint.languages
    ]


def csrf_token(client: Client, path: str) -> str:
    """Open the form as a reader would, which sets the CSRF cookie; the cookie's secret is a valid form token."""
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    return client.cookies[django_settings.CSRF_COOKIE_NAME].value


def post(client: Client, path: str, body: str, token: str | None):
    data = f"csrfmiddlewaretoken={token}&{body}" if token else body
    return client.post(path, data=data.encode(), content_type=FORM_BODY)


def assert_only_waiting_submissions(changes: dict, endpoint) -> None:
    """Nothing stored changed, except new rows of the form's own submission model, all waiting for moderation."""
    unexpected = {label: change for label, change in changes.items() if label != endpoint.creates}
    assert unexpected == {}
    if endpoint.creates in changes:
        change = changes[endpoint.creates]
        assert change["changed"] == [] and change["removed"] == [], change
        model = apps.get_model(endpoint.creates)
        statuses = set(model._base_manager.filter(pk__in=change["added"]).values_list("status", flat=True))
        assert statuses <= WAITING, statuses


@pytest.mark.parametrize(("endpoint", "language"), cases(POST_FORMS))
def test_hostile_form_submissions(demo_content, settings, endpoint, language):
    # A fast password hasher: every failed admin login hashes a password, which is slow by design.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    client = Client(enforce_csrf_checks=True)
    path = endpoint.address(language)
    token = csrf_token(client, path)
    before = Snapshot.take()

    @hypothesis_settings(HARDENING)
    @given(body=encoded_pairs(endpoint.fields))
    def submit(body):
        cache.clear()  # rate limits and lockouts start afresh, so each example reaches validation
        response = post(client, path, body, token)
        assert response.status_code != 403, "the CSRF token was refused"
        assert_page_answer(response, endpoint, language)

    submit()
    assert_only_waiting_submissions(Snapshot.take().changes_since(before), endpoint)


@pytest.mark.parametrize(("endpoint", "language"), cases([form for form in POST_FORMS if form.valid]))
def test_valid_submission_is_kept_as_waiting(demo_content, endpoint, language):
    client = Client(enforce_csrf_checks=True)
    path = endpoint.address(language)
    token = csrf_token(client, path)
    before = Snapshot.take()
    response = client.post(path, {"csrfmiddlewaretoken": token, **endpoint.valid})
    changes = Snapshot.take().changes_since(before)
    if endpoint.creates is None:
        # A form that only composes an answer (the letter helper) shows it and stores nothing.
        assert response.status_code == 200
        assert not response.context[endpoint.form_context].errors
        assert changes == {}
        return
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(changes) == [endpoint.creates]
    assert len(changes[endpoint.creates]["added"]) == 1
    assert_only_waiting_submissions(changes, endpoint)


@pytest.mark.parametrize(("endpoint", "language"), cases(POST_FORMS))
@pytest.mark.parametrize("token", [None, "x" * 32, "forged" * 11])
def test_submission_without_a_valid_csrf_token_is_refused(demo_content, endpoint, language, token):
    client = Client(enforce_csrf_checks=True)
    path = endpoint.address(language)
    csrf_token(client, path)
    before = Snapshot.take()
    body = "&".join(f"{name}={value}" for name, value in (endpoint.valid or {"username": "a", "password": "b"}).items())
    response = post(client, path, body, token)
    assert response.status_code == 403
    assert response.content.strip(), "403 without a message"
    assert Snapshot.take().changes_since(before) == {}


WRONG_METHODS = ["put", "patch", "delete", "options", "trace"]


@pytest.mark.parametrize("method", WRONG_METHODS + ["post"])
@pytest.mark.parametrize("endpoint", ALL_ENDPOINTS, ids=str)
def test_wrong_methods(demo_content, endpoint, method):
    if method == "post" and endpoint.method == "POST":
        pytest.skip("POST is this form's method")
    client = Client()
    path = endpoint.address("en")
    before = Snapshot.take()
    response = getattr(client, method)(path, data="a=1", content_type=FORM_BODY)
    assert response.status_code < 500
    if response.status_code == 405:
        assert response.has_header("Allow")
    assert Snapshot.take().changes_since(before) == {}
