"""What every answer to hostile input must look like: never a server error, always a message the reader can read."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.http import QueryDict
from django.utils import translation
from django.utils.html import escape

from overdue_site.languages import html_lang

CJK = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def assert_in_language(message: str, language: str) -> None:
    assert message.strip(), "empty message"
    if language.startswith("zh"):
        assert CJK.search(message), f"not a Chinese message: {message[:200]!r}"
    else:
        assert LATIN_WORD.search(message), f"not an English message: {message[:200]!r}"


def api_language(query: str) -> str:
    requested = QueryDict(query).get("lang", "").strip()
    return requested if requested in LANGUAGE_CODES else settings.LANGUAGE_CODE


def assert_local_redirect(response) -> None:
    """The redirect stays on this site: a path, never another host (not even a scheme-relative //host)."""
    location = response["Location"]
    parts = urlsplit(location)
    assert not parts.scheme and not parts.netloc, f"redirect off the site: {location}"
    assert not location.lstrip().startswith(("//", "\\", "/\\")), f"redirect off the site: {location}"


def assert_json_answer(response, query: str) -> None:
    assert response.status_code < 500, response.content[:500]
    assert response["Content-Type"] == "application/json"
    data = response.json()
    if response.status_code >= 400:
        errors = data["errors"]
        assert errors, data
        for messages in errors.values():
            assert messages
            for message in messages:
                assert_in_language(message, api_language(query))


def form_errors(response, context_name: str | None) -> list[str]:
    if not context_name or response.context is None or context_name not in response.context:
        return []
    form = response.context[context_name]
    if not getattr(form, "is_bound", False):
        return []
    return [str(message) for messages in form.errors.values() for message in messages]


def assert_page_answer(response, endpoint, language: str) -> None:
    """An HTML page in the language of its address; a form's error messages are on it, in that language."""
    status = response.status_code
    assert status < 500, response.content[:500]
    if 300 <= status < 400:
        assert_local_redirect(response)
        return
    body = response.content.decode()
    assert body.strip(), f"HTTP {status} without a message"
    if endpoint.kind == "page":
        assert f'lang="{html_lang(language)}"' in body, f"HTTP {status} page not in {language}"
    with translation.override(language):
        for message in form_errors(response, endpoint.form_context):
            assert escape(message) in body, f"error message not shown: {message[:200]!r}"
            assert_in_language(message, language)
