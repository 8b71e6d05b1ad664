"""One search document per searchable record and language group.

The tokens themselves live in a database-specific structure next to this table (see ``search.backends``): an FTS5
table on SQLite, ``tsvector`` columns with a GIN index on PostgreSQL. Documents hold ids, not text: result pages
load the few records they show, so what a reader sees is always the record's current text.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    class Kind(models.IntegerChoices):
        # The order is the tie-break order of results with the same score.
        PLATFORM = 1, _("Platform")
        ARTICLE = 2, _("Article")
        QUESTION = 3, _("FAQ entry")

    class Language(models.TextChoices):
        # Simplified and Traditional pages search the same Chinese documents (normalised to Simplified).
        CHINESE = "zh", _("Chinese")
        ENGLISH = "en", _("English")

    kind = models.PositiveSmallIntegerField(_("kind"), choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("record id"))
    # For FAQ entries: the article they belong to (its publication decides whether the entry can be found).
    parent_id = models.PositiveBigIntegerField(_("article id"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id", "language"], name="search_document_unique"),
        ]
        indexes = [models.Index(fields=["parent_id"], name="search_document_parent_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.object_id} ({self.language})"
