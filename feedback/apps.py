from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "feedback"
    verbose_name = _("Reader feedback")

    def ready(self):
        from overdue_site import page_blocks

        from . import cache_tags, selectors

        cache_tags.register()  # which cached pages a change retires
        # Comments and readers' figures on the pages of other apps.
        page_blocks.provide("article", selectors.article_page)
        page_blocks.provide("platform", selectors.platform_page)
        page_blocks.provide("lookup", selectors.lookup_result)
        page_blocks.provide("api-lookup", selectors.api_lookup)
