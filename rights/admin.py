from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from overdue_site.admin_filters import MissingTranslationFilter, TraditionalConversionAdminMixin, translation_status

from .models import ComplaintChannel


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
