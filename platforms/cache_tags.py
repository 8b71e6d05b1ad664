"""Which cached pages a change of a platform, a stage or a source retires (see overdue_site.page_cache).

``platform:<pk>`` is on the platform's page, every lookup of it (page and API) and the pages of the articles linked
to it; ``platform-list`` is on every page with the lookup form's platform choices and on the fragments that list
platforms (the platform list page's cards).
"""

from overdue_site import page_cache

from .models import Platform, Source, Stage

PLATFORM_LIST = "platform-list"


def platform_tag(pk) -> str:
    return f"platform:{pk}"


def _platform(platform: Platform) -> set[str]:
    return {platform_tag(platform.pk), PLATFORM_LIST, page_cache.CONTENT}


def _timeline_part(part: Stage | Source) -> set[str]:
    return {platform_tag(part.platform_id), page_cache.CONTENT}


def register() -> None:
    page_cache.register(Platform, _platform)
    page_cache.watch_schedule(Platform)
    page_cache.register(Stage, _timeline_part)
    page_cache.register(Source, _timeline_part)
