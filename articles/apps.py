from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = _("Articles, FAQs and rights guidance")

    def ready(self):
        # site_texts connects the cache-invalidation signals; versions registers the models with django-reversion.
        from . import site_texts, versions  # noqa: F401
