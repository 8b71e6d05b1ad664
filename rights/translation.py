from modeltranslation.translator import TranslationOptions, register

from .models import CollectionRule, ComplaintChannel, RuleChangeNote


@register(ComplaintChannel)
class ComplaintChannelTranslationOptions(TranslationOptions):
    fields = ("name", "handles", "when_to_use", "notes", "source_note")
    required_languages = ("zh-hans",)


@register(CollectionRule)
class CollectionRuleTranslationOptions(TranslationOptions):
    fields = ("title", "says", "instrument", "issuer", "clause", "confirmation_note")
    required_languages = ("zh-hans",)


@register(RuleChangeNote)
class RuleChangeNoteTranslationOptions(TranslationOptions):
    fields = ("note",)
    required_languages = ("zh-hans",)
