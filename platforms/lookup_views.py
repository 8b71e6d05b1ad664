"""The lookup page: plain GET, so every result has a shareable address. The logic lives in forms.py and lookup.py."""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from overdue_site import page_blocks, page_cache

from .cache_tags import PLATFORM_LIST, platform_tag
from .explanations import explain
from .forms import LookupForm


@require_safe
def lookup(request):
    form = LookupForm(request.GET or None)
    context = {"lookup_form": form, "result": None}
    tags = []
    if form.is_bound:
        valid = form.is_valid()
        redirect_url = form.redirect_url()
        if redirect_url:
            return redirect(redirect_url)
        if valid:
            result = form.result()
            blocks, block_tags = page_blocks.context("lookup", result.platform)
            tags = [platform_tag(result.platform.pk), PLATFORM_LIST, *block_tags]
            context.update(
                result=result,
                explanation=explain(result),
                days_source=form.cleaned_data["days_source"],
                due_date=form.cleaned_data.get("due_date"),
                alternatives=form.alternative_choices(request.GET.get("also", "")),
                **blocks,
            )
    response = render(request, "platforms/lookup.html", context)
    if tags:
        page_cache.tag(response, *tags)
    return response
