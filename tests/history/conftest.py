from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission, User

from platforms.models import Platform, Stage


@pytest.fixture
def admin_user(db):
    return User.objects.create_superuser("chief", "chief@example.invalid", "a-long-test-password")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def staff_user(username: str, *codenames: str) -> User:
    user = User.objects.create_user(username, f"{username}@example.invalid", "a-long-test-password", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def stage_titles(index: int) -> dict[str, str]:
    return {
        "title_zh_hans": f"阶段{index}",
        "title_zh_hant": f"階段{index}",
        "title_en": f"Stage {index}",
    }


def make_timeline_platform(slug: str = "jiedai", stages=((1, 3), (4, 7), (8, None)), **fields) -> Platform:
    """A platform with stages given as (first_day, last_day); built here so the tests need no other factory."""
    platform = Platform.objects.create(
        slug=slug,
        name_zh_hans="借贷宝",
        name_zh_hant="借貸寶",
        name_en="Jiedai",
        summary_zh_hans="简介",
        **fields,
    )
    for index, (first_day, last_day) in enumerate(stages, start=1):
        Stage.objects.create(
            platform=platform,
            first_day=first_day,
            last_day=last_day,
            channels=["sms"],
            contacts_called=first_day >= 4,
            **stage_titles(index),
        )
    return platform


class _FormReader(HTMLParser):
    """Reads the submittable values of one form as a browser would send them."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data: dict[str, list[str]] = {}
        self._select: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attributes.get("name")
        if tag == "input" and name and "disabled" not in attributes:
            kind = attributes.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attributes:
                    self._add(name, attributes.get("value", "on"))
                return
            self._add(name, attributes.get("value", ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attributes:
            self._add(self._select, attributes.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            text = "".join(self._text)
            self._add(self._textarea, text[1:] if text.startswith("\n") else text)
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)


def change_form_data(response, form_id: str) -> dict[str, list[str]]:
    reader = _FormReader(form_id)
    reader.feed(response.content.decode())
    return reader.data
