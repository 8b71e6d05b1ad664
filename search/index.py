"""Keeping the search documents in step with platforms, articles and FAQ entries.

Documents are written for every record, published or not: whether a record may be found is decided when a query
runs, with the content apps' own ``published()`` rules, so publishing on a schedule needs no re-indexing. Signal
receivers update a record's documents when it is saved or deleted; ``manage.py rebuild_search_index`` rebuilds
them all in batches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from articles.models import Article, Question
from platforms.models import Platform

from . import backends
from .models import SearchDocument
from .tokens import document_tokens

Kind = SearchDocument.Kind
Language = SearchDocument.Language

BATCH_SIZE = 500

# Per kind: (fields that make the title, fields that make the body). Each is read in every language it exists in.
INDEXED_FIELDS: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Kind.PLATFORM: (("name", "aliases"), ("summary", "operator", "body", "customer_service")),
    Kind.ARTICLE: (("title",), ("intro", "summary", "body")),
    Kind.QUESTION: (("question",), ("answer",)),
}
MODELS = {Kind.PLATFORM: Platform, Kind.ARTICLE: Article, Kind.QUESTION: Question}
# The field whose English text decides whether a record has an English document (as on the site's English pages).
ENGLISH_REQUIRED = {Kind.ARTICLE: "title", Kind.QUESTION: "question"}
SOURCE_LANGUAGES = {Language.CHINESE: ("zh_hans", "zh_hant"), Language.ENGLISH: ("en",)}
# Readers of the English pages often know a platform only by the Chinese name in its app (借呗, 花呗), so a platform's
# English document also carries its Chinese names.
EXTRA_TITLE_SOURCES = {(Kind.PLATFORM, Language.ENGLISH): SOURCE_LANGUAGES[Language.CHINESE]}

_MARKDOWN_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class DocumentData:
    kind: int
    object_id: int
    parent_id: int | None
    language: str
    title_tokens: list[str]
    body_tokens: list[str]


def _text(record, field: str, suffix: str) -> str:
    value = getattr(record, f"{field}_{suffix}", "") or ""
    return _URL.sub(" ", _MARKDOWN_LINK_TARGET.sub("] ", value))


def documents_for(kind: int, record) -> list[DocumentData]:
    """The documents a record should have: Chinese (Simplified and Traditional text together) and English."""
    title_fields, body_fields = INDEXED_FIELDS[kind]
    parent_id = record.article_id if kind == Kind.QUESTION else None
    documents = []
    for language, suffixes in SOURCE_LANGUAGES.items():
        required = ENGLISH_REQUIRED.get(kind) if language == Language.ENGLISH else None
        if required and not (getattr(record, f"{required}_en", "") or "").strip():
            continue
        title_suffixes = suffixes + EXTRA_TITLE_SOURCES.get((kind, language), ())
        title = document_tokens(*(_text(record, field, suffix) for field in title_fields for suffix in title_suffixes))
        body = document_tokens(*(_text(record, field, suffix) for field in body_fields for suffix in suffixes))
        if title or body:
            documents.append(DocumentData(kind, record.pk, parent_id, language, title, body))
    return documents


def update_record(kind: int, record) -> None:
    """Write a record's documents, replacing its old ones."""
    with transaction.atomic():
        wanted = {document.language: document for document in documents_for(kind, record)}
        existing = {
            document.language: document for document in SearchDocument.objects.filter(kind=kind, object_id=record.pk)
        }
        stale = [document.pk for language, document in existing.items() if language not in wanted]
        backends.delete_tokens(stale)
        SearchDocument.objects.filter(pk__in=stale).delete()
        rows = []
        for language, data in wanted.items():
            document = existing.get(language)
            if document is None:
                document = SearchDocument.objects.create(
                    kind=kind, object_id=record.pk, parent_id=data.parent_id, language=language
                )
            elif document.parent_id != data.parent_id:
                document.parent_id = data.parent_id
                document.save(update_fields=["parent_id"])
            rows.append((document.pk, backends.scope(kind, language), data.title_tokens, data.body_tokens))
        backends.write_tokens(rows)


def remove_records(kind: int, object_ids: Iterable[int]) -> None:
    documents = SearchDocument.objects.filter(kind=kind, object_id__in=list(object_ids))
    with transaction.atomic():
        backends.delete_tokens(list(documents.values_list("pk", flat=True)))
        documents.delete()


def rebuild(batch_size: int = BATCH_SIZE) -> dict[int, int]:
    """Rebuild every document from scratch, in one transaction; returns the number of documents per kind."""
    counts = {}
    with transaction.atomic():
        backends.delete_all_tokens()
        SearchDocument.objects.all().delete()
        for kind, model in MODELS.items():
            counts[kind] = 0
            for batch in _batches(model.objects.order_by("pk"), batch_size):
                data = [document for record in batch for document in documents_for(kind, record)]
                created = SearchDocument.objects.bulk_create(
                    SearchDocument(kind=d.kind, object_id=d.object_id, parent_id=d.parent_id, language=d.language)
                    for d in data
                )
                backends.write_tokens(
                    [
                        (document.pk, backends.scope(d.kind, d.language), d.title_tokens, d.body_tokens)
                        for document, d in zip(created, data, strict=True)
                    ]
                )
                counts[kind] += len(created)
    backends.optimise()
    return counts


def _batches(queryset, size: int) -> Iterator[list]:
    """Records in batches by primary key, so 100,000 articles never sit in memory at once."""
    last_pk = 0
    while True:
        batch = list(queryset.filter(pk__gt=last_pk)[:size])
        if not batch:
            return
        yield batch
        last_pk = batch[-1].pk


# Signals ----------------------------------------------------------------------------------------------------------


def _indexed_field_names(kind: int) -> set[str]:
    title_fields, body_fields = INDEXED_FIELDS[kind]
    names = {*title_fields, *body_fields}
    return names | {f"{name}_{suffix}" for name in names for suffix in ("zh_hans", "zh_hant", "en")} | {"article"}


def _saved(sender, instance, update_fields=None, **kwargs) -> None:
    kind = _KIND_OF[sender]
    if update_fields is not None and not set(update_fields) & _indexed_field_names(kind):
        return  # e.g. a view count: nothing searchable changed
    update_record(kind, instance)


def _deleted(sender, instance, **kwargs) -> None:
    remove_records(_KIND_OF[sender], [instance.pk])


_KIND_OF = {model: kind for kind, model in MODELS.items()}


def connect_signals() -> None:
    for model in MODELS.values():
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-index-save-{model._meta.label_lower}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-index-delete-{model._meta.label_lower}")
