import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

LOGIN_FILE = Path(settings.BASE_DIR) / ".admin-login"


class Command(BaseCommand):
    help = "Create a local admin login if there is none, and print it (development set-up)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        admin_url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/{settings.ADMIN_URL}"
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email="", password=password)
            LOGIN_FILE.write_text(password + "\n", encoding="utf-8")
            LOGIN_FILE.chmod(0o600)
        else:
            saved = LOGIN_FILE.read_text(encoding="utf-8").strip() if LOGIN_FILE.exists() else ""
            if not saved or not user.check_password(saved):
                self.stdout.write(
                    f"Admin: {admin_url}  user '{username}' exists; set a new password with "
                    f"`.venv/bin/python manage.py changepassword {username}`."
                )
                return
            password = saved
        self.stdout.write(self.style.SUCCESS(f"Admin: {admin_url}  user: {username}  password: {password}"))
