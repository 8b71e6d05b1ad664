"""Admin parts of the publishing workflow, mixed into the platform and article admins.

Editors (change permission) see only "draft" and "in review" in the status field and cannot touch the schedule;
publishers (``publish_<model>``) also get the publish, schedule and unpublish actions. The same rules are checked again
in save_model and in the transition functions, so a forged POST cannot get past a hidden control.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IS_POPUP_VAR
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from . import transitions
from .forms import ScheduleForm
from .models import State, Status, local_today, stale_after_days

WORKFLOW_FIELDS = ("status", "published_at", "unpublish_at")
# Language names as each language writes itself, so every editor recognises theirs.
PREVIEW_LANGUAGE_NAMES = {"zh-hans": "简体", "zh-hant": "繁體", "en": "English"}
MARK_REVIEWED = "_mark_reviewed"


class PublicationStateFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return State.choices

    def queryset(self, request, queryset):
        if self.value() in State.values:
            return queryset.in_state(self.value())
        return queryset


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        days = stale_after_days()
        return [
            (
                "stale",
                ngettext(
                    "Needs review: not reviewed for more than %(days)d day",
                    "Needs review: not reviewed for more than %(days)d days",
                    days,
                )
                % {"days": days},
            ),
            ("never", _("Never reviewed")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.not_reviewed_since()
        if self.value() == "never":
            return queryset.filter(last_reviewed__isnull=True)
        return queryset


def _local(moment) -> str:
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


class PublishingAdminMixin:
    """Status field rules, workflow actions, preview and review controls. Subclasses implement preview_response()."""

    workflow_actions = (
        "send_for_review",
        "return_to_draft",
        "publish_now",
        "schedule_publication",
        "unpublish_now",
        "mark_reviewed_today",
    )

    def preview_response(self, request, obj):
        """The public page of ``obj`` rendered with the public view's template and context, drafts included."""
        raise NotImplementedError

    def after_publish(self, request, obj) -> None:
        """Hook for warnings once a record is published or scheduled (e.g. a platform without a source)."""

    # Permissions ------------------------------------------------------------------------------------------------------

    def has_publish_permission(self, request, obj=None) -> bool:
        return transitions.can_publish(request.user, self.model)

    # Change form ------------------------------------------------------------------------------------------------------

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "last_reviewed_by", "preview_links", "review_button"]
        if not self.has_publish_permission(request):
            fields += ["published_at", "unpublish_at"]
            if obj is not None and obj.status == Status.PUBLISHED:
                fields.append("status")
        return fields

    def get_fieldsets(self, request, obj=None):
        hidden = set()
        if obj is None:
            hidden |= {"preview_links", "review_button", "last_reviewed_by"}
        elif not self.has_change_permission(request, obj):
            hidden |= {"preview_links", "review_button"}
        return [
            (name, {**options, "fields": [field for field in options["fields"] if field not in hidden]})
            for name, options in super().get_fieldsets(request, obj)
        ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        status = form.base_fields.get("status")
        if status is not None and not self.has_publish_permission(request):
            status.choices = [choice for choice in status.choices if choice[0] != Status.PUBLISHED]
        return form

    def save_model(self, request, obj, form, change):
        if not self.has_publish_permission(request):
            self._refuse_publishing_changes(obj, change)
        if self._newly_published(obj, form, change) and "published_at" not in form.changed_data:
            # A draft written weeks ago is dated when it goes live, not when it was started.
            obj.published_at = max(obj.published_at or timezone.now(), timezone.now())
        if MARK_REVIEWED in request.POST:
            obj.last_reviewed = local_today()
        if MARK_REVIEWED in request.POST or "last_reviewed" in form.changed_data:
            obj.last_reviewed_by = request.user
        super().save_model(request, obj, form, change)

    @staticmethod
    def _newly_published(obj, form, change) -> bool:
        if obj.status != Status.PUBLISHED:
            return False
        return not change or "status" in form.changed_data

    def _refuse_publishing_changes(self, obj, change) -> None:
        """Refuses what only publishers may do, whatever the form let through."""
        after = {field: getattr(obj, field) for field in WORKFLOW_FIELDS}
        before = type(obj).objects.filter(pk=obj.pk).values(*WORKFLOW_FIELDS).first() if change else None
        if before is None:
            if after["status"] == Status.PUBLISHED:
                raise PermissionDenied
            return
        if Status.PUBLISHED in (before["status"], after["status"]) and before != after:
            raise PermissionDenied

    def response_change(self, request, obj):
        if MARK_REVIEWED in request.POST:
            self.message_user(request, gettext("Saved and marked as reviewed today."), messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.instance.status == Status.PUBLISHED:
            self.after_publish(request, form.instance)

    @admin.display(description=_("preview"))
    def preview_links(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        opts = self.opts
        links = format_html_join(
            " / ",
            '<a href="{}" hreflang="{}" target="_blank" rel="noopener">{}</a>',
            (
                (
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_preview", args=[obj.pk, code]),
                    code,
                    PREVIEW_LANGUAGE_NAMES.get(code, name),
                )
                for code, name in settings.LANGUAGES
            ),
        )
        return format_html("{} {}", gettext("Preview as readers will see it, in"), links)

    @admin.display(description=_("mark as reviewed"))
    def review_button(self, obj):
        return format_html(
            '<button type="submit" name="{}" value="1" class="button">{}</button>',
            MARK_REVIEWED,
            gettext("Save and mark as reviewed today"),
        )

    # Change list ------------------------------------------------------------------------------------------------------

    @admin.display(description=_("publication"), ordering="status")
    def publication(self, obj):
        state = obj.state()
        if state == State.SCHEDULED:
            return gettext("Scheduled for %(time)s") % {"time": _local(obj.published_at)}
        if state == State.LIVE and obj.unpublish_at:
            return gettext("Published until %(time)s") % {"time": _local(obj.unpublish_at)}
        if state == State.EXPIRED:
            return gettext("Unpublished on schedule at %(time)s") % {"time": _local(obj.unpublish_at)}
        return obj.get_state_display()

    def get_actions(self, request):
        actions = super().get_actions(request)
        if IS_POPUP_VAR in request.GET:
            return actions
        for name in self.workflow_actions:
            func, name, description = self.get_action(name)
            permissions = getattr(func, "allowed_permissions", ())
            if all(getattr(self, f"has_{permission}_permission")(request) for permission in permissions):
                actions[name] = (func, name, description)
        return actions

    def _run_transition(self, request, queryset, transition, done_message, log_message) -> None:
        done, refused = 0, []
        for obj in queryset:
            try:
                transition(obj, request.user)
            except transitions.TransitionError as error:
                refused.append(f"{obj}: {error}")
                continue
            done += 1
            self.log_change(request, obj, log_message)
            if obj.status == Status.PUBLISHED:
                self.after_publish(request, obj)
        if done:
            self.message_user(request, done_message(done) % {"count": done}, messages.SUCCESS)
        for problem in refused:
            self.message_user(request, problem, messages.WARNING)

    @admin.action(description=_("Send selected for review"), permissions=["change"])
    def send_for_review(self, request, queryset):
        self._run_transition(
            request,
            queryset,
            transitions.submit_for_review,
            lambda n: ngettext("%(count)d record sent for review.", "%(count)d records sent for review.", n),
            "Sent for review.",
        )

    @admin.action(description=_("Return selected to draft"), permissions=["change"])
    def return_to_draft(self, request, queryset):
        self._run_transition(
            request,
            queryset,
            transitions.return_to_draft,
            lambda n: ngettext("%(count)d record returned to draft.", "%(count)d records returned to draft.", n),
            "Returned to draft.",
        )

    @admin.action(description=_("Publish selected now"), permissions=["publish"])
    def publish_now(self, request, queryset):
        self._run_transition(
            request,
            queryset,
            transitions.publish,
            lambda n: ngettext("%(count)d record published.", "%(count)d records published.", n),
            "Published.",
        )

    @admin.action(description=_("Unpublish selected now"), permissions=["publish"])
    def unpublish_now(self, request, queryset):
        self._run_transition(
            request,
            queryset,
            transitions.unpublish,
            lambda n: ngettext(
                "%(count)d record unpublished; it is a draft again.",
                "%(count)d records unpublished; they are drafts again.",
                n,
            ),
            "Unpublished.",
        )

    @admin.action(description=_("Mark selected as reviewed today"), permissions=["change"])
    def mark_reviewed_today(self, request, queryset):
        self._run_transition(
            request,
            queryset,
            transitions.mark_reviewed,
            lambda n: ngettext(
                "%(count)d record marked as reviewed today.", "%(count)d records marked as reviewed today.", n
            ),
            "Marked as reviewed.",
        )

    @admin.action(description=_("Schedule selected…"), permissions=["publish"])
    def schedule_publication(self, request, queryset):
        form = ScheduleForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            publish_at, unpublish_at = form.cleaned_data["publish_at"], form.cleaned_data["unpublish_at"]

            def scheduled(obj, user):
                try:
                    transitions.schedule(obj, user, publish_at, unpublish_at)
                except ValidationError as error:
                    raise transitions.TransitionError(" ".join(error.messages)) from error

            self._run_transition(
                request,
                queryset,
                scheduled,
                lambda n: ngettext("%(count)d record scheduled.", "%(count)d records scheduled.", n),
                f"Scheduled: publish {publish_at.isoformat()}, unpublish {unpublish_at.isoformat() if unpublish_at else '-'}.",
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Schedule publication"),
            "opts": self.opts,
            "form": form,
            "queryset": queryset,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action_name": "schedule_publication",
        }
        return TemplateResponse(request, "workflow/schedule.html", context)

    # Preview ----------------------------------------------------------------------------------------------------------

    def get_urls(self):
        opts = self.opts
        return [
            path(
                "<path:object_id>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name=f"{opts.app_label}_{opts.model_name}_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id, language):
        """The page exactly as readers would see it in ``language``, for staff who may change the record."""
        if language not in dict(settings.LANGUAGES):
            raise Http404
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        with translation.override(language):
            response = self.preview_response(request, obj)
            if hasattr(response, "render"):
                response.render()
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response
