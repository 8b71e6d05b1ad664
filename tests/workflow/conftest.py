import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User


def staff_user(username: str, *groups: str, is_staff: bool = True) -> User:
    user = User.objects.create_user(username, f"{username}@example.invalid", "a-long-test-password", is_staff=is_staff)
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def logged_in(client, user):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def editor(db):
    return staff_user("editor", "editor")


@pytest.fixture
def publisher(db):
    return staff_user("publisher", "publisher")


@pytest.fixture
def moderator(db):
    return staff_user("moderator", "moderator")


@pytest.fixture
def editor_client(client, editor):
    return logged_in(client, editor)


@pytest.fixture
def publisher_client(client, publisher):
    return logged_in(client, publisher)
