"""schema.org JSON-LD for search engines, built in Python so that no page text can escape its script element."""

from __future__ import annotations

import json
from html import unescape

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from overdue_site.languages import html_lang

CONTEXT = "https://schema.org"
# Characters that could end the script element or start markup inside it, written as JSON escapes instead.
_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def to_script(data: dict) -> SafeString:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_UNSAFE)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308 - escaped above


def plain_text(html: str) -> str:
    return " ".join(unescape(strip_tags(html or "")).split())


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


def faq_page(questions) -> dict:
    return {
        "@context": CONTEXT,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question.question,
                "acceptedAnswer": {"@type": "Answer", "text": plain_text(question.answer_html)},
            }
            for question in questions
        ],
    }


def article(request, article) -> dict:
    site = {"@type": "Organization", "name": str(settings.SITE_NAME)}
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": CONTEXT,
        "@type": "Article",
        "headline": article.title,
        "datePublished": article.published_at.isoformat(),
        "dateModified": article.updated_at.isoformat(),
        "inLanguage": html_lang(get_language() or settings.LANGUAGE_CODE),
        "author": {"@type": "Person", "name": article.byline} if article.byline else site,
        "publisher": site,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
    }
    description = article.intro or article.summary
    if description:
        data["description"] = " ".join(description.split())
    return data
