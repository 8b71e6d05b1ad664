from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from overdue_site.languages import translated_path


@never_cache
def switch_language(request, language):
    """Send the reader to the same page in another language and remember the choice for their next visit."""
    if language not in dict(settings.LANGUAGES):
        raise Http404
    next_url = request.GET.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = "/"
    response = HttpResponseRedirect(translated_path(next_url, language))
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


def server_error(request):
    # No database queries and no request-dependent context: this page must render when everything else fails.
    language = translation.get_language() or settings.LANGUAGE_CODE
    return render(request, "500.html", {"LANGUAGE_CODE": language}, status=500)


def home(request):
    # Being written.
    raise Http404
