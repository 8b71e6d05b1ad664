"""django-axes locks a username + address pair out of the admin after too many failed logins."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User

PASSWORD = "a-long-test-password"


@pytest.fixture
def login_url():
    return f"/{settings.ADMIN_URL}login/?next=/{settings.ADMIN_URL}"


@pytest.fixture
def users(db):
    return (
        User.objects.create_superuser("editor", "editor@example.invalid", PASSWORD),
        User.objects.create_superuser("other", "other@example.invalid", PASSWORD),
    )


def attempt(client, url, username, password, ip="203.0.113.7"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=ip)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_failure_limit_comes_from_the_environment_default():
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_RESET_ON_SUCCESS is True
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"


def test_correct_password_is_refused_after_too_many_failures(client, users, login_url):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, login_url, "editor", "wrong-password")
        assert response.status_code == 200  # the login form again, with an error
    response = attempt(client, login_url, "editor", "wrong-password")
    assert response.status_code == 429
    response = attempt(client, login_url, "editor", PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


def test_lockout_is_per_username_and_address(client, users, login_url):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, login_url, "editor", "wrong-password")
    assert attempt(client, login_url, "editor", PASSWORD).status_code == 429
    # Another user from the same address is not locked out.
    response = attempt(client, login_url, "other", PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)
    client.logout()
    # The same user from another address is not locked out either.
    response = attempt(client, login_url, "editor", PASSWORD, ip="198.51.100.9")
    assert response.status_code == 302
    assert logged_in(client)


def test_success_resets_the_failure_count(client, users, login_url):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, login_url, "editor", "wrong-password")
    assert attempt(client, login_url, "editor", PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, login_url, "editor", "wrong-password").status_code == 200
    assert attempt(client, login_url, "editor", PASSWORD).status_code == 302


def test_force_login_still_works(client, users):
    client.force_login(users[0])
    assert client.get(f"/{settings.ADMIN_URL}").status_code == 200
