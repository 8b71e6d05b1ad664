from modeltranslation.translator import TranslationOptions, register

from .models import Platform, Source, Stage


@register(Platform)
class PlatformTranslationOptions(TranslationOptions):
    fields = ("name", "aliases", "operator", "summary", "body", "customer_service")
    required_languages = ("zh-hans",)


@register(Stage)
class StageTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("zh-hans",)


@register(Source)
class SourceTranslationOptions(TranslationOptions):
    fields = ("title", "note")
    required_languages = ("zh-hans",)
