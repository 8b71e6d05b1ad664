import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from overdue_site.management.commands import ensure_admin


@pytest.mark.django_db
def test_creates_an_admin_once_and_prints_a_working_login(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ensure_admin, "LOGIN_DIR", tmp_path)
    call_command("ensure_admin")
    first = capsys.readouterr().out
    password = ensure_admin.login_file().read_text().strip()
    assert f"password: {password}" in first
    assert User.objects.get(username="admin").check_password(password)
    call_command("ensure_admin")
    assert f"password: {password}" in capsys.readouterr().out
    assert User.objects.filter(username="admin").count() == 1


@pytest.mark.django_db
def test_an_admin_whose_password_was_changed_is_left_alone(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ensure_admin, "LOGIN_DIR", tmp_path)
    User.objects.create_superuser("admin", "", "chosen-by-the-operator")
    call_command("ensure_admin")
    assert "changepassword" in capsys.readouterr().out
    assert User.objects.get(username="admin").check_password("chosen-by-the-operator")


@pytest.mark.django_db
def test_each_database_keeps_its_own_login_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ensure_admin, "LOGIN_DIR", tmp_path)
    (tmp_path / ".admin-login").write_text("the-development-password\n")
    monkeypatch.setattr(ensure_admin, "DEFAULT_DATABASE", tmp_path / "db.sqlite3")
    call_command("ensure_admin")
    capsys.readouterr()
    assert (tmp_path / ".admin-login").read_text() == "the-development-password\n"
    own = ensure_admin.login_file()
    assert own.name.startswith(".admin-login-") and own != tmp_path / ".admin-login"
    assert User.objects.get(username="admin").check_password(own.read_text().strip())
    assert ensure_admin.login_file("someone-else") != own


def test_the_development_database_uses_dot_admin_login(monkeypatch, tmp_path):
    from django.db import connection

    monkeypatch.setattr(ensure_admin, "LOGIN_DIR", tmp_path)
    monkeypatch.setitem(connection.settings_dict, "NAME", str(ensure_admin.DEFAULT_DATABASE))
    if connection.vendor != "sqlite":
        pytest.skip("the development database is SQLite")
    assert ensure_admin.login_file() == tmp_path / ".admin-login"
    assert ensure_admin.login_file("editor") != tmp_path / ".admin-login"
