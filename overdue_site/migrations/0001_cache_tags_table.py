"""The table of the page cache's tag versions when they live in the database (no REDIS_URL; see settings.caches_for).

``migrate`` creates it, so every way of setting up a database (serve.sh, the benchmark, a restore) gets it; after
switching from Redis to the database later, run ``manage.py createcachetable``.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
