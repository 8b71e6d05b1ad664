from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext

from .forms import StaleDaysForm
from .models import stale_after_days
from .review import reviewed_models, stale_content


def stale_content_view(request):
    """Staff list of published content not reviewed for more than N days (?days=, default the setting)."""
    models = reviewed_models(request.user)
    if not models:
        raise PermissionDenied
    form = StaleDaysForm(request.GET if "days" in request.GET else None, initial={"days": stale_after_days()})
    days = form.cleaned_data["days"] if form.is_bound and form.is_valid() else stale_after_days()
    context = {
        **admin.site.each_context(request),
        "title": gettext("Content that needs review"),
        "form": form,
        "days": days,
        "items": stale_content(days, models=models),
    }
    return TemplateResponse(request, "workflow/stale_content.html", context)


stale_content_admin_view = admin.site.admin_view(stale_content_view)
