"""Which articles an article page points readers to: related articles, and its neighbours within its category.

Plain functions over ``Article.objects.published()`` (the one definition of "published"), restricted to articles
available in the reader's language. Each function makes one query whose work does not grow with the number of
articles: its parts read a listing index (see ``Article.Meta``) from a known place for a few rows, and related
articles also read the links of the article's own platforms.
"""

from __future__ import annotations

from typing import NamedTuple

from django.conf import settings
from django.db.models import Case, CharField, Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language

from platforms.models import Platform

from .models import Article, translated_field

RELATED_LIMIT = 5

Pins = Article.pinned_related.through
Exclusions = Article.excluded_related.through
PlatformLinks = Article.platforms.through


def _title_in(language: str, prefix: str = ""):
    """The title readers see in the language: its own column, falling back to Simplified like modeltranslation."""
    own = prefix + translated_field("title", language)
    default = prefix + translated_field("title", settings.LANGUAGE_CODE)
    if own == default:
        return F(default)
    return Coalesce(NullIf(F(own), Value("")), F(default), output_field=CharField())


def _same_category(article: Article, prefix: str = ""):
    return Case(
        When(**{f"{prefix}category_id": article.category_id}, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )


def related_articles(article: Article, limit: int = RELATED_LIMIT, language: str | None = None) -> list[Article]:
    """Up to ``limit`` published articles for the "Related" list of ``article``.

    Order: the articles editors pinned (by title), then articles sharing published platforms with it (more shared
    platforms first), then articles of its category; newest first within each. Never the article itself, never one
    the editors excluded, never one that is unpublished or not written in the reader's language.

    One query, and bounded: three subqueries pick at most ``limit`` candidates each (the first pins by title, the
    best-ranked articles sharing platforms, the newest of the category), and only those candidates are ranked. The
    rule is exact: every article of the final list is among them. The pins and the articles sharing platforms are
    read from the link tables (the links of this article and of its platforms), each checked by key against the
    published articles; only the category's newest are read from the articles, along the category listing index.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    pinned_ids = Pins.objects.filter(from_article_id=article.pk).values("to_article_id")
    is_pinned = Exists(Pins.objects.filter(from_article_id=article.pk, to_article_id=OuterRef("pk")))
    allowed = (
        Article.objects.published()
        .in_language(language)
        .exclude(pk=article.pk)
        .exclude(pk__in=Exclusions.objects.filter(from_article_id=article.pk).values("to_article_id"))
    )
    # Each part leaves out what ranks above it, so that ``limit`` rows of it are enough: the pins, then the articles
    # sharing platforms (a category article sharing none ranks below every one of them). Parts that start from a link
    # table test "allowed" as a correlated EXISTS, looked up by key for each link: as a plain filter, SQLite without
    # statistics would rather scan every published article by date.
    parts = [
        Pins.objects.filter(from_article_id=article.pk)
        .filter(Exists(allowed.filter(pk=OuterRef("to_article_id"))))
        .order_by(_title_in(language, "to_article__"), "to_article_id")
        .values("to_article_id"),
        allowed.filter(category_id=article.category_id).order_by("-published_at", "-pk").values("pk"),
    ]
    platform_ids = _published_platform_ids(article)
    if not isinstance(platform_ids, list) or platform_ids:
        shared_links = PlatformLinks.objects.filter(platform_id__in=platform_ids)
        parts.append(
            shared_links.filter(Exists(allowed.filter(pk=OuterRef("article_id"))))
            .exclude(article_id__in=pinned_ids)
            .values("article_id")
            .annotate(shared=Count("pk"))
            .order_by("-shared", _same_category(article, "article__").desc(), "-article__published_at", "-article_id")
            .values("article_id")
        )
        shared_count = Coalesce(
            Subquery(
                shared_links.filter(article_id=OuterRef("pk"))
                .order_by()
                .values("article_id")
                .annotate(count=Count("pk"))
                .values("count"),
                output_field=IntegerField(),
            ),
            Value(0),
        )
    else:
        shared_count = Value(0, output_field=IntegerField())
    same_category = _same_category(article)
    ranked = (
        Article.objects.for_listing()
        .filter(pk__in=_first_of_each(parts, limit))
        .annotate(
            pinned=Case(When(is_pinned, then=Value(1)), default=Value(0), output_field=IntegerField()),
            # Only pinned articles are sorted by title; the others keep NULL here and fall through to the rest.
            pinned_title=Case(When(pinned=1, then=_title_in(language)), default=Value(None), output_field=CharField()),
            shared_platforms=shared_count,
            same_category=same_category,
        )
        .order_by(
            "-pinned",
            F("pinned_title").asc(nulls_last=True),
            "-shared_platforms",
            "-same_category",
            "-published_at",
            "-pk",
        )
    )
    return list(ranked[:limit])


def _published_platform_ids(article: Article):
    """The article's published platforms: their ids when its page loaded them (``published_platforms``), else a
    subquery (still one query in all)."""
    loaded = getattr(article, "published_platforms", None)
    if loaded is not None:
        return [platform.pk for platform in loaded]
    return Platform.objects.published().filter(articles=article.pk).values("pk")


def _first_of_each(querysets, limit: int):
    """The first ``limit`` keys of each one-column queryset, as one ``UNION ALL`` subquery.

    Each part is wrapped in its own ``pk IN (… LIMIT n)``: SQLite refuses a LIMIT directly inside a compound query,
    and an OR of the parts would make planners scan the articles instead of fetching a few rows by key.
    """
    first, *others = (Article.objects.filter(pk__in=queryset[:limit]).order_by().values("pk") for queryset in querysets)
    return first.union(*others, all=True)


class Neighbours(NamedTuple):
    """The articles published just before and just after an article in its category (None at either end)."""

    previous: Article | None
    next: Article | None


def category_neighbours(article: Article, language: str | None = None) -> Neighbours:
    """Previous (older) and next (newer) published article of the same category, by publish date, in one query.

    Each neighbour is one step along the category listing index from the article's own place in it.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    siblings = (
        Article.objects.published().in_language(language).filter(category_id=article.category_id).exclude(pk=article.pk)
    )
    at, pk = article.published_at, article.pk
    # The plain range terms (lte/gte) start the index scan at the article; the OR settles equal publish dates.
    older = siblings.filter(Q(published_at__lt=at) | Q(published_at=at, pk__lt=pk), published_at__lte=at)
    newer = siblings.filter(Q(published_at__gt=at) | Q(published_at=at, pk__gt=pk), published_at__gte=at)
    found = list(
        Article.objects.for_listing()
        .filter(
            Q(pk=Subquery(older.order_by("-published_at", "-pk").values("pk")[:1]))
            | Q(pk=Subquery(newer.order_by("published_at", "pk").values("pk")[:1]))
        )
        .order_by("published_at", "pk")
    )
    key = (at, pk)
    previous = next((item for item in found if (item.published_at, item.pk) < key), None)
    following = next((item for item in found if (item.published_at, item.pk) > key), None)
    return Neighbours(previous=previous, next=following)
