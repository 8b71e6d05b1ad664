"""The database-specific full-text structures next to search_searchdocument (queried by search.backends).

SQLite: an FTS5 table whose rowid is the document id (detail=column: matching needs no positions; columnsize=0:
no bm25 ranking is used). PostgreSQL: title and whole-document tsvector columns, the latter with a GIN index.
"""

from django.db import migrations

SQL = {
    "sqlite": (
        [
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 0', "
            "detail=column, columnsize=0)"
        ],
        ["DROP TABLE IF EXISTS search_fts"],
    ),
    "postgresql": (
        [
            "ALTER TABLE search_searchdocument ADD COLUMN title_vector tsvector NOT NULL DEFAULT ''::tsvector, "
            "ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector",
            "CREATE INDEX search_document_vector_gin ON search_searchdocument USING GIN (search_vector)",
        ],
        [
            "DROP INDEX IF EXISTS search_document_vector_gin",
            "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector, "
            "DROP COLUMN IF EXISTS search_vector",
        ],
    ),
}


def _run(schema_editor, reverse: bool) -> None:
    vendor = schema_editor.connection.vendor
    if vendor not in SQL:
        raise NotImplementedError(f"Site search supports SQLite and PostgreSQL, not {vendor}.")
    for statement in SQL[vendor][1 if reverse else 0]:
        schema_editor.execute(statement)


def create(apps, schema_editor):
    _run(schema_editor, reverse=False)


def drop(apps, schema_editor):
    _run(schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
