"""Security headers that Django and django-csp do not set on their own (see settings, "Security")."""

from __future__ import annotations

from collections.abc import Callable

from csp.constants import UNSAFE_INLINE
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase


def permissions_policy_header(policy: dict[str, list[str]]) -> str:
    """{"camera": [], "fullscreen": ["self"]} → 'camera=(), fullscreen=(self)'."""
    return ", ".join(f"{feature}=({' '.join(allowlist)})" for feature, allowlist in policy.items())


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header from settings.PERMISSIONS_POLICY to every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response
        self.header = permissions_policy_header(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response


class AdminCSPMiddleware:
    """Allows inline styles (never inline scripts) where they cannot be avoided.

    Django's admin writes a few inline <style> blocks (e.g. the change list without actions) and jQuery UI's tabs,
    used by modeltranslation, may add style attributes; the 500 page inlines its styles because the static files may
    be what failed. Everything else keeps the strict policy from settings.CONTENT_SECURITY_POLICY. Must come after
    csp.middleware.CSPMiddleware in MIDDLEWARE, so this runs before that middleware builds the header.
    """

    relaxed = {"style-src": [UNSAFE_INLINE]}

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        admin_prefix = "/" + settings.ADMIN_URL.lstrip("/")
        if request.path_info.startswith(admin_prefix) or response.status_code == 500:
            update = dict(getattr(response, "_csp_update", None) or {})
            for directive, sources in self.relaxed.items():
                update[directive] = [*update.get(directive, []), *sources]
            response._csp_update = update
        return response


class MethodNotAllowedMessageMiddleware:
    """Django answers a wrong HTTP method with an empty 405; readers and API clients get a message instead."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if response.status_code != 405 or getattr(response, "streaming", False) or response.content:
            return response
        from django.http import JsonResponse
        from django.shortcuts import render
        from django.utils import translation
        from django.utils.translation import gettext

        allowed = response.get("Allow", "")
        if request.path.startswith("/api/"):
            # Like every API answer: in the language of ?lang=, else the default; Accept-Language is not used.
            codes = [code for code, _name in settings.LANGUAGES]
            requested = request.GET.get("lang", "").strip()
            with translation.override(requested if requested in codes else settings.LANGUAGE_CODE):
                message = gettext("This address does not accept %(method)s requests; use %(allowed)s.") % {
                    "method": request.method,
                    "allowed": allowed or "GET",
                }
            answer = JsonResponse(
                {"errors": {"method": [message]}}, status=405, json_dumps_params={"ensure_ascii": False}
            )
        else:
            answer = render(request, "405.html", {"allowed": allowed}, status=405)
        if allowed:
            answer["Allow"] = allowed
        return answer
