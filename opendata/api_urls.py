from django.urls import path

from . import api

app_name = "opendata_api"

urlpatterns = [
    path("data/platforms/", api.platforms, name="platforms"),
    path("data/rules/", api.rules, name="rules"),
    path("calendar.ics", api.calendar, name="calendar"),
]
