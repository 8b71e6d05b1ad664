"""Site search: ``search(query, language, page, per_page)`` → a ``SearchPage`` of highlighted results.

Any query is accepted: what cannot be searched for (punctuation, operators, NUL bytes) is ignored, and an empty
result is an answer, not an error. Only published records are found (checked when the query runs, with the
content apps' ``published()``); English pages search English text only and list only articles translated into
English, as their index pages do. Ranking: see ``search.backends``.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Now
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from articles.models import Article, Question
from overdue_site.languages import in_language_columns
from overdue_site.traditional import to_traditional
from platforms.models import Platform

from . import backends
from .models import SearchDocument
from .snippets import highlight, plain_text, snippet
from .tokens import Segment, query_segments

Kind = SearchDocument.Kind
DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 50
# Longest query echoed back on the results page (only the first MAX_QUERY_LENGTH characters are searched).
MAX_QUERY_DISPLAY = 200


@dataclass
class Result:
    kind: int
    url: str
    title: SafeString
    snippet: SafeString
    # For FAQ entries: the title of the article they are in.
    context: str = ""

    @property
    def kind_label(self) -> str:
        return str(Kind(self.kind).label)


@dataclass
class SearchPage:
    """One page of results, with what a Django ``Page`` offers templates for paging."""

    query: str
    results: list[Result] = field(default_factory=list)
    total: int = 0
    number: int = 1
    per_page: int = DEFAULT_PER_PAGE
    searchable: bool = False  # False: the query had nothing to search for (empty, or only punctuation)
    total_is_lower_bound: bool = False  # True: there are more results than were counted (and than can be paged)

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def has_other_pages(self) -> bool:
        return self.num_pages > 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.total else 0


def page_number(value) -> int:
    """A page number from a query string value; anything that is not a positive number is page 1."""
    try:
        number = int(str(value).strip()[:9])
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def document_language(language: str) -> str:
    return SearchDocument.Language.ENGLISH if language == "en" else SearchDocument.Language.CHINESE


def _readable_articles(language: str):
    articles = Article.objects.published(Now())
    return articles.in_language("en") if language == SearchDocument.Language.ENGLISH else articles


def _readable(documents, records, column: str):
    """The documents whose record (its id in ``column``) is one of ``records``.

    A subquery per document rather than EXISTS: PostgreSQL turns EXISTS into a join, and planning that join, in every
    part of a search that reads documents, took longer than the lookups it could spare (each search is planned anew,
    and looks up only the records of the documents it reads).
    """
    return documents.alias(record=Subquery(records.filter(pk=OuterRef(column)).order_by().values("pk"))).filter(
        record__isnull=False
    )


def _platform_documents(language: str):
    """Platform documents readers may see now, in this language (the platforms app's own rule)."""
    documents = SearchDocument.objects.filter(language=language, kind=Kind.PLATFORM)
    return _readable(documents, Platform.objects.published(Now()), "object_id")


def _article_documents(language: str):
    """Article documents readers may see now, in this language (the articles app's own rules)."""
    documents = SearchDocument.objects.filter(language=language, kind=Kind.ARTICLE)
    return _readable(documents, _readable_articles(language), "object_id")


def _question_documents(language: str):
    """FAQ entry documents whose article readers may see now, in this language."""
    documents = SearchDocument.objects.filter(language=language, kind=Kind.QUESTION)
    return _readable(documents, _readable_articles(language), "parent_id")


# The ranking, the same on both databases: every query segment in the title first (platforms, then articles, then
# FAQ entries), then the rest in the same order; the newest document first within each tier.
IN_TITLE = ((Kind.PLATFORM, True), (Kind.ARTICLE, True), (Kind.QUESTION, True))
ELSEWHERE = ((Kind.PLATFORM, False), (Kind.ARTICLE, False), (Kind.QUESTION, False))
DOCUMENTS = {Kind.PLATFORM: _platform_documents, Kind.ARTICLE: _article_documents, Kind.QUESTION: _question_documents}


@functools.cache
def documents_sql(language: str) -> dict[int, tuple[str, tuple]]:
    """Per kind, the SQL of the documents in ``language`` (a ``SearchDocument.Language``) that readers may see.

    Compiled once per process: the time in the publication rules is the database's (``Now()``), so the SQL is the same
    for every search, and building and compiling the three querysets took longer than the search's own SQL.
    """
    return {kind: backends.documents_sql(readable(language)) for kind, readable in DOCUMENTS.items()}


# Results ranked and counted at most; a larger count is shown as "more than …" and only these can be paged through.
# The first MAX_COUNTED + 1 rows of the ranking are read (the extra one tells whether there are more) and the page is
# cut from them, so a common word on a large site costs about the same as on a small one (see search.backends); ten
# pages of results are more than readers page through, and the cost of a common word grows with this number.
MAX_COUNTED = 100


def search(query: str, language: str | None = None, page=1, per_page: int = DEFAULT_PER_PAGE) -> SearchPage:
    language = language or get_language() or settings.LANGUAGE_CODE
    per_page = min(max(int(per_page), 1), MAX_PER_PAGE)
    segments = query_segments(query)
    if not segments:
        return SearchPage(query=query, per_page=per_page)
    indexed = document_language(language)
    # Title matches first; the rest only when they do not fill the count.
    rows = backends.ranked_rows(documents_sql(indexed), (IN_TITLE, ELSEWHERE), segments, indexed, MAX_COUNTED + 1)
    total = min(len(rows), MAX_COUNTED)
    number = min(page_number(page), max(1, math.ceil(total / per_page)))
    page_rows = rows[(number - 1) * per_page : min(number * per_page, total)]
    return SearchPage(
        query=query,
        results=_results(page_rows, segments, language),
        total=total,
        total_is_lower_bound=len(rows) > MAX_COUNTED,
        number=number,
        per_page=per_page,
        searchable=True,
    )


# Turning document rows into results -------------------------------------------------------------------------------


def _field(record, name: str, language: str) -> str:
    """The record's own text in the page's language; Traditional pages convert Simplified text that has none."""
    if language == "en":
        return getattr(record, f"{name}_en", "") or ""
    simplified = getattr(record, f"{name}_zh_hans", "") or ""
    if language == "zh-hant":
        return getattr(record, f"{name}_zh_hant", "") or to_traditional(simplified)
    return simplified


def _platform_result(platform: Platform, segments, language: str) -> Result:
    aliases = [line.strip() for line in _field(platform, "aliases", language).splitlines() if line.strip()]
    text = " · ".join(
        part
        for part in (
            " / ".join(aliases),
            _field(platform, "summary", language),
            plain_text(_field(platform, "body", language)),
        )
        if part
    )
    name = _field(platform, "name", language) or platform.name
    return Result(Kind.PLATFORM, platform.get_absolute_url(), highlight(name, segments), snippet(text, segments))


def _article_result(article: Article, segments, language: str) -> Result:
    text = " ".join(
        part
        for part in (
            _field(article, "intro", language),
            _field(article, "summary", language),
            plain_text(_field(article, "body", language)),
        )
        if part
    )
    return Result(
        Kind.ARTICLE,
        article.get_absolute_url(),
        highlight(_field(article, "title", language), segments),
        snippet(text, segments),
    )


def _question_result(question: Question, segments, language: str) -> Result:
    return Result(
        Kind.QUESTION,
        f"{question.article.get_absolute_url()}#questions-heading",
        highlight(_field(question, "question", language), segments),
        snippet(plain_text(_field(question, "answer", language)), segments),
        context=_field(question.article, "title", language),
    )


def _platforms(language: str):
    return Platform.objects.only("slug", *in_language_columns(("name", "aliases", "summary", "body"), language))


def _articles(language: str):
    return Article.objects.only("slug", *in_language_columns(("title", "intro", "summary", "body"), language))


def _questions(language: str):
    return Question.objects.select_related("article").only(
        "article__slug",
        *in_language_columns(("question", "answer"), language),
        *(f"article__{column}" for column in in_language_columns(("title",), language)),
    )


# Per kind: its records with only the texts a result shows, in the page's language and the Simplified one (not every
# language's columns), and the result made of one.
RESULTS = {
    Kind.PLATFORM: (_platforms, _platform_result),
    Kind.ARTICLE: (_articles, _article_result),
    Kind.QUESTION: (_questions, _question_result),
}


def _results(rows: list[tuple], segments: list[Segment], language: str) -> list[Result]:
    """Rows are (tier, document id, kind, object id, parent id)."""
    ids: dict[int, list[int]] = {}
    for _tier, _document, kind, object_id, _parent in rows:
        ids.setdefault(kind, []).append(object_id)
    # Unordered: the rows give the order.
    records = {kind: RESULTS[kind][0](language).order_by().in_bulk(object_ids) for kind, object_ids in ids.items()}
    results = []
    for _tier, _document, kind, object_id, _parent in rows:
        record = records[kind].get(object_id)
        if record is not None:  # deleted since the query ran
            results.append(RESULTS[kind][1](record, segments, language))
    return results
