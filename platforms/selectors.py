"""Queries behind the public platform pages. Views stay thin; templates trigger no queries of their own."""

from __future__ import annotations

from django.http import Http404

from overdue_site import page_cache
from overdue_site.languages import in_language_columns

from .cache_tags import platform_tag
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


def platform_with_timeline(slug: str) -> Platform | None:
    """The published platform called ``slug`` with its stages and sources loaded, or None.

    Kept until the platform, one of its stages or sources changes (its tag): its page and a lookup of it on every day
    overdue, in every language, then read no rows. Three queries when it is not kept.
    """

    def load():
        platform = Platform.objects.published().with_timeline().filter(slug=slug).first()
        return (platform, [platform_tag(platform.pk)]) if platform is not None else None

    return page_cache.remember("platform-with-timeline", slug, load) if slug else None


def published_platform(slug: str) -> Platform:
    """A published platform with its stages and sources loaded (see platform_with_timeline), or 404."""
    platform = platform_with_timeline(slug)
    if platform is None:
        raise Http404("No published platform has this address.")
    return platform
