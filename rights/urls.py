from django.urls import path

from . import views

app_name = "rights"

urlpatterns = [
    path("complaint-channels/", views.complaint_channels, name="complaint_channels"),
    path("letters/", views.letter_helper, name="letters"),
    path("rules/", views.rules, name="rules"),
    path("call-checker/", views.call_checker, name="call_checker"),
]
