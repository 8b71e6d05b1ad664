"""Queries behind the public platform pages. Views stay thin; templates trigger no queries of their own."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from overdue_site.languages import in_language_columns

from .models import Platform


def platforms_for_list() -> tuple[list[Platform], Platform | None]:
    """Published platforms readers pick from, and the general industry profile (if published) on its own.

    Only what the list shows (name, kind, review date, short description, in the reader's language and the fallback):
    not the bodies, which make up most of a platform's row.
    """
    translated = in_language_columns(("name", "summary"))
    platforms = list(
        Platform.objects.published().only("pk", "slug", "kind", "last_reviewed", "is_general_profile", *translated)
    )
    listed = [platform for platform in platforms if not platform.is_general_profile]
    general = next((platform for platform in platforms if platform.is_general_profile), None)
    return listed, general


def platforms_to_link() -> list[Platform]:
    """Listed platforms (not the general profile) with only their names, for lists of links."""
    names = in_language_columns(("name",))
    return list(Platform.objects.published().filter(is_general_profile=False).only("pk", "slug", *names))


def published_platform(slug: str) -> Platform:
    """A published platform with its stages and sources loaded (three queries), or 404."""
    return get_object_or_404(Platform.objects.published().with_timeline(), slug=slug)
