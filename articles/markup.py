"""Formatted text written by editors (Markdown) turned into HTML that is safe to put on a page."""

import threading
from functools import lru_cache

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "blockquote",
    "code",
    "pre",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}


# Rendered HTML depends on nothing but the text, so caching by the text itself can never serve stale HTML.
RENDERED_CACHE_SIZE = 256


def render_markdown(text: str | None) -> SafeString:
    if not text:
        return mark_safe("")
    return mark_safe(_clean_html(str(text)))  # noqa: S308 - sanitised by nh3 in _clean_html


# Building a Markdown converter (loading its extensions) costs about half as much as converting a page of text, so
# each thread keeps one and resets it between texts (a converter is not safe to share between threads).
_converters = threading.local()


def _converter() -> markdown.Markdown:
    converter = getattr(_converters, "converter", None)
    if converter is None:
        converter = _converters.converter = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    return converter.reset()


@lru_cache(maxsize=RENDERED_CACHE_SIZE)
def _clean_html(text: str) -> str:
    html = _converter().convert(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer nofollow",
    )
