"""Delete moderation data that is no longer needed, after FEEDBACK_RETENTION_DAYS (see the privacy page)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from feedback.models import Comment, ContactDayReport, ProblemReport


def expired_querysets(now: datetime.datetime, retention_days: int) -> dict[str, object]:
    cutoff = now - datetime.timedelta(days=retention_days)
    return {
        "comments": Comment.objects.filter(
            status__in=[Comment.Status.REJECTED, Comment.Status.SPAM], created_at__lt=cutoff
        ),
        "problem reports": ProblemReport.objects.filter(status__in=ProblemReport.CLOSED, resolved_at__lt=cutoff),
        "contact-day reports": ContactDayReport.objects.filter(
            status=ContactDayReport.Status.REJECTED, created_at__lt=cutoff
        ),
    }


class Command(BaseCommand):
    help = (
        "Delete rejected and spam comments, closed (resolved or rejected) problem reports and rejected contact-day "
        "reports older than FEEDBACK_RETENTION_DAYS (default 180) days."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")
        parser.add_argument("--days", type=int, default=None, help="Override FEEDBACK_RETENTION_DAYS.")

    def handle(self, *args, dry_run=False, days=None, **options):
        retention_days = days if days is not None else int(getattr(settings, "FEEDBACK_RETENTION_DAYS", 180))
        querysets = expired_querysets(timezone.now(), retention_days)
        verb = "Would delete" if dry_run else "Deleted"
        with transaction.atomic():
            for label, queryset in querysets.items():
                count = queryset.count() if dry_run else queryset.delete()[0]
                self.stdout.write(f"{verb} {count} {label} older than {retention_days} days.")
