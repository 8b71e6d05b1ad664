"""Admin history for content: who changed what and when, a field-by-field comparison, and restore.

``HistoryAdminMixin`` extends django-reversion's ``VersionAdmin`` (which records a revision with the user and the
change message on every admin save) with a "compare with previous" page per version and a restore button.
"""

from __future__ import annotations

import reversion
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from reversion.admin import VersionAdmin
from reversion.models import Version

from .diff import compare, previous_version
from .restore import RestoreRefused, restore_comment, restore_version, saved_on

# Set by the publishing workflow (workflow.models.Publishable); only users who may publish may change them.
PUBLISHING_FIELDS = ("status", "published_at", "unpublish_at")


class HistoryAdminMixin(VersionAdmin):
    object_history_template = "history/object_history.html"
    history_latest_first = True

    def _url_name(self, view: str) -> str:
        return f"{self.opts.app_label}_{self.opts.model_name}_{view}"

    def get_urls(self):
        history_urls = [
            path(
                "<path:object_id>/history/<int:version_id>/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=self._url_name("compare"),
            ),
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name=self._url_name("restore"),
            ),
        ]
        return history_urls + super().get_urls()

    def _versions(self, request, object_id):
        return self._reversion_order_version_queryset(
            request,
            Version.objects.get_for_object_reference(self.model, unquote(object_id)).select_related(
                "revision", "revision__user"
            ),
        )

    def history_view(self, request, object_id, extra_context=None):
        action_list = [
            {
                "revision": version.revision,
                "compare_url": self._compare_url(version.object_id, version.pk),
            }
            for version in self._versions(request, object_id)
        ]
        return super().history_view(request, object_id, {"action_list": action_list, **(extra_context or {})})

    def _compare_url(self, object_id, version_id) -> str:
        return reverse(f"{self.admin_site.name}:{self._url_name('compare')}", args=[quote(object_id), version_id])

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # django-reversion's own page reverts the whole revision, which may hold many records (an import, the demo
        # content) and would bypass the publishing rules; the compare page restores this one record safely.
        return HttpResponseRedirect(self._compare_url(unquote(object_id), version_id))

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        return HttpResponseRedirect(self._compare_url(version.object_id, version.pk))

    def _get_version(self, object_id, version_id) -> Version:
        version = get_object_or_404(
            Version.objects.get_for_object_reference(self.model, unquote(object_id)).select_related(
                "revision", "revision__user"
            ),
            pk=version_id,
        )
        return version

    def compare_view(self, request, object_id, version_id):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        version = self._get_version(object_id, version_id)
        previous = previous_version(version)
        obj = self.model._default_manager.filter(pk=unquote(object_id)).first()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Changes in the version of %(date)s") % {"date": saved_on(version)},
            "object": obj,
            "object_repr": str(obj) if obj is not None else version.object_repr,
            "version": version,
            "previous": previous,
            "comparison": compare(previous, version),
            "can_restore": self.has_change_permission(request, obj),
            "restore_url": reverse(
                f"{self.admin_site.name}:{self._url_name('restore')}", args=[quote(version.object_id), version.pk]
            ),
            "history_url": reverse(f"{self.admin_site.name}:{self._url_name('history')}", args=[quote(object_id)]),
            "model_name": capfirst(self.opts.verbose_name),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "history/compare.html", context)

    def fields_kept_on_restore(self, request) -> tuple[str, ...]:
        """Fields a restore leaves as they are: publishing state, for users who may not publish."""
        may_publish = getattr(self, "has_publish_permission", None)
        if may_publish is None or may_publish(request):
            return ()
        return tuple(name for name in PUBLISHING_FIELDS if any(f.name == name for f in self.opts.concrete_fields))

    def restore_view(self, request, object_id, version_id):
        return require_POST(self._restore)(request, object_id, version_id)

    def _restore(self, request, object_id, version_id):
        version = self._get_version(object_id, version_id)
        obj = self.model._default_manager.filter(pk=unquote(object_id)).first()
        if not self.has_change_permission(request, obj) or (obj is None and not self.has_add_permission(request)):
            raise PermissionDenied
        try:
            restored = restore_version(version, request.user, self.fields_kept_on_restore(request))
        except RestoreRefused as refusal:
            for problem in refusal.problems:
                messages.error(request, problem)
            return HttpResponseRedirect(self._compare_url(unquote(object_id), version_id))
        self.log_change(request, restored, restore_comment(version))
        messages.success(
            request,
            _("The version of %(date)s was restored. The version it replaced stays in the history.")
            % {"date": saved_on(version)},
        )
        return HttpResponseRedirect(
            reverse(f"{self.admin_site.name}:{self._url_name('change')}", args=[quote(restored.pk)])
        )


class _DiscardRevision(Exception):
    def __init__(self, result):
        super().__init__()
        self.result = result


class RevisionedImportMixin:
    """For django-import-export admins: a confirmed import becomes one revision in the history, with the user and
    the file name, and a failed import says so instead of reporting success (it was rolled back as a whole)."""

    import_error_display = ("message",)

    def process_dataset(self, dataset, form, request, **kwargs):
        file_name = kwargs.get("file_name") or form.cleaned_data.get("original_file_name") or ""
        try:
            with reversion.create_revision():
                reversion.set_user(request.user)
                reversion.set_comment(_("Imported from the file %(name)s.") % {"name": file_name})
                result = super().process_dataset(dataset, form, request, **kwargs)
                if result.has_errors() or result.has_validation_errors():
                    raise _DiscardRevision(result)
        except _DiscardRevision as discarded:
            result = discarded.result
        return result

    def process_result(self, result, request):
        if not (result.has_errors() or result.has_validation_errors()):
            return super().process_result(result, request)
        messages.error(request, _("Nothing was imported: the file no longer passes the checks."))
        for error in result.base_errors:
            messages.error(request, str(error.error))
        for row in result.invalid_rows:
            for field_name, problems in row.error_dict.items():
                for problem in problems:
                    messages.error(
                        request,
                        _("Row %(row)s, %(field)s: %(problem)s")
                        % {"row": row.number, "field": field_name, "problem": problem},
                    )
        for number, errors in result.row_errors():
            for error in errors:
                messages.error(request, _("Row %(row)s: %(problem)s") % {"row": number, "problem": error.error})
        opts = self.opts
        return HttpResponseRedirect(reverse(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_import"))
