"""Language helpers shared by templates, views and commands."""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_from_path, get_supported_language_variant, override
from modeltranslation.utils import build_localized_fieldname

# BCP 47 tags for <html lang> and hreflang: Django's codes are lower-case, browsers and search engines expect script
# subtags in title case.
HTML_LANG = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant", "en": "en"}
LANGUAGE_CODES = frozenset(code for code, _name in settings.LANGUAGES)


def html_lang(code: str) -> str:
    return HTML_LANG.get(code, code)


def supported_language(code: str | None) -> str:
    """The site language for any tag a browser or caller sends (zh-TW → zh-hant); the default when none fits."""
    if not code:
        return settings.LANGUAGE_CODE
    try:
        return get_supported_language_variant(code.strip().lower())
    except LookupError:
        return settings.LANGUAGE_CODE


def translated_path(full_path: str, language: str) -> str:
    """The same page, query string included, in another language."""
    parts = urlsplit(full_path)
    prefix, _slash, rest = parts.path.lstrip("/").partition("/")
    if prefix in LANGUAGE_CODES and language in LANGUAGE_CODES and _slash:
        # No address is translated, only its language prefix differs (and this runs several times on every page).
        return urlunsplit(("", "", f"/{language}/{rest}", parts.query, ""))
    # translate_url resolves the path in the active language, so resolve it in the language it is written in.
    with override(get_language_from_path(parts.path) or settings.LANGUAGE_CODE):
        path = translate_url(parts.path, language)
    return urlunsplit(("", "", path, parts.query, ""))


def in_language_columns(names, language: str | None = None) -> list[str]:
    """The columns that translated fields' values come from in ``language``: their own column and, as with
    modeltranslation's fallback (MODELTRANSLATION_FALLBACK_LANGUAGES), the Simplified Chinese one (``title`` →
    ``title_en``, ``title_zh_hans``).

    For ``only()``: naming the plain field would load every language's column, and reading a column left out would
    cost a query.
    """
    language = language or get_language() or settings.LANGUAGE_CODE
    codes = dict.fromkeys((language, settings.LANGUAGE_CODE))
    return [build_localized_fieldname(name, code) for name in names for code in codes]
