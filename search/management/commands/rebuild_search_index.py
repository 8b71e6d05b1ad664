from django.core.management.base import BaseCommand
from django.utils import translation

from search import index
from search.models import SearchDocument


class Command(BaseCommand):
    help = (
        "Rebuild the site-search documents of every platform, article and FAQ entry, in batches. Saves keep the "
        "index up to date; run this after loading content without model saves (bulk inserts, SQL imports) or after "
        "upgrading the search code."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size", type=int, default=index.BATCH_SIZE, help="Records read per query (default %(default)s)."
        )

    def handle(self, *args, batch_size: int, **options):
        counts = index.rebuild(batch_size=max(batch_size, 1))
        with translation.override("en"):
            for kind, count in counts.items():
                self.stdout.write(f"{SearchDocument.Kind(kind).label}: {count} documents")
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
