from django.urls import path

from . import lookup_views, views

app_name = "platforms"

urlpatterns = [
    path("platforms/", views.platform_list, name="list"),
    path("platforms/<slug:slug>/", views.platform_detail, name="detail"),
    path("lookup/", lookup_views.lookup, name="lookup"),
]
