"""Public platform pages: the platform list and each platform's page, in all three languages."""

import datetime

import pytest
from django.utils import translation

from articles.models import Article
from platforms.models import Source
from tests.factories import make_article, make_platform
from tests.pages import page, query_count

LANGUAGES = ["zh-hans", "zh-hant", "en"]
QUERY_BUDGET = 8
NAMES = {"zh-hans": "借呗", "zh-hant": "借唄", "en": "Jiebei"}
STAGE_ONE = {"zh-hans": "阶段1", "zh-hant": "階段1", "en": "Stage 1"}

pytestmark = pytest.mark.django_db


def jiebei(**extra):
    extra.setdefault("stages", [(1, 3, False), (4, 14, False), (15, 30, True), (31, None, False)])
    extra.setdefault("sources", [(15, 15), (15, 20)])
    return make_platform("jiebei", "借呗", "借唄", "Jiebei", **extra)


# Platform list -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_platform_list_shows_published_platforms_and_the_general_profile_apart(client, language):
    jiebei(kind="consumer_loan")
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False)
    make_platform("general", "行业一般情况", "行業一般情況", "Industry in general", general=True)
    html = page(client, f"/{language}/platforms/")
    assert NAMES[language] in html
    assert f'href="/{language}/platforms/jiebei/"' in html
    assert "/platforms/draft/" not in html and "Draft platform" not in html and "草稿平台" not in html
    listed, general_panel = html.split('class="panel general-profile"')
    assert f'href="/{language}/platforms/general/"' in general_panel
    assert "/platforms/general/" not in listed.split("<h1>")[1]
    if language == "en":
        assert "Industry in general" in general_panel
        assert "Consumer loan" in listed
        assert 'Last reviewed <time class="date" datetime="2026-11-01">1 November 2026</time>' in listed
        assert "Summary" in listed
    else:
        assert "2026年11月1日" in listed
        assert {"zh-hans": "简介", "zh-hant": "簡介"}[language] in listed


def test_platform_list_without_platforms_renders(client):
    html = page(client, "/en/platforms/")
    assert "No platforms have been published yet." in html
    assert "general-profile" not in html


def test_unpublished_general_profile_is_not_offered(client):
    make_platform("general", "行业一般情况", name_en="Industry in general", general=True, published=False)
    html = page(client, "/en/platforms/")
    assert "Industry in general" not in html


# Platform page -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_platform_page_in_each_language(client, language):
    jiebei(
        aliases="蚂蚁借呗\n花呗借钱",
        operator_zh_hans="重庆蚂蚁消费金融有限公司",
        operator_en="Chongqing Ant Consumer Finance Co.",
        customer_service_zh_hans="95188",
        customer_service_en="95188",
        body_zh_hans="## 平台说明\n\n**重要**内容",
        body_zh_hant="## 平台說明\n\n**重要**內容",
        body_en="## About\n\n**Important** text",
    )
    html = page(client, f"/{language}/platforms/jiebei/")
    assert f"<h1>{NAMES[language]}</h1>" in html
    assert STAGE_ONE[language] in html  # the timeline
    assert "95188" in html
    assert f'href="/{language}/lookup/?platform=jiebei"' in html
    assert "<strong>" in html  # Markdown body
    assert "<li>蚂蚁借呗</li>" in html or "<li>螞蟻借唄</li>" in html
    assert "2026年11月1日" in html or "1 November 2026" in html
    if language == "en":
        assert "Chongqing Ant Consumer Finance Co." in html
        assert "<strong>Important</strong>" in html
        assert "Consumer loan" in html
        assert "between day 15 and day 30 overdue" in html
        assert "1 January 2025" in html  # a source's date
        assert "Source 1" in html
        assert "This description has not been translated" not in html
    elif language == "zh-hans":
        assert "重庆蚂蚁消费金融有限公司" in html
        assert "2025年1月1日" in html
    else:
        assert "<strong>重要</strong>內容" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_unpublished_or_unknown_platform_is_not_found(client, language):
    make_platform("draft", "草稿平台", name_en="Draft platform", published=False)
    page(client, f"/{language}/platforms/draft/", status=404)
    page(client, f"/{language}/platforms/no-such-platform/", status=404)


def test_platform_page_lists_sources_with_date_reliability_and_claim(client):
    platform = jiebei(sources=[])
    Source.objects.create(
        platform=platform,
        title_zh_hans="官方借款合同",
        title_en="Official loan contract",
        url="https://example.com/contract",
        published_on=datetime.date(2024, 6, 30),
        reliability=Source.Reliability.HIGH,
        claimed_first_day=15,
        claimed_last_day=30,
    )
    Source.objects.create(
        platform=platform, title_zh_hans="网友帖子", title_en="Forum post", claimed_first_day=20, claimed_last_day=20
    )
    Source.objects.create(platform=platform, title_zh_hans="新闻报道", title_en="News report", claimed_first_day=16)
    Source.objects.create(platform=platform, title_zh_hans="无说法", title_en="Says nothing")
    html = page(client, "/en/platforms/jiebei/")
    sources = html[html.index('id="sources-heading"') :]
    assert (
        '<a href="https://example.com/contract" rel="noopener noreferrer nofollow">Official loan contract</a>'
        in sources
    )
    assert "30 June 2024" in sources
    assert "High: official or primary text" in sources
    assert "Low: unsourced web article" in sources
    assert "Between day 15 and day 30" in sources
    assert "On day 20" in sources
    assert "From day 16" in sources
    assert "This source does not say." in sources
    assert "Unknown" in sources  # a source without a date


def test_sources_that_disagree_are_flagged_with_their_range(client):
    jiebei(sources=[(14, 14), (30, 30), (20, 25)])
    html = page(client, "/en/platforms/jiebei/")
    assert "The sources disagree." in html
    assert "Sources put the first call to contacts between day 14 and day 30." in html
    assert "The data is thin." not in html


def test_sources_that_agree_are_not_flagged(client):
    jiebei(sources=[(15, 15), (15, 15)])
    html = page(client, "/en/platforms/jiebei/")
    assert "The sources disagree." not in html
    assert "The data is thin." not in html


@pytest.mark.parametrize(
    ("sources", "message"),
    [
        ([], "We have no published source for this platform yet"),
        ([(None, None), (None, None)], "None of our sources says when this platform calls emergency contacts"),
    ],
)
def test_thin_data_is_stated_plainly(client, sources, message):
    jiebei(sources=sources)
    html = page(client, "/en/platforms/jiebei/")
    assert "The data is thin." in html
    assert message in html
    assert "The sources disagree." not in html


def test_contact_window_variants(client):
    jiebei(stages=[(1, 10, False), (11, None, True)], sources=[(11, 11)])
    html = page(client, "/en/platforms/jiebei/")
    assert "may start on day 11 overdue and continue after that" in html
    jiebei_page = page(client, "/zh-hans/platforms/jiebei/")
    assert "紧急联系人" in jiebei_page or "emergency contacts" in jiebei_page


def test_platform_without_contact_stage_says_so(client):
    jiebei(stages=[(1, 10, False), (11, None, False)], sources=[])
    html = page(client, "/en/platforms/jiebei/")
    assert "None of the stages we have recorded for this platform includes calls to emergency contacts." in html


def test_related_questions_are_published_linked_articles_only(client):
    platform = jiebei()
    other = make_platform("other", "其他平台", name_en="Other platform")
    linked = make_article("借呗问题", "Jiebei question", platforms=[platform])
    untranslated = make_article("借呗未翻译", "", platforms=[platform])
    draft = make_article("借呗草稿", "Jiebei draft", platforms=[platform], published=False)
    elsewhere = make_article("其他问题", "Other question", platforms=[other])
    html = page(client, "/en/platforms/jiebei/")
    related = html[html.index('id="related-heading"') :]
    with translation.override("en"):
        assert linked.get_absolute_url() in related
        assert untranslated.get_absolute_url() not in related
        assert draft.get_absolute_url() not in related
        assert elsewhere.get_absolute_url() not in related
    html = page(client, "/zh-hans/platforms/jiebei/")
    with translation.override("zh-hans"):
        assert untranslated.get_absolute_url() in html
        assert draft.get_absolute_url() not in html


def test_untranslated_platform_description_is_marked(client):
    jiebei(body_zh_hans="只有中文说明", body_en="")
    html = page(client, "/en/platforms/jiebei/")
    assert "This description has not been translated into English yet." in html
    assert '<div class="prose" lang="zh-Hans"><p>只有中文说明</p></div>' in html


def test_platform_page_has_title_meta_description_and_breadcrumbs(client):
    jiebei()
    html = page(client, "/en/platforms/jiebei/")
    assert "<title>Jiebei: what happens after a missed payment · " in html
    assert '<meta name="description" content="Summary">' in html
    assert 'class="breadcrumbs"' in html and 'href="/en/platforms/"' in html


# Query budgets -------------------------------------------------------------------------------------------------------


def stages(count: int) -> list[tuple]:
    specs = [(number * 10 + 1, number * 10 + 10, number % 3 == 1) for number in range(count - 1)]
    return [*specs, ((count - 1) * 10 + 1, None, False)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_platform_pages_use_a_fixed_number_of_queries(client, language):
    small = jiebei(stages=stages(2), sources=[(15, 15), (20, 30)])
    make_platform("second", stages=stages(2))
    for number in range(2):
        make_article(f"文章{number}", f"Article {number}", platforms=[small])
    urls = [f"/{language}/platforms/", f"/{language}/platforms/jiebei/"]
    before = {url: query_count(client, url) for url in urls}

    large = make_platform("large", stages=stages(15), sources=[(day, day + 5) for day in range(10, 25)])
    for number in range(15):
        make_platform(f"more-{number}", stages=stages(3))
        make_article(f"更多{number}", f"More {number}", kind=Article.Kind.FAQ, platforms=[large, small])
    for url in [*urls, f"/{language}/platforms/large/"]:
        # query_count() makes a warm-up request first; the budget is for the counted request alone.
        after = query_count(client, url)
        assert after <= QUERY_BUDGET, url
        assert after == before.get(url, before[f"/{language}/platforms/jiebei/"]), url
