import pytest

from tests.factories import make_article, make_platform


@pytest.mark.django_db
def test_sitemap_lists_each_language_with_alternates(client):
    platform = make_platform(slug="zhihuixing")
    make_platform(slug="draft-platform", published=False)
    english = make_article(title_en="In English")
    chinese_only = make_article(title_en="")
    make_article(title_en="Draft", published=False)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
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
