from django.urls import path

from . import views

app_name = "rights"

urlpatterns = [
    path("complaint-channels/", views.complaint_channels, name="complaint_channels"),
    path("letters/", views.letter_helper, name="letters"),
]
