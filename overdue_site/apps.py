from django.apps import AppConfig


class OverdueSiteConfig(AppConfig):
    name = "overdue_site"
    verbose_name = "Overdue Guide"
