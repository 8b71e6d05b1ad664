from django.urls import path

from . import api

app_name = "api"

urlpatterns = [
    path("lookup/", api.lookup, name="lookup"),
    path("platforms/", api.platforms, name="platforms"),
    path("openapi.yaml", api.openapi_description, name="openapi"),
]
