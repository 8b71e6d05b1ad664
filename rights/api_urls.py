from django.urls import path

from . import api

app_name = "rights_api"

urlpatterns = [
    path("call-check/", api.call_check, name="call_check"),
]
