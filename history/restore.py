"""Restoring a stored version of a record together with the related records stored with it.

For a platform that means its stages as a set: stages added since that version are deleted, changed ones get their
old values back. Everything happens in one transaction, and the result is checked by the model's own rules before
it is kept (for platforms: the stage rules of ``platforms.timeline``), so a restore never leaves a broken timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import reversion
from django.db import DatabaseError, models, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from reversion.errors import RevertError
from reversion.models import Version

from .diff import followed_relations, followed_versions


class RestoreRefused(Exception):
    def __init__(self, problems: list[str]):
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class RestoreRules:
    # Called with the record before the old values are written, e.g. to move stages out of each other's way.
    prepare: Callable[[models.Model], None] | None = None
    # Called with the restored record; returns problems that make the restore refused.
    check: Callable[[models.Model], list[str]] | None = None


_rules: dict[type[models.Model], RestoreRules] = {}


def register_restore_rules(model: type[models.Model], rules: RestoreRules) -> None:
    _rules[model] = rules


def saved_on(version: Version) -> str:
    return formats.date_format(timezone.localtime(version.revision.date_created), "Y-m-d H:i")


def restore_comment(version: Version) -> str:
    return _("Restored the version saved on %(date)s.") % {"date": saved_on(version)}


def restore_version(version: Version, user=None, keep_fields: tuple[str, ...] = ()) -> models.Model:
    """Bring back ``version`` of its record and the related records stored with it, as one new revision.

    ``keep_fields`` keep their current values (a record that no longer exists gets their defaults): the admin
    passes the publishing fields for users who may not publish, so a restore cannot publish or unpublish.
    """
    model = version._model
    rules = _rules.get(model, RestoreRules())
    try:
        with transaction.atomic(using=version.db):
            current = model._default_manager.using(version.db).filter(pk=version.object_id).first()
            kept_values = {
                name: getattr(current, name) if current is not None else model._meta.get_field(name).get_default()
                for name in keep_fields
            }
            relations = [(relation, followed_versions(version, relation)) for relation in followed_relations(model)]
            if current is not None:
                for relation, kept in relations:
                    related = relation.model._default_manager.using(version.db).filter(
                        **{relation.parent_field.name: current}
                    )
                    related.exclude(pk__in=[int(object_id) for object_id in kept]).delete()
                if rules.prepare:
                    rules.prepare(current)
            with reversion.create_revision(atomic=False):
                reversion.set_user(user)
                reversion.set_comment(restore_comment(version))
                version.revert()
                for _relation, kept in relations:
                    for related_version in kept.values():
                        related_version.revert()
                if kept_values:
                    model._default_manager.using(version.db).filter(pk=version.object_id).update(**kept_values)
                restored = model._default_manager.using(version.db).get(pk=version.object_id)
                reversion.add_to_revision(restored)
            problems = rules.check(restored) if rules.check else []
            if problems:
                raise RestoreRefused(problems)
    except (DatabaseError, RevertError) as error:
        # DatabaseError, not only IntegrityError: PostgreSQL checks the deferred stage-overlap constraint at commit.
        raise RestoreRefused([_("This version cannot be restored: %(error)s") % {"error": error}]) from error
    return restored
