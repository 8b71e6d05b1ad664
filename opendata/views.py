import json

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.http import require_safe

from overdue_site import structured_data

from . import datasets

CSV_NAMES = ("stages", "sources", "rules")
JSON_NAMES = ("platforms", "rules")


def _stamp() -> str:
    changed = datasets.last_changed()
    return timezone.localdate(changed).isoformat() if changed else timezone.localdate().isoformat()


def _filename(name: str, extension: str) -> str:
    return f"overdue-guide-{name}-{translation.get_language()}-{_stamp()}.{extension}"


def json_document(name: str) -> dict:
    platforms = datasets.published_platforms() if name == "platforms" else []
    rules = datasets.published_rules() if name == "rules" else []
    body = datasets.platforms_document(platforms) if name == "platforms" else datasets.rules_document(rules)
    changed = datasets.last_changed()
    return {
        "dataset": name,
        "language": translation.get_language(),
        "licence": datasets.LICENCE,
        "licence_url": datasets.LICENCE_URL,
        "attribution": gettext("Overdue Guide (逾期指南)"),
        "last_changed": changed.isoformat() if changed else None,
        "note": gettext("Information, not legal advice. Figures are as reported by the sources listed with them."),
        **body,
    }


@require_safe
def index(request):
    platforms = datasets.published_platforms()
    rules = datasets.published_rules()
    crumbs = [(gettext("Home"), reverse("home")), (gettext("Open data"), reverse("opendata:index"))]
    context = {
        "platform_count": len(platforms),
        "rule_count": len(rules),
        "last_changed": datasets.last_changed(),
        "changelog": datasets.changelog(platforms, rules),
        "licence": datasets.LICENCE,
        "licence_url": datasets.LICENCE_URL,
        "structured_data": [structured_data.breadcrumb_list(request, crumbs)],
    }
    return render(request, "opendata/index.html", context)


@require_safe
def download_csv(request, name: str):
    if name not in CSV_NAMES:
        raise Http404
    columns, build = datasets.DATASETS[name]
    platforms = datasets.published_platforms() if name != "rules" else []
    rules = datasets.published_rules() if name == "rules" else []
    text = datasets.to_csv(columns, build(platforms, rules))
    response = HttpResponse("\ufeff" + text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(name, "csv")}"'
    return response


@require_safe
def download_json(request, name: str):
    if name not in JSON_NAMES:
        raise Http404
    response = HttpResponse(
        json.dumps(json_document(name), ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(name, "json")}"'
    return response
