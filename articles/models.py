from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from pypinyin import lazy_pinyin

from overdue_site.languages import in_language_columns
from overdue_site.markup import RenderedMarkdownMixin, StoredHTML, StoredHTMLField
from overdue_site.reversing import cached_reverse
from overdue_site.traditional import TraditionalConversionMixin
from platforms.models import Platform
from workflow.models import Publishable, PublishableQuerySet

MAX_SLUG_LENGTH = 80


def make_slug(*texts: str) -> str:
    """A readable ASCII slug from the first text that gives one: English as is, Chinese as pinyin."""
    for text in texts:
        if not text:
            continue
        slug = slugify(" ".join(lazy_pinyin(text)))[:MAX_SLUG_LENGTH].strip("-")
        if slug:
            return slug
    return "article"


def translated_field(name: str, language: str) -> str:
    return f"{name}_{language.replace('-', '_')}"


class TranslationStatusMixin:
    """Which languages a record was written in. Fallback values do not count: we look at the raw columns."""

    translation_check_field = "title"

    def has_translation(self, language: str | None = None) -> bool:
        language = language or get_language() or settings.LANGUAGE_CODE
        return bool(getattr(self, translated_field(self.translation_check_field, language), ""))

    @property
    def is_translated(self) -> bool:
        return self.has_translation()


class Category(TranslationStatusMixin, TraditionalConversionMixin, models.Model):
    translation_check_field = "name"

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return cached_reverse("articles:category", slug=self.slug)


# Articles translated into English: the filter of English listings and the condition of their partial indexes (see
# Article.Meta), written the same way in both so that the database can tell the index covers the query.
ENGLISH_TITLE = models.Q(title_en__isnull=False) & ~models.Q(title_en="")
# The listing order is ``-published_at, -pk``; after the filtered columns, the indexes hold that order and the rest of
# published() (``unpublish_at``), so counting and skipping rows of a listing reads the index alone.
LISTING_ORDER_COLUMNS = ["status", "published_at", "id", "unpublish_at"]


# What for_listing() loads: these, and the translated ones in the reader's language (with the Simplified fallback).
LISTING_FIELDS = (
    "slug",
    "kind",
    "published_at",
    "last_reviewed",
    "updated_at",
    "view_count",
    "category__slug",
    "category__order",
)
LISTING_TRANSLATED_FIELDS = ("title", "intro", "summary", "byline", "category__name")


class ArticleQuerySet(PublishableQuerySet):
    def in_language(self, language: str | None = None):
        """Articles written in the language (English index pages list only articles translated into English)."""
        language = language or get_language() or settings.LANGUAGE_CODE
        if language == settings.LANGUAGE_CODE:
            return self
        if language == "en":
            return self.filter(ENGLISH_TITLE)
        # Traditional pages list everything: the Simplified text is converted for editors and falls back otherwise.
        return self

    def for_listing(self, language: str | None = None):
        """Only what lists of articles show (cards, feeds, neighbours), in ``language`` (the reader's): an article has
        over a hundred columns, one per language of each text, and loading them all costs more than the query
        itself."""
        translated = in_language_columns(LISTING_TRANSLATED_FIELDS, language)
        return self.select_related("category").only(*LISTING_FIELDS, *translated)


class Article(TranslationStatusMixin, TraditionalConversionMixin, RenderedMarkdownMixin, Publishable):
    class Kind(models.TextChoices):
        FAQ = "faq", _("FAQ")
        GUIDE = "guide", _("Guide")
        RIGHTS = "rights", _("Rights guidance")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.FAQ)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=MAX_SLUG_LENGTH,
        blank=True,
        help_text=_("Readable part of the web address. Left empty, it is made from the English or pinyin title."),
    )
    intro = models.TextField(_("editor's introduction"), blank=True)
    body = models.TextField(
        _("body"), blank=True, help_text=_("Formatted text: **bold**, *italic*, lists with -, headings with ##.")
    )
    body_html_zh_hans = StoredHTMLField()
    body_html_zh_hant = StoredHTMLField()
    body_html_en = StoredHTMLField()
    body_html = StoredHTML()
    rendered_markdown = {"body": "body_html"}
    summary = models.TextField(_("editor's summary"), blank=True)
    byline = models.CharField(_("author"), max_length=100, blank=True)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("category")
    )
    platforms = models.ManyToManyField(
        Platform, blank=True, related_name="articles", verbose_name=_("related platforms")
    )
    pinned_related = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="pinned_by",
        verbose_name=_("pinned related articles"),
        help_text=_('Shown first under "Related articles", in addition to those found automatically.'),
    )
    excluded_related = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="excluded_by",
        verbose_name=_("never show as related"),
        help_text=_('Articles that must not appear under "Related articles" on this page.'),
    )
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_status_published_idx"),
            # FAQ/rights/guide index pages and category pages, in every language and in English only.
            models.Index(fields=["kind", *LISTING_ORDER_COLUMNS], name="article_kind_listing_idx"),
            models.Index(
                fields=["kind", *LISTING_ORDER_COLUMNS], condition=ENGLISH_TITLE, name="article_kind_listing_en_idx"
            ),
            models.Index(fields=["category", *LISTING_ORDER_COLUMNS], name="article_cat_listing_idx"),
            models.Index(
                fields=["category", *LISTING_ORDER_COLUMNS],
                condition=ENGLISH_TITLE,
                name="article_cat_listing_en_idx",
            ),
        ]
        permissions = [("publish_article", _("Can publish, schedule and unpublish articles"))]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = make_slug(getattr(self, "title_en", ""), getattr(self, "title_zh_hans", "") or self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return cached_reverse("articles:detail", pk=self.pk, slug=self.slug or "article")


class Question(TraditionalConversionMixin, RenderedMarkdownMixin, models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="questions", verbose_name=_("article"))
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"), help_text=_("Formatted text: **bold**, *italic*, lists with -."))
    answer_html_zh_hans = StoredHTMLField()
    answer_html_zh_hant = StoredHTMLField()
    answer_html_en = StoredHTMLField()
    answer_html = StoredHTML()
    rendered_markdown = {"answer": "answer_html"}
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")
        ordering = ["article", "order", "pk"]

    def __str__(self) -> str:
        return self.question


class SiteText(TraditionalConversionMixin, RenderedMarkdownMixin, models.Model):
    """Site-wide texts that staff edit in three languages, such as the disclaimer and the rules panel."""

    class Key(models.TextChoices):
        DISCLAIMER = "disclaimer", _("Disclaimer (every page)")
        CONTACT_RULES = "contact_rules", _("What the rules allow (beside every lookup result)")
        COMPLAINTS = "complaints", _("Where to complain (short version)")

    translation_check_field = "body"

    key = models.CharField(_("key"), max_length=30, choices=Key.choices, unique=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("text"), help_text=_("Formatted text: **bold**, *italic*, lists with -."))
    body_html_zh_hans = StoredHTMLField()
    body_html_zh_hant = StoredHTMLField()
    body_html_en = StoredHTMLField()
    body_html = StoredHTML()
    rendered_markdown = {"body": "body_html"}
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site text")
        verbose_name_plural = _("site texts")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.get_key_display()
