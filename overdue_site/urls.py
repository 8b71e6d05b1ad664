from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path

from articles.sitemaps import ArticleSitemap, CategorySitemap
from articles.views import home
from platforms.sitemaps import PlatformSitemap

from . import health, seo, views
from .sitemaps import StaticPagesSitemap

# overdue_site's modules import no app: this file is the one place that puts the apps together.
SITEMAPS = {
    "pages": StaticPagesSitemap,
    "platforms": PlatformSitemap,
    "articles": ArticleSitemap,
    "categories": CategorySitemap,
}

urlpatterns = [
    # Staff pages of the publishing workflow under the admin address (before the admin's catch-all).
    path(settings.ADMIN_URL, include("workflow.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("language/<str:language>/", views.switch_language, name="switch_language"),
    path("api/", include("platforms.api_urls")),
    path("api/", include("rights.api_urls")),
    path("api/", include("opendata.api_urls")),
    # An index of one sitemap per section, each in pages (overdue_site.sitemaps.ADDRESSES_PER_PAGE); cached by
    # overdue_site.page_cache with every other public page, so content edits show in them at once.
    path("sitemap.xml", sitemaps.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}, name="sitemap"),
    path("sitemap-<section>.xml", sitemaps.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("favicon.ico", seo.favicon_ico, name="favicon_ico"),
    path("healthz", health.healthz, name="healthz"),
]

urlpatterns += i18n_patterns(
    path("", home, name="home"),
    path("", include("platforms.urls")),
    path("", include("articles.urls")),
    path("", include("search.urls")),
    path("", include("rights.urls")),
    path("", include("feedback.urls")),
    path("", include("opendata.urls")),
    prefix_default_language=True,
)

handler404 = "overdue_site.views.page_not_found"
handler500 = "overdue_site.views.server_error"
