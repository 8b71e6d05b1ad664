from django.urls import path

from . import views

urlpatterns = [
    path("healthz", views.healthz),
    path("items/<int:pk>/", views.item_page, name="item"),
]
