"""Which cached pages a change of an article, a question, a category or a site text retires (overdue_site.page_cache).

An article's page carries ``article:<pk>``, ``category:<pk>`` of its category (its neighbours and the newest of the
category in its related list) and ``platform:<pk>`` of its platforms (the related articles sharing a platform, the
platform names it shows). Site texts are on every page (``LAYOUT``).
"""

from overdue_site import page_cache
from platforms.cache_tags import platform_tag

from .models import Article, Category, Question, SiteText


def article_tag(pk) -> str:
    return f"article:{pk}"


def category_tag(pk) -> str:
    return f"category:{pk}"


def article_page_tags(article: Article) -> set[str]:
    """What an article's page shows besides the layout; also what a change of the article retires."""
    platforms = {platform_tag(pk) for pk in article.platforms.values_list("pk", flat=True)} if article.pk else set()
    return {article_tag(article.pk), category_tag(article.category_id), *platforms}


def _article(article: Article) -> set[str]:
    return {*article_page_tags(article), page_cache.CONTENT}


def _question(question: Question) -> set[str]:
    return {article_tag(question.article_id), page_cache.CONTENT}


def _category(category: Category) -> set[str]:
    return {category_tag(category.pk), page_cache.CONTENT}


def _site_text(text: SiteText) -> set[str]:
    return {page_cache.LAYOUT}


def register() -> None:
    page_cache.register(Article, _article)
    page_cache.watch_schedule(Article)
    page_cache.register(Question, _question)
    page_cache.register(Category, _category)
    page_cache.register(SiteText, _site_text)
