"""RSS and Atom feeds of newly published articles, in the language of the URL they are requested at."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from .models import Article

FEED_LIMIT = 30


class LatestArticlesFeed(Feed):
    title = settings.SITE_NAME
    description = _(
        "Plain-language information on what happens after a missed loan payment in mainland China: collection "
        "stages, when emergency contacts are called, and your rights."
    )

    def link(self):
        return reverse("home")

    def items(self):
        # English feeds list only articles written in English; the Chinese feeds list everything published.
        return Article.objects.published().in_language().for_listing().order_by("-published_at", "-pk")[:FEED_LIMIT]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Feed readers treat descriptions as HTML; the intro is plain text, so escape it to keep it text.
        return escape(item.intro or item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or None


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description
