"""Hostile query strings on every GET form and API endpoint: a page or a message, never a 500, nothing stored changes."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.hardening.answers import assert_json_answer, assert_local_redirect, assert_page_answer
from tests.hardening.conftest import HARDENING
from tests.hardening.registry import GET_ENDPOINTS
from tests.hardening.snapshot import Snapshot
from tests.hardening.strategies import encoded_pairs, hostile_text

pytestmark = pytest.mark.django_db

LANGUAGE_SEGMENTS = ["en", "zh-hans", "zh-hant", "xx", "EN", "zh_Hans", "%00", "..", "en%20"]


def fetch(client, path: str, query: str, **headers):
    cache.clear()  # every example reaches the view, not a page cached by an earlier example
    return client.get(f"{path}?{query}" if query else path, **headers)


def cases() -> list:
    params = []
    for endpoint in GET_ENDPOINTS:
        for language in endpoint.languages:
            params.append(pytest.param(endpoint, language, id=f"{endpoint.name}-{language}"))
    return params


@pytest.mark.parametrize(("endpoint", "language"), cases())
def test_hostile_query_strings(client, demo_content, endpoint, language):
    path = endpoint.address(language)
    before = Snapshot.take()

    @settings(HARDENING)
    @given(query=encoded_pairs(endpoint.fields), accept_language=st.one_of(st.just(""), hostile_text()))
    def request(query, accept_language):
        headers = {"HTTP_ACCEPT_LANGUAGE": accept_language.encode("utf-8", "replace").decode("latin-1")}
        response = fetch(client, path, query, **headers)
        if endpoint.kind == "json":
            assert_json_answer(response, query)
        elif endpoint.kind == "redirect":
            assert response.status_code == 302, response.status_code
            assert_local_redirect(response)
        else:
            assert_page_answer(response, endpoint, language)

    request()
    assert Snapshot.take().changes_since(before) == {}


@pytest.mark.parametrize("segment", LANGUAGE_SEGMENTS)
def test_language_switch_with_odd_languages(client, segment):
    response = fetch(client, f"/language/{segment}/", "next=/en/faq/")
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert_local_redirect(response)


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "/\x00"],
)
def test_language_switch_never_sends_readers_off_the_site(client, next_url):
    response = client.get("/language/en/", {"next": next_url})
    assert response.status_code == 302
    assert_local_redirect(response)
