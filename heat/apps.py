from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HeatConfig(AppConfig):
    name = "heat"
    verbose_name = _("View counts")
