"""Content history: every saved version of an article keeps its FAQ entries with it (see history/)."""

from history.registration import register

from .models import Article, Category, Question, SiteText

register(Question)
register(Article, follow=("questions",))
register(Category)
register(SiteText)
