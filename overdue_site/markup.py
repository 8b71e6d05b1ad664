"""Formatted text written by editors (Markdown) turned into HTML that is safe to put on a page, once, when the record
is saved.

A model lists its Markdown fields in ``rendered_markdown`` ({text field: HTML field}) and declares one
``StoredHTMLField`` per language for each (``body_html_zh_hans``, …). ``RenderedMarkdownMixin`` fills them from the
text on every save, including saves that bypass ``save()`` (django-reversion's revert, fixtures) through a
``pre_save`` receiver; ``render_stored_markdown()`` is for bulk writes that send no signal (``bulk_create``).
Pages read the HTML in the reader's language through ``StoredHTML``, which falls back to Simplified Chinese exactly
where the text does (an empty text renders to empty HTML).
"""

from __future__ import annotations

import threading
from functools import lru_cache

import markdown
import nh3
from django.conf import settings
from django.db import models
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

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


def language_suffix(language: str) -> str:
    return language.replace("-", "_")


class StoredHTMLField(models.TextField):
    """Sanitised HTML rendered from a Markdown field when its record is saved; read back ready for templates."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("verbose_name", _("rendered HTML"))
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return mark_safe(value) if value else value  # noqa: S308 - sanitised by render_markdown when saved


class StoredHTML:
    """``instance.<name>``: the stored HTML in the active language, else the Simplified Chinese HTML (the same
    fallback modeltranslation gives the text it was rendered from)."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        language = get_language() or settings.LANGUAGE_CODE
        own = getattr(instance, f"{self.name}_{language_suffix(language)}", "")
        return own or getattr(instance, f"{self.name}_{language_suffix(settings.LANGUAGE_CODE)}")


def render_stored_markdown(instance: models.Model) -> list[str]:
    """Render every language of every Markdown field of ``instance`` into its HTML field; returns the columns."""
    written = []
    for text_field, html_field in instance.rendered_markdown.items():
        for language, _name in settings.LANGUAGES:
            suffix = language_suffix(language)
            setattr(instance, f"{html_field}_{suffix}", render_markdown(getattr(instance, f"{text_field}_{suffix}")))
            written.append(f"{html_field}_{suffix}")
    return written


class RenderedMarkdownMixin(models.Model):
    rendered_markdown: dict[str, str] = {}

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            texts = {
                f"{text}_{language_suffix(code)}" for text in self.rendered_markdown for code, _n in settings.LANGUAGES
            }
            if texts & set(update_fields) or set(self.rendered_markdown) & set(update_fields):
                kwargs["update_fields"] = {*update_fields, *render_stored_markdown(self)}
        super().save(*args, **kwargs)


@receiver(pre_save)
def _render_before_saving(sender, instance, raw=False, **kwargs):
    # Also on raw saves: django-reversion restores a version with one, and the HTML must match the restored text.
    if isinstance(instance, RenderedMarkdownMixin):
        render_stored_markdown(instance)


def render_existing_rows(apps, app_label: str, models: dict[str, dict[str, str]]) -> None:
    """For data migrations: fill the HTML columns of every row from its Markdown, as saving it would.

    ``models``: {model name: {text field: HTML field}}, as the models are at that migration.
    """
    for model_name, fields in models.items():
        model = apps.get_model(app_label, model_name)
        for row in model.objects.all().iterator(chunk_size=500):
            values = {
                f"{html}_{language_suffix(code)}": render_markdown(getattr(row, f"{text}_{language_suffix(code)}"))
                for text, html in fields.items()
                for code, _name in settings.LANGUAGES
            }
            model.objects.filter(pk=row.pk).update(**values)
