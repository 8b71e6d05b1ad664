"""The publishing state shared by platforms and articles: draft → in review → published, with a schedule.

Only abstract parts live here; the concrete fields belong to ``platforms.Platform`` and ``articles.Article``.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


class State(models.TextChoices):
    """What readers see right now, derived from the status and the schedule."""

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    SCHEDULED = "scheduled", _("Scheduled")
    LIVE = "live", _("Published")
    EXPIRED = "expired", _("Unpublished on schedule")


def stale_after_days() -> int:
    return settings.CONTENT_STALE_AFTER_DAYS


def local_today() -> datetime.date:
    return timezone.localdate()


class PublishableQuerySet(models.QuerySet):
    def published(self, at: datetime.datetime | None = None):
        """The one definition of what readers may see; every public view, feed, sitemap and the API use it."""
        now = at or timezone.now()
        return self.filter(
            Q(status=Status.PUBLISHED),
            Q(published_at__lte=now),
            Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now),
        )

    def released(self, at: datetime.datetime | None = None):
        """Published now or scheduled to be: what readers see or are about to see."""
        now = at or timezone.now()
        return self.filter(Q(status=Status.PUBLISHED), Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now))

    def in_state(self, state: str, at: datetime.datetime | None = None):
        """Records in one of the derived states (see State), for the admin's list filter."""
        now = at or timezone.now()
        not_expired = Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now)
        if state in (State.DRAFT, State.REVIEW):
            return self.filter(status=state)
        if state == State.SCHEDULED:
            return self.filter(not_expired, status=Status.PUBLISHED, published_at__gt=now)
        if state == State.LIVE:
            return self.published(now)
        if state == State.EXPIRED:
            return self.filter(status=Status.PUBLISHED, unpublish_at__lte=now)
        return self.none()

    def not_reviewed_since(self, days: int | None = None, today: datetime.date | None = None):
        """Records never reviewed or last reviewed more than ``days`` days ago."""
        days = stale_after_days() if days is None else days
        cutoff = (today or local_today()) - datetime.timedelta(days=days)
        return self.filter(Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=cutoff))

    def oldest_review_first(self):
        return self.order_by(F("last_reviewed").asc(nulls_first=True), "pk")


class Publishable(models.Model):
    """Status, schedule and review fields; the concrete model defines ``objects`` from PublishableQuerySet."""

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publish date"),
        default=timezone.now,
        blank=True,
        help_text=_("Readers see the page from this time on; a time in the future schedules it. Empty means now."),
    )
    unpublish_at = models.DateTimeField(
        _("unpublish at"),
        null=True,
        blank=True,
        help_text=_("Optional: readers no longer see the page from this time on."),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("last reviewed by"),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.unpublish_at and self.published_at and self.unpublish_at <= self.published_at:
            raise ValidationError({"unpublish_at": _("The unpublish time must be after the publish date.")})

    def state(self, at: datetime.datetime | None = None) -> str:
        now = at or timezone.now()
        if self.status != Status.PUBLISHED:
            return State(self.status).value
        if self.unpublish_at is not None and self.unpublish_at <= now:
            return State.EXPIRED.value
        if self.published_at > now:
            return State.SCHEDULED.value
        return State.LIVE.value

    @property
    def is_live(self) -> bool:
        return self.state() == State.LIVE

    def get_state_display(self) -> str:
        return str(State(self.state()).label)
