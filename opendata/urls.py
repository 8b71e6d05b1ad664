from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("data/", views.index, name="index"),
    path("data/<slug:name>.csv", views.download_csv, name="csv"),
    path("data/<slug:name>.json", views.download_json, name="json"),
]
