from modeltranslation.translator import TranslationOptions, register

from .models import Article, Category, Question, SiteText


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("zh-hans",)


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "intro", "body", "summary", "byline")
    required_languages = ("zh-hans",)


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("question", "answer")
    required_languages = ("zh-hans",)


@register(SiteText)
class SiteTextTranslationOptions(TranslationOptions):
    fields = ("title", "body")
    required_languages = ("zh-hans",)
