"""Field-by-field, per-language differences between two stored versions of a record.

A platform's version carries its stages and sources (an article's, its FAQ entries), so a comparison also lists
which of those were added, removed or changed between the two versions.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reversion.models import Version
from reversion.revisions import _get_options

from .registration import UNTRACKED_FIELDS

EMPTY = "—"


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class RelatedChange:
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"

    kind: str
    model_label: str
    object_label: str
    fields: list[FieldChange] = field(default_factory=list)

    @property
    def heading(self) -> str:
        patterns = {
            self.ADDED: _("%(model)s added: %(object)s"),
            self.REMOVED: _("%(model)s removed: %(object)s"),
            self.CHANGED: _("%(model)s changed: %(object)s"),
        }
        return patterns[self.kind] % {"model": self.model_label, "object": self.object_label}


@dataclass
class Comparison:
    fields: list[FieldChange]
    related: list[RelatedChange]

    @property
    def is_empty(self) -> bool:
        return not self.fields and not self.related


def previous_version(version: Version) -> Version | None:
    return (
        Version.objects.get_for_object_reference(version._model, version.object_id)
        .filter(pk__lt=version.pk)
        .order_by("-pk")
        .first()
    )


def field_label(model_field: models.Field) -> str:
    """ "Title [English]" for a per-language column, "First day" for any other."""
    translated = getattr(model_field, "translated_field", None)
    language = getattr(model_field, "language", None)
    if translated is None or language is None:
        return capfirst(str(model_field.verbose_name))
    language_name = dict(settings.LANGUAGES).get(language, language)
    return _("%(field)s [%(language)s]") % {
        "field": capfirst(str(translated.verbose_name)),
        "language": str(language_name),
    }


def display_value(model: type[models.Model], model_field: models.Field, value) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if model_field.name == "channels" and hasattr(model, "Channel"):
        labels = dict(model.Channel.choices)
        return ", ".join(str(labels.get(code, code)) for code in value)
    if model_field.many_to_many:
        related = model_field.related_model._default_manager.filter(pk__in=value)
        names = sorted(str(obj) for obj in related)
        missing = len(set(value)) - len(names)
        if missing:
            names.append(
                ngettext("%(count)d deleted record", "%(count)d deleted records", missing) % {"count": missing}
            )
        return ", ".join(names) or EMPTY
    if model_field.is_relation:
        related = model_field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if isinstance(value, datetime.datetime):
        return formats.localize(timezone.localtime(value) if timezone.is_aware(value) else value)
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def compared_fields(model: type[models.Model], skip: tuple[str, ...] = ()) -> list[models.Field]:
    stored = set(_get_options(model).fields)
    return [
        model_field
        for model_field in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if model_field.name in stored
        and not model_field.primary_key
        and model_field.name not in UNTRACKED_FIELDS
        and model_field.name not in skip
    ]


def field_changes(
    model: type[models.Model], old: dict | None, new: dict | None, skip: tuple[str, ...] = ()
) -> list[FieldChange]:
    """Changes between two field dicts (``Version.field_dict``); a missing dict counts as all fields empty."""
    changes = []
    for model_field in compared_fields(model, skip):
        key = model_field.name if model_field.many_to_many else model_field.attname
        old_value = (old or {}).get(key)
        new_value = (new or {}).get(key)
        if model_field.many_to_many:
            old_value, new_value = sorted(old_value or []), sorted(new_value or [])
        old_text = display_value(model, model_field, old_value)
        new_text = display_value(model, model_field, new_value)
        if old_text != new_text:
            changes.append(FieldChange(field_label(model_field), old_text, new_text))
    return changes


@dataclass(frozen=True)
class FollowedRelation:
    """A one-to-many relation whose records are stored with their parent's version (``follow=`` in reversion)."""

    model: type[models.Model]
    parent_field: models.ForeignKey


def followed_relations(model: type[models.Model]) -> list[FollowedRelation]:
    relations = []
    for name in _get_options(model).follow:
        relation = model._meta.get_field(name)
        if relation.one_to_many:
            relations.append(FollowedRelation(relation.related_model, relation.remote_field))
    return relations


def followed_versions(version: Version, relation: FollowedRelation) -> dict[str, Version]:
    """The versions of the parent's related records stored in the same revision, by object id."""
    content_type = ContentType.objects.db_manager(version.db).get_for_model(relation.model)
    candidates = version.revision.version_set.filter(content_type=content_type)
    parent_id = str(version.object_id)
    return {
        candidate.object_id: candidate
        for candidate in candidates
        if str(candidate.field_dict.get(relation.parent_field.attname)) == parent_id
    }


def _sort_key(version: Version):
    obj = version._object_version.object
    ordering = [
        name.lstrip("-") for name in obj._meta.ordering if not obj._meta.get_field(name.lstrip("-")).is_relation
    ]
    values = [getattr(obj, name, None) for name in ordering]
    return [(value is None, value if value is not None else 0) for value in values] + [int(version.object_id)]


def related_changes(old: Version | None, new: Version) -> list[RelatedChange]:
    changes = []
    for relation in followed_relations(new._model):
        label = capfirst(str(relation.model._meta.verbose_name))
        skip = (relation.parent_field.name,)
        before = followed_versions(old, relation) if old is not None else {}
        after = followed_versions(new, relation)
        for object_id, version in sorted(after.items(), key=lambda item: _sort_key(item[1])):
            obj_label = str(version._object_version.object)
            if object_id not in before:
                fields = field_changes(relation.model, None, version.field_dict, skip)
                changes.append(RelatedChange(RelatedChange.ADDED, label, obj_label, fields))
                continue
            fields = field_changes(relation.model, before[object_id].field_dict, version.field_dict, skip)
            if fields:
                changes.append(RelatedChange(RelatedChange.CHANGED, label, obj_label, fields))
        for object_id, version in sorted(before.items(), key=lambda item: _sort_key(item[1])):
            if object_id not in after:
                obj_label = str(version._object_version.object)
                changes.append(RelatedChange(RelatedChange.REMOVED, label, obj_label))
    return changes


def compare(old: Version | None, new: Version) -> Comparison:
    """What changed from ``old`` (None: nothing recorded before) to ``new``, both versions of the same record."""
    return Comparison(
        fields=field_changes(new._model, old.field_dict if old is not None else None, new.field_dict),
        related=related_changes(old, new),
    )
