from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoContentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "demo_content"
    verbose_name = _("Demo content")
