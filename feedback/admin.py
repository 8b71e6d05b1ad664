"""Moderation: comments and contact-day reports, and the queue of problem reports."""

from __future__ import annotations

import logging

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from overdue_site import page_cache

from .cache_tags import target_tags
from .models import Comment, ContactDayReport, ProblemReport
from .notifications import notify_resolved

logger = logging.getLogger(__name__)


def _target_tags(queryset) -> set[str]:
    """The tags of the pages that show (or may start or stop showing) the selected comments or reports."""
    fields = [name for name in ("article", "platform") if hasattr(queryset.model, name)]
    return set().union(*(target_tags(item) for item in queryset.only(*fields)))


def _moderation_action(status: str, description, **extra):
    def action(modeladmin, request, queryset):
        # update() sends no save signals: retire the pages of the selected items' articles and platforms ourselves.
        retired = _target_tags(queryset)
        updated = queryset.update(status=status, moderated_at=timezone.now(), **extra)
        page_cache.bump(*retired)
        modeladmin.message_user(
            request,
            ngettext("%(count)d item updated.", "%(count)d items updated.", updated) % {"count": updated},
            messages.SUCCESS,
        )

    action.__name__ = f"mark_{status}_{'_'.join(extra) or 'plain'}"
    action.short_description = description
    return action


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["excerpt", "display_name", "target", "status", "is_featured", "language", "created_at"]
    list_filter = ["status", "is_featured", "language", "created_at"]
    search_fields = ["display_name", "body"]
    list_select_related = ["article", "platform"]
    readonly_fields = ["article", "platform", "language", "created_at", "moderated_at", "client_hash"]
    fields = [
        "article",
        "platform",
        "display_name",
        "body",
        "status",
        "is_featured",
        "language",
        "created_at",
        "moderated_at",
        "client_hash",
    ]
    date_hierarchy = "created_at"
    actions = [
        _moderation_action(Comment.Status.APPROVED, _("Approve selected comments")),
        _moderation_action(Comment.Status.REJECTED, _("Reject selected comments"), is_featured=False),
        _moderation_action(Comment.Status.SPAM, _("Mark selected comments as spam"), is_featured=False),
        # Featuring a comment also approves it: a featured comment is always shown.
        _moderation_action(
            Comment.Status.APPROVED, _("Feature selected comments (and approve them)"), is_featured=True
        ),
        "unfeature",
    ]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("comment"))
    def excerpt(self, comment: Comment) -> str:
        return Truncator(comment.body).chars(80)

    @admin.display(description=_("page"))
    def target(self, comment: Comment) -> str:
        return str(comment.target)

    @admin.action(description=_("Stop featuring selected comments"))
    def unfeature(self, request, queryset):
        retired = _target_tags(queryset)
        updated = queryset.update(is_featured=False)
        page_cache.bump(*retired)
        self.message_user(
            request, ngettext("%(count)d item updated.", "%(count)d items updated.", updated) % {"count": updated}
        )

    def save_model(self, request, obj, form, change):
        if change and {"status", "is_featured"} & set(form.changed_data):
            obj.moderated_at = timezone.now()
        if obj.status != Comment.Status.APPROVED:
            obj.is_featured = False
        super().save_model(request, obj, form, change)


@admin.register(ContactDayReport)
class ContactDayReportAdmin(admin.ModelAdmin):
    list_display = [
        "platform",
        "first_contact_day",
        "channel",
        "borrower_reachable",
        "status",
        "is_outlier",
        "outlier_reason",
        "created_at",
    ]
    list_filter = ["status", "is_outlier", "channel", "borrower_reachable", "platform"]
    list_select_related = ["platform"]
    readonly_fields = [
        "platform",
        "first_contact_day",
        "channel",
        "borrower_reachable",
        "language",
        "outlier_reason",
        "created_at",
        "moderated_at",
        "client_hash",
    ]
    fields = [
        "platform",
        "first_contact_day",
        "channel",
        "borrower_reachable",
        "status",
        "is_outlier",
        "outlier_reason",
        "language",
        "created_at",
        "moderated_at",
        "client_hash",
    ]
    date_hierarchy = "created_at"
    actions = [
        _moderation_action(ContactDayReport.Status.APPROVED, _("Approve selected reports")),
        _moderation_action(ContactDayReport.Status.REJECTED, _("Reject selected reports")),
    ]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if change and "status" in form.changed_data:
            obj.moderated_at = timezone.now()
        super().save_model(request, obj, form, change)


@admin.register(ProblemReport)
class ProblemReportAdmin(admin.ModelAdmin):
    list_display = ["reference", "reason", "status", "page_title", "has_contact", "created_at", "resolved_at"]
    list_filter = ["status", "reason", "created_at"]
    search_fields = ["reference", "details", "page_title"]
    list_select_related = ["article", "platform"]
    fields = [
        "reference",
        "status",
        "internal_note",
        "reason",
        "details",
        "contact_email",
        "article",
        "platform",
        "page_title",
        "language",
        "created_at",
        "resolved_at",
        "notified_at",
        "client_hash",
    ]
    # Moderators change the status and their note; what the reader sent and the timestamps stay as they are.
    readonly_fields = [name for name in fields if name not in ("status", "internal_note")]
    date_hierarchy = "created_at"
    actions = ["mark_in_progress", "mark_resolved", "mark_rejected"]

    def has_add_permission(self, request):
        return False

    @admin.display(boolean=True, description=_("e-mail given"))
    def has_contact(self, report: ProblemReport) -> bool:
        return bool(report.contact_email)

    def _notify(self, request, report: ProblemReport) -> None:
        try:
            if notify_resolved(report):
                self.message_user(
                    request,
                    _("The reporter of %(reference)s has been told by e-mail.") % {"reference": report.reference},
                )
        except Exception:
            logger.exception("Could not send the resolution e-mail for %s", report.reference)
            self.message_user(
                request,
                _("Could not send the e-mail for %(reference)s; save it again later to retry.")
                % {"reference": report.reference},
                messages.WARNING,
            )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        self._notify(request, obj)

    def _set_status(self, request, queryset, status: str) -> None:
        for report in queryset:
            report.status = status
            report.save()
            self._notify(request, report)
        self.message_user(
            request,
            ngettext("%(count)d report updated.", "%(count)d reports updated.", len(queryset))
            % {"count": len(queryset)},
        )

    @admin.action(description=_("Mark selected reports as in progress"))
    def mark_in_progress(self, request, queryset):
        self._set_status(request, queryset, ProblemReport.Status.IN_PROGRESS)

    @admin.action(description=_("Mark selected reports as resolved (and tell reporters)"))
    def mark_resolved(self, request, queryset):
        self._set_status(request, queryset, ProblemReport.Status.RESOLVED)

    @admin.action(description=_("Mark selected reports as rejected"))
    def mark_rejected(self, request, queryset):
        self._set_status(request, queryset, ProblemReport.Status.REJECTED)
