"""Export all content to one JSON file and restore it into an empty database (manage.py backup_content /
restore_content).

The file is an ordinary Django fixture (a JSON list of objects, gzip-compressed when its name ends in .gz), so
``manage.py loaddata`` can read it too. It holds every row of the content apps with all language columns and the
original primary keys (article addresses contain them), models in dependency order and rows in primary-key order.
References to user accounts (e.g. "last reviewed by") are written as usernames. User accounts and groups, with
their password hashes, are included only on request (``--with-users``); without them a restore keeps a reference
when an account of that name exists and leaves it empty otherwise.
"""

from __future__ import annotations

import datetime
import gzip
import json
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import translation

# Apps whose tables are the site's content. Apps that are not installed are left out.
CONTENT_APPS = ("platforms", "articles", "workflow", "rights", "feedback")


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds (Django's own rounds them to milliseconds)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class RestoreRefused(Exception):
    """The database is not empty, or the file is not a content backup."""


def content_models() -> list[type[models.Model]]:
    """Concrete models of the content apps, each after the models it refers to."""
    pairs = [
        (config, [model for model in config.get_models() if not model._meta.proxy and model._meta.managed])
        for config in apps.get_app_configs()
        if config.label in CONTENT_APPS
    ]
    return serializers.sort_dependencies(pairs, allow_cycles=True)


def backup_objects(*, with_users: bool = False) -> list[dict]:
    # The default language is active so that modeltranslation's original columns are read as stored.
    with translation.override(settings.LANGUAGE_CODE):
        objects: list[dict] = []
        if with_users:
            objects += serializers.serialize(
                "python", Group.objects.order_by("name"), use_natural_foreign_keys=True, use_natural_primary_keys=True
            )
            objects += serializers.serialize(
                "python", get_user_model()._default_manager.order_by("pk"), use_natural_foreign_keys=True
            )
        for model in content_models():
            objects += serializers.serialize(
                "python", model._base_manager.order_by("pk"), use_natural_foreign_keys=True
            )
    return objects


def write_backup(path: Path, *, with_users: bool = False) -> int:
    objects = backup_objects(with_users=with_users)
    data = json.dumps(objects, cls=ExactJSONEncoder, ensure_ascii=False, indent=1).encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return len(objects)


def read_backup(path: Path) -> list[dict]:
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    try:
        objects = json.loads(raw)
    except ValueError as error:
        raise RestoreRefused(f"{path} is not a JSON content backup: {error}") from None
    if not isinstance(objects, list) or not all(isinstance(obj, dict) and "model" in obj for obj in objects):
        raise RestoreRefused(f"{path} is not a content backup (expected a list of objects).")
    return objects


def _user_fields(model_label: str) -> list[str]:
    model = apps.get_model(model_label)
    user_model = get_user_model()
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, models.ForeignKey) and field.related_model is user_model
    ]


def _unlink_missing_users(objects: list[dict], users_in_file: set[str]) -> int:
    """Empty references to accounts that neither the file nor the database has; returns how many."""
    user_model = get_user_model()
    existing = set(user_model._default_manager.values_list(user_model.USERNAME_FIELD, flat=True))
    unlinked = 0
    for obj in objects:
        for name in _user_fields(obj["model"]):
            value = obj["fields"].get(name)
            if value is None:
                continue
            username = value[0] if isinstance(value, list) else None
            if username not in existing and username not in users_in_file:
                obj["fields"][name] = None
                unlinked += 1
    return unlinked


def non_empty_tables(objects: list[dict]) -> list[str]:
    labels = [model._meta.label for model in content_models()]
    if any(obj["model"] == settings.AUTH_USER_MODEL.lower() for obj in objects):
        labels.append(settings.AUTH_USER_MODEL)
    return [label for label in labels if apps.get_model(label)._base_manager.exists()]


def restore(path: Path) -> tuple[int, int]:
    """Load the backup into an empty database in one transaction. Returns (objects loaded, user references emptied)."""
    objects = read_backup(path)
    known = {model._meta.label_lower for model in content_models()} | {"auth.group", settings.AUTH_USER_MODEL.lower()}
    unknown = sorted({obj["model"] for obj in objects} - known)
    if unknown:
        raise RestoreRefused(f"The file holds records this site does not know: {', '.join(unknown)}.")
    user_label = settings.AUTH_USER_MODEL.lower()
    username_field = get_user_model().USERNAME_FIELD
    users_in_file = {obj["fields"][username_field] for obj in objects if obj["model"] == user_label}
    with transaction.atomic():
        occupied = non_empty_tables(objects)
        if occupied:
            raise RestoreRefused(
                "Restore only into an empty database; these tables already hold rows: " + ", ".join(occupied) + "."
            )
        unlinked = _unlink_missing_users(objects, users_in_file)
        with tempfile.TemporaryDirectory() as folder:
            fixture = Path(folder) / "content.json"
            fixture.write_text(json.dumps(objects, cls=ExactJSONEncoder, ensure_ascii=False))
            with translation.override(settings.LANGUAGE_CODE):
                call_command("loaddata", str(fixture), verbosity=0)
    return len(objects), unlinked
