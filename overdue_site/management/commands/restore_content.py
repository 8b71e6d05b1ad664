from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from overdue_site.backup import RestoreRefused, restore


class Command(BaseCommand):
    help = (
        "Load a file written by backup_content into an EMPTY database (after migrate), in one transaction. "
        "Refuses when any content table already holds rows."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="a file written by backup_content (.json or .json.gz)")

    def handle(self, *args, file: Path, **options):
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        try:
            count, unlinked = restore(file)
        except RestoreRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(self.style.SUCCESS(f"{count} records restored from {file}."))
        if unlinked:
            self.stdout.write(
                self.style.WARNING(
                    f"{unlinked} references to user accounts were left empty: the accounts are not in this database "
                    "(back up with --with-users to keep them)."
                )
            )
