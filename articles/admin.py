from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from history.admin import HistoryAdminMixin
from overdue_site.admin_filters import MissingTranslationFilter, TraditionalConversionAdminMixin, translation_status
from workflow.admin import NeedsReviewFilter, PublicationStateFilter, PublishingAdminMixin

from . import versions  # noqa: F401 - registers the models with django-reversion before the admin would
from .models import Article, Category, Question, SiteText
from .selectors import article_for_page
from .views import article_page


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 0
    fields = ["order", "question", "answer", "traditional_machine_converted"]
    ordering = ["order", "pk"]


@admin.register(Article)
class ArticleAdmin(PublishingAdminMixin, TraditionalConversionAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    inlines = [QuestionInline]
    list_display = [
        "title",
        "kind",
        "category",
        "publication",
        "published_at",
        "last_reviewed",
        "view_count",
        "languages",
    ]
    list_filter = [
        PublicationStateFilter,
        NeedsReviewFilter,
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
    # Self-references: a search box scales to many articles where a two-list picker would not.
    autocomplete_fields = ["pinned_related", "excluded_related"]
    list_select_related = ["category"]
    save_on_top = True
    readonly_fields = ["view_count"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "category", "byline"]}),
        (_("Text for readers"), {"fields": ["intro", "body", "summary"]}),
        (_("Related platforms"), {"fields": ["platforms"]}),
        (_("Related articles"), {"fields": ["pinned_related", "excluded_related"]}),
        (
            _("Publishing"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "unpublish_at",
                    "preview_links",
                    "last_reviewed",
                    "last_reviewed_by",
                    "review_button",
                    "view_count",
                    "traditional_machine_converted",
                ]
            },
        ),
    ]

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "title")

    def preview_response(self, request, obj):
        return article_page(request, article_for_page(Article.objects.all(), obj.pk))


@admin.register(Category)
class CategoryAdmin(TraditionalConversionAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ["name", "slug", "order", "languages"]
    list_editable = ["order"]
    list_filter = [MissingTranslationFilter, "traditional_machine_converted"]
    search_fields = ["name_zh_hans", "name_zh_hant", "name_en", "slug"]

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "name")


@admin.register(SiteText)
class SiteTextAdmin(TraditionalConversionAdminMixin, HistoryAdminMixin, TabbedTranslationAdmin):
    list_display = ["key", "title", "updated_at", "languages", "traditional_machine_converted"]
    list_filter = ["traditional_machine_converted"]

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "body")
