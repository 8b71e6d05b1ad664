from django.conf import settings
from django.http import Http404, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from overdue_site.languages import html_lang, translated_path


@never_cache
def switch_language(request, language):
    """Send the reader to the same page in another language and remember the choice for their next visit."""
    if language not in dict(settings.LANGUAGES):
        raise Http404
    next_url = request.GET.get("next") or ""
    # Only site paths: "0" or "example.org" would otherwise become relative redirects to pages that do not exist.
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=False
    ):
        target = translated_path(next_url, language)
    else:
        with translation.override(language):
            target = reverse("home")
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=60 * 60 * 24 * 365,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def csrf_failure(request, reason=""):
    """A form that failed the CSRF check: a plain explanation in the reader's language, not Django's technical page."""
    return render(request, "403_csrf.html", status=403)


def server_error(request):
    """The 500 page. No database, no context processors, no session: it must render when everything else fails."""
    language = translation.get_language_from_path(request.path) or translation.get_language()
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            links = {"home_url": reverse("home"), "lookup_url": reverse("platforms:lookup")}
        except NoReverseMatch:
            links = {"home_url": f"/{language}/", "lookup_url": f"/{language}/lookup/"}
        context = {
            "LANGUAGE_CODE": language,
            "html_lang": html_lang(language),
            "SITE_NAME": settings.SITE_NAME,
            **links,
        }
        html = loader.get_template("500.html").render(context)
    return HttpResponseServerError(html)
