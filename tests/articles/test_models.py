import datetime

import pytest
from django.utils import timezone, translation

from articles.models import Article, make_slug
from overdue_site.markup import render_markdown
from tests.factories import make_article


@pytest.mark.django_db
def test_published_queryset_hides_drafts_and_future_articles():
    visible = make_article(published=True)
    make_article(published=False)
    make_article(published=True, published_at=timezone.now() + datetime.timedelta(hours=1))
    assert list(Article.objects.published()) == [visible]


@pytest.mark.django_db
def test_english_listing_only_shows_articles_written_in_english():
    english = make_article(title_en="Written in English")
    chinese_only = make_article(title_en="")
    with translation.override("en"):
        assert list(Article.objects.published().in_language()) == [english]
    with translation.override("zh-hant"):
        assert set(Article.objects.published().in_language()) == {english, chinese_only}
    assert chinese_only.has_translation("zh-hans")
    assert not chinese_only.has_translation("en")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("When will contacts be called?", "紧急联系人"), "when-will-contacts-be-called"),
        (("", "借呗逾期"), "jie-bei-yu-qi"),
        (("", ""), "article"),
        (("!!!", "？？"), "article"),
    ],
)
def test_slugs_are_ascii_and_readable(texts, expected):
    assert make_slug(*texts) == expected


@pytest.mark.django_db
def test_slug_is_made_on_save_and_url_carries_id_and_slug():
    article = make_article(title="借呗逾期", title_en="")
    assert article.slug == "jie-bei-yu-qi"
    with translation.override("en"):
        assert article.get_absolute_url() == f"/en/articles/{article.pk}-jie-bei-yu-qi/"


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "<svg onload=alert(1)>",
        '<p style="background:url(javascript:alert(1))">x</p>',
        "<iframe src=//evil></iframe>",
    ],
)
def test_markdown_output_is_sanitised(payload):
    html = render_markdown(payload).lower()
    for dangerous in ("<script", "onerror", "javascript:", "<svg", "onload", "style=", "<iframe"):
        assert dangerous not in html


def test_markdown_keeps_editor_formatting():
    html = render_markdown("## 标题\n\n- 一\n- 二\n\n**粗体** [链接](https://example.org)")
    assert "<h2>标题</h2>" in html
    assert "<li>一</li>" in html
    assert "<strong>粗体</strong>" in html
    assert 'href="https://example.org"' in html


def test_markdown_converter_reused_between_texts_carries_nothing_over():
    from overdue_site import markup

    first = markup.render_markdown("有脚注的段落。[^1]\n\n*[GB/T]: 国家推荐标准\n\n[^1]: 脚注内容。\n\nGB/T 45251")
    assert "脚注内容" in first and "<abbr" not in first  # abbr is not an allowed tag: its text stays, the tag goes
    second = markup.render_markdown("没有脚注的段落。GB/T")
    assert second == "<p>没有脚注的段落。GB/T</p>"


def test_each_thread_has_its_own_markdown_converter():
    import threading

    from overdue_site import markup

    seen = []
    thread = threading.Thread(target=lambda: seen.append(markup._converter()))
    thread.start()
    thread.join()
    assert seen[0] is not markup._converter()
    assert markup._converter() is markup._converter()
