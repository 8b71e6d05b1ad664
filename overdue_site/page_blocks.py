"""What other apps add to a page, so that the app owning the page need not import them.

The platform page shows the articles about the platform (articles) and its readers' comments and figures (feedback);
the article page shows its comments. Those apps register a provider in their ``ready()``; the page's view asks for
``page_blocks.context("platform", platform)`` and gets the merged context of every provider (nothing if none is
installed). Pages: ``"article"``, ``"platform"``, ``"lookup"`` (a lookup result's platform) and ``"api-lookup"``
(the JSON API's lookup: keys become fields of the answer).

The registry is filled once, at start-up, like Django's signal receivers; requests only read it.
"""

from __future__ import annotations

from collections.abc import Callable

_PROVIDERS: dict[str, list[Callable[[object], dict]]] = {}


def provide(page: str, provider: Callable[[object], dict]) -> None:
    providers = _PROVIDERS.setdefault(page, [])
    if provider not in providers:
        providers.append(provider)


def context(page: str, obj) -> dict:
    merged: dict = {}
    for provider in _PROVIDERS.get(page, ()):
        merged.update(provider(obj))
    return merged
