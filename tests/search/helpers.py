"""Builders for search tests: records with chosen text in every language, saved through the models."""

from articles.models import Article
from tests.factories import make_article


def article_with(title: str, body: str = "", *, title_en: str = "", body_en: str = "", **options) -> Article:
    """An article whose title and body are exactly these (the factory's intro and summary are cleared)."""
    article = make_article(title, title_en, **options)
    for suffix in ("zh_hans", "zh_hant", "en"):
        for name in ("intro", "summary"):
            setattr(article, f"{name}_{suffix}", "")
    article.body_zh_hans = body
    article.body_zh_hant = ""  # filled from the Simplified text by OpenCC on save
    article.body_en = body_en
    article.save()
    return article
