"""Queries behind the public article pages. Views stay thin; templates trigger no queries of their own."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import Exists, F, OuterRef
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import get_language

from overdue_site import page_cache
from overdue_site.languages import in_language_columns
from platforms.models import Platform

from .models import Article, Category, Question

HOME_LIST_LIMIT = 6
INDEX_PAGE_SIZE = 30
MAX_PAGE_NUMBER = 1_000_000


# What an article's card shows (articles.templatetags.article_lists): these, and the title and the introduction in the
# reader's language (see overdue_site.languages.in_language_columns).
CARD_FIELDS = ("slug", "kind", "published_at", "last_reviewed")
CARD_TRANSLATED_FIELDS = ("title", "intro")


def listed_articles():
    """Published articles for index pages in the reader's language, with only what their cards show: not their
    bodies or other texts, nor their category (its join and instances took a third of the query's time)."""
    return Article.objects.published().in_language().only(*CARD_FIELDS, *in_language_columns(CARD_TRANSLATED_FIELDS))


def latest(kind: str, limit: int = HOME_LIST_LIMIT) -> list[Article]:
    return list(listed_articles().filter(kind=kind)[:limit])


def articles_of_kind(kind: str):
    return listed_articles().filter(kind=kind)


def published_article(pk: int) -> Article:
    """A published article with what its page shows, or 404."""
    return article_for_page(Article.objects.published(), pk)


# What an article's page shows of the article and its category; of the translated fields only the columns of the
# reader's language and of the Simplified fallback are loaded (see overdue_site.languages.in_language_columns).
PAGE_FIELDS = ("slug", "kind", "published_at", "last_reviewed", "updated_at", "view_count", "category__slug")
PAGE_TRANSLATED_FIELDS = ("title", "intro", "summary", "byline", "body_html", "category__name")


def article_for_page(queryset, pk: int, language: str | None = None) -> Article:
    """An article of ``queryset`` with what its page shows (category, questions, published platforms), or 404.

    Only the columns the page shows in ``language`` are loaded: the Markdown texts are left out (the page shows the
    HTML stored from them), and so are the other languages. The questions (``article.page_questions``) and the
    platforms (``article.published_platforms``) are two plain queries, cheaper than prefetching them.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    queryset = (
        queryset.select_related("category")
        .only(*PAGE_FIELDS, *in_language_columns(PAGE_TRANSLATED_FIELDS, language))
        .annotate(
            # Most articles have neither: related.related_articles then skips their queries.
            has_pinned_related=Exists(Article.pinned_related.through.objects.filter(from_article_id=OuterRef("pk"))),
            has_excluded_related=Exists(
                Article.excluded_related.through.objects.filter(from_article_id=OuterRef("pk"))
            ),
        )
    )
    article = get_object_or_404(queryset, pk=pk)
    article.page_questions = list(
        Question.objects.filter(article_id=article.pk)
        .order_by("order", "pk")
        .only(*in_language_columns(("question", "answer_html"), language))
    )
    article.published_platforms = list(
        Platform.objects.published()
        .filter(articles=article.pk)
        .only("slug", "is_general_profile", *in_language_columns(["name"], language))
    )
    return article


def index_page(queryset, number, listing: str, per_page: int = INDEX_PAGE_SIZE) -> Page:
    """One page of an ordered queryset of articles: its rows along a listing index (see Article.Meta), and the
    listing's kept count (``listing_count``).

    A missing, malformed or non-positive number gives page 1 and a number past the end the last page, never an
    error.

    The database skips the rows before a page (OFFSET) by reading them along the index. A page in the second half of
    the listing is read from the listing's other end (``reverse()``, then put back in order), so the last page costs
    what the first does and no page skips more than half of the listing: at 100,000 articles on PostgreSQL, the FAQ
    index's last page took 87–100 ms read from the front and takes 17 ms from its end.
    """
    try:
        # Clamped so that an absurd number cannot overflow the database's OFFSET; it then means "the last page".
        wanted = min(max(int(number), 1), MAX_PAGE_NUMBER)
    except (TypeError, ValueError):
        wanted = 1
    count = listing_count(listing, queryset)
    paginator = CountedPaginator(queryset, per_page, count=count)
    wanted = min(wanted, paginator.num_pages)
    bottom = (wanted - 1) * per_page
    top = min(bottom + per_page, count)
    # Sliced here rather than by Paginator.page(), which skips the query for an empty listing: the number of queries
    # stays the same whatever the content.
    if bottom > count - top:
        rows = list(queryset.reverse()[count - top : count - bottom])[::-1]
    else:
        rows = list(queryset[bottom : bottom + per_page])
    return Page(rows, wanted, paginator)


def listing_count(listing: str, queryset) -> int:
    """How many articles the listing called ``listing`` ("faq", "category:3") has in the reader's language: kept
    until any content changes or the next scheduled publish or unpublish time (``page_cache.remember`` with the
    ``CONTENT`` tag). An exact count reads the whole listing index, 5–7 ms of PostgreSQL at 100,000 articles, and
    every page of the listing shows it ("page 2 of 40")."""
    key = f"{listing}|{get_language() or settings.LANGUAGE_CODE}"
    return page_cache.remember("listing-count", key, lambda: (queryset.count(), [page_cache.CONTENT]))


class CountedPaginator(Paginator):
    """A paginator told how many items there are (``count``) instead of counting them."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self) -> int:
        return self.known_count


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


def published_platforms_of(articles: list[Article], language: str | None = None) -> dict[int, list[Platform]]:
    """The platforms readers may see (never drafts) that each article is linked to, by the article's key, with what
    a link to them shows in ``language`` (by default the reader's): one query, cheaper than prefetching them."""
    links = (
        Platform.objects.published()
        .filter(articles__in=[article.pk for article in articles])
        .annotate(linked_article_id=F("articles"))
        .only("slug", "is_general_profile", *in_language_columns(["name"], language))
        .order_by()  # grouped_by_platform() sorts the groups; sorting the links here cost a tenth of the query
    )
    platforms: dict[int, list[Platform]] = defaultdict(list)
    for platform in links:
        platforms[platform.linked_article_id].append(platform)
    return platforms


def grouped_by_platform(articles: list[Article], platforms: dict[int, list[Platform]]) -> list[Group]:
    """Articles under each platform they are linked to (``platforms``: by the article's key); an article may appear
    under several."""
    groups: dict[int, Group] = {}
    for article in articles:
        for platform in platforms.get(article.pk, ()):
            groups.setdefault(platform.pk, Group(platform)).articles.append(article)
    return sorted(groups.values(), key=lambda group: (group.key.is_general_profile, group.key.slug))


def faq_articles():
    """Published FAQ articles with what their cards show and their category's heading: the paged FAQ index groups
    them by topic."""
    heading = ("category__slug", "category__order", *in_language_columns(["category__name"]))
    return (
        Article.objects.published()
        .in_language()
        .filter(kind=Article.Kind.FAQ)
        .select_related("category")
        .only(*CARD_FIELDS, *in_language_columns(CARD_TRANSLATED_FIELDS), *heading)
    )


def faq_groups(articles: list[Article]) -> tuple[list[Group], list[Group]]:
    """The articles (one page of ``faq_articles()``) by category and by the published platforms they are linked to."""
    return grouped_by_category(articles), grouped_by_platform(articles, published_platforms_of(articles))


def category_articles(category: Category):
    return listed_articles().filter(category=category)


def category_by_slug(slug: str) -> Category:
    return get_object_or_404(Category, slug=slug)
