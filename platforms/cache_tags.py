"""Which cached pages a change of a platform, a stage or a source retires (see overdue_site.page_cache).

``platform:<pk>`` is on the platform's page, every lookup of it (page and API) and the pages of the articles linked
to it; ``platform-list`` is on every page with the lookup form's platform choices and on the fragments that list
platforms (the platform list page's cards, the home page's links). A platform's save bumps ``platform-list`` only
when it changes what those show or whether it is listed (``_listing_changed``): an edit of its body or customer
service retires its own pages, not the lookups of every platform.
"""

from modeltranslation.utils import build_localized_fieldname

from overdue_site import page_cache
from overdue_site.languages import LANGUAGE_CODES

from .models import Platform, Source, Stage

PLATFORM_LIST = "platform-list"
# What lists of platforms show of a platform (names and aliases to choose from, kind, review date, short description)
# and what decides whether it is listed.
LISTED_FIELDS = ("slug", "kind", "status", "published_at", "unpublish_at", "is_general_profile", "last_reviewed")
LISTED_TRANSLATED_FIELDS = ("name", "aliases", "summary")


def platform_tag(pk) -> str:
    return f"platform:{pk}"


def _platform(platform: Platform) -> set[str]:
    return {platform_tag(platform.pk), page_cache.CONTENT}


def _listing(platform: Platform) -> tuple:
    translated = [
        build_localized_fieldname(field, code) for field in LISTED_TRANSLATED_FIELDS for code in sorted(LANGUAGE_CODES)
    ]
    return tuple(getattr(platform, name) for name in (*LISTED_FIELDS, *translated))


def _listing_changed(previous: Platform | None, current: Platform | None) -> set[str]:
    if previous is not None and current is not None and _listing(previous) == _listing(current):
        return set()
    return {PLATFORM_LIST}


def _timeline_part(part: Stage | Source) -> set[str]:
    return {platform_tag(part.platform_id), page_cache.CONTENT}


def register() -> None:
    page_cache.register(Platform, _platform, changed=_listing_changed)
    page_cache.watch_schedule(Platform)
    page_cache.register(Stage, _timeline_part)
    page_cache.register(Source, _timeline_part)
