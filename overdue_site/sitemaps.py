"""sitemap.xml: every public page in each language it exists in, with hreflang alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article, Category
from platforms.models import Platform

ALL_LANGUAGES = [code for code, _name in settings.LANGUAGES]


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


class PlatformSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Platform.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, platform):
        return platform.updated_at


class ArticleSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.published().order_by("pk").only("pk", "slug", "updated_at", "title_en")

    def get_languages_for_item(self, article):
        # English pages of untranslated articles show Chinese text: keep them out of search engines' English index.
        return [code for code in ALL_LANGUAGES if code != "en" or article.has_translation("en")]

    def lastmod(self, article):
        return article.updated_at


class CategorySitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Category.objects.order_by("pk").only("slug")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "platforms": PlatformSitemap,
    "articles": ArticleSitemap,
    "categories": CategorySitemap,
}
