"""CSV and XLSX import and export of platforms, their stages and their sources (django-import-export).

Every text column comes once per language (``name_zh_hans``, ``name_zh_hant``, ``name_en``, …). Records are matched
by natural keys, never by database id, so a file can move between databases:

- platform: ``slug``; stage: ``platform`` (the platform's slug) + ``first_day``; source: ``platform`` + Simplified
  title (``title_zh_hans``).

An import is all or nothing: it runs in one transaction that is rolled back if any row is invalid, and after the
last row the resulting stage sets are checked once more with the rules of ``platforms.timeline``. Users without
the "publish platforms" permission cannot publish, schedule or unpublish through an import: new platforms come in
as drafts and existing platforms keep their publishing state.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from types import SimpleNamespace

import reversion
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from overdue_site.traditional import translated_fields
from workflow.transitions import can_publish

from .models import Platform, Source, Stage
from .timeline import stage_set_errors

NOT_EXPORTED = {"created_at", "updated_at"}
PUBLISHING_FIELDS = ("status", "published_at", "unpublish_at")


# Bookkeeping columns go after the content.
LAST_COLUMNS = ("status", "published_at", "unpublish_at", "last_reviewed", "traditional_machine_converted")


def column_names(model: type[models.Model], first: tuple[str, ...] = ()) -> list[str]:
    """Editable columns, with one column per language instead of django-modeltranslation's original column."""
    originals = set(translated_fields(model))
    names = [
        field.name
        for field in model._meta.concrete_fields
        if field.editable and not field.primary_key and field.name not in originals and field.name not in NOT_EXPORTED
    ]
    last = [name for name in LAST_COLUMNS if name in names]
    return [*first, *(name for name in names if name not in first and name not in last), *last]


class IsoDateTimeWidget(widgets.Widget):
    """Date and time in ISO 8601 with the offset, so a round trip keeps the exact moment."""

    def clean(self, value, row=None, **kwargs):
        if value is None or str(value).strip() == "":
            return None
        moment = value if isinstance(value, datetime.datetime) else parse_datetime(str(value).strip())
        if moment is None:
            raise ValueError(_("Enter a date and time like 2026-11-23 09:30:00+08:00."))
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        return moment

    def render(self, value, obj=None, **kwargs):
        return timezone.localtime(value).isoformat() if value else ""


class ChannelsWidget(widgets.Widget):
    """A stage's channels as their codes separated by commas, e.g. ``sms, phone``."""

    def clean(self, value, row=None, **kwargs):
        codes = [code for code in re.split(r"[\s,;]+", str(value or "")) if code]
        unknown = [code for code in codes if code not in Stage.Channel.values]
        if unknown:
            raise ValueError(
                _("Unknown channel: %(codes)s. Known channels: %(known)s.")
                % {"codes": ", ".join(unknown), "known": ", ".join(Stage.Channel.values)}
            )
        return codes

    def render(self, value, obj=None, **kwargs):
        return ", ".join(value or [])


class PlatformSlugWidget(widgets.ForeignKeyWidget):
    def __init__(self):
        super().__init__(Platform, field="slug")


def platform_column() -> fields.Field:
    return fields.Field(attribute="platform", column_name="platform", widget=PlatformSlugWidget())


class ContentResource(resources.ModelResource):
    def import_data(self, dataset, **kwargs):
        # All or nothing: one transaction, rolled back on any invalid row (the admin's confirmed import would
        # otherwise keep the valid rows).
        kwargs["use_transactions"] = True
        kwargs["rollback_on_validation_errors"] = True
        return super().import_data(dataset, **kwargs)


class PlatformChildResource(ContentResource):
    """Stages and sources: each row names its platform by slug."""

    def before_import_row(self, row, **kwargs):
        # The row's key columns are needed to find the record, before the row's own validation runs.
        errors = self.key_errors(row)
        if errors:
            raise ValidationError(errors)

    def key_errors(self, row) -> dict[str, str]:
        slug = str(row.get("platform") or "").strip()
        if not slug:
            return {"platform": _("Give the slug of the platform this row belongs to.")}
        if not Platform.objects.filter(slug=slug).exists():
            return {
                "platform": _("There is no platform with the slug “%(slug)s”. Import the platforms first.")
                % {"slug": slug}
            }
        return {}

    def before_import(self, dataset, **kwargs):
        headers = dataset.headers or []
        self.touched_platforms = {str(slug).strip() for slug in dataset["platform"]} if "platform" in headers else set()

    def after_import(self, dataset, result, **kwargs):
        if result.has_errors() or result.has_validation_errors() or not reversion.is_active():
            return
        # Record each platform the file touched, so its history shows the new stage set and sources.
        for platform in Platform.objects.filter(slug__in=self.touched_platforms):
            reversion.add_to_revision(platform)

    def export(self, queryset=None, **kwargs):
        # The export runs from the platforms' list, so it gets platforms: export their stages or sources.
        if queryset is not None and queryset.model is Platform:
            platform_ids = list(queryset.values_list("pk", flat=True))
            queryset = self.get_queryset().filter(platform__in=platform_ids)
        return super().export(queryset=queryset, **kwargs)


class PlatformResource(ContentResource):
    class Meta:
        model = Platform
        fields = column_names(Platform, first=("slug",))
        export_order = fields
        import_id_fields = ["slug"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    published_at = fields.Field(attribute="published_at", column_name="published_at", widget=IsoDateTimeWidget())
    unpublish_at = fields.Field(attribute="unpublish_at", column_name="unpublish_at", widget=IsoDateTimeWidget())

    @classmethod
    def get_display_name(cls):
        return _("Platforms")

    def get_queryset(self):
        return Platform.objects.order_by("is_general_profile", "slug")

    def import_instance(self, instance, row, **kwargs):
        user = kwargs.get("user")
        kept = {name: getattr(instance, name) for name in PUBLISHING_FIELDS if hasattr(instance, name)}
        super().import_instance(instance, row, **kwargs)
        if user is not None and not can_publish(user, Platform):
            # Without the publishing permission a new platform stays a draft and an existing one keeps its state.
            for name, value in kept.items():
                setattr(instance, name, value)


class StageResource(PlatformChildResource):
    platform = platform_column()
    channels = fields.Field(attribute="channels", column_name="channels", widget=ChannelsWidget())

    class Meta:
        model = Stage
        fields = column_names(Stage, first=("platform", "first_day", "last_day"))
        export_order = fields
        import_id_fields = ["platform", "first_day"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    @classmethod
    def get_display_name(cls):
        return _("Collection stages")

    def get_queryset(self):
        return Stage.objects.select_related("platform").order_by("platform__slug", "first_day")

    def key_errors(self, row) -> dict[str, str]:
        errors = super().key_errors(row)
        if _whole_number(row.get("first_day")) is None:
            errors["first_day"] = _("Enter the first day as a whole number, e.g. 4.")
        return errors

    def before_import(self, dataset, **kwargs):
        """The stage set each platform will have after the import: its current stages, replaced or joined by rows."""
        super().before_import(dataset, **kwargs)
        self.planned: dict[str, dict[int, SimpleNamespace]] = defaultdict(dict)
        for stage in Stage.objects.filter(platform__slug__in=self.touched_platforms).select_related("platform"):
            self.planned[stage.platform.slug][stage.first_day] = SimpleNamespace(
                first_day=stage.first_day, last_day=stage.last_day
            )
        for row in dataset.dict:
            first_day, last_day = _whole_number(row.get("first_day")), _whole_number(row.get("last_day"))
            if first_day is not None:
                slug = str(row.get("platform") or "").strip()
                self.planned[slug][first_day] = SimpleNamespace(first_day=first_day, last_day=last_day)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        # The whole planned set is checked below, so the model must not check the row against the stages stored now.
        instance.skip_sibling_validation = True
        errors = dict(import_validation_errors or {})
        if instance.platform_id is not None and instance.first_day is not None and "first_day" not in errors:
            others = [
                stage
                for first_day, stage in self.planned[instance.platform.slug].items()
                if first_day != instance.first_day
            ]
            problems = [problem for other in others for problem in stage_set_errors([other, instance])]
            if problems:
                errors[NON_FIELD_ERRORS] = problems
        super().validate_instance(instance, errors, validate_unique)

    def after_import(self, dataset, result, **kwargs):
        if result.has_errors() or result.has_validation_errors():
            return
        problems = []
        for platform in Platform.objects.filter(slug__in=self.touched_platforms).prefetch_related("stages"):
            for problem in stage_set_errors(platform.stages.all()):
                problems.append(f"{platform.slug}: {problem}")
        if problems:
            raise ValidationError(problems)
        super().after_import(dataset, result, **kwargs)


class SourceResource(PlatformChildResource):
    platform = platform_column()

    class Meta:
        model = Source
        fields = column_names(Source, first=("platform", "title_zh_hans"))
        export_order = fields
        import_id_fields = ["platform", "title_zh_hans"]
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    @classmethod
    def get_display_name(cls):
        return _("Sources")

    def get_queryset(self):
        return Source.objects.select_related("platform").order_by("platform__slug", "-published_on", "pk")


def _whole_number(value) -> int | None:
    """The value as a whole number, or None if it is empty or not one (the row's own validation reports that)."""
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None
