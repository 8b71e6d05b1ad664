from django.urls import path

from .views import stale_content_admin_view

urlpatterns = [path("stale-content/", stale_content_admin_view, name="stale_content")]
