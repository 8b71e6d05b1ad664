"""Queries behind the public article pages. Views stay thin; templates trigger no queries of their own."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404

from platforms.models import Platform

from .models import Article, Category, Question

RELATED_LIMIT = 5
HOME_LIST_LIMIT = 6


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
    """A published article with what its page shows (category, questions, published platforms), or 404."""
    queryset = with_published_platforms(
        Article.objects.published()
        .select_related("category")
        .prefetch_related(Prefetch("questions", queryset=Question.objects.order_by("order", "pk")))
    )
    return get_object_or_404(queryset, pk=pk)


def related_articles(article: Article, limit: int = RELATED_LIMIT) -> list[Article]:
    """Other published articles about the same platforms or in the same category."""
    platform_ids = [platform.pk for platform in article.published_platforms]
    same = Q(category_id=article.category_id)
    if platform_ids:
        same |= Q(pk__in=Article.platforms.through.objects.filter(platform_id__in=platform_ids).values("article_id"))
    return list(listed_articles().filter(same).exclude(pk=article.pk)[:limit])


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


def faq_groups() -> tuple[list[Group], list[Group]]:
    articles = list(with_published_platforms(articles_of_kind(Article.Kind.FAQ)))
    return grouped_by_category(articles), grouped_by_platform(articles)


def category_articles(category: Category):
    return listed_articles().filter(category=category)


def category_by_slug(slug: str) -> Category:
    return get_object_or_404(Category, slug=slug)
