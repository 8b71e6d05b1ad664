"""Which articles an article page points readers to: related articles, and its neighbours within its category.

Plain functions over ``Article.objects.published()`` (the one definition of "published"), restricted to articles
available in the reader's language. Each function makes one query, however many articles there are.
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


def _listed(language: str):
    return Article.objects.published().in_language(language).for_listing()


def _title_in(language: str):
    """The title readers see in the language: its own column, falling back to Simplified like modeltranslation."""
    own = translated_field("title", language)
    default = translated_field("title", settings.LANGUAGE_CODE)
    if own == default:
        return F(default)
    return Coalesce(NullIf(F(own), Value("")), F(default), output_field=CharField())


def related_articles(article: Article, limit: int = RELATED_LIMIT, language: str | None = None) -> list[Article]:
    """Up to ``limit`` published articles for the "Related" list of ``article``.

    Order: the articles editors pinned (by title), then articles sharing published platforms with it (more shared
    platforms first), then articles of its category; newest first within each. Never the article itself, never one
    the editors excluded, never one that is unpublished or not written in the reader's language.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    pinned = Pins.objects.filter(from_article_id=article.pk, to_article_id=OuterRef("pk"))
    # Links to published platforms only: a draft platform is nothing readers could see the two articles share.
    shared_links = PlatformLinks.objects.filter(
        platform_id__in=Platform.objects.published().filter(articles=article.pk).values("pk")
    )
    shared_count = (
        shared_links.filter(article_id=OuterRef("pk"))
        .order_by()
        .values("article_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    is_pinned = Exists(pinned)
    candidates = (
        _listed(language)
        .filter(is_pinned | Q(category_id=article.category_id) | Q(pk__in=shared_links.values("article_id")))
        .exclude(pk=article.pk)
        .exclude(pk__in=Exclusions.objects.filter(from_article_id=article.pk).values("to_article_id"))
        .annotate(
            pinned=Case(When(is_pinned, then=Value(1)), default=Value(0), output_field=IntegerField()),
            # Only pinned articles are sorted by title; the others keep NULL here and fall through to the rest.
            pinned_title=Case(When(is_pinned, then=_title_in(language)), default=Value(None), output_field=CharField()),
            shared_platforms=Coalesce(Subquery(shared_count, output_field=IntegerField()), Value(0)),
            same_category=Case(
                When(category_id=article.category_id, then=Value(1)), default=Value(0), output_field=IntegerField()
            ),
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
    return list(candidates[:limit])


class Neighbours(NamedTuple):
    """The articles published just before and just after an article in its category (None at either end)."""

    previous: Article | None
    next: Article | None


def category_neighbours(article: Article, language: str | None = None) -> Neighbours:
    """Previous (older) and next (newer) published article of the same category, by publish date, in one query."""
    language = language or get_language() or settings.LANGUAGE_CODE
    siblings = _listed(language).filter(category_id=article.category_id).exclude(pk=article.pk)
    older = siblings.filter(
        Q(published_at__lt=article.published_at) | Q(published_at=article.published_at, pk__lt=article.pk)
    ).order_by("-published_at", "-pk")
    newer = siblings.filter(
        Q(published_at__gt=article.published_at) | Q(published_at=article.published_at, pk__gt=article.pk)
    ).order_by("published_at", "pk")
    found = list(
        siblings.filter(Q(pk=Subquery(older.values("pk")[:1])) | Q(pk=Subquery(newer.values("pk")[:1]))).order_by(
            "published_at", "pk"
        )
    )
    key = (article.published_at, article.pk)
    previous = next((item for item in found if (item.published_at, item.pk) < key), None)
    following = next((item for item in found if (item.published_at, item.pk) > key), None)
    return Neighbours(previous=previous, next=following)
