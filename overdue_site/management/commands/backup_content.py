from pathlib import Path

from django.core.management.base import BaseCommand

from overdue_site.backup import CONTENT_APPS, write_backup


class Command(BaseCommand):
    help = (
        "Write all content (every language) to a JSON file, gzip-compressed when the name ends in .gz. "
        f"Apps: {', '.join(CONTENT_APPS)}. Restore it with restore_content."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="where to write, e.g. backup.json.gz")
        parser.add_argument(
            "--with-users",
            action="store_true",
            help="also write user accounts (with password hashes) and groups; keep such a file secret",
        )

    def handle(self, *args, file: Path, with_users: bool, **options):
        count = write_backup(file, with_users=with_users)
        self.stdout.write(self.style.SUCCESS(f"{count} records written to {file}."))
