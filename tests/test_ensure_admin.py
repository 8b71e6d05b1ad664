import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from overdue_site.management.commands import ensure_admin


@pytest.mark.django_db
def test_creates_an_admin_once_and_prints_a_working_login(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ensure_admin, "LOGIN_FILE", tmp_path / ".admin-login")
    call_command("ensure_admin")
    first = capsys.readouterr().out
    password = (tmp_path / ".admin-login").read_text().strip()
    assert f"password: {password}" in first
    assert User.objects.get(username="admin").check_password(password)
    call_command("ensure_admin")
    assert f"password: {password}" in capsys.readouterr().out
    assert User.objects.filter(username="admin").count() == 1


@pytest.mark.django_db
def test_an_admin_whose_password_was_changed_is_left_alone(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ensure_admin, "LOGIN_FILE", tmp_path / ".admin-login")
    User.objects.create_superuser("admin", "", "chosen-by-the-operator")
    call_command("ensure_admin")
    assert "changepassword" in capsys.readouterr().out
    assert User.objects.get(username="admin").check_password("chosen-by-the-operator")
