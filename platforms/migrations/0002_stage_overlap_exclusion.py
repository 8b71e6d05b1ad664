"""On PostgreSQL, make overlapping stages of one platform impossible in the database itself.

An open-ended stage counts as running to the end of time, so the same constraint also keeps it last and unique.
The constraint is deferred to the end of the transaction because the admin saves a platform's stages one by one
and an editor may shift several boundaries at once. SQLite cannot defer such a check, so there the rule is
enforced by validation (platforms.timeline) only.
"""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE platforms_stage ADD CONSTRAINT stage_days_do_not_overlap
    EXCLUDE USING gist (platform_id WITH =, int4range(first_day, COALESCE(last_day, 2147483646), '[]') WITH &&)
    DEFERRABLE INITIALLY DEFERRED;
"""
DROP = "ALTER TABLE platforms_stage DROP CONSTRAINT IF EXISTS stage_days_do_not_overlap;"


def create_constraint(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_constraint(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("platforms", "0001_initial")]

    operations = [migrations.RunPython(create_constraint, drop_constraint, elidable=False)]
