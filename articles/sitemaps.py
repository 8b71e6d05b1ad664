"""The articles' and categories' part of sitemap.xml."""

from django.conf import settings

from overdue_site.sitemaps import I18nSitemap, RecordSitemap

from .models import Article, Category

ALL_LANGUAGES = [code for code, _name in settings.LANGUAGES]


class ArticleSitemap(RecordSitemap):
    changefreq = "weekly"

    def items(self):
        return Article.objects.published().order_by("pk").only("pk", "slug", "updated_at", "title_en")

    def items_in(self, language, records):
        # English pages of untranslated articles show Chinese text: keep them out of search engines' English index.
        return records.in_language(language)

    def get_languages_for_item(self, article):
        return [code for code in ALL_LANGUAGES if code != "en" or article.has_translation("en")]


class CategorySitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Category.objects.order_by("pk").only("slug")
