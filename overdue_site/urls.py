from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("language/<str:language>/", views.switch_language, name="switch_language"),
    path("api/", include("platforms.api_urls")),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("", include("platforms.urls")),
    path("", include("articles.urls")),
    prefix_default_language=True,
)

handler404 = "overdue_site.views.page_not_found"
handler500 = "overdue_site.views.server_error"
