from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from overdue_site import structured_data

from .forms import LetterForm
from .letters import LETTER_CHANNEL_SLUGS, RULE_EXPLANATIONS
from .models import ComplaintChannel


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
