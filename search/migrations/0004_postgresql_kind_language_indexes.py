"""PostgreSQL: the search indexes split by kind and language, the way every search reads them (see search.backends).

A search asks one kind of document in one language at a time (a tier). With indexes over every document it counted a
tier's matches from a GIN index that also listed the other kinds' matches, and read each of those rows only to drop
it; and for a common word, reading the tier newest first, the planner preferred the primary key to the (kind,
language, id) index and stepped over every other kind's documents first. Here each kind and language has its own GIN
indexes (title, whole document) and its own index of ids; the indexes over every document go. A new kind or language
needs its indexes here too.
"""

from django.db import migrations

KINDS = (1, 2, 3)  # platform, article, FAQ entry (search.models.SearchDocument.Kind)
LANGUAGES = ("zh", "en")  # search.models.SearchDocument.Language
WHOLE_TABLE = {
    "search_document_title_gin": "USING GIN (title_vector)",
    "search_document_vector_gin": "USING GIN (search_vector)",
    "search_document_scope_idx": "(kind, language, id)",
}


def _per_tier() -> dict[str, str]:
    indexes = {}
    for kind in KINDS:
        for language in LANGUAGES:
            where = f"WHERE kind = {kind} AND language = '{language}'"
            prefix = f"search_document_k{kind}_{language}"
            indexes[f"{prefix}_idx"] = f"(id) {where}"
            indexes[f"{prefix}_title_gin"] = f"USING GIN (title_vector) {where}"
            indexes[f"{prefix}_vector_gin"] = f"USING GIN (search_vector) {where}"
    return indexes


def _replace(schema_editor, drop: dict[str, str], create: dict[str, str]) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in create.items():
        schema_editor.execute(f"CREATE INDEX {name} ON search_searchdocument {definition}")
    for name in drop:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def forward(apps, schema_editor):
    _replace(schema_editor, drop=WHOLE_TABLE, create=_per_tier())


def backward(apps, schema_editor):
    _replace(schema_editor, drop=_per_tier(), create=WHOLE_TABLE)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_fts_scope")]

    operations = [migrations.RunPython(forward, backward)]
