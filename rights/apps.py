from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "rights"
    verbose_name = _("Rights tools: complaint channels and letters")

    def ready(self):
        from . import cache_tags, versions  # noqa: F401 - versions registers the collection rules with django-reversion

        cache_tags.register()
