from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from overdue_site import structured_data

from .checker_forms import MAX_ROWS, CircumstancesForm, entry_formset, with_more_rows
from .checker_page import check_log_with_rules, checker_outcome
from .forms import LetterForm
from .letters import LETTER_CHANNEL_SLUGS, RULE_EXPLANATIONS
from .models import CollectionRule, ComplaintChannel


def _crumbs(name: str, url_name: str) -> list[tuple[str, str]]:
    return [
        (gettext("Home"), reverse("home")),
        (gettext("Your rights"), reverse("articles:rights_index")),
        (name, reverse(url_name)),
    ]


def complaint_channels(request):
    channels = list(ComplaintChannel.objects.published())
    crumbs = _crumbs(gettext("Where to complain"), "rights:complaint_channels")
    context = {"channels": channels, "structured_data": [structured_data.breadcrumb_list(request, crumbs)]}
    return render(request, "rights/complaint_channels.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def letter_helper(request):
    """GET shows the form (a ?platform=<slug> preselects it); POST shows the letter on the same page. Nothing is
    stored: no model, no session, no log line holds what the reader typed."""
    if request.method == "POST":
        form = LetterForm(request.POST)
    else:
        form = LetterForm(initial={"platform": request.GET.get("platform", "")})
    letter = form.letter() if form.is_bound and form.is_valid() else None
    context = {
        "form": form,
        "letter": letter,
        "rules": [(rule, RULE_EXPLANATIONS[rule]) for rule in letter.rules] if letter else [],
        "channels": list(ComplaintChannel.objects.published().filter(slug__in=LETTER_CHANNEL_SLUGS)) if letter else [],
        "structured_data": [
            structured_data.breadcrumb_list(request, _crumbs(gettext("Write to the platform"), "rights:letters"))
        ],
    }
    return render(request, "rights/letter_helper.html", context)


def rules(request):
    """Every published collection rule with its weight, instrument, confirmation, sources and change notes."""
    rule_list = list(CollectionRule.objects.published().prefetch_related("sources", "change_notes"))
    crumbs = _crumbs(gettext("The rules on debt collection"), "rights:rules")
    context = {
        "rules": rule_list,
        "weights": CollectionRule.Weight,
        "structured_data": [structured_data.breadcrumb_list(request, crumbs)],
    }
    return render(request, "rights/rules.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def call_checker(request):
    """GET shows an empty log; POST checks it (or, with "add_rows", gives it more blank rows). Nothing the reader
    enters is stored: no model, no session, no log line; the page is never cached."""
    results = None
    if request.method == "POST":
        circumstances_form = CircumstancesForm(request.POST)
        if "add_rows" in request.POST:
            formset = with_more_rows(request.POST)
        else:
            formset = entry_formset(request.POST)
            if circumstances_form.is_valid() and formset.is_valid():
                results = check_log_with_rules(formset.entries(), circumstances_form.circumstances())
    else:
        circumstances_form = CircumstancesForm()
        formset = entry_formset()
    crumbs = _crumbs(gettext("Was that call allowed?"), "rights:call_checker")
    context = {
        "form": circumstances_form,
        "formset": formset,
        "results": results,
        "structured_data": [structured_data.breadcrumb_list(request, crumbs)],
        "max_rows": MAX_ROWS,
    }
    if results is not None:
        context.update(checker_outcome(results, circumstances_form))
    return render(request, "rights/call_checker.html", context)
