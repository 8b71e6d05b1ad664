"""The reader forms on their own uncached pages (GET shows, POST saves and redirects), their thank-you pages and the
privacy page. The cached platform and article pages only link here, so they never carry a CSRF token."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from articles.models import Article
from platforms.models import Platform

from . import ratelimit
from .aggregation import min_reports
from .forms import CommentForm, ContactDayReportForm, ProblemReportForm
from .models import Comment, ContactDayReport, ProblemReport

REFERENCE_SALT = "feedback.problem-report"
REFERENCE_LINK_MAX_AGE = 60 * 60 * 24


def _published_article(pk: int) -> Article:
    return get_object_or_404(Article.objects.published().select_related("category"), pk=pk)


def _published_platform(slug: str) -> Platform:
    return get_object_or_404(Platform.objects.published(), slug=slug)


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def _submit(request, *, form_class, instance, limits, template: str, context: dict, done):
    """Show the form (GET) or validate, rate-limit and save it (POST), then redirect to ``done(saved or None)``.

    ``limits``: (rate-limit scope, key) pairs; key None stands for the client. A filled-in honeypot gets the
    thank-you page without anything being saved, so bots learn nothing. Over a limit, the form is shown again with
    the reader's text and status 429.
    """
    status = 200
    if request.method == "POST":
        form = form_class(request.POST, instance=instance)
        if form.filled_by_bot:
            return redirect(done(None))
        if form.is_valid():
            client = ratelimit.client_key(request)
            if all(ratelimit.allow(scope, key or client) for scope, key in limits):
                saved = form.save(commit=False)
                saved.client_hash = client
                saved.language = _language()
                saved.save()
                return redirect(done(saved))
            status = 429
    else:
        form = form_class(instance=instance)
    context = {**context, "form": form, "rate_limited": status == 429}
    return render(request, template, context, status=status)


def _comment(request, target, *, thanks_url: str):
    instance = Comment(**{target._meta.model_name: target})
    return _submit(
        request,
        form_class=CommentForm,
        instance=instance,
        limits=[("comment", None)],
        template="feedback/comment_form.html",
        context={"target": target},
        done=lambda saved: thanks_url,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def comment_on_article(request, pk):
    article = _published_article(pk)
    return _comment(request, article, thanks_url=reverse("feedback:comment_article_thanks", kwargs={"pk": pk}))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def comment_on_platform(request, slug):
    platform = _published_platform(slug)
    thanks_url = reverse("feedback:comment_platform_thanks", kwargs={"slug": platform.slug})
    return _comment(request, platform, thanks_url=thanks_url)


@never_cache
@require_safe
def comment_article_thanks(request, pk):
    return render(request, "feedback/comment_thanks.html", {"target": _published_article(pk)})


@never_cache
@require_safe
def comment_platform_thanks(request, slug):
    return render(request, "feedback/comment_thanks.html", {"target": _published_platform(slug)})


def _report(request, target):
    instance = ProblemReport(**{target._meta.model_name: target, "page_title": str(target)[:300]})

    def done(saved: ProblemReport | None) -> str:
        token = signing.dumps(
            {"reference": saved.reference if saved else "", "page": target.get_absolute_url()}, salt=REFERENCE_SALT
        )
        return reverse("feedback:report_thanks", kwargs={"token": token})

    return _submit(
        request,
        form_class=ProblemReportForm,
        instance=instance,
        limits=[("report", None)],
        template="feedback/report_form.html",
        context={"target": target},
        done=done,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def report_article(request, pk):
    return _report(request, _published_article(pk))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def report_platform(request, slug):
    return _report(request, _published_platform(slug))


@never_cache
@require_safe
def report_thanks(request, token):
    try:
        data = signing.loads(token, salt=REFERENCE_SALT, max_age=REFERENCE_LINK_MAX_AGE)
    except signing.BadSignature:
        raise Http404(_("This link has expired.")) from None
    return render(
        request,
        "feedback/report_thanks.html",
        {"reference": data.get("reference", ""), "page_url": data.get("page", "")},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def contact_day_report(request, slug):
    platform = _published_platform(slug)
    return _submit(
        request,
        form_class=ContactDayReportForm,
        instance=ContactDayReport(platform=platform),
        limits=[("contact_day", None), ("contact_day_platform", f"platform-{platform.pk}")],
        template="feedback/contact_day_form.html",
        context={"target": platform, "min_reports": min_reports()},
        done=lambda saved: reverse("feedback:contact_day_thanks", kwargs={"slug": platform.slug}),
    )


@never_cache
@require_safe
def contact_day_thanks(request, slug):
    return render(
        request, "feedback/contact_day_thanks.html", {"target": _published_platform(slug), "min_reports": min_reports()}
    )


@require_safe
def privacy(request):
    retention_days = int(getattr(settings, "FEEDBACK_RETENTION_DAYS", 180))
    return render(request, "feedback/privacy.html", {"retention_days": retention_days, "min_reports": min_reports()})
