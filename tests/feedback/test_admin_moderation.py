"""Moderators: comment and contact-day actions, the outlier flag, and the moderator group's permissions."""

import pytest
from django.contrib.auth.models import Group, Permission, User

from feedback.models import Comment, ContactDayReport

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client, db):
    user = User.objects.create_user("mod", "mod@example.com", "a-long-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name="moderator"))
    client.force_login(user)
    return client


def test_moderator_group_has_every_feedback_permission():
    group = Group.objects.get(name="moderator")
    codenames = set(group.permissions.filter(content_type__app_label="feedback").values_list("codename", flat=True))
    expected = set(Permission.objects.filter(content_type__app_label="feedback").values_list("codename", flat=True))
    assert {"change_comment", "change_problemreport", "change_contactdayreport", "view_comment"} <= codenames
    assert codenames == expected


def make_comments(platform, count=2):
    return [
        Comment.objects.create(platform=platform, display_name="n", body=f"body {n}", language="en")
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("action", "status", "featured"),
    [
        ("mark_approved_plain", "approved", False),
        ("mark_rejected_is_featured", "rejected", False),
        ("mark_spam_is_featured", "spam", False),
        ("mark_approved_is_featured", "approved", True),
    ],
)
def test_comment_actions(moderator_client, platform, action, status, featured):
    comments = make_comments(platform)
    response = moderator_client.post(
        "/admin/feedback/comment/", {"action": action, "_selected_action": [c.pk for c in comments]}
    )
    assert response.status_code == 302
    assert set(Comment.objects.values_list("status", "is_featured")) == {(status, featured)}
    assert all(Comment.objects.values_list("moderated_at", flat=True))


def test_approving_shows_the_comment_on_the_cached_page_at_once(moderator_client, client, platform):
    (comment,) = make_comments(platform, 1)
    anonymous = type(client)()
    assert "body 0" not in anonymous.get("/en/platforms/jiebei/").content.decode()
    moderator_client.post(
        "/admin/feedback/comment/", {"action": "mark_approved_plain", "_selected_action": [comment.pk]}
    )
    assert "body 0" in anonymous.get("/en/platforms/jiebei/").content.decode()


def test_unfeature_keeps_the_comment_approved(moderator_client, platform):
    comments = make_comments(platform)
    Comment.objects.update(status="approved", is_featured=True)
    moderator_client.post("/admin/feedback/comment/", {"action": "unfeature", "_selected_action": [comments[0].pk]})
    assert Comment.objects.get(pk=comments[0].pk).is_featured is False
    assert Comment.objects.get(pk=comments[0].pk).status == "approved"


def test_comment_list_filters_and_change_page(moderator_client, platform):
    (comment,) = make_comments(platform, 1)
    for query in ["", "?status__exact=pending", "?is_featured__exact=1", "?q=body"]:
        assert moderator_client.get(f"/admin/feedback/comment/{query}").status_code == 200
    url = f"/admin/feedback/comment/{comment.pk}/change/"
    assert moderator_client.get(url).status_code == 200
    response = moderator_client.post(
        url, {"display_name": "n", "body": "edited", "status": "rejected", "is_featured": "on"}
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.status, comment.is_featured, comment.body) == ("rejected", False, "edited")
    assert comment.moderated_at is not None


def test_contact_day_moderation_shows_the_outlier_flag(moderator_client, platform):
    normal = ContactDayReport.objects.create(
        platform=platform, first_contact_day=5, channel="sms", borrower_reachable="yes", language="en"
    )
    odd = ContactDayReport.objects.create(
        platform=platform, first_contact_day=900, channel="sms", borrower_reachable="yes", language="en"
    )
    html = moderator_client.get("/admin/feedback/contactdayreport/?is_outlier__exact=1").content.decode()
    assert "900" in html and f"/{normal.pk}/change/" not in html
    moderator_client.post(
        "/admin/feedback/contactdayreport/",
        {"action": "mark_approved_plain", "_selected_action": [normal.pk, odd.pk]},
    )
    assert set(ContactDayReport.objects.values_list("status", flat=True)) == {"approved"}
    assert list(ContactDayReport.objects.counted().values_list("pk", flat=True)) == [normal.pk]


def test_privacy_page_in_every_language_and_linked_from_the_footer(client):
    for language in ["zh-hans", "zh-hant", "en"]:
        response = client.get(f"/{language}/privacy/")
        assert response.status_code == 200
    html = client.get("/en/privacy/").content.decode()
    for phrase in ["name you choose", "e-mail address", "day overdue", "never store the address", "180 days"]:
        assert phrase in html, phrase
    assert 'href="/en/privacy/"' in client.get("/en/").content.decode()
