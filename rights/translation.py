from modeltranslation.translator import TranslationOptions, register

from .models import ComplaintChannel


@register(ComplaintChannel)
class ComplaintChannelTranslationOptions(TranslationOptions):
    fields = ("name", "handles", "when_to_use", "notes", "source_note")
    required_languages = ("zh-hans",)
