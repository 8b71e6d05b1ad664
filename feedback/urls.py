from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("feedback/articles/<int:pk>/comment/", views.comment_on_article, name="comment_article"),
    path("feedback/articles/<int:pk>/comment/thanks/", views.comment_article_thanks, name="comment_article_thanks"),
    path("feedback/articles/<int:pk>/report/", views.report_article, name="report_article"),
    path("feedback/platforms/<slug:slug>/comment/", views.comment_on_platform, name="comment_platform"),
    path(
        "feedback/platforms/<slug:slug>/comment/thanks/", views.comment_platform_thanks, name="comment_platform_thanks"
    ),
    path("feedback/platforms/<slug:slug>/report/", views.report_platform, name="report_platform"),
    path("feedback/platforms/<slug:slug>/contact-day/", views.contact_day_report, name="contact_day"),
    path("feedback/platforms/<slug:slug>/contact-day/thanks/", views.contact_day_thanks, name="contact_day_thanks"),
    path("feedback/report/thanks/<str:token>/", views.report_thanks, name="report_thanks"),
    path("privacy/", views.privacy, name="privacy"),
]
