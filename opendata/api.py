"""The open data through the API (?lang=), and the calendar of coming stages from the lookup's parameters."""

from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from platforms.api import _language
from platforms.forms import LookupForm

from .calendar import stage_calendar
from .views import json_document


def _dataset(request, name: str):
    language, error = _language(request)
    if error:
        return error
    with translation.override(language):
        return JsonResponse(json_document(name), json_dumps_params={"ensure_ascii": False})


@require_safe
def platforms(request):
    return _dataset(request, "platforms")


@require_safe
def rules(request):
    return _dataset(request, "rules")


@never_cache  # the address carries the reader's due date: no copy is kept by the page cache or the browser
@require_safe
def calendar(request):
    language, error = _language(request)
    if error:
        return error
    with translation.override(language):
        form = LookupForm(request.GET)
        if not form.is_valid():
            return JsonResponse(
                {"errors": form.error_messages_by_field()}, status=400, json_dumps_params={"ensure_ascii": False}
            )
        result = form.result()
        text = stage_calendar(
            platform=result.platform,
            stages=result.stages,
            days_overdue=result.days_overdue,
            site_url=request.build_absolute_uri(result.platform.get_absolute_url()),
        )
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="overdue-guide-{result.platform.slug}.ics"'
    return response
