"""backup_content writes every content row in every language; restore_content puts it back identically."""

from __future__ import annotations

import gzip
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, Category
from overdue_site.backup import content_models
from platforms.models import Platform
from tests.hardening.snapshot import table_rows

pytestmark = pytest.mark.django_db


def content_tables(with_users: bool = False) -> dict[str, tuple]:
    """Every column of every row of the content tables and their many-to-many tables, read with plain SQL."""
    models = list(content_models())
    models += [field.remote_field.through for model in content_models() for field in model._meta.local_many_to_many]
    if with_users:
        models.append(get_user_model())
    tables = {model._meta.db_table: table_rows(model) for model in models}
    for through in (model for model in models if model._meta.auto_created):
        # A many-to-many link is its pair of ids; the link row's own id is not content.
        columns, rows = tables[through._meta.db_table]
        tables[through._meta.db_table] = (columns[1:], sorted(row[1:] for row in rows))
    return tables


def differences(before: dict[str, tuple], after: dict[str, tuple]) -> list[str]:
    """Readable differences: table, primary key, column, value before and after (the first 20)."""
    found = []
    for table in sorted(before.keys() | after.keys()):
        (columns, old), (_columns, new) = before.get(table, ([], [])), after.get(table, ([], []))
        if len(old) != len(new):
            found.append(f"{table}: {len(old)} rows before, {len(new)} after")
            continue
        for old_row, new_row in zip(old, new, strict=True):
            found += [
                f"{table} #{old_row[0]} {column}: {a!r:.80} != {b!r:.80}"
                for column, a, b in zip(columns, old_row, new_row, strict=True)
                if a != b
            ]
    return found[:20]


def empty_the_database(with_users: bool = False) -> None:
    for model in reversed(content_models()):
        model._base_manager.all().delete()
    if with_users:
        get_user_model()._default_manager.all().delete()
    assert all(not rows for _columns, rows in content_tables(with_users).values())


def reviewed_by(user) -> None:
    """Point every "last reviewed by" reference at the user, where the models have one."""
    for model in content_models():
        if any(field.name == "last_reviewed_by" for field in model._meta.get_fields()):
            model._base_manager.update(last_reviewed_by=user)


def add_reader_feedback() -> None:
    """Some reader submissions, when the feedback app is installed, so they are backed up too."""
    if not apps.is_installed("feedback"):
        return
    comment_model = apps.get_model("feedback", "Comment")
    platform = Platform.objects.order_by("pk").first()
    comment_model.objects.create(platform=platform, display_name="读者", body="谢谢，说得很清楚。", language="zh-hans")


def test_every_language_survives_backup_and_restore(tmp_path, demo_content):
    add_reader_feedback()
    before = content_tables()
    assert sum(len(rows) for _columns, rows in before.values()) > 50
    article = Article.objects.order_by("pk").first()
    assert article.title_zh_hans and article.title_zh_hant and article.title_en
    backup = tmp_path / "content.json.gz"

    call_command("backup_content", str(backup), verbosity=0)
    empty_the_database()
    call_command("restore_content", str(backup), verbosity=0)

    assert differences(before, content_tables()) == []
    # The database goes on working: new rows get fresh primary keys (sequences were moved past the restored ones).
    Category.objects.create(slug="after-restore", name_zh_hans="恢复之后")


def test_backup_file_is_a_readable_fixture(tmp_path, demo_content):
    backup = tmp_path / "content.json"
    call_command("backup_content", str(backup), verbosity=0)
    objects = json.loads(backup.read_text())
    labels = [obj["model"] for obj in objects]
    assert labels.index("articles.category") < labels.index("articles.article") < labels.index("articles.question")
    platform = next(obj for obj in objects if obj["model"] == "platforms.platform")
    assert {"name_zh_hans", "name_zh_hant", "name_en"} <= platform["fields"].keys()
    assert "auth.user" not in labels
    compressed = tmp_path / "content.json.gz"
    call_command("backup_content", str(compressed), verbosity=0)
    assert json.loads(gzip.decompress(compressed.read_bytes())) == objects


def test_user_references_without_and_with_accounts(tmp_path, demo_content):
    user = get_user_model().objects.create_user("editor-anna", password="a-long-test-password")
    reviewed_by(user)
    before = content_tables(with_users=True)
    without_users, with_users = tmp_path / "content.json", tmp_path / "with-users.json"
    call_command("backup_content", str(without_users), verbosity=0)
    call_command("backup_content", str(with_users), "--with-users", verbosity=0)

    empty_the_database(with_users=True)
    call_command("restore_content", str(with_users), verbosity=0)
    assert differences(before, content_tables(with_users=True)) == []
    assert get_user_model().objects.get(username="editor-anna").check_password("a-long-test-password")

    # Without the accounts, a reference to an account the database does not have is left empty.
    empty_the_database(with_users=True)
    call_command("restore_content", str(without_users), verbosity=0)
    for model in content_models():
        if any(field.name == "last_reviewed_by" for field in model._meta.get_fields()):
            assert not model._base_manager.filter(last_reviewed_by__isnull=False).exists()


def test_restore_refuses_a_database_that_holds_content(tmp_path, demo_content):
    backup = tmp_path / "content.json"
    call_command("backup_content", str(backup), verbosity=0)
    Platform.objects.filter(slug=Platform.objects.order_by("pk").first().slug).update(slug="edited-by-an-editor")
    before = content_tables()
    with pytest.raises(CommandError, match="empty database"):
        call_command("restore_content", str(backup), verbosity=0)
    assert content_tables() == before


@pytest.mark.parametrize("content", [b"", b"not json", b'{"model": "x"}', b'[{"model": "auth.permission"}]'])
def test_restore_refuses_files_that_are_not_backups(tmp_path, content):
    empty_the_database()
    file = tmp_path / "file.json"
    file.write_bytes(content)
    with pytest.raises(CommandError):
        call_command("restore_content", str(file), verbosity=0)
    assert all(not rows for _columns, rows in content_tables().values())
