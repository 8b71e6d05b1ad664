"""Queries behind the public article pages. Views stay thin; templates trigger no queries of their own."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch
from django.db.models.lookups import Lookup
from django.db.models.sql.where import WhereNode
from django.shortcuts import get_object_or_404

from overdue_site import version_memo
from platforms.models import Platform

from .models import Article, Category, Question

HOME_LIST_LIMIT = 6
INDEX_PAGE_SIZE = 30
MAX_PAGE_NUMBER = 1_000_000


def listed_articles():
    """Published articles for index pages in the reader's language, without their (long) bodies."""
    return Article.objects.published().in_language().for_listing()


def with_published_platforms(queryset):
    """Adds ``article.published_platforms``: linked platforms readers may see (never drafts), in one query."""
    return queryset.prefetch_related(
        Prefetch("platforms", queryset=Platform.objects.published(), to_attr="published_platforms")
    )


def latest(kind: str, limit: int = HOME_LIST_LIMIT) -> list[Article]:
    return list(listed_articles().filter(kind=kind)[:limit])


def articles_of_kind(kind: str):
    return listed_articles().filter(kind=kind)


def published_article(pk: int) -> Article:
    """A published article with what its page shows, or 404."""
    return article_for_page(Article.objects.published(), pk)


def article_for_page(queryset, pk: int) -> Article:
    """An article of ``queryset`` with what its page shows (category, questions, published platforms), or 404."""
    queryset = with_published_platforms(
        queryset.select_related("category").prefetch_related(
            Prefetch("questions", queryset=Question.objects.order_by("order", "pk"))
        )
    )
    return get_object_or_404(queryset, pk=pk)


def index_page(queryset, number, per_page: int = INDEX_PAGE_SIZE) -> Page:
    """One page of an ordered queryset, in one query while its total is remembered (see ``listing_total``).

    A missing, malformed or non-positive number gives page 1 and a number past the end the last page, never an
    error. The page's rows are chosen by their keys alone (an index-only read of the listing indexes, however deep
    the page; see Article.Meta) and only those rows are read in full.
    """
    try:
        # Clamped so that an absurd number cannot overflow the database's OFFSET; it then means "the last page".
        wanted = min(max(int(number), 1), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        wanted = 1
    total = listing_total(queryset)
    for fresh in (False, True):
        paginator = Paginator(queryset, per_page)
        paginator.count = total
        wanted = min(wanted, paginator.num_pages)
        bottom = (wanted - 1) * per_page
        rows = list(_rows_by_key(queryset, queryset.values("pk")[bottom : bottom + per_page]))
        if fresh or len(rows) == min(per_page, max(total - bottom, 0)):
            break
        # The remembered total is out of date: a scheduled publish or unpublish time passed since it was counted, or
        # rows changed without a save signal (a bulk update). Count again, here only: at most PAGE_CACHE_SECONDS.
        total = queryset.count()
    return Page(rows, wanted, paginator)


def _rows_by_key(queryset, keys):
    """The rows of ``queryset`` (its columns, related rows and order) whose keys are in the subquery ``keys``.

    The keys carry the filter, so it is not repeated: with it, a planner may choose to scan the listing index for the
    filter again instead of fetching the few rows by key (SQLite does without statistics). ``queryset`` must filter
    on its own rows (no to-many joins), as every listing here does.
    """
    rows = queryset.all()
    rows.query.where = WhereNode()
    return rows.filter(pk__in=keys)


def listing_total(queryset) -> int:
    """How many rows ``queryset`` has, remembered per content version (``version_memo``) for PAGE_CACHE_SECONDS.

    Every save changes the content version, so an edit shows in the totals at once. A scheduled publish or unpublish
    time passing changes no version: a total may then be one off on pages other than the last for up to
    PAGE_CACHE_SECONDS, the bound the page cache puts on scheduled times anyway (``index_page`` notices and counts
    again when the rows of a page do not match the total). The key is the query with every datetime it compares with
    set to one fixed time: in listings those are the clock reading of ``published()``.
    """
    query = queryset.order_by().values("pk").query.clone()
    query.where = _clock_free(query.where)
    key = hashlib.sha256(repr((queryset.db, query.sql_with_params())).encode()).hexdigest()
    return version_memo.remember("listing-total", key, queryset.count)


# Stands for every datetime a filter compares with, so that queries made at different times share a key.
_ANY_TIME = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def _clock_free(node: WhereNode) -> WhereNode:
    """A copy of a WHERE tree with every datetime value replaced by one fixed time (the originals stay untouched)."""
    copy = node.create(connector=node.connector, negated=node.negated)
    for child in node.children:
        if isinstance(child, WhereNode):
            child = _clock_free(child)
        elif isinstance(child, Lookup) and isinstance(child.rhs, datetime.datetime):
            child = type(child)(child.lhs, _ANY_TIME)
        copy.children.append(child)
    return copy


@dataclass
class Group:
    """A heading (category or platform) and its articles, for grouped index pages."""

    key: Category | Platform
    articles: list[Article] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        prefix = "platform" if isinstance(self.key, Platform) else "category"
        return f"{prefix}-{self.key.slug}"


def grouped_by_category(articles: list[Article]) -> list[Group]:
    groups: dict[int, Group] = {}
    for article in articles:
        groups.setdefault(article.category_id, Group(article.category)).articles.append(article)
    return sorted(groups.values(), key=lambda group: (group.key.order, group.key.slug))


def grouped_by_platform(articles: list[Article]) -> list[Group]:
    """Articles under each published platform they are linked to (an article may appear under several)."""
    groups: dict[int, Group] = {}
    for article in articles:
        for platform in article.published_platforms:
            groups.setdefault(platform.pk, Group(platform)).articles.append(article)
    return sorted(groups.values(), key=lambda group: (group.key.is_general_profile, group.key.slug))


def faq_articles():
    """Published FAQ articles with their published platforms, for the paged FAQ index."""
    return with_published_platforms(articles_of_kind(Article.Kind.FAQ))


def faq_groups(articles: list[Article]) -> tuple[list[Group], list[Group]]:
    """The articles (one page of ``faq_articles()``) by category and by platform."""
    return grouped_by_category(articles), grouped_by_platform(articles)


def category_articles(category: Category):
    return listed_articles().filter(category=category)


def category_by_slug(slug: str) -> Category:
    return get_object_or_404(Category, slug=slug)
