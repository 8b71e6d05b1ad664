from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlatformsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "platforms"
    verbose_name = _("Platforms and collection timelines")

    def ready(self):
        from . import (
            cache_tags,
            versions,  # noqa: F401 - registers the models with django-reversion
        )

        cache_tags.register()
