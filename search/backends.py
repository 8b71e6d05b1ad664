"""All database-specific search SQL, for SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Both databases answer the same question the same way: a document matches when it has every token of every query
segment (a one-character or longer-word segment also matches tokens that begin with it), anywhere in its title
or body. The ranking (see ``search.engine.TIERS``) puts documents with every segment in the title (name and other
names for platforms, the question for FAQ entries) above the others, platforms, articles and FAQ entries in that
order within each, and the newest document first within a tier, so both databases return identical pages.
"""

from __future__ import annotations

from django.db import connection

from .tokens import Segment

# The tables (search_searchdocument, and search_fts on SQLite) are created by migrations 0001 and 0002. SQL text here
# is built only from constants and SQL compiled by Django (hence the S608 exemptions); readers' words are parameters.


# Writing ----------------------------------------------------------------------------------------------------------


def write_tokens(rows: list[tuple[int, list[str], list[str]]]) -> None:
    """Store (document id, title tokens, body tokens) for documents, replacing what they had."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.executemany("DELETE FROM search_fts WHERE rowid = %s", [(pk,) for pk, _t, _b in rows])
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body) VALUES (%s, %s, %s)",
                [(pk, " ".join(title), " ".join(body)) for pk, title, body in rows],
            )
        else:
            cursor.executemany(
                "UPDATE search_searchdocument SET title_vector = array_to_tsvector(%s::text[]), "
                "search_vector = array_to_tsvector(%s::text[]) WHERE id = %s",
                [(title, sorted({*title, *body}), pk) for pk, title, body in rows],
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
    (bulk-loaded content too: without them PostgreSQL picks slow plans for the published-content checks)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        cursor.execute("ANALYZE")


# Querying ---------------------------------------------------------------------------------------------------------


def _fts_quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _fts_segment(segment: Segment) -> str:
    return " AND ".join(_fts_quote(token) + ("*" if segment.prefix else "") for token in segment.tokens)


def _tsquery_quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsquery_segment(segment: Segment) -> str:
    return " & ".join(_tsquery_quote(token) + (":*" if segment.prefix else "") for token in segment.tokens)


def _fts_all(segments: list[Segment]) -> str:
    return " AND ".join(f"({_fts_segment(segment)})" for segment in segments)


def _tsquery_all(segments: list[Segment]) -> str:
    return " & ".join(f"({_tsquery_segment(segment)})" for segment in segments)


COLUMNS = ("id", "kind", "object_id", "parent_id")


def tier_sql(doc_sql: tuple[str, list], tier: int, segments: list[Segment], *, in_title: bool) -> tuple[str, list]:
    """SELECT tier, id, kind, object_id, parent_id from the documents of ``doc_sql`` (SQL and parameters selecting
    ``COLUMNS`` from search_searchdocument) that have every segment: all of them in the title (``in_title``), or not
    all of them there. Append ``ORDER_BY`` for newest document first. On SQLite the FTS5 table drives the query, so
    a page needs no more lookups than it shows rows.
    """
    sql, params = doc_sql
    if connection.vendor == "sqlite":
        everything, title = _fts_all(segments), f"title : ({_fts_all(segments)})"
        expression = f"({everything}) AND {title}" if in_title else f"({everything}) NOT {title}"
        return (
            "SELECT %s AS tier, d.* FROM search_fts JOIN (" + sql + ") AS d ON d.id = search_fts.rowid "  # noqa: S608
            "WHERE search_fts MATCH %s",
            [tier, *params, expression],
        )
    query = _tsquery_all(segments)
    return (
        "SELECT %s AS tier, d.* FROM (" + sql + ") AS d JOIN search_searchdocument AS s ON s.id = d.id "  # noqa: S608
        "WHERE s.search_vector @@ %s::tsquery AND " + ("" if in_title else "NOT ") + "s.title_vector @@ %s::tsquery",
        [tier, *params, query, query],
    )


def order_by() -> str:
    return " ORDER BY search_fts.rowid DESC" if connection.vendor == "sqlite" else " ORDER BY d.id DESC"


def count_tiers(tiers: list[tuple[str, list]], cap: int) -> list[int]:
    """The number of rows of each tier's SELECT, in one query, counting at most ``cap`` rows in all.

    The tiers are read in order (both databases run the parts of a UNION ALL one after the other), so when the cap
    is reached the counts are exact for the first tiers, which are the ones the reader can page through.
    """
    parts, params = [], []
    for number, (sql, tier_params) in enumerate(tiers):
        parts.append(f"SELECT tier FROM ({sql}) AS tier_{number}")  # noqa: S608
        params += tier_params
    sql = "SELECT tier, COUNT(*) FROM (" + " UNION ALL ".join(parts) + " LIMIT %s) AS counted GROUP BY tier"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, cap])
        counts = dict(cursor.fetchall())
    return [counts.get(number, 0) for number in range(len(tiers))]


def fetch_slices(slices: list[tuple[str, list, int, int]]) -> list[tuple]:
    """Rows of several ordered tier SELECTs, each cut to (limit, offset), in one query."""
    parts, params = [], []
    for number, (sql, tier_params, limit, offset) in enumerate(slices):
        parts.append(f"SELECT * FROM ({sql} LIMIT %s OFFSET %s) AS slice_{number}")  # noqa: S608
        params += [*tier_params, limit, offset]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return cursor.fetchall()
