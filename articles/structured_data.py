"""schema.org JSON-LD of an article and its questions (the shared helpers are in overdue_site.structured_data)."""

from __future__ import annotations

from html import unescape

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import get_language

from overdue_site.languages import html_lang
from overdue_site.structured_data import CONTEXT


def plain_text(html: str) -> str:
    return " ".join(unescape(strip_tags(html or "")).split())


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
