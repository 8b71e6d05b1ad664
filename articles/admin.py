from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from overdue_site.admin_filters import MissingTranslationFilter, TraditionalConversionAdminMixin, translation_status

from .models import Article, Category, Question, SiteText


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 0
    fields = ["order", "question", "answer", "traditional_machine_converted"]
    ordering = ["order", "pk"]


@admin.register(Article)
class ArticleAdmin(TraditionalConversionAdminMixin, TabbedTranslationAdmin):
    inlines = [QuestionInline]
    list_display = [
        "title",
        "kind",
        "category",
        "is_published",
        "published_at",
        "last_reviewed",
        "view_count",
        "languages",
    ]
    list_filter = [
        "is_published",
        "kind",
        "category",
        "platforms",
        MissingTranslationFilter,
        "traditional_machine_converted",
    ]
    search_fields = ["title_zh_hans", "title_zh_hant", "title_en", "slug"]
    date_hierarchy = "published_at"
    ordering = ["-published_at"]
    filter_horizontal = ["platforms"]
    list_select_related = ["category"]
    save_on_top = True
    readonly_fields = ["view_count"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "category", "byline"]}),
        (_("Text for readers"), {"fields": ["intro", "body", "summary"]}),
        (_("Related platforms"), {"fields": ["platforms"]}),
        (
            _("Publishing"),
            {
                "fields": [
                    "is_published",
                    "published_at",
                    "last_reviewed",
                    "view_count",
                    "traditional_machine_converted",
                ]
            },
        ),
    ]

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "title")


@admin.register(Category)
class CategoryAdmin(TraditionalConversionAdminMixin, TabbedTranslationAdmin):
    list_display = ["name", "slug", "order", "languages"]
    list_editable = ["order"]
    list_filter = [MissingTranslationFilter, "traditional_machine_converted"]
    search_fields = ["name_zh_hans", "name_zh_hant", "name_en", "slug"]

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "name")


@admin.register(SiteText)
class SiteTextAdmin(TraditionalConversionAdminMixin, TabbedTranslationAdmin):
    list_display = ["key", "title", "updated_at", "languages", "traditional_machine_converted"]
    list_filter = ["traditional_machine_converted"]

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "body")
