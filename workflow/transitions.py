"""Moves a platform or an article through draft → in review → published, checking who may do what.

Editors (change permission) write drafts and send them for review; publishers (``publish_<model>`` permission)
publish, schedule and unpublish. Every function saves the record, so the page cache and history see the change.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Publishable, Status, local_today


class TransitionError(ValueError):
    """The record is not in a state the transition starts from; the message says why, in the user's language."""


def publish_permission(model) -> str:
    return f"{model._meta.app_label}.publish_{model._meta.model_name}"


def change_permission(model) -> str:
    return f"{model._meta.app_label}.change_{model._meta.model_name}"


def can_publish(user, model) -> bool:
    return user.has_perm(publish_permission(model))


def can_edit(user, model) -> bool:
    return user.has_perm(change_permission(model))


def _require(user, permission: str) -> None:
    if not user.has_perm(permission):
        raise PermissionDenied(_("You are not allowed to do this."))


def submit_for_review(obj: Publishable, user) -> None:
    _require(user, change_permission(obj))
    if obj.status != Status.DRAFT:
        raise TransitionError(_("Only drafts can be sent for review."))
    obj.status = Status.REVIEW
    obj.save()


def return_to_draft(obj: Publishable, user) -> None:
    """Sends a record in review back to its editor; a published record is taken down with unpublish()."""
    _require(user, change_permission(obj))
    if obj.status != Status.REVIEW:
        raise TransitionError(_("Only records in review can be returned to draft; use unpublish for published ones."))
    obj.status = Status.DRAFT
    obj.save()


def publish(obj: Publishable, user, *, now: datetime.datetime | None = None) -> None:
    """Makes the record visible now. A record that is already visible keeps its publish date."""
    _require(user, publish_permission(obj))
    now = now or timezone.now()
    if obj.status != Status.PUBLISHED or obj.published_at > now:
        obj.published_at = now
    if obj.unpublish_at is not None and obj.unpublish_at <= now:
        obj.unpublish_at = None
    obj.status = Status.PUBLISHED
    obj.save()


def schedule(
    obj: Publishable, user, publish_at: datetime.datetime, unpublish_at: datetime.datetime | None = None
) -> None:
    """Publishes the record at ``publish_at`` and, if given, takes it down at ``unpublish_at``."""
    _require(user, publish_permission(obj))
    if unpublish_at is not None and unpublish_at <= publish_at:
        raise ValidationError({"unpublish_at": _("The unpublish time must be after the publish date.")})
    obj.status = Status.PUBLISHED
    obj.published_at = publish_at
    obj.unpublish_at = unpublish_at
    obj.save()


def unpublish(obj: Publishable, user) -> None:
    """Takes the record down at once and makes it a draft again (a scheduled record is unscheduled)."""
    _require(user, publish_permission(obj))
    if obj.status != Status.PUBLISHED:
        raise TransitionError(_("Only published or scheduled records can be unpublished."))
    obj.status = Status.DRAFT
    obj.unpublish_at = None
    obj.save()


def mark_reviewed(obj: Publishable, user, *, today: datetime.date | None = None) -> None:
    _require(user, change_permission(obj))
    obj.last_reviewed = today or local_today()
    obj.last_reviewed_by = user
    obj.save()
