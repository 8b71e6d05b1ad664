"""What other apps add to a page, so that the app owning the page need not import them.

The platform page shows the articles about the platform (articles) and its readers' comments and figures (feedback);
the article page shows its comments. Those apps register a provider in their ``ready()``; the page's view asks for
``page_blocks.context("platform", platform)`` and gets the merged context of every provider (nothing if none is
installed). Pages: ``"article"``, ``"platform"``, ``"lookup"`` (a lookup result's platform) and ``"api-lookup"``
(the JSON API's lookup: keys become fields of the answer).

A provider may name, under ``CACHE_TAGS``, the page-cache tags of what it adds (``overdue_site.page_cache``: the
articles it lists, say); ``context()`` gives them apart from the context, and the view tags its response with them:
``blocks, tags = page_blocks.context(...)``, then ``page_cache.tag(response, *tags)``.

The registry is filled once, at start-up, like Django's signal receivers; requests only read it.
"""

from __future__ import annotations

from collections.abc import Callable

CACHE_TAGS = "cache_tags"
_PROVIDERS: dict[str, list[Callable[[object], dict]]] = {}


def provide(page: str, provider: Callable[[object], dict]) -> None:
    providers = _PROVIDERS.setdefault(page, [])
    if provider not in providers:
        providers.append(provider)


def context(page: str, obj) -> tuple[dict, list[str]]:
    """The merged context of the page's providers, and the cache tags they named."""
    merged: dict = {}
    tags: list[str] = []
    for provider in _PROVIDERS.get(page, ()):
        provided = dict(provider(obj))
        tags += provided.pop(CACHE_TAGS, ())
        merged.update(provided)
    return merged, tags
