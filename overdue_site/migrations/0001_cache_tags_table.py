"""The table of the page cache's tag versions when they live in the database (no REDIS_URL; see settings.caches_for).

Created by ``migrate`` whatever the cache settings are now, so every way of setting up a database (serve.sh, the
benchmark, a restore) has it, also when a site switches from Redis to none later.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

TABLE = "cache_tags"


def create_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_table, drop_table)]
