"""sitemap.xml: an index of sitemaps listing every public page in each language it exists in, with hreflang
alternates. The apps add their records' sitemaps (platforms.sitemaps, articles.sitemaps); overdue_site.urls puts them
together."""

from collections.abc import Sequence

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse
from django.utils.functional import cached_property

# Addresses (a record in one language) in a page of a sitemap. The protocol allows 50,000; smaller pages render faster,
# one by one as search engines ask for them.
ADDRESSES_PER_PAGE = 2_000


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = ADDRESSES_PER_PAGE


class RecordSitemap(I18nSitemap):
    """A queryset's records (with an ``updated_at``), read one page at a time.

    Django's i18n sitemap builds every (record, language) pair for each page it draws and for the index: at 100,000
    articles, 2.5 s a request. Here the pairs are listed language by language (``items_in``), and a page reads only
    its own slice of each language's queryset.
    """

    def items_in(self, language: str, records):
        """Those of ``records`` (``items()``) that have a page in ``language`` (see ``get_languages_for_item``)."""
        return records

    @cached_property  # as Django's documentation suggests: the view asks for it more than once
    def paginator(self):
        languages = self.languages or [code for code, _name in settings.LANGUAGES]
        records = self.items()
        return Paginator(InEachLanguage({code: self.items_in(code, records) for code in languages}), self.limit)

    def lastmod(self, record):
        return record.updated_at

    def get_latest_lastmod(self):
        # Django's default calls lastmod() on every record: the whole table for one date.
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


class InEachLanguage(Sequence):
    """(record, language) pairs: every record of each language's queryset, language after language; a slice reads
    only the rows it holds."""

    def __init__(self, querysets: dict):
        self.querysets = querysets

    @cached_property
    def counts(self) -> dict[str, int]:
        counted = {}  # one count for languages that share a queryset
        for queryset in self.querysets.values():
            if id(queryset) not in counted:
                counted[id(queryset)] = queryset.count()
        return {language: counted[id(queryset)] for language, queryset in self.querysets.items()}

    def __len__(self) -> int:
        return sum(self.counts.values())

    def __getitem__(self, index):
        if not isinstance(index, slice):
            position = index + len(self) if index < 0 else index
            found = self[position : position + 1] if position >= 0 else []
            if not found:
                raise IndexError(index)
            return found[0]
        start, stop, _step = index.indices(len(self))
        pairs, offset = [], 0
        for language, queryset in self.querysets.items():
            count = self.counts[language]
            low, high = max(start - offset, 0), min(stop - offset, count)
            if low < high:
                pairs += [(record, language) for record in queryset[low:high]]
            offset += count
        return pairs


class StaticPagesSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "platforms:lookup",
            "platforms:list",
            "articles:faq_index",
            "articles:rights_index",
            "articles:guide_index",
            "rights:complaint_channels",
            "rights:letters",
            "rights:call_checker",
            "rights:rules",
            "opendata:index",
            "feedback:privacy",
        ]

    def location(self, item):
        return reverse(item)
