"""Whatever a reader or a client sends, the answer is a page or a message, never a server error."""

import pytest

from tests.factories import make_platform

NASTY = [
    "\x00",
    "a\x00b",
    "x" * 100_000,
    "５",
    "\u202e5",
    "-0",
    "1e3",
    "٣",
    "NaN",
    "9" * 400,
    "' OR 1=1 --",
    "<script>",
]
ENDPOINTS = ["/api/lookup/", "/zh-hans/lookup/", "/en/categories/nope/", "/en/faq/", "/api/platforms/"]


@pytest.mark.django_db
@pytest.mark.parametrize("value", NASTY)
@pytest.mark.parametrize("field", ["platform", "days_overdue", "due_date", "lang", "page"])
def test_query_parameters_never_cause_a_server_error(client, field, value):
    platform = make_platform("jiebei", "借呗", stages=[(1, 3, False)])
    params = {"platform": "jiebei", "days_overdue": "5", field: value}
    for url in ENDPOINTS:
        assert client.get(url, params).status_code < 500, (url, field, value[:20])
    assert client.get("/language/en/", {"next": value}).status_code < 500
    platform.refresh_from_db()
    assert platform.stages.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/articles/99999999999999999999999-x/",
        "/en/articles/99999999999999999999999/",
        "/zh-hans/platforms/%00/",
        "/zh-hans/categories/a%00b/",
        "/zh-hans/platforms/" + "a" * 5000 + "/",
    ],
)
def test_odd_addresses_are_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_a_wrong_method_gets_a_page_with_a_message_in_the_readers_language(client):
    response = client.post("/en/lookup/")
    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert "This action is not possible here" in response.content.decode()


@pytest.mark.django_db
def test_a_wrong_method_on_the_api_gets_a_json_message(client):
    response = client.post("/api/lookup/")
    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert response.json()["errors"]["method"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [("zh-hans", "你的表单未能提交"), ("zh-hant", "你的表單未能提交"), ("en", "Your form could not be sent")],
)
def test_a_form_that_fails_the_csrf_check_gets_a_page_in_the_readers_language(language, heading):
    from django.test import Client

    from feedback.models import Comment

    platform = make_platform("csrf", "表单测试", name_en="Form test")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/{language}/feedback/platforms/{platform.slug}/comment/", {"display_name": "A", "body": "Hello"}
    )
    assert response.status_code == 403
    page = response.content.decode()
    assert heading in page
    assert "CSRF" not in page  # no technical page
    assert not Comment.objects.exists()
