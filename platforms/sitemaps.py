"""The platforms' part of sitemap.xml."""

from overdue_site.sitemaps import I18nSitemap

from .models import Platform


class PlatformSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Platform.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, platform):
        return platform.updated_at
