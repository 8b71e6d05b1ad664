"""``{% article_list articles show_kind=True empty_text=… %}``: the short lists of articles on index, category,
article, platform, home and search pages; ``{% article_groups groups compact=True %}``: such lists under headings
(categories or platforms, ``articles.selectors.Group``) on the FAQ index.

Rendered here rather than by a template: a list page shows dozens of these cards, and Django's template engine
spends about as long on each as on a whole database query. The markup is that of a card list (``card-list``): the
title linked, a line with the kind (optional), the publish and review dates, and the start of the introduction.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from overdue_site.templatetags.dates import whole_date
from overdue_site.templatetags.site import excerpt

register = template.Library()
EXCERPT_LENGTH = 120


@register.simple_tag
def article_list(articles, show_kind=False, empty_text="") -> SafeString:
    if not articles:
        return format_html('<p class="empty">{}</p>', empty_text or gettext("Nothing has been published here yet."))
    cards = format_html_join("\n", "{}", ((_card(article, show_kind),) for article in articles))
    return format_html('<ul class="card-list">\n{}\n</ul>', cards)


@register.simple_tag
def article_groups(groups, compact=False) -> SafeString:
    """Each group as a section with its heading linked; compact: only the titles, for a second grouping of articles
    the page already shows in full."""
    return format_html_join("\n", "{}", ((_group(group, compact),) for group in groups))


def _group(group, compact: bool) -> SafeString:
    if compact:
        links = format_html_join(
            "", '<li><a href="{}">{}</a></li>', ((item.get_absolute_url(), item.title) for item in group.articles)
        )
        articles = format_html('<ul class="link-list">{}</ul>', links)
    else:
        articles = article_list(group.articles)
    return format_html(
        '<section class="group" id="{}">\n  <h3><a href="{}">{}</a></h3>\n  {}\n</section>',
        group.anchor,
        group.key.get_absolute_url(),
        group.key.name,
        articles,
    )


def _card(article, show_kind: bool) -> SafeString:
    # The translated sentences come from the catalogues (trusted text); the dates are HTML built by whole_date.
    meta = [gettext("Published %(date)s") % {"date": whole_date(article.published_at)}]
    if article.last_reviewed:
        meta.append(gettext("Last reviewed %(date)s") % {"date": whole_date(article.last_reviewed)})
    badge = format_html('<span class="badge">{}</span> ', article.get_kind_display()) if show_kind else ""
    intro = article.intro
    return format_html(
        '  <li>\n    <a href="{}">{}</a>\n    <p class="meta">{}{}</p>{}\n  </li>',
        article.get_absolute_url(),
        article.title,
        badge,
        mark_safe(" · ".join(meta)),  # noqa: S308 - catalogue text and whole_date's HTML
        format_html('\n    <p class="excerpt">{}</p>', excerpt(intro, EXCERPT_LENGTH)) if intro else "",
    )
