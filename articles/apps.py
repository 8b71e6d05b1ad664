from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = _("Articles, FAQs and rights guidance")

    def ready(self):
        from . import (
            blocks,
            cache_tags,
            versions,  # noqa: F401 - registers the models with django-reversion
        )

        cache_tags.register()  # which cached pages a change retires
        blocks.register()  # the articles about a platform, on its page
