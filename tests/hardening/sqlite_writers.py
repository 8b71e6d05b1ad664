"""Many writers at once on a file-based SQLite database configured by the site's settings.

Run as ``python -m tests.hardening.sqlite_writers DATABASE_FILE THREADS WRITES``: migrates a fresh database, then
THREADS threads (each with its own connection) start together and each saves WRITES articles and, when the feedback
app is installed, WRITES reader reports, every one in a transaction that reads before it writes (the pattern that
fails at once with "database is locked" under SQLite's default deferred transactions). Prints a JSON summary.
"""

from __future__ import annotations

import json
import os
import sys
import threading


def main(database: str, threads: int, writes: int) -> dict:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.pop("REDIS_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "overdue_site.settings"
    import django

    django.setup()
    from django.apps import apps
    from django.core.management import call_command
    from django.db import OperationalError, connection, transaction

    from articles.models import Article
    from tests.factories import make_article, make_category, make_platform

    call_command("migrate", verbosity=0)
    category = make_category("concurrency")
    platform = make_platform("concurrency")
    report_model = apps.get_model("feedback", "ContactDayReport") if apps.is_installed("feedback") else None
    with connection.cursor() as cursor:
        journal_mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    connection.close()

    start = threading.Barrier(threads)
    errors: list[str] = []

    def writer(number: int) -> None:
        try:
            start.wait()
            for index in range(writes):
                try:
                    with transaction.atomic():
                        Article.objects.filter(category=category).count()
                        make_article(f"并发文章 {number}-{index}", f"Concurrent {number}-{index}", category=category)
                    if report_model is not None:
                        with transaction.atomic():
                            report_model.objects.filter(platform=platform).count()
                            report_model.objects.create(
                                platform=platform,
                                first_contact_day=index % 30,
                                channel="phone",
                                borrower_reachable="no",
                                language="en",
                            )
                except OperationalError as error:
                    errors.append(f"{number}-{index}: {error}")
        finally:
            connection.close()

    workers = [threading.Thread(target=writer, args=(number,)) for number in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return {
        "journal_mode": journal_mode,
        "options": {key: value for key, value in connection.settings_dict["OPTIONS"].items() if key != "init_command"},
        "errors": errors,
        "articles": Article.objects.filter(category=category).count(),
        "reports": report_model.objects.filter(platform=platform).count() if report_model else None,
        "expected": threads * writes,
    }


if __name__ == "__main__":
    database, threads, writes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(main(database, threads, writes)))
