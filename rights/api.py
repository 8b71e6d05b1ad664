"""JSON endpoint of the call checker: POST a log, get the verdicts. Nothing is stored, logged or cached."""

from __future__ import annotations

import json

from django.http import JsonResponse, QueryDict
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from platforms.api import _language

from .checker import Answer, Circumstances
from .checker_forms import MAX_ROWS, EntryForm
from .checker_page import check_log_with_rules, shown_entry

JSON_PARAMS = {"ensure_ascii": False}
MAX_BODY_BYTES = 64 * 1024


def _json(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params=JSON_PARAMS)


def _error(field: str, message: str) -> JsonResponse:
    return _json({"errors": {field: [message]}}, status=400)


def _answer(value, field: str, default: str):
    if value is None:
        return default, None
    if value not in Answer.values:
        return None, _error(field, _("Use one of: %(values)s.") % {"values": ", ".join(Answer.values)})
    return value, None


def _entry_form_data(raw: dict) -> dict:
    data = {}
    for name in ("date", "time", "party", "kind", "asked_to_stop"):
        value = raw.get(name)
        data[name] = "" if value is None else str(value)
    attempts = raw.get("unanswered_attempts")
    data["unanswered_attempts"] = "" if attempts is None else str(attempts)
    return data


def _verdict_data(verdict) -> dict:
    return {
        "rule": {
            "slug": verdict.slug,
            "instrument": verdict.instrument,
            "clause": verdict.clause or None,
            "weight": verdict.weight,
            "weight_label": verdict.weight_label,
            "reported_only": verdict.reported_only,
        },
        "status": verdict.status,
        "verdict": verdict.heading,
        "reason": verdict.reason,
    }


@csrf_exempt  # no cookie or session is read or changed; the answer depends only on the body
@never_cache
@require_POST
def call_check(request):
    language, error = _language(request)
    if error:
        return error
    with translation.override(language):
        if len(request.body) > MAX_BODY_BYTES:
            return _error("body", _("The log is too long."))
        try:
            body = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return _error("body", _("Send the log as a JSON object."))
        if not isinstance(body, dict):
            return _error("body", _("Send the log as a JSON object."))
        raw_entries = body.get("entries")
        if not isinstance(raw_entries, list) or not raw_entries:
            return _error("entries", _("Give at least one call or message in “entries”."))
        if len(raw_entries) > MAX_ROWS:
            return _error("entries", _("Give at most %(count)d calls or messages.") % {"count": MAX_ROWS})
        reachable, error = _answer(body.get("borrower_reachable"), "borrower_reachable", Answer.UNKNOWN)
        if error:
            return error
        consented, error = _answer(body.get("consented"), "consented", Answer.NO)
        if error:
            return error
        entries, errors = [], {}
        for index, raw in enumerate(raw_entries):
            if not isinstance(raw, dict):
                errors[f"entries[{index}]"] = [_("Each call or message must be a JSON object.")]
                continue
            said = raw.get("said", [])
            form_data = _entry_form_data(raw)
            if not isinstance(said, list) or not all(isinstance(item, str) for item in said):
                errors[f"entries[{index}].said"] = [_("Give what was said as a list of words.")]
                continue
            form = EntryForm(QueryDict(mutable=True))
            form.data.update(form_data)
            form.data.setlist("said", said)
            if not form.is_valid():
                for field, messages in form.errors.items():
                    errors[f"entries[{index}].{field}"] = list(messages)
                continue
            entries.append(form.entry())
        if errors:
            return _json({"errors": errors}, status=400)
        results = check_log_with_rules(entries, Circumstances(borrower_reachable=reachable, consented=consented))
        data = []
        for result in results:
            shown = shown_entry(result)
            data.append(
                {
                    "number": shown.number,
                    "against": [_verdict_data(verdict) for verdict in shown.against],
                    "cannot_judge": [_verdict_data(verdict) for verdict in shown.cannot_judge],
                    "not_broken": [_verdict_data(verdict) for verdict in shown.not_broken],
                }
            )
        return _json({"entries": data})
