"""Which articles an article page points readers to: related articles, and its neighbours within its category.

Plain functions over ``Article.objects.published()`` (the one definition of "published"), restricted to articles
available in the reader's language. They choose from *listings*: the keys and categories of a
category's or some platforms' readable articles, in listing order (``category_listing``, ``sharing_listing``), read
once along a listing index (see ``Article.Meta``) and kept between pages until one of those articles arrives, leaves
or moves. A page then asks the database only for the rows it shows.
"""

from __future__ import annotations

import heapq
from array import array
from itertools import islice
from typing import NamedTuple

from django.conf import settings
from django.db.models import CharField, F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language

from overdue_site import page_cache
from overdue_site.languages import in_language_columns
from platforms.cache_tags import platform_tag
from platforms.models import Platform

from .cache_tags import category_tag
from .models import Article, translated_field

RELATED_LIMIT = 5
# What the page's links show of an article (a card in the related list: articles.templatetags.article_lists; the
# previous/next links) and what places it among its neighbours; the translated ones in the reader's language only.
LINK_FIELDS = ("slug", "kind", "published_at", "last_reviewed", "category_id")
LINK_TRANSLATED_FIELDS = ("title", "intro")


Pins = Article.pinned_related.through
Exclusions = Article.excluded_related.through


def _title_in(language: str, prefix: str = ""):
    """The title readers see in the language: its own column, falling back to Simplified like modeltranslation."""
    own = prefix + translated_field("title", language)
    default = prefix + translated_field("title", settings.LANGUAGE_CODE)
    if own == default:
        return F(default)
    return Coalesce(NullIf(F(own), Value("")), F(default), output_field=CharField())


def related_articles(article: Article, limit: int = RELATED_LIMIT, language: str | None = None) -> list[Article]:
    """Up to ``limit`` published articles for the "Related" list of ``article``.

    Order: the articles editors pinned (by title), then articles sharing published platforms with it (more shared
    platforms first, then those of its category), then articles of its category; newest first within each. Never the
    article itself, never one the editors excluded, never one that is unpublished or not written in the reader's
    language.

    The articles sharing its platforms come from those platforms' listing (``sharing_listing``) and the newest of
    its category from the category's (``category_listing``); the pins (only if the article has any) and the editors'
    exclusions (likewise) are one small query each, and a last query loads the chosen articles. The rule is exact: an
    article that belongs to an earlier group too is ranked there. The page's article (``selectors.article_for_page``)
    says whether it has pins or exclusions and which platforms it has; another article is asked.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    chosen = _related_keys(article, limit, language, _readable(language))
    found = Article.objects.for_listing(language).in_bulk(chosen) if chosen else {}
    return [found[pk] for pk in chosen if pk in found]


def _readable(language: str):
    """Published articles written in the language: what every link of an article's page may point to."""
    return Article.objects.published().in_language(language)


def _related_keys(article: Article, limit: int, language: str, readable, listing: Listing | None = None) -> list[int]:
    """The keys of the related articles, in order (see related_articles), among ``readable`` articles; ``listing``
    the article's category_listing() if the caller has it."""
    excluded: list[int] = []
    if _has_links(article, "has_excluded_related", Exclusions):
        excluded = list(Exclusions.objects.filter(from_article_id=article.pk).values_list("to_article_id", flat=True))
    chosen: list[int] = []
    if _has_links(article, "has_pinned_related", Pins):
        pins = readable.exclude(pk__in=[article.pk, *excluded]).filter(pinned_by=article.pk)
        chosen += pins.order_by(_title_in(language), "pk").values_list("pk", flat=True)[:limit]
    platform_ids = _published_platform_ids(article)
    if platform_ids and len(chosen) < limit:
        sharing = sharing_listing(platform_ids, language)
        chosen += _most_shared(article, sharing, {article.pk, *excluded, *chosen}, limit - len(chosen))
    if len(chosen) < limit:
        listing = listing or category_listing(article.category_id, language)
        skipped = {article.pk, *excluded, *chosen}
        chosen += islice((pk for pk in reversed(listing.keys) if pk not in skipped), limit - len(chosen))
    return chosen


def _most_shared(article: Article, sharing: Listing, skipped: set[int], room: int) -> list[int]:
    """The ``room`` best articles of ``sharing`` (not ``skipped``): those sharing more of the article's platforms
    first, then those of its category, newest first (later in the listing)."""
    candidates = (
        (shared, category_id == article.category_id, place, pk)
        for place, (pk, category_id, shared) in enumerate(
            zip(sharing.keys, sharing.categories, sharing.shared, strict=True)
        )
        if pk not in skipped
    )
    return [candidate[-1] for candidate in heapq.nlargest(room, candidates)]


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
    listing = category_listing(article.category_id, language)
    previous, following = _neighbour_keys(article, listing, _readable(language))
    keys = [key for key in (previous, following) if key is not None]
    found = Article.objects.for_listing(language).in_bulk(keys) if keys else {}
    return Neighbours(previous=found.get(previous), next=found.get(following))


class Listing(NamedTuple):
    """Readable articles in a language, oldest first in the order of the listing indexes (publish date, then key):
    their keys and categories, and for a listing of platforms' articles how many of those platforms each is linked
    to. Arrays: kept in the cache, they are stored and read back as blocks of bytes, a tenth of the time a list of
    tuples took at 10,000 articles. Publish dates are left out: converting them took most of the time of reading a
    listing."""

    keys: array
    categories: array
    shared: array


def _listing(articles) -> Listing:
    """The listing of ``articles``; an article that the query returns several times (once for each platform it is
    linked to, say) is listed once, with that number as ``shared``."""
    listing = Listing(array("q"), array("q"), array("q"))
    for pk, category_id in articles.order_by("published_at", "pk").values_list("pk", "category_id"):
        if listing.keys and listing.keys[-1] == pk:
            listing.shared[-1] += 1
            continue
        listing.keys.append(pk)
        listing.categories.append(category_id)
        listing.shared.append(1)
    return listing


def category_listing(category_id: int, language: str) -> Listing:
    """The readable articles of a category in the reader's language (see Listing).

    Kept between pages (``page_cache.remember``) until an article arrives in the category, leaves it or changes its
    place there (``category:<pk>``, see cache_tags) or the next scheduled publish or unpublish time comes. The pages
    of a category's articles find their neighbours and the category's newest articles here: asked for each page,
    the two subqueries of the neighbours cost more of Django's work than any other query of the page.
    """

    def load():
        return _listing(_readable(language).filter(category_id=category_id)), [category_tag(category_id)]

    return page_cache.remember("category-listing", f"{category_id}|{language}", load)


def sharing_listing(platform_ids: list[int], language: str) -> Listing:
    """The readable articles linked to any of the platforms, in the reader's language, with how many of them each is
    linked to (see Listing): one query, kept like a category's listing and retired with ``platform:<pk>`` of any of
    them (bumped when an article linked to it arrives, leaves or changes its place, or is linked or unlinked). The
    related articles of an article about those platforms are chosen from it."""
    platform_ids = sorted(platform_ids)

    def load():
        articles = _readable(language).filter(platforms__in=platform_ids)
        return _listing(articles), [platform_tag(pk) for pk in platform_ids]

    key = f"{','.join(map(str, platform_ids))}|{language}"
    return page_cache.remember("sharing-listing", key, load)


def _neighbour_keys(article: Article, listing: Listing, readable) -> tuple[int | None, int | None]:
    """The keys of the articles just before and just after the article in its category's listing (None at either
    end). An article that is not listed (a draft in the admin's preview) is placed by its publish date, with two
    queries."""
    keys = listing.keys
    try:
        place = keys.index(article.pk)
    except ValueError:
        return _unlisted_neighbour_keys(article, readable)
    return (keys[place - 1] if place else None, keys[place + 1] if place + 1 < len(keys) else None)


def _unlisted_neighbour_keys(article: Article, readable) -> tuple[int | None, int | None]:
    siblings = readable.filter(category_id=article.category_id).exclude(pk=article.pk)
    at, pk = article.published_at, article.pk
    older = siblings.filter(Q(published_at__lt=at) | Q(published_at=at, pk__lt=pk))
    newer = siblings.filter(Q(published_at__gt=at) | Q(published_at=at, pk__gt=pk))
    return (
        older.order_by("-published_at", "-pk").values_list("pk", flat=True).first(),
        newer.order_by("published_at", "pk").values_list("pk", flat=True).first(),
    )


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
    readable = _readable(language)
    chosen = _related_keys(article, limit, language, readable, listing)
    previous, following = _neighbour_keys(article, listing, readable)
    keys = [*chosen, *(key for key in (previous, following) if key is not None)]
    columns = (*LINK_FIELDS, *in_language_columns(LINK_TRANSLATED_FIELDS, language))
    found = Article.objects.only(*columns).in_bulk(keys) if keys else {}
    return PageLinks(
        related=[found[pk] for pk in chosen if pk in found],
        neighbours=Neighbours(previous=found.get(previous), next=found.get(following)),
    )
