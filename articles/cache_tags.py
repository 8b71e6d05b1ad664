"""Which cached pages a change of an article, a question, a category or a site text retires (overdue_site.page_cache).

An article's page carries ``article:<pk>`` of itself and of every article it links to (its related articles and
its neighbours: their titles, dates and introductions), ``category:<pk>`` of its category (the category's name, and
which articles are its neighbours and the newest of the category in its related list) and ``platform:<pk>`` of its
platforms (the platform names it shows, and which articles sharing a platform are related). A platform's page
carries ``article:<pk>`` of the articles it lists (articles.blocks). Site texts are on every page (``LAYOUT``).

So an edit of an article's text retires the pages that show it (its own, those that link to it, its platforms' pages)
and the lists (``CONTENT``), not every page of its category and not the lookups of its platforms:
``category:<pk>`` and ``platform:<pk>`` are bumped only when an article arrives, leaves or changes place among the
readable articles of its category and platforms (``_moved``), and linking it to a platform bumps that platform.
"""

from overdue_site import page_cache
from platforms.cache_tags import platform_tag

from .models import Article, Category, Question, SiteText


def article_tag(pk) -> str:
    return f"article:{pk}"


def category_tag(pk) -> str:
    return f"category:{pk}"


def _article(article: Article) -> set[str]:
    return {article_tag(article.pk), page_cache.CONTENT}


def _place(article: Article) -> tuple:
    """What decides whether and where an article is listed among the readable articles of its category and of its
    platforms."""
    return (
        article.category_id,
        article.status,
        article.published_at,
        article.unpublish_at,
        bool(article.title_en),  # English pages list only articles with an English title
    )


def _moved(previous: Article | None, current: Article | None) -> set[str]:
    if previous is not None and current is not None and _place(previous) == _place(current):
        return set()
    article = current or previous
    platforms = article.platforms.values_list("pk", flat=True) if article.pk else []
    categories = {row.category_id for row in (previous, current) if row is not None}
    return {*(category_tag(pk) for pk in categories), *(platform_tag(pk) for pk in platforms)}


def _question(question: Question) -> set[str]:
    return {article_tag(question.article_id), page_cache.CONTENT}


def _category(category: Category) -> set[str]:
    return {category_tag(category.pk), page_cache.CONTENT}


def _site_text(text: SiteText) -> set[str]:
    return {page_cache.LAYOUT}


def register() -> None:
    page_cache.register(Article, _article, changed=_moved)
    page_cache.watch_schedule(Article)
    page_cache.register(Question, _question)
    page_cache.register(Category, _category)
    page_cache.register(SiteText, _site_text)
