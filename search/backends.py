"""All database-specific search SQL, for SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Both databases answer the same question the same way: a document matches when it has every token of every query
segment (a one-character or longer-word segment also matches tokens that begin with it), anywhere in its title
or body. The ranking (see the tiers in ``search.engine``) puts documents with every segment in the title (name and
other names for platforms, the question for FAQ entries) above the others, platforms, articles and FAQ entries in
that order within each, and the newest document first within a tier, so both databases return identical pages.
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


def documents_sql(documents: QuerySet) -> tuple[str, tuple]:
    """The SQL of search documents as ``ranked_rows()`` reads them: their ids, and on PostgreSQL their token vectors."""
    columns = COLUMNS
    if connection.vendor == "postgresql":
        vectors = {
            name: RawSQL(f'"search_searchdocument"."{name}"', [])  # noqa: S611 - constant SQL
            for name in ("title_vector", "search_vector")
        }
        documents, columns = documents.annotate(**vectors), (*COLUMNS, *vectors)
    sql, params = documents.values_list(*columns).query.sql_with_params()
    return sql, tuple(params)


def ranked_rows(
    documents: dict[int, tuple[str, tuple]],
    groups: Sequence[Sequence[tuple[int, bool]]],
    segments: list[Segment],
    language: str,
    limit: int,
) -> list[tuple]:
    """The first ``limit`` rows (tier number, document id, kind, object id, parent id) of the ranking, in order.

    The tiers are (kind, in_title): the documents of that kind in ``language`` that readers may see
    (``documents[kind]``, SQL from ``documents_sql()``) and have every segment, all of them in the title (in_title)
    or not all of them there, newest first. They are read one group of tiers at a time (the engine's: every segment
    in the title, then the rest), a query per group (two on PostgreSQL), until ``limit`` rows are found: a common
    word fills the count from the title matches and the rest is not read. The engine takes its page from these rows,
    so they both count (up to the cap) and find any page.
    """
    read_group = _sqlite_group if connection.vendor == "sqlite" else _postgresql_group
    rows: list[tuple] = []
    first = 0
    with connection.cursor() as cursor:
        for group in groups:
            tiers = [(first + offset, kind, in_title) for offset, (kind, in_title) in enumerate(group)]
            first += len(group)
            rows += read_group(cursor, documents, tiers, segments, language, limit - len(rows))
            if len(rows) >= limit:
                break
    return rows


def _sqlite_group(cursor, documents, tiers, segments, language: str, limit: int) -> list[tuple]:
    """The FTS5 table drives each tier, newest first from the index itself, reading only the entries of the tier's
    kind and language (its ``scope`` token) and, for title matches, the marked title tokens: the work is bounded by
    the rows taken, not by how many documents match. SQLite runs the parts of a UNION ALL one after the other, in
    order, and stops when the LIMIT is reached, so later tiers are not read once earlier ones fill it."""
    title = f"scope : ({_fts_all(segments, TITLE_MARK)})"
    anywhere = f"{{title body}} : ({_fts_all(segments)})"
    parts, params = [], []
    for number, kind, in_title in tiers:
        matched = f"({title})" if in_title else f"(({anywhere}) NOT ({title}))"
        sql, documents_params = documents[kind]
        parts.append(
            f"SELECT * FROM (SELECT %s AS tier, d.* FROM search_fts JOIN ({sql}) AS d "  # noqa: S608
            "ON d.id = search_fts.rowid WHERE search_fts MATCH %s "
            f"ORDER BY search_fts.rowid DESC LIMIT %s) AS tier_{number}"
        )
        params += [number, *documents_params, f"{matched} AND (scope : {_fts_quote(scope(kind, language))})", limit]
    cursor.execute("SELECT * FROM (" + " UNION ALL ".join(parts) + ") AS ranked LIMIT %s", [*params, limit])  # noqa: S608
    return cursor.fetchall()


# PostgreSQL cannot tell how many documents have every token of a query: it takes the tokens to be independent, and
# the pairs of one Chinese word are not (every document with 紧急 急联 联系 has 系人 too). It then expects a handful of
# matches, reads every one from a GIN index and sorts them, which for a common word is thousands of rows. So a group
# first asks, for each tier, whether the word is rare there: fewer than COMMON of the tier's newest SAMPLE documents
# (along its own index of ids, migration 0004) match, and then (only then, a count that stops at RARE_MATCHES + 1)
# at most RARE_MATCHES of all its documents: a word common in older documents only is not rare. Rare: the tier's
# matches are read from its GIN index and sorted. Otherwise its documents are read newest first, the tokens checked
# on each, until its rows are found (for a word spread evenly, within limit × SAMPLE / COMMON documents). The sample
# spares a common word the count, which read thousands of documents for it (2–4 ms a tier at 100,000 articles). It
# is a query of its own, so that the group's query has only the way of reading each tier needs: a search is planned
# anew each time, and planning both ways of every tier took longer than running the one that was needed.
SAMPLE = 300
COMMON = 10
RARE_MATCHES = 1000
_IN_TITLE = "d.title_vector @@ %s::tsquery"
_ELSEWHERE = "d.search_vector @@ %s::tsquery AND NOT d.title_vector @@ %s::tsquery"
# ts_match_vq is the function behind @@: the same test, which no index serves, so the planner reads the tier's
# index of ids newest first instead of its GIN index.
_IN_TITLE_SCANNED = "ts_match_vq(d.title_vector, %s::tsquery)"
_ELSEWHERE_SCANNED = "ts_match_vq(d.search_vector, %s::tsquery) AND NOT ts_match_vq(d.title_vector, %s::tsquery)"
_ROW = "%s AS tier, d.id, d.kind, d.object_id, d.parent_id"


def _postgresql_group(cursor, documents, tiers, segments, language: str, limit: int) -> list[tuple]:
    query = _tsquery_all(segments)
    # Per in_title: the condition the GIN index serves, the same one checked document by document, and its words.
    conditions = {
        True: (_IN_TITLE, _IN_TITLE_SCANNED, [query]),
        False: (_ELSEWHERE, _ELSEWHERE_SCANNED, [query, query]),
    }
    samples, params = [], []
    for _number, kind, in_title in tiers:
        condition, scanned, words = conditions[in_title]
        samples.append(
            f"(SELECT CASE WHEN count(*) >= %s THEN false ELSE (SELECT count(*) FROM (SELECT FROM search_searchdocument "  # noqa: S608
            f"AS d WHERE d.kind = %s AND d.language = %s AND {condition} LIMIT %s) AS d) <= %s END "
            "FROM (SELECT d.title_vector, d.search_vector FROM search_searchdocument AS d "
            f"WHERE d.kind = %s AND d.language = %s ORDER BY d.id DESC LIMIT %s) AS d WHERE {scanned})"
        )
        params += [COMMON, kind, language, *words, RARE_MATCHES + 1, RARE_MATCHES, kind, language, SAMPLE, *words]
    cursor.execute("SELECT " + ", ".join(samples), params)
    rare = cursor.fetchone()
    # Each tier is a CTE, computed only when a part that is run reads it: a tier is read only if the tiers before it
    # found fewer than ``limit`` rows, so a common word's title matches among articles spare the FAQ entries' tier.
    # PostgreSQL promises no order for a UNION ALL: the ORDER BY (tier, then document id) keeps the ranking.
    parts, params, names = [], [], []
    for (number, kind, in_title), is_rare in zip(tiers, rare, strict=True):
        condition, scanned, words = conditions[in_title]
        sql, documents_params = documents[kind]
        if is_rare:
            # All the matches (a CTE, so that the planner takes them from the GIN index, not by reading the tier
            # newest first for a LIMIT it expects to reach soon), then the newest.
            tier = f"WITH matches AS MATERIALIZED (SELECT {_ROW} FROM ({sql}) AS d WHERE {condition}) "  # noqa: S608
            tier += "SELECT * FROM matches ORDER BY id DESC LIMIT %s"
        else:
            tier = f"SELECT {_ROW} FROM ({sql}) AS d WHERE {scanned} ORDER BY d.id DESC LIMIT %s"  # noqa: S608
        found_before = " + ".join(f"(SELECT count(*) FROM {name})" for name in names)  # noqa: S608
        room = f" WHERE {found_before} < %s" if names else ""
        names.append(f"tier_{number}")
        parts.append(f"{names[-1]} AS MATERIALIZED (SELECT * FROM ({tier}) AS tier{room})")  # noqa: S608
        params += [number, *documents_params, *words, limit, *([limit] if room else [])]
    union = " UNION ALL ".join(f"SELECT * FROM {name}" for name in names)  # noqa: S608
    sql = f"WITH {', '.join(parts)} SELECT * FROM ({union}) AS ranked ORDER BY 1, 2 DESC LIMIT %s"  # noqa: S608
    cursor.execute(sql, [*params, limit])
    return cursor.fetchall()
