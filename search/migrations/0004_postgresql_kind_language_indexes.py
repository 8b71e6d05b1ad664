"""PostgreSQL: one index of document ids per kind and language, for common words (see ``search.backends``).

A common word is searched by reading the documents of one kind and language newest first and checking the tokens
on each. With the (kind, language, id) index the planner preferred the primary key, which lists every kind and
language together (for articles it first stepped over all the FAQ entries' documents); a partial index holds only
the tier's documents, so the planner takes it. A new kind or language needs its indexes here too.
"""

from django.db import migrations

KINDS = (1, 2, 3)  # platform, article, FAQ entry (search.models.SearchDocument.Kind)
LANGUAGES = ("zh", "en")  # search.models.SearchDocument.Language


def _name(kind: int, language: str) -> str:
    return f"search_document_k{kind}_{language}_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for kind in KINDS:
        for language in LANGUAGES:
            schema_editor.execute(
                f"CREATE INDEX {_name(kind, language)} ON search_searchdocument (id) "
                f"WHERE kind = {kind} AND language = '{language}'"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for kind in KINDS:
        for language in LANGUAGES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {_name(kind, language)}")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_fts_scope")]

    operations = [migrations.RunPython(create, drop)]
