"""The platforms' part of sitemap.xml."""

from overdue_site.sitemaps import RecordSitemap

from .models import Platform


class PlatformSitemap(RecordSitemap):
    changefreq = "weekly"

    def items(self):
        return Platform.objects.published().order_by("pk").only("slug", "updated_at")
