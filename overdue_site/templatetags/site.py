from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.template import loader
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from overdue_site import page_cache
from overdue_site.languages import html_lang, translated_path

register = template.Library()
LANGUAGE_NAMES_LOCAL = {code: get_language_info(code)["name_local"] for code, _name in settings.LANGUAGES}
# Short enough for the phone header: each language named in its own script.
LANGUAGE_NAMES_SHORT = {"zh-hans": "简体", "zh-hant": "繁體", "en": "English"}


@register.filter(name="html_lang")
def html_lang_filter(code):
    return html_lang(code)


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in every language, through the view that remembers the reader's choice."""
    request = context["request"]
    full_path = request.get_full_path()
    links = []
    for code, _name in settings.LANGUAGES:
        url = reverse("switch_language", kwargs={"language": code}) + "?" + urlencode({"next": full_path})
        links.append(
            {
                "code": code,
                "html_lang": html_lang(code),
                "url": url,
                "name_local": LANGUAGE_NAMES_LOCAL[code],
                "name_short": LANGUAGE_NAMES_SHORT.get(code, LANGUAGE_NAMES_LOCAL[code]),
            }
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """Absolute URLs of the current page in each language, for hreflang alternates."""
    request = context["request"]
    full_path = request.get_full_path()
    links = [
        {"hreflang": html_lang(code), "href": request.build_absolute_uri(translated_path(full_path, code))}
        for code, _name in settings.LANGUAGES
    ]
    links.append(
        {
            "hreflang": "x-default",
            "href": request.build_absolute_uri(translated_path(full_path, settings.LANGUAGE_CODE)),
        }
    )
    return links


@register.filter(is_safe=True)
def excerpt(text, length):
    """The text cut to ``length`` characters with an ellipsis, like ``truncatechars`` but at a fraction of its cost
    (list pages show dozens of excerpts): texts here are NFC-normalised plain text, so a character is a code point."""
    text = str(text or "")
    length = int(length)
    return text if len(text) <= length else text[: length - 1] + "…"


@register.filter
def web_url(url):
    """The address if it is an http(s) link, else an empty string: content never produces javascript: links."""
    url = (url or "").strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


@register.simple_tag
def shared_fragment(template_name, tags="", key="", **context):
    """``template_name`` rendered with only ``context`` (what ``{% include … only %}`` does), kept per language in the
    cache until one of ``tags`` (names of page-cache tags, separated by spaces) is bumped: see
    ``overdue_site.page_cache.fragment``. ``key`` tells apart fragments of one template that show different records.
    """
    return mark_safe(  # noqa: S308 - a rendered template
        page_cache.fragment(
            template_name, tags.split(), lambda: loader.render_to_string(template_name, context), key=str(key)
        )
    )
