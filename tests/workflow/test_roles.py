"""The roles exist on a fresh database (created by a data migration) with the permissions their jobs need."""

import pytest
from django.contrib.auth.models import Group

from .conftest import staff_user


def codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}


@pytest.mark.django_db
def test_the_three_roles_exist():
    assert set(Group.objects.filter(name__in=["editor", "publisher", "moderator"]).values_list("name", flat=True)) == {
        "editor",
        "publisher",
        "moderator",
    }


@pytest.mark.django_db
def test_editors_write_but_cannot_publish_or_delete_pages():
    perms = codenames("editor")
    assert {
        "articles.add_article",
        "articles.change_article",
        "platforms.add_platform",
        "platforms.change_platform",
    } <= perms
    assert {"platforms.change_stage", "platforms.delete_source", "articles.delete_question"} <= perms
    assert "articles.publish_article" not in perms
    assert "platforms.publish_platform" not in perms
    assert "articles.delete_article" not in perms
    assert "platforms.delete_platform" not in perms
    # The disclaimer and the rules panel go live on save, so only publishers change them.
    assert "articles.change_sitetext" not in perms


@pytest.mark.django_db
def test_publishers_publish_schedule_and_unpublish():
    perms = codenames("publisher")
    assert {"articles.publish_article", "platforms.publish_platform", "articles.change_sitetext"} <= perms
    assert codenames("editor") <= perms


@pytest.mark.django_db
def test_moderators_may_look_at_content_but_not_change_it():
    perms = codenames("moderator")
    assert {"articles.view_article", "platforms.view_platform"} <= perms
    assert not {
        p for p in perms if p.startswith(("articles.", "platforms.")) and not p.split(".")[1].startswith("view_")
    }


@pytest.mark.django_db
@pytest.mark.parametrize(("group", "can_publish"), [("editor", False), ("publisher", True), ("moderator", False)])
def test_permission_checks_through_the_user(group, can_publish):
    user = staff_user(f"user-{group}", group)
    assert user.has_perm("articles.publish_article") is can_publish
    assert user.has_perm("platforms.publish_platform") is can_publish
