from django.apps import AppConfig


class OverdueSiteConfig(AppConfig):
    name = "overdue_site"
    verbose_name = "Overdue Guide"

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()
