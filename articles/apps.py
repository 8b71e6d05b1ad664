from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = _("Articles, FAQs and rights guidance")

    def ready(self):
        # Registers the models with django-reversion.
        from . import (
            cache_tags,
            versions,  # noqa: F401
        )

        cache_tags.register()
