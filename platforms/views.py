from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from overdue_site import page_blocks, page_cache, structured_data

from . import selectors
from .cache_tags import PLATFORM_LIST, platform_tag
from .lookup import contact_window, summarize_sources

LISTING_TEMPLATE = "platforms/_platform_list.html"
LINKS_TEMPLATE = "platforms/_platform_links.html"


def _render_listing() -> str:
    platforms, general = selectors.platforms_for_list()
    return loader.render_to_string(LISTING_TEMPLATE, {"platforms": platforms, "general": general})


def _render_links() -> str:
    return loader.render_to_string(LINKS_TEMPLATE, {"platforms": selectors.platforms_to_link()})


def platform_links() -> SafeString:
    """The home page's links to every listed platform: a fragment like the list page's cards (same tags), so a
    home page rendered afresh reads no platforms."""
    return mark_safe(page_cache.fragment(LINKS_TEMPLATE, [PLATFORM_LIST, page_cache.LAYOUT], _render_links))  # noqa: S308


def platform_list(request):
    # Any content change retires this page, but its list changes only with a platform: a page-cache miss takes the
    # list from a fragment (per language, retired by platform changes and the layout) and reads no platforms.
    listing = page_cache.fragment(LISTING_TEMPLATE, [PLATFORM_LIST, page_cache.LAYOUT], _render_listing)
    crumbs = [(gettext("Home"), reverse("home")), (gettext("Platforms"), reverse("platforms:list"))]
    context = {
        "listing": mark_safe(listing),  # noqa: S308 - a rendered template
        "structured_data": [structured_data.breadcrumb_list(request, crumbs)],
    }
    return render(request, "platforms/platform_list.html", context)


def platform_detail(request, slug):
    platform = selectors.published_platform(slug)
    response = platform_page(request, platform)
    page_cache.tag(response, platform_tag(platform.pk))
    return response


def platform_page(request, platform):
    """The platform's page: the public view passes published platforms only, the admin preview drafts too."""
    stages = list(platform.stages.all())
    sources = list(platform.sources.all())
    summary = summarize_sources(sources)
    language = get_language() or settings.LANGUAGE_CODE
    blocks, block_tags = page_blocks.context("platform", platform)
    context = {
        "platform": platform,
        "stages": stages,
        "sources": sources,
        "window": contact_window(stages),
        "source_summary": summary,
        "data_is_thin": not sources or not summary.claiming_count,
        # Platform texts fall back to Simplified Chinese; say so instead of switching language silently.
        "body_untranslated": language != settings.LANGUAGE_CODE
        and bool(platform.body_zh_hans)
        and not getattr(platform, f"body_{language.replace('-', '_')}", ""),
        "lookup_url": reverse("platforms:lookup") + "?" + urlencode({"platform": platform.slug}),
        **blocks,
        "structured_data": [
            structured_data.breadcrumb_list(
                request,
                [
                    (gettext("Home"), reverse("home")),
                    (gettext("Platforms"), reverse("platforms:list")),
                    (platform.name, platform.get_absolute_url()),
                ],
            )
        ],
    }
    response = render(request, "platforms/platform_detail.html", context)
    page_cache.tag(response, *block_tags)
    return response
