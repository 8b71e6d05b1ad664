"""Read-only JSON API: the lookup and the list of published platforms, in the language asked for (?lang=)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from overdue_site import page_blocks, page_cache

from .cache_tags import PLATFORM_LIST, platform_tag
from .forms import LookupForm
from .lookup import LookupResult
from .models import Platform

JSON_PARAMS = {"ensure_ascii": False}
OPENAPI_DESCRIPTION = settings.BASE_DIR / "openapi" / "openapi.yaml"


# The lookup form's messages speak to a reader at a form ("pick a name from the list"); API clients get the same
# errors in terms of the request's parameters, keyed by the form's error codes.
API_MESSAGES = {
    ("platform", "required"): gettext_lazy(
        "Give the platform parameter: a platform's slug or name from /api/platforms/, or other."
    ),
    ("platform", "max_length"): gettext_lazy(
        "The platform parameter is too long: give a platform's slug or name from /api/platforms/."
    ),
    ("platform", "unknown"): gettext_lazy(
        "No published platform has the slug or name “%(name)s”. /api/platforms/ lists them; use other for a "
        "platform that is not listed."
    ),
    ("platform", "ambiguous"): gettext_lazy(
        "Several platforms go by “%(name)s”: %(choices)s. Give the slug of the one you mean."
    ),
    ("platform", "no_general_profile"): gettext_lazy(
        "There is no general profile for unlisted platforms yet, so other cannot be used. Give a platform's slug "
        "from /api/platforms/."
    ),
    ("days_overdue", "required"): gettext_lazy("Give days_overdue or due_date."),
    ("days_overdue", "invalid"): gettext_lazy("days_overdue must be a whole number, for example 5."),
    ("days_overdue", "negative"): gettext_lazy("days_overdue cannot be negative; it is 0 on the due date."),
    ("days_overdue", "too_large"): gettext_lazy("days_overdue can be at most %(max)s (about ten years)."),
    ("due_date", "invalid"): gettext_lazy("Give due_date as YYYY-MM-DD, for example 2026-03-15."),
    ("due_date", "nonexistent"): gettext_lazy("due_date %(date)s does not exist in the calendar."),
    ("due_date", "future"): gettext_lazy("due_date is in the future (in Asia/Shanghai), so nothing is overdue yet."),
    ("due_date", "too_old"): gettext_lazy("due_date can be at most %(max)s days ago."),
}


def api_error_messages(form: LookupForm) -> dict[str, list[str]]:
    """The lookup form's errors as {parameter: [message, ...]} in API wording, in the active language."""
    errors: dict[str, list[str]] = {}
    for field, field_errors in form.errors.as_data().items():
        for error in field_errors:
            for item in error.error_list:
                errors.setdefault(field, []).append(_api_message(form, field, item))
    return errors


def _api_message(form: LookupForm, field: str, error) -> str:
    if field == "days_overdue" and error.code == "conflict":
        days, from_date = error.params["days"], error.params["count"]
        return ngettext(
            "days_overdue is %(days)s, but due_date makes it %(count)s day. Give only one of the two.",
            "days_overdue is %(days)s, but due_date makes it %(count)s days. Give only one of the two.",
            from_date,
        ) % {"days": days, "count": from_date}
    template = API_MESSAGES.get((field, error.code))
    if template is None:
        return " ".join(str(message) for message in error.messages)
    return str(template) % (error.params or {}) if error.params else str(template)


def _json(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params=JSON_PARAMS)


def _language(request) -> tuple[str, JsonResponse | None]:
    """The requested language, or an error response (in the default language) for an unknown one."""
    codes = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("lang", "").strip() or settings.LANGUAGE_CODE
    if language not in codes:
        with translation.override(settings.LANGUAGE_CODE):
            message = _("Unknown language. Use one of: %(codes)s.") % {"codes": ", ".join(codes)}
        return settings.LANGUAGE_CODE, _json({"errors": {"lang": [message]}}, status=400)
    return language, None


def stage_data(stage) -> dict | None:
    if stage is None:
        return None
    return {
        "first_day": stage.first_day,
        "last_day": stage.last_day,
        "title": stage.title,
        "description": stage.description,
        "channels": list(stage.channels or []),
        "contacts_called": bool(stage.contacts_called),
    }


def result_data(result: LookupResult) -> dict:
    platform = result.platform
    window = result.window
    summary = result.source_summary
    next_stage = stage_data(result.next_stage)
    if next_stage is not None:
        next_stage["starts_in_days"] = result.days_until_next_stage
    return {
        "platform": {"slug": platform.slug, "name": platform.name},
        "days_overdue": result.days_overdue,
        "current_stage": stage_data(result.current_stage),
        "next_stage": next_stage,
        "contacts": {
            "status": str(result.contact_status),
            "earliest_day": window.earliest_day if window else None,
            "latest_day": window.latest_day if window else None,
            "days_until_earliest": result.days_until_window_opens,
            "days_until_latest": result.days_until_window_closes,
        },
        "sources": {
            "count": summary.count,
            "earliest_claimed": summary.earliest_claimed,
            "latest_claimed": summary.latest_claimed,
            "disagree": summary.disagree,
        },
        "last_reviewed": result.last_reviewed.isoformat() if result.last_reviewed else None,
    }


@csrf_exempt  # read-only: without this, a POST got the HTML CSRF page instead of the API's 405
@require_safe
def lookup(request):
    language, error = _language(request)
    if error:
        return error
    with translation.override(language):
        form = LookupForm(request.GET)
        if not form.is_valid():
            return _json({"errors": api_error_messages(form)}, status=400)
        result = form.result()
        # reader_reports: added by the feedback app (feedback.selectors.api_lookup).
        blocks, tags = page_blocks.context("api-lookup", result.platform)
        response = _json({**result_data(result), **blocks})
    page_cache.tag(response, platform_tag(result.platform.pk), PLATFORM_LIST, *tags)
    return response


@csrf_exempt
@require_safe
def platforms(request):
    language, error = _language(request)
    if error:
        return error
    with translation.override(language):
        data = [
            {
                "slug": platform.slug,
                "name": platform.name,
                "aliases": platform.alias_list,
                "general_profile": platform.is_general_profile,
            }
            for platform in Platform.objects.published()
        ]
    return _json({"platforms": data})


@csrf_exempt
@require_safe
def openapi_description(request):
    """The OpenAPI description of this API (openapi/openapi.yaml), for clients and API testing tools."""
    return HttpResponse(OPENAPI_DESCRIPTION.read_bytes(), content_type="application/yaml; charset=utf-8")
