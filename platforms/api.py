"""Read-only JSON API: the lookup and the list of published platforms, in the language asked for (?lang=)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from overdue_site import page_blocks, page_cache

from .cache_tags import platform_tag
from .forms import LookupForm
from .lookup import LookupResult
from .models import Platform

JSON_PARAMS = {"ensure_ascii": False}
OPENAPI_DESCRIPTION = settings.BASE_DIR / "openapi" / "openapi.yaml"


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


@require_safe
def lookup(request):
    language, error = _language(request)
    if error:
        return error
    with translation.override(language):
        form = LookupForm(request.GET)
        if not form.is_valid():
            return _json({"errors": form.error_messages_by_field()}, status=400)
        result = form.result()
        # reader_reports: added by the feedback app (feedback.selectors.api_lookup).
        response = _json({**result_data(result), **page_blocks.context("api-lookup", result.platform)})
    page_cache.tag(response, platform_tag(result.platform.pk), "platform-list")
    return response


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


@require_safe
def openapi_description(request):
    """The OpenAPI description of this API (openapi/openapi.yaml), for clients and API testing tools."""
    return HttpResponse(OPENAPI_DESCRIPTION.read_bytes(), content_type="application/yaml; charset=utf-8")
