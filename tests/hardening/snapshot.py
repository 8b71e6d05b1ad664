"""What is stored, row by row, so a test can prove that requests changed nothing (or only added what they may)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.apps import apps
from django.db import connection

# Tables that requests are expected to write to and that hold no content: login sessions, django-axes' record of
# admin login attempts, the admin's action log.
NOT_CONTENT = {"sessions", "axes", "admin"}


def stored_models():
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.app_label not in NOT_CONTENT and model._meta.managed and not model._meta.proxy
    ]


def table_rows(model) -> tuple[list[str], list[tuple]]:
    """(column names, every row in primary-key order) of the model's table, read with plain SQL."""
    table = connection.ops.quote_name(model._meta.db_table)
    pk = connection.ops.quote_name(model._meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} ORDER BY {pk}")  # noqa: S608 - names from the model registry
        return [column[0] for column in cursor.description], cursor.fetchall()


def _table_checksums(model) -> dict[str, str]:
    columns, rows = table_rows(model)
    pk_index = columns.index(model._meta.pk.column)
    return {str(row[pk_index]): hashlib.sha256(repr(row).encode()).hexdigest() for row in rows}


@dataclass(frozen=True)
class Snapshot:
    """{model label: {primary key: checksum of the whole row}} for every table that holds stored data."""

    tables: dict[str, dict[str, str]]

    @classmethod
    def take(cls) -> Snapshot:
        return cls({model._meta.label: _table_checksums(model) for model in stored_models()})

    def row_counts(self) -> dict[str, int]:
        return {label: len(rows) for label, rows in self.tables.items()}

    def changes_since(self, before: Snapshot) -> dict[str, dict[str, list[str]]]:
        """{model label: {"changed": [pk…], "removed": [pk…], "added": [pk…]}} for tables that differ."""
        changes = {}
        for label in sorted(set(before.tables) | set(self.tables)):
            old, new = before.tables.get(label, {}), self.tables.get(label, {})
            if old == new:
                continue
            changes[label] = {
                "changed": sorted(pk for pk in old.keys() & new.keys() if old[pk] != new[pk]),
                "removed": sorted(old.keys() - new.keys()),
                "added": sorted(new.keys() - old.keys()),
            }
        return changes
