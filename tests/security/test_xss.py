"""A corpus of XSS payloads put into every field that reaches a page: none may come out as executable markup."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from articles.models import Article, SiteText
from platforms.models import Source
from tests.factories import make_article, make_platform, make_site_text

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    '<a href="javascript:alert(1)">link</a>',
    '<a href="JaVaScRiPt:alert(1)">link</a>',
    '<a href="javascript&#58;alert(1)">link</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">link</a>',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="width: expression(alert(1))">styled</p>',
    '<div onmouseover="alert(1)">hover',
    "<b>unclosed <i>markup <scr<script>ipt>alert(1)</script>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "![img](javascript:alert(1))",
    "[ref][1]\n\n[1]: javascript:alert(1)",
    '<div markdown="1">\n<script>alert(1)</script>\n</div>',
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]
CORPUS = "\n\n".join(PAYLOADS)
# Plain-text fields have length limits; these carry the shortest dangerous payloads.
SHORT = '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>'

FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "style", "frame", "frameset", "applet", "base"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "background"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg")


class Inspector(HTMLParser):
    """Collects what a browser would treat as executable: tags, event handlers, style attributes, script URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_data_block = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and attributes.get("type") == "application/ld+json" and "src" not in attributes:
            self.in_data_block = True  # a JSON data block (structured data), not executed
        elif tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=>")
            if name == "style":
                self.problems.append(f"<{tag} style=>")
            if name in URL_ATTRIBUTES and value:
                normalised = re.sub(r"[\x00-\x20]", "", value).lower()
                if normalised.startswith(DANGEROUS_SCHEMES):
                    self.problems.append(f"<{tag} {name}={value!r}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_data_block = False

    def handle_data(self, data):
        if self.in_data_block and "<" in data:
            self.problems.append(f"markup inside a JSON data block: {data[:80]!r}")


LD_JSON = re.compile(r"<script type=\"application/ld\+json\">.*?</script>", re.S)


def assert_no_executable_markup(html: str):
    inspector = Inspector()
    inspector.feed(html)
    inspector.close()
    assert inspector.problems == []
    # Belt and braces: no literal "<script" at all outside structured-data blocks, however mangled the markup.
    assert "<script" not in LD_JSON.sub("", html).lower()


LANGUAGES = ("zh_hans", "zh_hant", "en")


def fill(obj, **fields):
    """Put the value into every language of each field, then save (the Traditional field is not left empty)."""
    for field, value in fields.items():
        for language in LANGUAGES:
            setattr(obj, f"{field}_{language}", value)
    obj.save()


@pytest.fixture
def hostile(db):
    platform = make_platform(slug="hostile", stages=[(1, 10, False), (11, None, True)], sources=[(1, 30)])
    fill(platform, name=SHORT, aliases=SHORT, summary=SHORT, body=CORPUS)
    for stage in platform.stages.all():
        fill(stage, title=SHORT, description=CORPUS)
    for source in Source.objects.filter(platform=platform):
        fill(source, title=SHORT, note=CORPUS)
    article = make_article(
        kind=Article.Kind.FAQ, platforms=[platform], questions=[("问题", "回答"), ("问题二", "回答")]
    )
    fill(article, title=SHORT, body=CORPUS, intro=CORPUS, summary=CORPUS)
    for question in article.questions.all():
        fill(question, question=SHORT, answer=CORPUS)
    fill(article.category, name=SHORT, description=CORPUS)
    for key in SiteText.Key.values:
        fill(make_site_text(key), title=SHORT, body=CORPUS)
    return platform, article


def pages(platform, article, language):
    return [
        article.get_absolute_url(),
        article.category.get_absolute_url(),
        f"/{language}/platforms/{platform.slug}/",
        f"/{language}/platforms/",
        f"/{language}/lookup/?platform={platform.slug}&days_overdue=5",
        f"/{language}/lookup/?platform={platform.slug}&days_overdue=20",
        f"/{language}/faq/",
        f"/{language}/",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "zh-hant", "en"])
def test_no_payload_survives_on_any_page(client, hostile, language):
    platform, article = hostile
    from django.utils import translation

    with translation.override(language):
        urls = [url for url in pages(platform, article, language) if url]
    checked = 0
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_no_executable_markup(html)
        checked += 1
    assert checked >= 7


@pytest.mark.django_db
def test_payloads_actually_reach_the_pages(client, hostile):
    """Guard against a vacuous pass: the escaped payloads are visible as text on the pages."""
    platform, article = hostile
    article_html = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article_html  # the title, escaped
    platform_html = client.get(f"/zh-hans/platforms/{platform.slug}/").content.decode()
    assert "&lt;script&gt;" in platform_html
    lookup_html = client.get(f"/zh-hans/lookup/?platform={platform.slug}&days_overdue=5").content.decode()
    assert "&lt;script&gt;" in lookup_html
    assert "rules-text" in lookup_html  # the contact-rules site text is shown beside the result


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "platform=<script>alert(1)</script>&days_overdue=5",
        'platform="><script>alert(1)</script>&days_overdue=5',
        "platform='><img src=x onerror=alert(1)>&days_overdue=5",
        "platform=jiebei&days_overdue=<script>alert(1)</script>",
        'platform=jiebei&due_date="><svg onload=alert(1)>',
        "platform=javascript:alert(1)&days_overdue=5",
    ],
)
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_lookup_query_is_escaped_when_reflected(client, db, hostile, query, language):
    url = reverse("platforms:lookup").replace("/zh-hans/", f"/{language}/") + "?" + query
    response = client.get(url, follow=True)
    assert response.status_code in (200, 400)
    assert_no_executable_markup(response.content.decode())


@pytest.mark.parametrize("payload", [p for p in PAYLOADS if p.lstrip().startswith(("<", '"', "'"))])
def test_the_inspector_catches_each_raw_payload(payload):
    """The checker is not vacuous: every HTML payload, left unescaped, is reported."""
    with pytest.raises(AssertionError):
        assert_no_executable_markup(f"<p>{payload}</p>")


@pytest.mark.django_db
def test_source_addresses_only_ever_link_to_web_pages(client):
    platform = make_platform("linked", stages=[(1, 3, True)])
    Source.objects.create(platform=platform, title_zh_hans="坏链接", url="javascript:alert(1)")
    Source.objects.create(platform=platform, title_zh_hans="好链接", url="https://example.org/a")
    html = client.get("/zh-hans/platforms/linked/").content.decode()
    assert "javascript:" not in html
    assert 'href="https://example.org/a"' in html
