"""sitemap.xml: every public page in each language it exists in, with hreflang alternates. The apps add their
records' sitemaps (platforms.sitemaps, articles.sitemaps); overdue_site.urls puts them together."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "platforms:lookup",
            "platforms:list",
            "articles:faq_index",
            "articles:rights_index",
            "articles:guide_index",
            "rights:complaint_channels",
            "rights:letters",
            "rights:call_checker",
            "rights:rules",
            "opendata:index",
            "feedback:privacy",
        ]

    def location(self, item):
        return reverse(item)
