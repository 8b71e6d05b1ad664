from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from history.admin import HistoryAdminMixin
from overdue_site.admin_filters import MissingTranslationFilter, TraditionalConversionAdminMixin, translation_status

from .models import CollectionRule, ComplaintChannel, RuleChangeNote, RuleSource


@admin.register(ComplaintChannel)
class ComplaintChannelAdmin(TraditionalConversionAdminMixin, TabbedTranslationAdmin):
    list_display = ["name", "phone", "confidence", "order", "is_published", "languages"]
    list_editable = ["order", "is_published"]
    list_filter = ["is_published", "confidence", MissingTranslationFilter, "traditional_machine_converted"]
    search_fields = ["name_zh_hans", "name_zh_hant", "name_en", "slug", "phone"]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["name", "slug", "phone", "website"]}),
        (_("Text for readers"), {"fields": ["handles", "when_to_use", "notes"]}),
        (_("How sure we are"), {"fields": ["confidence", "source_note"]}),
        (_("Publishing"), {"fields": ["order", "is_published", "traditional_machine_converted"]}),
    ]

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "name")


class RuleSourceInline(admin.TabularInline):
    model = RuleSource
    extra = 0
    fields = ["title", "publisher", "published_on", "url", "is_primary_text", "order"]


class RuleChangeNoteInline(TranslationStackedInline):
    model = RuleChangeNote
    extra = 0
    fields = ["changed_on", "note"]


@admin.register(CollectionRule)
class CollectionRuleAdmin(TraditionalConversionAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ["title", "weight", "confirmation", "instrument", "last_reviewed", "source_count", "is_published"]
    list_filter = ["weight", "confirmation", "is_published", MissingTranslationFilter, "traditional_machine_converted"]
    search_fields = ["title_zh_hans", "title_zh_hant", "title_en", "slug", "instrument_zh_hans", "instrument_en"]
    save_on_top = True
    inlines = [RuleSourceInline, RuleChangeNoteInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "says"]}),
        (_("Instrument and weight"), {"fields": ["weight", "instrument", "issuer", "instrument_date", "clause"]}),
        (_("How sure we are"), {"fields": ["confirmation", "confirmation_note", "last_reviewed"]}),
        (_("Publishing"), {"fields": ["order", "is_published", "traditional_machine_converted"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources"))

    @admin.display(description=_("sources"), ordering="source_total")
    def source_count(self, obj):
        return obj.source_total
