"""What readers send: comments, problem reports (corrections and takedown requests) and contact-day reports.

No IP address is stored anywhere: ``client_hash`` is a keyed hash of the address that changes every day (see
ratelimit.py), kept only so moderators can see that several submissions came from the same client on one day.
"""

from __future__ import annotations

import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforms.timeline import MAX_DAY

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L or U: easy to read out and type
REFERENCE_LENGTH = 6
DISPLAY_NAME_MAX_LENGTH = 40
COMMENT_MAX_LENGTH = 2000
DETAILS_MAX_LENGTH = 4000


def _exactly_one_target() -> Q:
    return (Q(article__isnull=False) & Q(platform__isnull=True)) | (Q(article__isnull=True) & Q(platform__isnull=False))


class TargetMixin:
    """The article or platform page a submission is about."""

    @property
    def target(self):
        return self.article if self.article_id else self.platform

    def get_target_url(self) -> str:
        target = self.target
        return target.get_absolute_url() if target is not None else ""


class CommentQuerySet(models.QuerySet):
    def visible(self):
        """What readers see: approved comments, featured ones first, then the newest."""
        return self.filter(status=Comment.Status.APPROVED).order_by("-is_featured", "-created_at", "-pk")


class Comment(TargetMixin, models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")

    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("article"),
    )
    platform = models.ForeignKey(
        "platforms.Platform",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("platform"),
    )
    display_name = models.CharField(_("display name"), max_length=DISPLAY_NAME_MAX_LENGTH)
    body = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    is_featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Featured comments are shown first and highlighted.")
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    client_hash = models.CharField(_("client (daily hash)"), max_length=64, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["-created_at", "-pk"]
        constraints = [models.CheckConstraint(condition=_exactly_one_target(), name="comment_has_one_target")]
        indexes = [models.Index(fields=["status", "created_at"], name="comment_status_idx")]

    def __str__(self) -> str:
        return f"{self.display_name}: {self.body[:40]}"


class ProblemReport(TargetMixin, models.Model):
    class Reason(models.TextChoices):
        WRONG = "wrong", _("Wrong or outdated information")
        RIGHTS = "rights", _("Infringes my rights")
        PERSONAL_DATA = "personal_data", _("Contains personal data")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        RESOLVED = "resolved", _("Resolved")
        REJECTED = "rejected", _("Rejected")

    CLOSED = (Status.RESOLVED, Status.REJECTED)

    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    # SET_NULL: a takedown request must outlive the page it got removed.
    article = models.ForeignKey(
        "articles.Article",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="problem_reports",
        verbose_name=_("article"),
    )
    platform = models.ForeignKey(
        "platforms.Platform",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="problem_reports",
        verbose_name=_("platform"),
    )
    page_title = models.CharField(_("page"), max_length=300, blank=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    details = models.TextField(_("what is wrong"), max_length=DETAILS_MAX_LENGTH)
    contact_email = models.EmailField(_("reporter's e-mail address"), blank=True)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW)
    internal_note = models.TextField(_("internal note"), blank=True, help_text=_("Never shown to the reporter."))
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    resolved_at = models.DateTimeField(_("closed"), null=True, blank=True)
    notified_at = models.DateTimeField(_("reporter notified"), null=True, blank=True)
    client_hash = models.CharField(_("client (daily hash)"), max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=True) | Q(platform__isnull=True), name="problem_report_at_most_one_target"
            )
        ]

    def __str__(self) -> str:
        return self.reference

    def save(self, *args, **kwargs):
        if not self.reference:
            reference = self.new_reference()
            while ProblemReport.objects.filter(reference=reference).exists():
                reference = self.new_reference()
            self.reference = reference
        if self.status in self.CLOSED and self.resolved_at is None:
            self.resolved_at = timezone.now()
        elif self.status not in self.CLOSED:
            self.resolved_at = None
        super().save(*args, **kwargs)

    @staticmethod
    def new_reference() -> str:
        return "R-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


class ContactDayReportQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=ContactDayReport.Status.APPROVED)

    def counted(self):
        """The reports that go into the figures readers see: approved and not flagged as outliers."""
        return self.approved().filter(is_outlier=False)


class ContactDayReport(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    class Channel(models.TextChoices):
        PHONE = "phone", _("Phone call from a person")
        ROBOCALL = "robocall", _("Automated voice call")
        SMS = "sms", _("Text message (SMS)")
        SOCIAL = "social", _("Chat app (WeChat, QQ and similar)")
        VISIT = "visit", _("Visit in person")
        OTHER = "other", _("Other or not sure")

    class Reachable(models.TextChoices):
        YES = "yes", _("Yes, the borrower could be reached")
        NO = "no", _("No, the borrower could not be reached")
        UNSURE = "unsure", _("Not sure")

    platform = models.ForeignKey(
        "platforms.Platform", on_delete=models.CASCADE, related_name="contact_day_reports", verbose_name=_("platform")
    )
    first_contact_day = models.PositiveSmallIntegerField(
        _("first day contacts were called"), validators=[MinValueValidator(0), MaxValueValidator(MAX_DAY)]
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    borrower_reachable = models.CharField(_("borrower reachable"), max_length=10, choices=Reachable.choices)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    is_outlier = models.BooleanField(
        _("outlier"),
        default=False,
        help_text=_("Set automatically when the day is far from the platform's stages or from other reports."),
    )
    outlier_reason = models.CharField(_("why it is an outlier"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    client_hash = models.CharField(_("client (daily hash)"), max_length=64, blank=True, editable=False)

    objects = ContactDayReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact-day report")
        verbose_name_plural = _("contact-day reports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(first_contact_day__gte=0) & Q(first_contact_day__lte=MAX_DAY),
                name="contact_day_report_day_in_range",
            )
        ]
        indexes = [models.Index(fields=["platform", "status", "is_outlier"], name="contact_day_counted_idx")]

    def __str__(self) -> str:
        return f"{self.platform_id}: {self.first_contact_day}"

    def save(self, *args, **kwargs):
        if self._state.adding and not self.is_outlier:
            from .aggregation import outlier_reason

            reason = outlier_reason(self.platform, self.first_contact_day)
            self.is_outlier = bool(reason)
            self.outlier_reason = reason
        super().save(*args, **kwargs)
