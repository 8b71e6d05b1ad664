"""``{% article_list %}`` and ``{% article_groups %}``: cards and grouped lists built in Python, each text escaped once."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from articles import selectors
from articles.models import Article
from tests.factories import make_article, make_category, make_platform

pytestmark = pytest.mark.django_db

PUBLISHED_AT = timezone.make_aware(datetime.datetime(2026, 10, 5, 12))


def render(source: str, **context) -> str:
    return Template("{% load article_lists %}" + source).render(Context(context))


def test_a_card_links_the_article_and_shows_kind_dates_and_introduction():
    category = make_category(slug="calls", name_en="Calls")
    article = make_article(title_en="Calls at night", category=category, published_at=PUBLISHED_AT)
    with translation.override("en"):
        html = render("{% article_list articles show_kind=True %}", articles=list(selectors.listed_articles()))
    assert html == (
        '<ul class="card-list">\n'
        "  <li>\n"
        f'    <a href="/en/articles/{article.pk}-{article.slug}/">Calls at night</a>\n'
        '    <p class="meta"><span class="badge">FAQ</span> Published <time class="date" datetime="2026-10-05">'
        '5 October 2026</time> · Last reviewed <time class="date" datetime="2026-11-01">1 November 2026</time></p>\n'
        '    <p class="excerpt">Introduction</p>\n'
        "  </li>\n"
        "</ul>"
    )


def test_texts_are_escaped_once_and_an_empty_list_says_so():
    category = make_category(name_en="Tom & <Jerry>")
    platform = make_platform(slug="quoted", name_en='"Quoted" <b>')
    make_article(title_en="<script>x</script>", category=category, platforms=[platform])
    Article.objects.update(intro_en="A & B")
    with translation.override("en"):
        page = selectors.index_page(selectors.faq_articles(), 1, "faq")
        by_category, by_platform = selectors.faq_groups(list(page.object_list))
        html = render(
            "{% article_groups by_category %}{% article_groups by_platform compact=True %}"
            "{% article_list none empty_text=empty_text %}",
            by_category=by_category,
            by_platform=by_platform,
            none=[],
            empty_text="Nothing here & there",
        )
    assert html.count("&lt;script&gt;x&lt;/script&gt;</a>") == 2  # the card and the platform's link
    assert '<p class="excerpt">A &amp; B</p>' in html
    assert ">Tom &amp; &lt;Jerry&gt;</a></h3>" in html
    assert ">&quot;Quoted&quot; &lt;b&gt;</a></h3>" in html
    assert html.endswith('<p class="empty">Nothing here &amp; there</p>')


def test_a_card_shows_the_publish_date_in_mainland_china_as_the_article_page_does(client):
    # 02:00 in Asia/Shanghai is still the day before in UTC, as the database keeps it.
    early = timezone.make_aware(datetime.datetime(2026, 10, 5, 2))
    article = make_article(title_en="Early", published_at=early)
    with translation.override("en"):
        html = render("{% article_list articles %}", articles=list(selectors.listed_articles()))
    assert '<time class="date" datetime="2026-10-05">5 October 2026</time>' in html
    page = client.get(article.get_absolute_url().replace("/zh-hans/", "/en/")).content.decode()
    assert '<time class="date" datetime="2026-10-05">5 October 2026</time>' in page
