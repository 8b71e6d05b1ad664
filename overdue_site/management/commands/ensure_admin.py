import hashlib
import os
import re
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection

LOGIN_DIR = Path(settings.BASE_DIR)
DEFAULT_DATABASE = Path(settings.BASE_DIR) / "db.sqlite3"


def login_file(username: str = "admin") -> Path:
    """Where the generated password of ``username`` in the current database is kept.

    `.admin-login` for the `admin` of the development database (db.sqlite3); any other database or user gets its
    own file (`.admin-login-<database>-<user>-<hash>`), so running the command against a second database never
    overwrites the login of the first.
    """
    database = connection.settings_dict
    is_default_database = connection.vendor == "sqlite" and str(database["NAME"]) == str(DEFAULT_DATABASE)
    if is_default_database and username == "admin":
        return LOGIN_DIR / ".admin-login"
    identity = "\n".join(str(database.get(key) or "") for key in ("ENGINE", "HOST", "PORT", "NAME")) + "\n" + username
    digest = hashlib.sha256(identity.encode()).hexdigest()[:10]
    readable = re.sub(r"[^A-Za-z0-9]+", "-", f"{Path(str(database['NAME'])).stem}-{username}").strip("-")[:60]
    return LOGIN_DIR / f".admin-login-{readable}-{digest}"


class Command(BaseCommand):
    help = "Create a local admin login if there is none, and print it (development set-up)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        admin_url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/{settings.ADMIN_URL}"
        path = login_file(username)
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email="", password=password)
            path.write_text(password + "\n", encoding="utf-8")
            path.chmod(0o600)
        else:
            saved = path.read_text(encoding="utf-8").strip() if path.exists() else ""
            if not saved or not user.check_password(saved):
                self.stdout.write(
                    f"Admin: {admin_url}  user '{username}' exists; set a new password with "
                    f"`.venv/bin/python manage.py changepassword {username}`."
                )
                return
            password = saved
        self.stdout.write(self.style.SUCCESS(f"Admin: {admin_url}  user: {username}  password: {password}"))
        self.stdout.write(f"(kept in {path.name})")
