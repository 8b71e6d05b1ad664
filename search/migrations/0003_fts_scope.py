"""Search that stays fast however many documents match.

SQLite: a third FTS5 column, ``scope``, holding the document's kind-and-language token and its title tokens marked
with ``t`` (see ``search.backends``), so a search reads only the index entries of the kind and language it ranks and
finds title matches from their own lists, however many other documents match; and a prefix index of one character,
so a one-character query reads one list instead of merging the lists of every word it begins. The existing index is
copied into the new table (no rebuild needed).

PostgreSQL: a GIN index on the title vector (title matches are found from the index, however many documents have
the words elsewhere) and an index on (kind, language, id), which the planner combines with the GIN indexes.
"""

from django.db import migrations

FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 0', detail=column, columnsize=0"

SQL = {
    "sqlite": (
        [
            f"CREATE VIRTUAL TABLE search_fts_new USING fts5(title, body, scope, {FTS_OPTIONS}, prefix='1')",
            "INSERT INTO search_fts_new (rowid, title, body, scope) "
            "SELECT search_fts.rowid, search_fts.title, search_fts.body, 'k' || d.kind || d.language "
            "|| CASE WHEN search_fts.title = '' THEN '' ELSE ' t' || replace(search_fts.title, ' ', ' t') END "
            "FROM search_fts JOIN search_searchdocument AS d ON d.id = search_fts.rowid",
            "DROP TABLE search_fts",
            "ALTER TABLE search_fts_new RENAME TO search_fts",
            "INSERT INTO search_fts (search_fts) VALUES ('optimize')",
        ],
        [
            f"CREATE VIRTUAL TABLE search_fts_old USING fts5(title, body, {FTS_OPTIONS})",
            "INSERT INTO search_fts_old (rowid, title, body) SELECT rowid, title, body FROM search_fts",
            "DROP TABLE search_fts",
            "ALTER TABLE search_fts_old RENAME TO search_fts",
        ],
    ),
    "postgresql": (
        [
            "CREATE INDEX search_document_title_gin ON search_searchdocument USING GIN (title_vector)",
            "CREATE INDEX search_document_scope_idx ON search_searchdocument (kind, language, id)",
        ],
        ["DROP INDEX IF EXISTS search_document_title_gin", "DROP INDEX IF EXISTS search_document_scope_idx"],
    ),
}


def _run(schema_editor, reverse: bool) -> None:
    for statement in SQL.get(schema_editor.connection.vendor, ((), ()))[1 if reverse else 0]:
        schema_editor.execute(statement)


def forward(apps, schema_editor):
    _run(schema_editor, reverse=False)


def backward(apps, schema_editor):
    _run(schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [migrations.RunPython(forward, backward)]
