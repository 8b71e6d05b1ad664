"""What the articles app adds to other apps' pages (overdue_site.page_blocks): the articles about a platform."""

from overdue_site import page_blocks

from .cache_tags import article_tag
from .selectors import listed_articles

PLATFORM_ARTICLES_LIMIT = 10


def platform_articles(platform, limit: int = PLATFORM_ARTICLES_LIMIT) -> dict:
    """Published articles linked to the platform, in the reader's language (see ArticleQuerySet.in_language); the
    page shows their titles, so an edit of one retires it (which articles are listed changes with ``platform:<pk>``,
    see articles.cache_tags)."""
    articles = list(listed_articles().filter(platforms=platform)[:limit])
    return {"related": articles, page_blocks.CACHE_TAGS: [article_tag(article.pk) for article in articles]}


def register() -> None:
    page_blocks.provide("platform", platform_articles)
