import pytest

from articles.models import Article
from overdue_site.sitemaps import I18nSitemap, InEachLanguage
from tests.factories import make_article, make_platform
from tests.pages import page, sitemaps


@pytest.mark.django_db
def test_sitemap_lists_each_language_with_alternates(client):
    platform = make_platform(slug="zhihuixing")
    make_platform(slug="draft-platform", published=False)
    english = make_article(title_en="In English")
    chinese_only = make_article(title_en="")
    make_article(title_en="Draft", published=False)

    xml = sitemaps(client)
    for language in ("zh-hans", "zh-hant", "en"):
        assert f"/{language}/platforms/{platform.slug}/</loc>" in xml
        assert f"/{language}/{english.get_absolute_url()[len('/zh-hans/') :]}" in xml
    assert 'hreflang="zh-Hant"' in xml or 'hreflang="zh-hant"' in xml
    assert 'hreflang="x-default"' in xml
    assert "draft-platform" not in xml
    chinese_path = chinese_only.get_absolute_url()[len("/zh-hans/") :]
    assert f"/zh-hans/{chinese_path}</loc>" in xml
    assert f"/en/{chinese_path}</loc>" not in xml
    assert "<lastmod>" in xml
    for tool in ("complaint-channels/", "letters/", "privacy/"):
        assert f"/en/{tool}</loc>" in xml


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


@pytest.mark.django_db
def test_the_sitemap_is_an_index_of_pages_within_the_protocols_limit(client, monkeypatch):
    monkeypatch.setattr(I18nSitemap, "limit", 4)
    articles = [make_article(title_en=f"Article {number}" if number % 2 else "") for number in range(7)]
    index = page(client, "/sitemap.xml")
    # 7 articles in Chinese twice and 3 in English: 17 addresses, 4 to a page.
    assert index.count("/sitemap-articles.xml") == 5
    assert "/sitemap-articles.xml?p=5</loc>" in index and "<lastmod>" in index
    xml = sitemaps(client)
    for article in articles:
        path = article.get_absolute_url()[len("/zh-hans/") :]
        for language in ("zh-hans", "zh-hant", "en") if article.title_en else ("zh-hans", "zh-hant"):
            assert xml.count(f"/{language}/{path}</loc>") == 1, (language, path)
        if not article.title_en:
            assert f"/en/{path}</loc>" not in xml
    assert page(client, "/sitemap-articles.xml?p=6", status=404)
    # The protocol allows 50,000 addresses in a sitemap.
    assert I18nSitemap.limit <= 50_000


@pytest.mark.django_db
def test_the_pairs_of_a_sitemap_read_as_a_list_language_by_language():
    first, second = make_article(title_en="One"), make_article(title_en="")
    records = Article.objects.order_by("pk")
    pairs = InEachLanguage({"zh-hans": records, "en": records.filter(title_en__gt="")})
    expected = [(first, "zh-hans"), (second, "zh-hans"), (first, "en")]
    assert len(pairs) == 3
    assert list(pairs) == expected
    assert pairs[1:3] == expected[1:3] and pairs[-1] == expected[-1]
    with pytest.raises(IndexError):
        pairs[3]
