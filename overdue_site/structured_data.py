"""schema.org JSON-LD for search engines, built in Python so that no page text can escape its script element."""

from __future__ import annotations

import json

from django.utils.safestring import SafeString, mark_safe

CONTEXT = "https://schema.org"
# Characters that could end the script element or start markup inside it, written as JSON escapes instead.
_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def to_script(data: dict) -> SafeString:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_UNSAFE)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above


def breadcrumb_list(request, crumbs: list[tuple[str, str]]) -> dict:
    """crumbs: (name, path) from the home page to the current page."""
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": str(name), "item": request.build_absolute_uri(path)}
            for position, (name, path) in enumerate(crumbs, start=1)
        ],
    }
