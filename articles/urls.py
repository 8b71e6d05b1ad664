from django.urls import path

from . import feeds, views

app_name = "articles"

urlpatterns = [
    path("articles/<int:pk>-<slug:slug>/", views.article_detail, name="detail"),
    path("articles/<int:pk>/", views.article_detail, name="detail_no_slug"),
    path("faq/", views.faq_index, name="faq_index"),
    path("rights/", views.rights_index, name="rights_index"),
    path("guides/", views.guide_index, name="guide_index"),
    path("categories/<slug:slug>/", views.category_detail, name="category"),
    path("feeds/articles.rss", feeds.LatestArticlesFeed(), name="feed_rss"),
    path("feeds/articles.atom", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
]
