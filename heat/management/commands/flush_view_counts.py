from django.core.management.base import BaseCommand

from heat.counting import flush_all


class Command(BaseCommand):
    help = "Write article views still counted in the cache to the database (run it before stopping the cache)."

    def handle(self, *args, **options):
        written = flush_all()
        self.stdout.write(f"Wrote {written} pending views to the database.")
