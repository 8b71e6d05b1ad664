"""Whatever a reader or a bot posts to a submission path, the answer is a page, a redirect or a 429: never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.models import Comment, ContactDayReport, ProblemReport

pytestmark = pytest.mark.django_db

NASTY = st.sampled_from(
    [
        "",
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
        "<script>",
        "📞13912345678",
    ]
)
VALUES = st.one_of(st.text(max_size=300), NASTY, st.lists(st.text(max_size=20), max_size=3))
FIELDS = {
    "comment": ["display_name", "body", "website"],
    "report": ["reason", "details", "contact_email", "website"],
    "contact-day": ["first_contact_day", "channel", "borrower_reachable", "website"],
}


def paths(platform, article):
    return [
        ("comment", "/zh-hans/feedback/platforms/jiebei/comment/"),
        ("comment", f"/en/feedback/articles/{article.pk}/comment/"),
        ("report", "/zh-hant/feedback/platforms/jiebei/report/"),
        ("report", f"/en/feedback/articles/{article.pk}/report/"),
        ("contact-day", "/en/feedback/platforms/jiebei/contact-day/"),
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_submission_path_answers_500(client, platform, article, data):
    kind, url = data.draw(st.sampled_from(paths(platform, article)))
    fields = FIELDS[kind] + ["unexpected"]
    payload = {field: data.draw(VALUES, label=field) for field in data.draw(st.sets(st.sampled_from(fields)))}
    response = client.post(url, payload)
    assert response.status_code in (200, 302, 429), (url, response.status_code)


@pytest.mark.parametrize("value", ["\x00", "x" * 100_000, "9" * 400])
def test_hostile_values_in_every_field(client, platform, article, value):
    for kind, url in paths(platform, article):
        payload = dict.fromkeys(FIELDS[kind][:-1], value)
        assert client.post(url, payload).status_code == 200, (url, value[:10])
    assert not Comment.objects.exists()
    assert not ProblemReport.objects.exists()
    assert not ContactDayReport.objects.exists()


def test_sql_in_a_comment_is_just_text(client, platform):
    text = "'; DROP TABLE feedback_comment; --"
    assert (
        client.post("/en/feedback/platforms/jiebei/comment/", {"display_name": text, "body": text}).status_code == 302
    )
    assert Comment.objects.get().body == text


def test_other_methods_and_bad_addresses(client, platform):
    assert client.put("/en/feedback/platforms/jiebei/comment/").status_code == 405
    assert client.post("/en/feedback/platforms/jiebei/comment/thanks/").status_code == 405
    assert client.get("/en/feedback/report/thanks/%00/").status_code == 404
    assert client.get("/en/feedback/platforms/%E2%80%AE/contact-day/").status_code == 404
