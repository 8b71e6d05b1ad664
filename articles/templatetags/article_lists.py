"""``{% article_list articles show_kind=True empty_text=… %}``: the short lists of articles on index, category,
article, platform, home and search pages; ``{% article_groups groups compact=True %}``: such lists under headings
(categories or platforms, ``articles.selectors.Group``) on the FAQ index.

Rendered here rather than by a template: a list page shows dozens of these cards, and Django's template engine
spends about as long on each as on a whole database query. The markup is that of a card list (``card-list``): the
title linked, a line with the kind (optional), the publish and review dates, and the start of the introduction.

The HTML is put together as plain strings and marked safe as a whole. Each value (a text or an address, never HTML)
is escaped once, by the standard library's html.escape that Django's escape() wraps: format_html() escaped every
argument again at every level of nesting, through Django's checks for lazy strings, and took half of the time the
FAQ index spent drawing its groups.
"""

from html import escape

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from overdue_site.templatetags.dates import whole_date
from overdue_site.templatetags.site import excerpt

register = template.Library()

EXCERPT_LENGTH = 120


@register.simple_tag
def article_list(articles, show_kind=False, empty_text="") -> SafeString:
    if not articles:
        # empty_text may be HTML already: {% translate … as empty_text %} escapes what it stores.
        return format_html('<p class="empty">{}</p>', empty_text or gettext("Nothing has been published here yet."))
    return mark_safe(_card_list(articles, show_kind))  # noqa: S308 - escaped value by value


@register.simple_tag
def article_groups(groups, compact=False) -> SafeString:
    """Each group as a section with its heading linked; compact: only the titles, for a second grouping of articles
    the page already shows in full."""
    return mark_safe("\n".join(_group(group, compact) for group in groups))  # noqa: S308 - escaped value by value


def _group(group, compact: bool) -> str:
    if compact:
        links = "".join(
            f'<li><a href="{escape(article.get_absolute_url())}">{escape(article.title)}</a></li>'
            for article in group.articles
        )
        articles = f'<ul class="link-list">{links}</ul>'
    else:
        articles = _card_list(group.articles, show_kind=False)
    return (
        f'<section class="group" id="{escape(group.anchor)}">\n'
        f'  <h3><a href="{escape(group.key.get_absolute_url())}">{escape(group.key.name)}</a></h3>\n'
        f"  {articles}\n"
        "</section>"
    )


def _card_list(articles, show_kind: bool) -> str:
    # The sentences around the dates are translated once per list; they come from the catalogues (trusted text, as
    # in {% blocktranslate %}), and the dates are HTML built by whole_date.
    published, reviewed = gettext("Published %(date)s"), gettext("Last reviewed %(date)s")
    cards = "\n".join(_card(article, show_kind, published, reviewed) for article in articles)
    return f'<ul class="card-list">\n{cards}\n</ul>'


def _card(article, show_kind: bool, published: str, reviewed: str) -> str:
    meta = published % {"date": whole_date(article.published_at)}
    if article.last_reviewed:
        meta += " · " + reviewed % {"date": whole_date(article.last_reviewed)}
    badge = f'<span class="badge">{escape(article.get_kind_display())}</span> ' if show_kind else ""
    intro = article.intro
    excerpt_html = f'\n    <p class="excerpt">{escape(excerpt(intro, EXCERPT_LENGTH))}</p>' if intro else ""
    return (
        f'  <li>\n    <a href="{escape(article.get_absolute_url())}">{escape(article.title)}</a>\n'
        f'    <p class="meta">{badge}{meta}</p>{excerpt_html}\n  </li>'
    )
