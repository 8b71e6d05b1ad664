"""Queries behind the public platform pages. Views stay thin; templates trigger no queries of their own."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import get_object_or_404

from .models import Platform


def platforms_for_list() -> tuple[list[Platform], Platform | None]:
    """Published platforms readers pick from, and the general industry profile (if published) on its own.

    Only what the list shows (name, kind, review date, short description, in every language for the fallback): not
    the bodies, which make up most of a platform's row.
    """
    languages = [code.replace("-", "_") for code, _name in settings.LANGUAGES]
    translated = [f"{field}_{language}" for field in ("name", "summary") for language in languages]
    platforms = list(
        Platform.objects.published().only("pk", "slug", "kind", "last_reviewed", "is_general_profile", *translated)
    )
    listed = [platform for platform in platforms if not platform.is_general_profile]
    general = next((platform for platform in platforms if platform.is_general_profile), None)
    return listed, general


def published_platform(slug: str) -> Platform:
    """A published platform with its stages and sources loaded (three queries), or 404."""
    return get_object_or_404(Platform.objects.published().with_timeline(), slug=slug)
