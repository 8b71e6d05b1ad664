"""What the articles app adds to other apps' pages (overdue_site.page_blocks): the articles about a platform."""

from overdue_site import page_blocks

from .models import Article

PLATFORM_ARTICLES_LIMIT = 10


def platform_articles(platform, limit: int = PLATFORM_ARTICLES_LIMIT) -> dict:
    """Published articles linked to the platform, in the reader's language (see ArticleQuerySet.in_language)."""
    articles = Article.objects.published().in_language().for_listing().filter(platforms=platform)
    return {"related": list(articles[:limit])}


def register() -> None:
    page_blocks.provide("platform", platform_articles)
