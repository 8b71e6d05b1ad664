from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.cache import cache_page

from . import seo, views
from .sitemaps import SITEMAPS

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("language/<str:language>/", views.switch_language, name="switch_language"),
    path("api/", include("platforms.api_urls")),
    path("sitemap.xml", cache_page(60 * 15)(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("platforms.urls")),
    path("", include("articles.urls")),
    prefix_default_language=True,
)

handler404 = "overdue_site.views.page_not_found"
handler500 = "overdue_site.views.server_error"
