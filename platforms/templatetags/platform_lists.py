"""``{% platform_cards platforms %}``: the cards of the platform list page (``card-list``), one per platform.

Rendered here rather than by a template, like ``articles.templatetags.article_lists``: the list shows every published
platform (a hundred and more), and Django's template engine spends about as long on each card as on a database query.
A card: the name linked, a line with the kind and the review date, and the platform's short description.
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from overdue_site.templatetags.dates import whole_date
from platforms.models import Platform

register = template.Library()


@register.simple_tag
def platform_cards(platforms) -> SafeString:
    """The platforms as a card list; nothing for no platforms (the page says so in its own words)."""
    if not platforms:
        return mark_safe("")
    # What get_kind_display() gives, translated once per list instead of once per card.
    kinds = {value: str(label) for value, label in Platform.Kind.choices}
    cards = format_html_join("\n", "{}", ((_card(platform, kinds),) for platform in platforms))
    return format_html('<ul class="card-list">\n{}\n</ul>', cards)


def _card(platform: Platform, kinds: dict[str, str]) -> SafeString:
    reviewed = ""
    if platform.last_reviewed:
        # Catalogue text (trusted, as in {% blocktranslate %}) around the HTML that whole_date builds.
        reviewed = mark_safe(  # noqa: S308
            "\n      · " + gettext("Last reviewed %(date)s") % {"date": whole_date(platform.last_reviewed)}
        )
    summary = platform.summary
    return format_html(
        '  <li>\n    <a href="{}">{}</a>\n    <p class="meta"><span class="badge">{}</span>{}</p>{}\n  </li>',
        platform.get_absolute_url(),
        platform.name,
        kinds.get(platform.kind, platform.kind),
        reviewed,
        format_html('\n    <p class="excerpt">{}</p>', summary) if summary else "",
    )
