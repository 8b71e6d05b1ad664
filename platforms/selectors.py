"""Queries behind the public platform pages. Views stay thin; templates trigger no queries of their own."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from articles.models import Article

from .models import Platform

RELATED_ARTICLES_LIMIT = 10


def platforms_for_list() -> tuple[list[Platform], Platform | None]:
    """Published platforms readers pick from, and the general industry profile (if published) on its own."""
    platforms = list(Platform.objects.published())
    listed = [platform for platform in platforms if not platform.is_general_profile]
    general = next((platform for platform in platforms if platform.is_general_profile), None)
    return listed, general


def published_platform(slug: str) -> Platform:
    """A published platform with its stages and sources loaded (three queries), or 404."""
    return get_object_or_404(Platform.objects.published().with_timeline(), slug=slug)


def related_articles(platform: Platform, limit: int = RELATED_ARTICLES_LIMIT) -> list[Article]:
    """Published articles linked to the platform, in the reader's language (see ArticleQuerySet.in_language)."""
    return list(Article.objects.published().in_language().for_listing().filter(platforms=platform)[:limit])
