"""Admin helpers shared by the content apps."""

from django.contrib import admin, messages
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class MissingTranslationFilter(admin.SimpleListFilter):
    """Lets editors find records that still lack a language. Checks the raw column, not the fallback."""

    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [
            ("zh_hant", _("Traditional Chinese missing")),
            ("en", _("English missing")),
            ("any", _("Any translation missing")),
        ]

    def queryset(self, request, queryset):
        field = getattr(queryset.model, "translation_check_field", "title")
        missing = {
            "zh_hant": Q(**{f"{field}_zh_hant": ""}) | Q(**{f"{field}_zh_hant__isnull": True}),
            "en": Q(**{f"{field}_en": ""}) | Q(**{f"{field}_en__isnull": True}),
        }
        if self.value() in missing:
            return queryset.filter(missing[self.value()])
        if self.value() == "any":
            return queryset.filter(missing["zh_hant"] | missing["en"])
        return queryset


def translation_status(obj, field: str = "title") -> str:
    """A compact "简 繁 EN" marker for list pages: which languages are filled in."""
    labels = []
    for suffix, label in (("zh_hans", "简"), ("zh_hant", "繁"), ("en", "EN")):
        labels.append(label if getattr(obj, f"{field}_{suffix}", "") else "—")
    return " ".join(labels)


class TraditionalConversionAdminMixin:
    """Admin action and filter for the Simplified → Traditional help (see overdue_site.traditional)."""

    actions = ["convert_to_traditional"]

    @admin.action(description=_("Convert to Traditional Chinese (replaces the Traditional text)"))
    def convert_to_traditional(self, request, queryset):
        converted = sum(1 for obj in queryset if obj.convert_to_traditional())
        self.message_user(
            request,
            ngettext(
                "%(count)d record converted; its Traditional text is marked as not yet reviewed.",
                "%(count)d records converted; their Traditional text is marked as not yet reviewed.",
                converted,
            )
            % {"count": converted},
            messages.SUCCESS,
        )
