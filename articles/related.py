"""Which articles an article page points readers to: related articles, and its neighbours within its category.

Plain functions over ``Article.objects.published()`` (the one definition of "published"), restricted to articles
available in the reader's language. Their queries read a listing index (see ``Article.Meta``) from a known place for
a few rows, so their work does not grow with the number of articles; only for an article about several platforms are
the links of those platforms read, to count how many each candidate shares. The order of a category's articles
(``category_listing``) is kept between pages until it changes: the neighbours and the newest of the category are
found there.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from itertools import islice
from typing import NamedTuple

from django.conf import settings
from django.db.models import Case, CharField, Count, F, IntegerField, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language

from overdue_site import page_cache
from overdue_site.languages import in_language_columns
from platforms.models import Platform

from .cache_tags import category_tag
from .models import Article, translated_field

RELATED_LIMIT = 5
# What the page's links show of an article (a card in the related list: articles.templatetags.article_lists; the
# previous/next links) and what places it among its neighbours; the translated ones in the reader's language only.
LINK_FIELDS = ("slug", "kind", "published_at", "last_reviewed", "category_id")
LINK_TRANSLATED_FIELDS = ("title", "intro")

# The listing order (see Article.Meta): newest first.
NEWEST = ("-published_at", "-pk")

Pins = Article.pinned_related.through
Exclusions = Article.excluded_related.through


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
    platforms first, then those of its category), then articles of its category; newest first within each. Never the
    article itself, never one the editors excluded, never one that is unpublished or not written in the reader's
    language.

    Each group is one small query for at most ``limit`` keys, and a last query loads the chosen articles: the pins
    (only if the article has any); the best articles sharing its platforms (only if it has any: with one platform,
    two queries read along the listing indexes, its category's articles, then the others'; with several, one query
    reads those platforms' links to count the shared ones); the newest of its category, from its kept listing
    (``category_listing``). A group is not asked for once the list is full; the editors' exclusions, if any, are one
    more query. The rule is exact: an article that belongs to an earlier group too is ranked there, and an
    article below a group's first ``limit`` ranks below ``limit`` others. The page's article
    (``selectors.article_for_page``) says whether it has pins or exclusions and which platforms it has; another
    article is asked.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    chosen = _related_keys(article, limit, language, _readable(language))
    found = Article.objects.for_listing(language).in_bulk(chosen) if chosen else {}
    return [found[pk] for pk in chosen if pk in found]


def _readable(language: str):
    """Published articles written in the language: what every link of an article's page may point to."""
    return Article.objects.published().in_language(language)


def _related_keys(article: Article, limit: int, language: str, readable, listing=None) -> list[int]:
    """The keys of the related articles, in order (see related_articles), among ``readable`` articles; ``listing``
    the article's category_listing() if the caller has it."""
    allowed = readable.exclude(pk=article.pk)
    excluded: list[int] = []
    if _has_links(article, "has_excluded_related", Exclusions):
        excluded = list(Exclusions.objects.filter(from_article_id=article.pk).values_list("to_article_id", flat=True))
        allowed = allowed.exclude(pk__in=excluded)
    chosen: list[int] = []
    if _has_links(article, "has_pinned_related", Pins):
        pins = allowed.filter(pinned_by=article.pk).order_by(_title_in(language), "pk")
        chosen += pins.values_list("pk", flat=True)[:limit]
    platform_ids = _published_platform_ids(article)
    if len(platform_ids) > 1:
        # Counting the shared platforms reads every link of the article's platforms.
        sharing = allowed.filter(platforms__in=platform_ids).annotate(shared=Count("platforms"))
        chosen += _next_keys(sharing, chosen, limit, order=("-shared", _same_category(article).desc(), *NEWEST))
    elif platform_ids:
        # One platform: every candidate shares exactly one, so the order is the category's articles first, newest
        # first in each part; each part is read along a listing index, however many articles the platform has.
        sharing = allowed.filter(platforms=platform_ids[0])
        chosen += _next_keys(sharing.filter(category_id=article.category_id), chosen, limit)
        chosen += _next_keys(sharing.exclude(category_id=article.category_id), chosen, limit)
    if len(chosen) < limit:
        if listing is None:
            listing = category_listing(article.category_id, language)
        skipped = {article.pk, *excluded, *chosen}
        newest = (pk for pk in reversed(listing.keys) if pk not in skipped)
        chosen += islice(newest, limit - len(chosen))
    return chosen


def _next_keys(candidates, chosen: list[int], limit: int, order=NEWEST) -> list[int]:
    """The keys of the first ``candidates`` in ``order`` that are not ``chosen`` yet, as many as the list still has
    room for: no query once it is full."""
    room = limit - len(chosen)
    if room <= 0:
        return []
    if chosen:
        candidates = candidates.exclude(pk__in=chosen)
    return list(candidates.order_by(*order).values_list("pk", flat=True)[:room])


def _has_links(article: Article, flag: str, through) -> bool:
    """Whether the article has rows in a link table: the flag its page loaded with it, else a query."""
    loaded = getattr(article, flag, None)
    if loaded is not None:
        return loaded
    return through.objects.filter(from_article_id=article.pk).exists()


def _published_platform_ids(article: Article) -> list[int]:
    """The article's published platforms: as its page loaded them (``published_platforms``), else a query."""
    loaded = getattr(article, "published_platforms", None)
    if loaded is None:
        loaded = Platform.objects.published().filter(articles=article.pk).only("pk")
    return [platform.pk for platform in loaded]


class Neighbours(NamedTuple):
    """The articles published just before and just after an article in its category (None at either end)."""

    previous: Article | None
    next: Article | None


def category_neighbours(article: Article, language: str | None = None) -> Neighbours:
    """Previous (older) and next (newer) published article of the same category, by publish date; equal publish
    dates are ordered by key, as the listing index is."""
    language = language or get_language() or settings.LANGUAGE_CODE
    previous, following = _neighbour_keys(article, category_listing(article.category_id, language))
    keys = [key for key in (previous, following) if key is not None]
    found = Article.objects.for_listing(language).in_bulk(keys) if keys else {}
    return Neighbours(previous=found.get(previous), next=found.get(following))


class CategoryListing(NamedTuple):
    """A category's readable articles in a language, oldest first in the order of the listing index: their publish
    times (POSIX timestamps) and their keys. Arrays: kept in the cache, they are stored and read back as two blocks of
    bytes, a tenth of the time a list of pairs took at 10,000 articles."""

    times: array
    keys: array


def category_listing(category_id: int, language: str) -> CategoryListing:
    """The readable articles of a category in the reader's language (see CategoryListing).

    Kept between pages (``page_cache.remember``) until an article arrives in the category, leaves it or changes its
    place there (``category:<pk>``, see cache_tags) or the next scheduled publish or unpublish time comes. The pages
    of a category's articles find their neighbours and the category's newest articles here: asked for each page,
    the two subqueries of the neighbours cost more of Django's work than any other query of the page.
    """

    def load():
        rows = (
            _readable(language)
            .filter(category_id=category_id)
            .order_by("published_at", "pk")
            .values_list("published_at", "pk")
        )
        listing = CategoryListing(array("d"), array("q"))
        for published, pk in rows:
            listing.times.append(published.timestamp())
            listing.keys.append(pk)
        return listing, [category_tag(category_id)]

    return page_cache.remember("category-listing", f"{category_id}|{language}", load)


def _neighbour_keys(article: Article, listing: CategoryListing) -> tuple[int | None, int | None]:
    """The keys of the articles just before and just after the article's place in its category's listing (None at
    either end); the article need not be in it (a draft's preview)."""
    times, keys = listing
    at = article.published_at.timestamp()
    # Articles published at the same time follow each other by key.
    same_time = bisect_left(times, at), bisect_right(times, at)
    before, after = bisect_left(keys, article.pk, *same_time), bisect_right(keys, article.pk, *same_time)
    return (keys[before - 1] if before else None, keys[after] if after < len(keys) else None)


class PageLinks(NamedTuple):
    related: list[Article]
    neighbours: Neighbours

    @property
    def articles(self) -> list[Article]:
        """Every article the links point to."""
        return [*self.related, *(neighbour for neighbour in self.neighbours if neighbour is not None)]


def page_links(article: Article, limit: int = RELATED_LIMIT, language: str | None = None) -> PageLinks:
    """The related articles and the category neighbours of an article's page, the articles of both loaded together.

    Only what the links show is loaded (``LINK_FIELDS``), in the reader's language.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    listing = category_listing(article.category_id, language)
    chosen = _related_keys(article, limit, language, _readable(language), listing)
    previous, following = _neighbour_keys(article, listing)
    keys = [*chosen, *(key for key in (previous, following) if key is not None)]
    columns = (*LINK_FIELDS, *in_language_columns(LINK_TRANSLATED_FIELDS, language))
    found = Article.objects.only(*columns).in_bulk(keys) if keys else {}
    return PageLinks(
        related=[found[pk] for pk in chosen if pk in found],
        neighbours=Neighbours(previous=found.get(previous), next=found.get(following)),
    )
