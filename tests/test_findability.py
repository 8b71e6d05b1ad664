"""Feeds, canonical addresses, Open Graph / Twitter tags and schema.org JSON-LD."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_category, make_platform

LANGUAGES = ("zh-hans", "zh-hant", "en")
OG_LOCALES = {"zh-hans": "zh_CN", "zh-hant": "zh_TW", "en": "en_US"}
ATOM = "{http://www.w3.org/2005/Atom}"
PAYLOAD = "</script><script>alert(1)</script>"


class HeadParser(HTMLParser):
    """Collects <link>, <meta> and the raw text of every JSON-LD script."""

    def __init__(self):
        super().__init__()
        self.links, self.metas, self.json_ld, self.scripts = [], [], [], []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            self.metas.append(attrs)
        elif tag == "script":
            self.scripts.append(attrs)
            self._in_json_ld = attrs.get("type") == "application/ld+json"
            if self._in_json_ld:
                self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def parse_xml(content: bytes) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 - our own feed, in a test


def parse(response) -> HeadParser:
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def meta(parser, key):
    values = [m.get("content") for m in parser.metas if m.get("property") == key or m.get("name") == key]
    assert len(values) == 1, key
    return values[0]


def canonical(parser):
    hrefs = [link["href"] for link in parser.links if link.get("rel") == "canonical"]
    assert len(hrefs) == 1
    return hrefs[0]


def json_ld(parser) -> dict[str, dict]:
    blocks = {}
    for text in parser.json_ld:
        data = json.loads(text)
        assert data["@context"] == "https://schema.org"
        blocks[data["@type"]] = data
    # Nothing but JSON-LD data blocks may be inline scripts.
    assert all(script.get("type") == "application/ld+json" for script in parser.scripts)
    return blocks


def assert_social_tags(parser, language, url, og_type="website"):
    assert canonical(parser) == url
    assert meta(parser, "og:url") == url
    assert meta(parser, "og:type") == og_type
    assert meta(parser, "og:locale") == OG_LOCALES[language]
    assert meta(parser, "og:site_name")
    assert meta(parser, "og:title")
    assert meta(parser, "og:description") == meta(parser, "description")
    assert meta(parser, "twitter:card") == "summary_large_image"
    assert meta(parser, "og:image").startswith("http://testserver/static/img/share")
    assert meta(parser, "theme-color") == "#1d4f91"
    assert meta(parser, "twitter:title") == meta(parser, "og:title")
    assert meta(parser, "twitter:description") == meta(parser, "description")


def assert_breadcrumbs(data, last_url):
    assert data["@type"] == "BreadcrumbList"
    items = data["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    for item in items:
        assert item["@type"] == "ListItem"
        assert item["name"]
        assert item["item"].startswith("http://testserver/")
    assert items[-1]["item"] == last_url


# Feeds ---------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_rss_feed_lists_published_articles_in_the_language(client, language):
    english = make_article(title="有英文", title_en="Has English", byline="编辑部")
    chinese_only = make_article(title="只有中文", title_en="")
    make_article(title="草稿", title_en="Draft", published=False)
    make_article(title="未来", title_en="Future", published_at=timezone.now() + datetime.timedelta(days=2))

    response = client.get(f"/{language}/feeds/articles.rss")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response.content).find("channel")
    items = channel.findall("item")
    links = [item.findtext("link") for item in items]
    titles = [item.findtext("title") for item in items]
    assert all(link.startswith(f"http://testserver/{language}/articles/") for link in links)
    assert "草稿" not in titles and "Draft" not in titles and "Future" not in titles and "未来" not in titles
    if language == "en":
        assert titles == ["Has English"]
    else:
        assert len(items) == 2
        assert f"/{language}/articles/{chinese_only.pk}-" in " ".join(links)
    first = next(item for item in items if f"/{english.pk}-" in item.findtext("link"))
    assert first.findtext("description") == ("Introduction" if language == "en" else first.findtext("description"))
    assert first.findtext("description")
    assert first.findtext("pubDate")


@pytest.mark.django_db
@pytest.mark.django_db
def test_rss_items_newest_first_limited_to_thirty(client):
    category = make_category()
    now = timezone.now()
    for day in range(32):
        make_article(
            title=f"文章{day}",
            title_en=f"Article {day}",
            category=category,
            published_at=now - datetime.timedelta(days=day + 1),
        )
    items = parse_xml(client.get("/zh-hans/feeds/articles.rss").content).find("channel").findall("item")
    assert [item.findtext("title") for item in items] == [f"文章{day}" for day in range(30)]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_atom_feed_has_updated_dates_and_absolute_links(client, language):
    article = make_article(title_en="In English")
    make_article(title="草稿", title_en="Draft", published=False)
    response = client.get(f"/{language}/feeds/articles.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert (
        entry.find(f"{ATOM}link").get("href") == f"http://testserver/{language}/articles/{article.pk}-{article.slug}/"
    )
    assert entry.findtext(f"{ATOM}updated")
    assert entry.findtext(f"{ATOM}published")
    assert entry.findtext(f"{ATOM}summary")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_link_to_the_feeds_of_their_language(client, language):
    parser = parse(client.get(f"/{language}/"))
    feeds = {link.get("type"): link["href"] for link in parser.links if link.get("rel") == "alternate"}
    assert feeds["application/rss+xml"] == f"/{language}/feeds/articles.rss"
    assert feeds["application/atom+xml"] == f"/{language}/feeds/articles.atom"


# Canonical, Open Graph and Twitter tags ----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_tags(client, language):
    parser = parse(client.get(f"/{language}/?utm_source=newsletter"))
    assert_social_tags(parser, language, f"http://testserver/{language}/")
    assert meta(parser, "description")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_article_page_tags_and_json_ld(client, language):
    article = make_article(
        title="逾期了怎么办",
        title_en="What to do when overdue",
        byline="李编辑",
        questions=[("会打给家人吗？", "**可能**会。\n\n- 第一\n- 第二")],
    )
    url = f"http://testserver/{language}{article.get_absolute_url()[len('/zh-hans') :]}"
    parser = parse(client.get(url + "?fbclid=abc"))
    assert_social_tags(parser, language, url, og_type="article")
    assert meta(parser, "description") == ("Introduction" if language == "en" else meta(parser, "description"))
    blocks = json_ld(parser)
    assert set(blocks) == {"Article", "BreadcrumbList", "FAQPage"}

    data = blocks["Article"]
    assert (
        data["headline"]
        == {"zh-hans": "逾期了怎么办", "zh-hant": "逾期了怎么办", "en": "What to do when overdue"}[language]
    )
    datetime.datetime.fromisoformat(data["datePublished"])
    datetime.datetime.fromisoformat(data["dateModified"])
    assert data["inLanguage"] == {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant", "en": "en"}[language]
    assert data["author"]["@type"] == "Person" and data["author"]["name"] in ("李编辑", "李編輯")
    assert data["publisher"]["@type"] == "Organization" and data["publisher"]["name"]
    assert data["mainEntityOfPage"]["@id"] == url

    assert_breadcrumbs(blocks["BreadcrumbList"], url)
    assert len(blocks["BreadcrumbList"]["itemListElement"]) == 4

    questions = blocks["FAQPage"]["mainEntity"]
    assert len(questions) == 1
    question = questions[0]
    assert question["@type"] == "Question"
    assert question["name"] == ("Question 1" if language == "en" else "会打给家人吗？")
    assert question["acceptedAnswer"]["@type"] == "Answer"
    expected = "Answer 1" if language == "en" else "可能会。 第一 第二"
    assert question["acceptedAnswer"]["text"] == expected


@pytest.mark.django_db
def test_article_without_byline_or_questions(client):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(intro_zh_hans="", summary_zh_hans="很长的总结" * 50)
    parser = parse(client.get(article.get_absolute_url()))
    blocks = json_ld(parser)
    assert set(blocks) == {"Article", "BreadcrumbList"}
    assert blocks["Article"]["author"]["@type"] == "Organization"
    description = meta(parser, "description")
    assert description.startswith("很长的总结") and len(description) <= 160


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_script_payloads_cannot_leave_the_json_ld_block(client, language):
    article = make_article(
        title=PAYLOAD, title_en=PAYLOAD, title_hant=PAYLOAD, questions=[(PAYLOAD, PAYLOAD)], byline=PAYLOAD
    )
    article.questions.update(question_en=PAYLOAD, answer_en=PAYLOAD)
    response = client.get(f"/{language}{article.get_absolute_url()[len('/zh-hans') :]}")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    parser = parse(response)
    blocks = json_ld(parser)
    assert blocks["Article"]["headline"] == PAYLOAD
    assert blocks["FAQPage"]["mainEntity"][0]["name"] == PAYLOAD
    assert blocks["BreadcrumbList"]["itemListElement"][-1]["name"] == PAYLOAD
    for text in parser.json_ld:
        assert "<" not in text and ">" not in text and "&" not in text


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_platform_page_tags(client, language):
    platform = make_platform(slug="zhihuixing")
    url = f"http://testserver/{language}/platforms/zhihuixing/"
    parser = parse(client.get(url + "?utm_medium=x"))
    assert_social_tags(parser, language, url)
    assert meta(parser, "description") == {"zh-hans": "简介", "zh-hant": "簡介", "en": "Summary"}[language]
    blocks = json_ld(parser)
    assert set(blocks) == {"BreadcrumbList"}
    assert_breadcrumbs(blocks["BreadcrumbList"], url)
    names = {"zh-hans": platform.name_zh_hans, "zh-hant": platform.name_zh_hant, "en": platform.name_en}
    assert blocks["BreadcrumbList"]["itemListElement"][-1]["name"] == names[language]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_lookup_result_keeps_the_question_in_its_canonical_url(client, language):
    make_platform(slug="zhihuixing", stages=[(1, 10, False), (11, None, True)])
    response = client.get(f"/{language}/lookup/?platform=zhihuixing&days_overdue=5&utm_source=x&gclid=y")
    parser = parse(response)
    url = canonical(parser)
    assert url.startswith(f"http://testserver/{language}/lookup/?")
    assert "platform=zhihuixing" in url and "days_overdue=5" in url
    assert "utm_source" not in url and "gclid" not in url
    assert_social_tags(parser, language, url)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_paged_category_page_keeps_its_page_number(client, language):
    category = make_category(slug="calls")
    for number in range(25):
        make_article(title=f"文章{number}", title_en=f"Article {number}", category=category, kind=Article.Kind.FAQ)
    base = f"http://testserver/{language}/categories/calls/"
    parser = parse(client.get(f"/{language}/categories/calls/?page=2&utm_campaign=z"))
    assert_social_tags(parser, language, base + "?page=2")
    assert_breadcrumbs(json_ld(parser)["BreadcrumbList"], base)
    assert canonical(parse(client.get(f"/{language}/categories/calls/?page=1"))) == base


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["faq/", "rights/", "guides/", "platforms/"])
def test_index_pages_have_breadcrumb_json_ld(client, language, path):
    url = f"http://testserver/{language}/{path}"
    parser = parse(client.get(url))
    assert_social_tags(parser, language, url)
    assert_breadcrumbs(json_ld(parser)["BreadcrumbList"], url)


def test_titles_with_markup_are_escaped_once_in_tags(client, db):
    make_article(title="A & B <i>", title_en="A & B <i>")
    article = Article.objects.get()
    html = client.get(article.get_absolute_url()).content.decode()
    assert re.search(r'<meta property="og:title" content="A &amp; B &lt;i&gt; · ', html)
    assert "&amp;amp;" not in html
