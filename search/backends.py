"""All database-specific search SQL, for SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Both databases answer the same question the same way: a document matches when it has every token of every query
segment (a one-character or longer-word segment also matches tokens that begin with it), anywhere in its title
or body. The ranking (see ``search.engine.TIERS``) puts documents with every segment in the title (name and other
names for platforms, the question for FAQ entries) above the others, platforms, articles and FAQ entries in that
order within each, and the newest document first within a tier, so both databases return identical pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from .tokens import Segment

# The tables (search_searchdocument, and search_fts on SQLite) are created by migrations 0001 to 0003. SQL text here
# is built only from constants and SQL compiled by Django (hence the S608 exemptions); readers' words are parameters.


# Writing ----------------------------------------------------------------------------------------------------------


# SQLite: the FTS5 table's third column, ``scope``, holds the document's kind-and-language token (``scope()``, e.g.
# ``k2zh``) and each title token again with TITLE_MARK in front ("t借呗"): in FTS5 every column of a token shares one
# list of documents, so "借 in the title" would otherwise mean reading every document with 借 anywhere; a marked
# token has a list of its own. Readers' words are only ever matched in the title and body columns.
TITLE_MARK = "t"


def scope(kind: int, language: str) -> str:
    """The token of a kind and language (e.g. ``k2zh``) in the ``scope`` column of the FTS5 table."""
    return f"k{int(kind)}{str(language)}"


def _scope_text(scope_token: str, title: list[str]) -> str:
    return " ".join([scope_token, *(TITLE_MARK + token for token in title)])


def write_tokens(rows: list[tuple[int, str, list[str], list[str]]]) -> None:
    """Store (document id, ``scope()`` token, title tokens, body tokens) for documents, replacing what they had."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", [(pk,) for pk, *_rest in rows])
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body, scope) VALUES (%s, %s, %s, %s)",
                [(pk, " ".join(title), " ".join(body), _scope_text(token, title)) for pk, token, title, body in rows],
            )
        else:
            cursor.executemany(
                "UPDATE search_searchdocument SET title_vector = array_to_tsvector(%s::text[]), "
                "search_vector = array_to_tsvector(%s::text[]) WHERE id = %s",
                [(title, sorted({*title, *body}), pk) for pk, _token, title, body in rows],
            )


def delete_tokens(document_ids: list[int]) -> None:
    """Forget the tokens of documents about to be deleted (PostgreSQL keeps them in the rows themselves)."""
    if document_ids and connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", [(pk,) for pk in document_ids])


def delete_all_tokens() -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")


def optimise() -> None:
    """After a bulk load: merge the FTS5 index (SQLite), and refresh the query planner's statistics of every table
    (bulk-loaded content too: without them PostgreSQL picks slow plans for the published-content checks).

    PostgreSQL also gets a VACUUM when not inside a transaction: until a table is vacuumed its rows are not marked
    visible to all, so counting a listing reads the whole table instead of its index (the FAQ index counted 33,000
    articles in 100 ms instead of 5 ms after 100,000 were generated). Autovacuum does it too, but minutes later.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        else:
            # Move the entries a bulk write left in the GIN indexes' pending lists (which every search reads
            # through) into the indexes proper, instead of waiting for autovacuum.
            cursor.execute(
                "SELECT gin_clean_pending_list(index.indexrelid) FROM pg_index AS index "
                "JOIN pg_class AS class ON class.oid = index.indexrelid JOIN pg_am AS method ON method.oid = class.relam "
                "WHERE index.indrelid = 'search_searchdocument'::regclass AND method.amname = 'gin'"
            )
        vacuum = connection.vendor == "postgresql" and not connection.in_atomic_block
        cursor.execute("VACUUM (ANALYZE)" if vacuum else "ANALYZE")


# Querying ---------------------------------------------------------------------------------------------------------


def _fts_quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _fts_segment(segment: Segment, mark: str = "") -> str:
    return " AND ".join(_fts_quote(mark + token) + ("*" if segment.prefix else "") for token in segment.tokens)


def _tsquery_quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsquery_segment(segment: Segment) -> str:
    return " & ".join(_tsquery_quote(token) + (":*" if segment.prefix else "") for token in segment.tokens)


def _fts_all(segments: list[Segment], mark: str = "") -> str:
    return " AND ".join(f"({_fts_segment(segment, mark)})" for segment in segments)


def _tsquery_all(segments: list[Segment]) -> str:
    return " & ".join(f"({_tsquery_segment(segment)})" for segment in segments)


COLUMNS = ("id", "kind", "object_id", "parent_id")


def tier_sqls(
    documents: dict[int, tuple[str, tuple]],
    tiers: Sequence[tuple[int, bool]],
    segments: list[Segment],
    language: str,
    limit: int,
) -> list[tuple[str, list]]:
    """For each tier (kind, in_title): SELECT tier number, id, kind, object_id, parent_id from ``documents[kind]``
    (search documents of that kind in ``language`` that readers may see) that have every segment: all of them in
    the title (in_title), or not all of them there; newest document first, at least the first ``limit``.

    SQLite: the FTS5 table drives the query, newest first from the index itself, and reads only entries of the
    tier's kind and language (its ``scope`` token) and, for title matches, the marked title tokens: the work is
    bounded by the rows taken (``ranked_rows``' limit), not by how many documents match. PostgreSQL: the matches
    from the GIN indexes when they are few, else the tier's documents newest first (see _postgresql_tier).
    """
    if connection.vendor == "sqlite":
        title = f"scope : ({_fts_all(segments, TITLE_MARK)})"
        anywhere = f"{{title body}} : ({_fts_all(segments)})"
        result = []
        for number, (kind, in_title) in enumerate(tiers):
            matched = f"({title})" if in_title else f"(({anywhere}) NOT ({title}))"
            sql, params = documents[kind]
            result.append(
                (
                    "SELECT %s AS tier, d.* FROM search_fts JOIN (" + sql + ") AS d "  # noqa: S608
                    "ON d.id = search_fts.rowid WHERE search_fts MATCH %s ORDER BY search_fts.rowid DESC",
                    [number, *params, f"{matched} AND (scope : {_fts_quote(scope(kind, language))})"],
                )
            )
        return result
    query = _tsquery_all(segments)
    return [
        _postgresql_tier(number, kind, in_title, documents[kind], query, language, limit)
        for number, (kind, in_title) in enumerate(tiers)
    ]


# PostgreSQL cannot tell how many documents have every token of a query: it takes the tokens to be independent, and
# the pairs of one Chinese word are not (every document with 紧急 急联 联系 has 系人 too). It then expects a handful of
# matches, reads every one from a GIN index and sorts them, which for a common word is thousands of rows. So each
# tier first looks at its newest SAMPLE documents (along the tier's own index of ids, migration 0004) and counts how
# many match. Fewer than COMMON: the word is rare, and its matches are read from the GIN index and sorted (for a word
# spread evenly, under COMMON / SAMPLE of the tier's documents). Otherwise the tier's documents are read newest first,
# the tokens checked on each, until the tier's rows are found (for a word spread evenly, within limit × SAMPLE /
# COMMON documents). A sample rather than a count of the matches: counting up to a thousand of them read thousands of
# documents for a common word (2–4 ms a tier at 100,000 articles).
SAMPLE = 300
COMMON = 10
_IN_TITLE = "d.title_vector @@ %s::tsquery"
_ELSEWHERE = "d.search_vector @@ %s::tsquery AND NOT d.title_vector @@ %s::tsquery"
# ts_match_vq is the function behind @@: the same test, which no index serves, so the planner reads the tier's
# index of ids newest first instead of its GIN index.
_IN_TITLE_SCANNED = "ts_match_vq(d.title_vector, %s::tsquery)"
_ELSEWHERE_SCANNED = "ts_match_vq(d.search_vector, %s::tsquery) AND NOT ts_match_vq(d.title_vector, %s::tsquery)"
_ROW = "%s AS tier, d.id, d.kind, d.object_id, d.parent_id"


def _postgresql_tier(
    number: int, kind: int, in_title: bool, documents: tuple[str, tuple], query: str, language: str, limit: int
) -> tuple[str, list]:
    condition, scanned = (_IN_TITLE, _IN_TITLE_SCANNED) if in_title else (_ELSEWHERE, _ELSEWHERE_SCANNED)
    words = [query] if in_title else [query, query]
    documents_sql, documents_params = documents
    # Each way of reading is a fenced CTE, computed only if its branch runs: the planner cannot mix them up (take
    # the rare word's matches newest first for a LIMIT it expects to reach soon), and a plan it runs in parallel
    # starts its workers only when it is needed. The documents' own conditions (kind, language, published) are in both.
    sql = (
        "WITH sampled AS MATERIALIZED (SELECT count(*) AS found FROM (SELECT d.title_vector, d.search_vector "  # noqa: S608
        "FROM search_searchdocument AS d WHERE d.kind = %s AND d.language = %s ORDER BY d.id DESC LIMIT %s) AS d "
        f"WHERE {scanned}), "
        f"rare AS MATERIALIZED (SELECT {_ROW} FROM ({documents_sql}) AS d WHERE {condition}), "
        f"common AS MATERIALIZED (SELECT {_ROW} FROM ({documents_sql}) AS d WHERE {scanned} ORDER BY d.id DESC LIMIT %s) "
        "(SELECT * FROM rare WHERE (SELECT found FROM sampled) < %s ORDER BY id DESC LIMIT %s) "
        "UNION ALL (SELECT * FROM common WHERE (SELECT found FROM sampled) >= %s)"
    )
    params = [
        *(kind, language, SAMPLE, *words),
        *(number, *documents_params, *words),
        *(number, *documents_params, *words, limit),
        *(COMMON, limit, COMMON),
    ]
    return sql, params


def documents_sql(documents: QuerySet) -> tuple[str, tuple]:
    """The SQL of search documents as ``tier_sqls()`` reads them: their ids, and on PostgreSQL their token vectors."""
    columns = COLUMNS
    if connection.vendor == "postgresql":
        vectors = {
            name: RawSQL(f'"search_searchdocument"."{name}"', [])  # noqa: S611 - constant SQL
            for name in ("title_vector", "search_vector")
        }
        documents, columns = documents.annotate(**vectors), (*COLUMNS, *vectors)
    sql, params = documents.values_list(*columns).query.sql_with_params()
    return sql, tuple(params)


def ranked_rows(groups: list[list[tuple[str, list]]], limit: int) -> list[tuple]:
    """The first ``limit`` rows of the ranking, in order: the tiers in order, each newest first.

    One query per group of tiers (the engine's: every segment in the title, then the rest), until ``limit`` rows are
    found: a common word fills the count from the title matches and the rest is not read. The engine takes its page
    from these rows, so they both count (up to the cap) and find any page.
    """
    rows: list[tuple] = []
    with connection.cursor() as cursor:
        for group in groups:
            group_sql = _sqlite_group if connection.vendor == "sqlite" else _postgresql_group
            cursor.execute(*group_sql(group, limit - len(rows)))
            rows += cursor.fetchall()
            if len(rows) >= limit:
                break
    return rows


def _sqlite_group(group: list[tuple[str, list]], limit: int) -> tuple[str, list]:
    # SQLite runs the parts of a UNION ALL one after the other, in order, and stops when the LIMIT is reached, so later
    # tiers are not read once earlier ones fill it.
    parts, params = [], []
    for number, (sql, tier_params) in enumerate(group):
        parts.append(f"SELECT * FROM ({sql} LIMIT %s) AS tier_{number}")  # noqa: S608
        params += [*tier_params, limit]
    return "SELECT * FROM (" + " UNION ALL ".join(parts) + ") AS ranked LIMIT %s", [*params, limit]  # noqa: S608


def _postgresql_group(group: list[tuple[str, list]], limit: int) -> tuple[str, list]:
    # PostgreSQL promises no order for a UNION ALL, so the ORDER BY (tier, then document id) keeps the ranking; a
    # tier is read only if the tiers before it found fewer than ``limit`` rows (each is a CTE, computed only when a
    # part that is run reads it), so a common word's title matches among articles spare the FAQ entries' tier.
    tiers, params = [], []
    for number, (sql, tier_params) in enumerate(group):
        found = " + ".join(f"(SELECT count(*) FROM tier_{earlier})" for earlier in range(number))  # noqa: S608
        room = f" WHERE {found} < %s" if found else ""
        tiers.append(f"tier_{number} AS MATERIALIZED (SELECT * FROM ({sql} LIMIT %s) AS tier{room})")  # noqa: S608
        params += [*tier_params, limit, *([limit] if found else [])]
    union = " UNION ALL ".join(f"SELECT * FROM tier_{number}" for number in range(len(group)))  # noqa: S608
    sql = f"WITH {', '.join(tiers)} SELECT * FROM ({union}) AS ranked ORDER BY 1, 2 DESC LIMIT %s"  # noqa: S608
    return sql, [*params, limit]
