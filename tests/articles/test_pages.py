"""Public article pages: article detail, FAQ / rights / guide indexes and category pages, in all three languages."""

import datetime

import pytest
from django.utils import timezone, translation

from articles.models import Article
from tests.factories import make_article, make_category, make_platform
from tests.pages import page, query_count

LANGUAGES = ["zh-hans", "zh-hant", "en"]
QUERY_BUDGET = 8

pytestmark = pytest.mark.django_db


def url_in(language: str, obj) -> str:
    with translation.override(language):
        return obj.get_absolute_url()


# Article page ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "title", "intro"),
    [
        ("zh-hans", "借呗逾期会打给紧急联系人吗", "导语"),
        ("zh-hant", "借唄逾期會打給緊急聯繫人嗎", "導語"),
        ("en", "Will Jiebei call my emergency contacts?", "Introduction"),
    ],
)
def test_article_page_shows_everything_in_the_readers_language(client, language, title, intro):
    category = make_category(name="紧急联系人", name_en="Emergency contacts")
    platform = make_platform(name="借呗", name_en="Jiebei")
    article = make_article(
        "借呗逾期会打给紧急联系人吗",
        "Will Jiebei call my emergency contacts?",
        title_hant="借唄逾期會打給緊急聯繫人嗎",
        category=category,
        platforms=[platform],
        questions=[("第一个问题", "第一个回答"), ("第二个问题", "第二个回答")],
        byline_zh_hans="编辑部",
        byline_en="The editors",
    )
    html = page(client, url_in(language, article))
    assert f"<h1>{title}</h1>" in html
    assert intro in html
    assert f'href="{url_in(language, category)}"' in html
    assert f'href="{url_in(language, platform)}"' in html
    assert "This page has not been translated" not in html
    assert "<h2>" in html  # the Markdown body's heading became HTML
    if language == "en":
        assert "Jiebei" in html
        assert "Emergency contacts" in html
        assert "The editors" in html
        assert "Body text" in html and "Summary" in html
        assert "Question 1" in html and html.index("Question 1") < html.index("Question 2")
        assert "1 November 2026" in html  # last reviewed, as a date in English
        assert 'lang="en"' in html
    else:
        assert "正文" in html
        assert {"zh-hans": "总结", "zh-hant": "總結"}[language] in html
        assert html.index("第一个问题") < html.index("第二个问题")
        assert "2026年11月1日" in html


def test_article_without_slug_or_with_an_outdated_slug_is_redirected_permanently(client):
    article = make_article(title_en="Collection calls at night")
    canonical = url_in("en", article)
    assert canonical == f"/en/articles/{article.pk}-collection-calls-at-night/"
    for wrong in (f"/en/articles/{article.pk}/", f"/en/articles/{article.pk}-old-title/"):
        response = client.get(wrong)
        assert response.status_code == 301
        assert response["Location"] == canonical
    response = client.get(f"/zh-hans/articles/{article.pk}/?from=share")
    assert response.status_code == 301
    assert response["Location"] == url_in("zh-hans", article) + "?from=share"
    assert client.get(canonical).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_drafts_and_future_articles_are_not_found(client, language):
    draft = make_article("草稿文章", "Draft article", published=False)
    future = make_article("未来文章", "Future article", published_at=timezone.now() + datetime.timedelta(hours=2))
    for article in (draft, future):
        page(client, url_in(language, article), status=404)
        page(client, f"/{language}/articles/{article.pk}/", status=404)
    page(client, f"/{language}/articles/999999-nothing/", status=404)
    page(client, f"/{language}/articles/99999999999999999999999/", status=404)


def test_untranslated_article_on_english_page_shows_chinese_text_with_a_note(client):
    article = make_article("催收电话打到公司怎么办", "", kind=Article.Kind.FAQ)
    html = page(client, url_in("en", article))
    assert "催收电话打到公司怎么办" in html
    assert "This page has not been translated into English yet." in html
    assert f'href="{url_in("zh-hans", article)}"' in html
    assert f'href="{url_in("zh-hant", article)}"' in html
    assert 'lang="zh-Hans"' in html  # the Chinese text is marked as Chinese for screen readers
    assert "note-strong" not in html
    # The Chinese pages have no note.
    assert "This page has not been translated" not in page(client, url_in("zh-hans", article))


def test_untranslated_rights_guidance_has_a_prominent_note(client):
    article = make_article("催收人员不得做什么", "", kind=Article.Kind.RIGHTS)
    html = page(client, url_in("en", article))
    assert "note-strong" in html
    assert "Not translated" in html
    assert "This page has not been translated into English yet." in html
    assert "We do not show an automatic translation" in html
    # The note comes before the Chinese body.
    assert html.index("This page has not been translated") < html.index("正文")


def test_article_missing_its_traditional_text_says_so_on_the_traditional_page(client):
    article = make_article("只有简体", "Simplified only")
    # Saving fills Traditional fields by conversion; an update leaves them empty as an older record may have them.
    Article.objects.filter(pk=article.pk).update(title_zh_hant="", intro_zh_hant="", body_zh_hant="")
    html = page(client, url_in("zh-hant", article))
    assert "只有简体" in html
    assert "translation-note" in html
    assert f'href="{url_in("zh-hans", article)}"' in html


def test_related_platforms_and_articles_are_published_only_and_at_most_five(client):
    category = make_category()
    platform = make_platform(name="平台甲", name_en="Platform A")
    draft_platform = make_platform(name="草稿平台", name_en="Draft platform", published=False)
    article = make_article("主文章", "Main article", category=category, platforms=[platform, draft_platform])
    same_platform = make_article("同平台", "Same platform", category=make_category(), platforms=[platform])
    make_article("草稿相关", "Draft related", category=category, published=False)
    make_article(
        "未来相关", "Future related", category=category, published_at=timezone.now() + datetime.timedelta(days=1)
    )
    unrelated = make_article("无关", "Unrelated", category=make_category())
    html = page(client, url_in("en", article))
    assert "Platform A" in html
    assert "Draft platform" not in html
    assert "Same platform" in html
    assert "Draft related" not in html and "Future related" not in html
    assert unrelated.get_absolute_url() not in html
    assert same_platform.title_en in html
    for number in range(7):
        make_article(f"同类{number}", f"Same category {number}", category=category)
    html = page(client, url_in("en", article))
    related = html[html.index('id="related-heading"') :]
    assert related.count('<li>\n    <a href="/en/articles/') == 5


def test_questions_are_shown_in_their_order(client):
    article = make_article(questions=[("甲问题", "甲回答"), ("乙问题", "乙回答"), ("丙问题", "丙回答")])
    article.questions.filter(question_zh_hans="甲问题").update(order=9)
    html = page(client, url_in("zh-hans", article))
    assert html.index("乙问题") < html.index("丙问题") < html.index("甲问题")


# Index pages -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "shown", "category_name"),
    [
        ("zh-hans", "常见问题一", "逾期问题"),
        ("zh-hant", "常見問題一", "逾期问题"),
        ("en", "First FAQ", "Overdue questions"),
    ],
)
def test_faq_index_groups_by_category_and_platform(client, language, shown, category_name):
    category = make_category(slug="overdue")
    platform = make_platform(slug="jiebei", name="借呗", name_hant="借唄", name_en="Jiebei")
    draft_platform = make_platform(slug="hidden", name="隐藏平台", name_en="Hidden platform", published=False)
    make_article(
        "常见问题一", "First FAQ", title_hant="常見問題一", category=category, platforms=[platform, draft_platform]
    )
    make_article("草稿问题", "Draft FAQ", category=category, published=False)
    make_article("未来问题", "Future FAQ", category=category, published_at=timezone.now() + datetime.timedelta(days=3))
    make_article("权利指引", "Rights page", kind=Article.Kind.RIGHTS, category=category)
    html = page(client, f"/{language}/faq/")
    assert shown in html
    assert 'id="category-overdue"' in html
    assert category_name in html
    assert 'id="platform-jiebei"' in html
    assert {"zh-hans": "借呗", "zh-hant": "借唄", "en": "Jiebei"}[language] in html
    assert 'id="platform-hidden"' not in html and "隐藏平台" not in html
    for hidden in ("草稿问题", "Draft FAQ", "未来问题", "Future FAQ", "权利指引", "Rights page"):
        assert hidden not in html


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/{language}/faq/", Article.Kind.FAQ),
        ("/{language}/rights/", Article.Kind.RIGHTS),
        ("/{language}/guides/", Article.Kind.GUIDE),
    ],
)
def test_indexes_list_their_kind_and_hide_untranslated_pages_in_english(client, path, kind):
    translated = make_article("已翻译", "Translated page", kind=kind)
    untranslated = make_article("未翻译", "", kind=kind)
    draft = make_article("草稿", "Draft page", kind=kind, published=False)
    for language in LANGUAGES:
        html = page(client, path.format(language=language))
        assert url_in(language, translated) in html
        assert url_in(language, draft) not in html
        if language == "en":
            assert "Translated page" in html
            assert url_in("en", untranslated) not in html
        else:
            assert url_in(language, untranslated) in html


@pytest.mark.parametrize("path", ["/{language}/faq/", "/{language}/rights/", "/{language}/guides/"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_indexes_still_render(client, path, language):
    html = page(client, path.format(language=language))
    assert "<h1>" in html


def test_index_pages_have_titles_meta_descriptions_and_breadcrumbs(client):
    html = page(client, "/en/rights/")
    assert "<title>Your rights · " in html
    assert '<meta name="description" content="What debt collectors may and may not do' in html
    assert 'class="breadcrumbs"' in html and 'href="/en/"' in html


# Category pages ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "name"), [("zh-hans", "逾期问题"), ("zh-hant", "逾期问题"), ("en", "Overdue questions")]
)
def test_category_page_lists_its_published_articles(client, language, name):
    category = make_category(slug="overdue")
    other = make_category(slug="other")
    mine = make_article("本类文章", "In this category", category=category)
    make_article("他类文章", "In another category", category=other)
    make_article("本类草稿", "Draft in this category", category=category, published=False)
    untranslated = make_article("本类未翻译", "", category=category)
    html = page(client, f"/{language}/categories/overdue/")
    assert f"<h1>{name}</h1>" in html
    assert url_in(language, mine) in html
    assert "他类文章" not in html and "In another category" not in html
    assert "本类草稿" not in html and "Draft in this category" not in html
    assert (url_in(language, untranslated) in html) is (language != "en")


def test_unknown_category_is_not_found(client):
    page(client, "/zh-hans/categories/no-such-topic/", status=404)


def test_empty_category_renders(client):
    make_category(slug="empty")
    html = page(client, "/en/categories/empty/")
    assert "Nothing has been published on this topic in this language yet." in html


def article_links(html: str) -> int:
    return html.count('<li>\n    <a href="/zh-hans/articles/')


@pytest.mark.parametrize(
    ("query", "expected_page", "expected_count"),
    [
        ("", 1, 20),
        ("?page=1", 1, 20),
        ("?page=2", 2, 5),
        ("?page=3", 2, 5),  # past the end: the last page
        ("?page=999999999999999999999", 2, 5),
        ("?page=0", 1, 20),  # not a page number: the first page, as on the FAQ index
        ("?page=-1", 1, 20),
        ("?page=abc", 1, 20),
        ("?page=1.5", 1, 20),
        ("?page=", 1, 20),
        ("?page=last", 1, 20),
    ],
)
def test_category_paging_never_fails(client, query, expected_page, expected_count):
    category = make_category(slug="many")
    for number in range(25):
        make_article(f"文章{number}", f"Article {number}", category=category)
    html = page(client, f"/zh-hans/categories/many/{query}")
    assert article_links(html) == expected_count
    if expected_page == 1:
        assert 'rel="next" href="?page=2"' in html and 'rel="prev"' not in html
    else:
        assert 'rel="prev" href="?page=1"' in html and 'rel="next"' not in html


def test_category_paging_lists_newest_first(client):
    category = make_category(slug="ordered")
    now = timezone.now()
    for number in range(21):
        make_article(
            f"文章{number:02d}",
            f"Article {number}",
            category=category,
            published_at=now - datetime.timedelta(days=number + 1),
        )
    first = page(client, "/en/categories/ordered/")
    assert "Article 0<" in first and "Article 19<" in first and "Article 20<" not in first
    assert "Article 20<" in page(client, "/en/categories/ordered/?page=2")


# Query budgets -------------------------------------------------------------------------------------------------------


def fill(count: int, category, platform) -> None:
    for kind in (Article.Kind.FAQ, Article.Kind.RIGHTS, Article.Kind.GUIDE):
        for number in range(count):
            make_article(
                f"文章{kind}{number}",
                f"Article {kind} {number}",
                kind=kind,
                category=category if number % 2 else make_category(),
                platforms=[platform, make_platform()],
                questions=[("问", "答"), ("问二", "答二")],
            )


@pytest.mark.parametrize("language", LANGUAGES)
def test_article_pages_use_a_fixed_number_of_queries(client, language, settings):
    settings.PAGE_CACHE_ENABLED = False  # count the queries of the views, not of cache hits
    category = make_category(slug="budget")
    platform = make_platform()
    fill(2, category, platform)
    article = Article.objects.filter(category=category).first()
    urls = [
        f"/{language}/faq/",
        f"/{language}/rights/",
        f"/{language}/guides/",
        f"/{language}/categories/budget/",
        url_in(language, article),
    ]
    small = {url: query_count(client, url) for url in urls}
    fill(15, category, platform)
    for number in range(6):
        article.questions.create(question=f"问题{number}", answer="答", order=10 + number)
    for url in urls:
        large = query_count(client, url)  # one request, once the site-text cache is warm
        assert large == small[url], url
        assert 0 < large <= QUERY_BUDGET, url
