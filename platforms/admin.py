from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from history.admin import HistoryAdminMixin, RevisionedImportMixin
from overdue_site.admin_filters import MissingTranslationFilter, TraditionalConversionAdminMixin, translation_status
from workflow.admin import NeedsReviewFilter, PublicationStateFilter, PublishingAdminMixin

from . import versions  # noqa: F401 - registers the models with django-reversion before the admin would
from .models import Platform, Source, Stage
from .resources import PlatformResource, SourceResource, StageResource
from .timeline import gap_warning, stage_gaps, stage_set_errors
from .views import platform_page


class StageForm(forms.ModelForm):
    channels = forms.MultipleChoiceField(
        label=_("channels"),
        choices=Stage.Channel.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Stage
        fields = ["first_day", "last_day", "title", "description", "channels", "contacts_called", "intensity"]


class StageInlineFormSet(BaseInlineFormSet):
    """Checks the platform's stages as a set, because an editor may move several boundaries in one save."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.skip_sibling_validation = True
        return form

    def clean(self):
        super().clean()
        kept = []
        for form in self.forms:
            if not form.is_valid() or not (form.has_changed() or form.instance.pk):
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            kept.append(form.instance)
        problems = stage_set_errors(kept)
        if problems:
            raise ValidationError(problems)


class StageInline(TranslationStackedInline):
    model = Stage
    form = StageForm
    formset = StageInlineFormSet
    extra = 0
    ordering = ["first_day"]
    fields = [
        ("first_day", "last_day"),
        "title",
        "description",
        "channels",
        ("contacts_called", "intensity"),
        "traditional_machine_converted",
    ]


class SourceInline(TranslationStackedInline):
    model = Source
    extra = 0
    fields = [
        "title",
        ("url", "published_on"),
        ("reliability", "claimed_first_day", "claimed_last_day"),
        "note",
        "traditional_machine_converted",
    ]


@admin.register(Platform)
class PlatformAdmin(
    RevisionedImportMixin,
    ImportExportMixin,
    PublishingAdminMixin,
    TraditionalConversionAdminMixin,
    HistoryAdminMixin,
    TabbedTranslationAdmin,
):
    inlines = [StageInline, SourceInline]
    # CSV/XLSX import and export (platforms/resources.py): the platforms, their stages or their sources.
    resource_classes = [PlatformResource, StageResource, SourceResource]
    formats = [CSV, XLSX]
    list_display = [
        "name",
        "slug",
        "kind",
        "publication",
        "is_general_profile",
        "last_reviewed",
        "stage_count",
        "source_count",
        "languages",
    ]
    list_filter = [
        PublicationStateFilter,
        NeedsReviewFilter,
        "kind",
        "is_general_profile",
        MissingTranslationFilter,
        "traditional_machine_converted",
    ]
    search_fields = [
        "name_zh_hans",
        "name_zh_hant",
        "name_en",
        "aliases_zh_hans",
        "aliases_zh_hant",
        "aliases_en",
        "slug",
    ]
    ordering = ["is_general_profile", "slug"]
    save_on_top = True

    def get_valid_export_item_pks(self, request):
        """The platforms that "Export selected platforms" may export: those of the export queryset.

        django-import-export 4.4 deprecates this method in favour of get_export_queryset() but still calls it when
        selected rows are exported, and its default warns; answering from get_export_queryset() keeps the same rule
        without the deprecated default (which also read every primary key of the table).
        """
        return self.get_export_queryset(request).values_list("pk", flat=True)

    fieldsets = [
        (None, {"fields": ["name", "aliases", "slug", "kind", "operator"]}),
        (_("Text for readers"), {"fields": ["summary", "body", "customer_service"]}),
        (
            _("Publishing"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "unpublish_at",
                    "preview_links",
                    "is_general_profile",
                    "last_reviewed",
                    "last_reviewed_by",
                    "review_button",
                    "traditional_machine_converted",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(_stage_count=Count("stages", distinct=True), _source_count=Count("sources", distinct=True))
        )

    @admin.display(description=_("stages"), ordering="_stage_count")
    def stage_count(self, obj):
        return obj._stage_count

    @admin.display(description=_("sources"), ordering="_source_count")
    def source_count(self, obj):
        return obj._source_count

    @admin.display(description=_("languages"))
    def languages(self, obj):
        return translation_status(obj, "name")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        self.warn_about_timeline(request, form.instance)

    def preview_response(self, request, obj):
        return platform_page(request, Platform.objects.with_timeline().get(pk=obj.pk))

    def after_publish(self, request, platform):
        if not platform.sources.exists():
            messages.warning(
                request,
                _("%(name)s is published but has no source: readers will be told its data is unsourced.")
                % {"name": platform},
            )

    def warn_about_timeline(self, request, platform):
        stages = list(platform.stages.all())
        gaps = stage_gaps(stages)
        if gaps:
            messages.warning(request, gap_warning(gaps))
        if stages and not any(stage.contacts_called for stage in stages):
            messages.info(
                request,
                _("No stage says emergency contacts may be called: the lookup will say the sources do not tell."),
            )
