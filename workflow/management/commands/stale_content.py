"""Prints published content not reviewed for more than N days, for a scheduled job (cron mails any output).

One tab-separated line per record, never-reviewed first, then oldest review first:
    last_reviewed (YYYY-MM-DD or "never")  days since review ("-" if never)  model  id  title  admin path
Nothing is printed when nothing is stale, so cron sends no mail; the exit code is 0 either way.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from workflow.review import stale_content


def _non_negative(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise CommandError(f"--days must be a whole number of days, not {value!r}.") from None
    if days < 0:
        raise CommandError("--days must not be negative.")
    return days


class Command(BaseCommand):
    help = "List published platforms and articles not reviewed for more than N days (default CONTENT_STALE_AFTER_DAYS)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=str,
            default=None,
            help=f"Days since the last review (default {settings.CONTENT_STALE_AFTER_DAYS}).",
        )
        parser.add_argument("--header", action="store_true", help="Print a header line first.")

    def handle(self, *args, days=None, header=False, **options):
        days = settings.CONTENT_STALE_AFTER_DAYS if days is None else _non_negative(days)
        with translation.override(settings.LANGUAGE_CODE):
            items = stale_content(days)
            if items and header:
                self.stdout.write("last_reviewed\tdays\tmodel\tid\ttitle\tadmin_path")
            for item in items:
                title = " ".join(str(item.obj).split())
                self.stdout.write(
                    "\t".join(
                        [
                            item.last_reviewed.isoformat() if item.last_reviewed else "never",
                            "-" if item.days_since_review is None else str(item.days_since_review),
                            item.obj._meta.label_lower,
                            str(item.obj.pk),
                            title,
                            item.admin_url,
                        ]
                    )
                )
        if options["verbosity"] >= 2:
            self.stderr.write(f"{len(items)} record(s) not reviewed for more than {days} days.")
