"""End to end in a real browser: an editor publishes a platform and an FAQ article in the admin, a reader finds them."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select

from articles.models import Article
from feedback.models import Comment
from platforms.models import Platform
from tests.factories import make_article, make_category, make_platform

from .support import (
    click_and_wait,
    html_lang,
    main_text,
    type_into,
    url_in,
    wait_for,
    wait_for_element,
)

pytestmark = pytest.mark.browser

EDITOR = "browser-editor"
EDITOR_PASSWORD = "Browser-tests-9-passphrase"

PLATFORM_SLUG = "browsertest-loans"
PLATFORM_NAME = {"zh_hans": "浏览测试借", "zh_hant": "瀏覽測試借", "en": "Browsertest Loans"}
STAGES = [
    # first day, last day, title in three languages, channels, emergency contacts called
    (1, 3, {"zh_hans": "短信提醒期", "zh_hant": "短信提醒期", "en": "Text reminders"}, ["sms"], False),
    (4, 10, {"zh_hans": "电话催收期", "zh_hant": "電話催收期", "en": "Collection calls"}, ["phone"], True),
    (11, None, {"zh_hans": "委外催收期", "zh_hant": "委外催收期", "en": "Outside agency"}, ["agency"], True),
]
ARTICLE_TITLE = {
    "zh_hans": "浏览测试借逾期问答",
    "zh_hant": "瀏覽測試借逾期問答",
    "en": "Browsertest Loans overdue FAQ",
}
QUESTIONS = [
    {"zh_hans": "第几天会联系紧急联系人？", "zh_hant": "第幾天會聯繫緊急聯繫人？", "en": "When are contacts called?"},
    {"zh_hans": "可以协商还款吗？", "zh_hant": "可以協商還款嗎？", "en": "Can I negotiate repayment?"},
]
ANSWER = {"zh_hans": "见上文时间表。", "zh_hant": "見上文時間表。", "en": "See the timeline above."}


def fill_translated(browser, field_id: str, texts: dict[str, str]) -> None:
    """Type a text per language into a modeltranslation field, clicking its language tab first as an editor does."""
    for position, (suffix, text) in enumerate(texts.items()):
        field = browser.find_element(By.ID, f"{field_id}_{suffix}")
        if position:
            assert not field.is_displayed(), f"{field_id}_{suffix} is not behind a language tab"
        browser.find_element(By.CSS_SELECTOR, f'a[href="#tab_{field_id}_{suffix}"]').click()
        wait_for(browser, expected_conditions.visibility_of(field))
        type_into(field, text)


def add_inline_row(browser, group: str) -> int:
    """Click "Add another …" under an inline group; the number of the new row."""
    rows = f"#{group}-group .inline-related:not(.empty-form)"
    before = len(browser.find_elements(By.CSS_SELECTOR, rows))
    link = browser.find_element(By.CSS_SELECTOR, f"#{group}-group .add-row a")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    wait_for(browser, lambda driver: len(driver.find_elements(By.CSS_SELECTOR, rows)) == before + 1)
    return before


def publish(browser) -> None:
    Select(browser.find_element(By.ID, "id_status")).select_by_value("published")


def save_and_expect_success(browser) -> None:
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "input[name=_save]"))
    errors = browser.find_elements(By.CSS_SELECTOR, ".errornote, .errorlist")
    assert not errors, "\n".join(error.text for error in errors)
    wait_for_element(browser, ".messagelist .success")


def log_in_to_admin(browser, live_server) -> None:
    get_user_model().objects.create_superuser(EDITOR, "editor@example.org", EDITOR_PASSWORD)
    browser.get(live_server.url + reverse("admin:login"))
    type_into(browser.find_element(By.ID, "id_username"), EDITOR)
    type_into(browser.find_element(By.ID, "id_password"), EDITOR_PASSWORD)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#login-form [type=submit]"))
    wait_for_element(browser, "#logout-form")


def create_platform_in_admin(browser, live_server) -> None:
    browser.get(live_server.url + reverse("admin:platforms_platform_add"))
    wait_for_element(browser, 'a[href="#tab_id_name_en"]')  # the language tabs are built by script
    fill_translated(browser, "id_name", PLATFORM_NAME)
    type_into(browser.find_element(By.ID, "id_slug"), PLATFORM_SLUG)
    fill_translated(browser, "id_summary", {"zh_hans": "测试用平台", "zh_hant": "測試用平台", "en": "A test platform"})
    for first_day, last_day, titles, channels, contacts_called in STAGES:
        row = add_inline_row(browser, "stages")
        prefix = f"id_stages-{row}"
        type_into(browser.find_element(By.ID, f"{prefix}-first_day"), str(first_day))
        if last_day:
            type_into(browser.find_element(By.ID, f"{prefix}-last_day"), str(last_day))
        fill_translated(browser, f"{prefix}-title", titles)
        for channel in channels:
            browser.find_element(By.CSS_SELECTOR, f"input[name='stages-{row}-channels'][value='{channel}']").click()
        if contacts_called:
            browser.find_element(By.ID, f"{prefix}-contacts_called").click()
    publish(browser)
    save_and_expect_success(browser)


def create_article_in_admin(browser, live_server, category) -> None:
    browser.get(live_server.url + reverse("admin:articles_article_add"))
    wait_for_element(browser, 'a[href="#tab_id_title_en"]')
    Select(browser.find_element(By.ID, "id_kind")).select_by_value(Article.Kind.FAQ)
    fill_translated(browser, "id_title", ARTICLE_TITLE)
    Select(browser.find_element(By.ID, "id_category")).select_by_value(str(category.pk))
    fill_translated(
        browser,
        "id_body",
        {
            "zh_hans": "## 时间表\n\n逾期第4天起。",
            "zh_hant": "## 時間表\n\n逾期第4天起。",
            "en": "## Timeline\n\nFrom day 4.",
        },
    )
    platform = Platform.objects.get(slug=PLATFORM_SLUG)
    Select(browser.find_element(By.ID, "id_platforms_from")).select_by_value(str(platform.pk))
    browser.find_element(By.ID, "id_platforms_add").click()
    for order, question in enumerate(QUESTIONS):
        row = add_inline_row(browser, "questions")
        type_into(browser.find_element(By.ID, f"id_questions-{row}-order"), str(order))
        fill_translated(browser, f"id_questions-{row}-question", question)
        fill_translated(browser, f"id_questions-{row}-answer", ANSWER)
    publish(browser)
    save_and_expect_success(browser)


def switch_language(browser, language_tag: str) -> None:
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f'.lang-switch a[hreflang="{language_tag}"]'))
    assert html_lang(browser) == language_tag


def test_editor_publishes_a_platform_and_faq_that_a_reader_finds_and_looks_up(browser, live_server):
    category = make_category(slug="overdue", name="逾期问题", name_en="Overdue questions")
    log_in_to_admin(browser, live_server)
    create_platform_in_admin(browser, live_server)
    create_article_in_admin(browser, live_server, category)

    platform = Platform.objects.prefetch_related("stages").get(slug=PLATFORM_SLUG)
    assert platform.name_en == PLATFORM_NAME["en"]
    assert [(stage.first_day, stage.last_day, stage.title_zh_hant) for stage in platform.stages.all()] == [
        (first_day, last_day, titles["zh_hant"]) for first_day, last_day, titles, _channels, _called in STAGES
    ]
    article = Article.objects.published().get(title_zh_hans=ARTICLE_TITLE["zh_hans"])
    assert article.questions.count() == len(QUESTIONS)

    # The reader: a fresh visitor, no admin session. First the search link in the header and the box on the search page...
    browser.delete_all_cookies()
    browser.get(live_server.url + url_in("zh-hans", "home"))
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".site-header .search-link"))
    type_into(browser.find_element(By.CSS_SELECTOR, "form[role=search] input[type=search]"), "浏览测试借")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] [type=submit]"))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, ARTICLE_TITLE["zh_hans"]))
    assert browser.find_element(By.TAG_NAME, "h1").text == ARTICLE_TITLE["zh_hans"]

    # ...then the FAQ index, from the main navigation.
    faq_index = url_in("zh-hans", "articles:faq_index")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f'.main-nav a[href="{faq_index}"]'))
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, ARTICLE_TITLE["zh_hans"]))
    assert browser.find_element(By.TAG_NAME, "h1").text == ARTICLE_TITLE["zh_hans"]
    page = main_text(browser)
    assert all(question["zh_hans"] in page for question in QUESTIONS)

    # The article's call to action leads to the lookup, a plain GET form.
    lookup = url_in("zh-hans", "platforms:lookup")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f'main a[href="{lookup}"]'))
    type_into(browser.find_element(By.ID, "id_platform"), PLATFORM_NAME["zh_hans"])
    type_into(browser.find_element(By.ID, "id_days_overdue"), "5")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".lookup-form [type=submit]"))
    assert STAGES[1][2]["zh_hans"] in browser.find_element(By.CSS_SELECTOR, ".stage-now").text
    assert STAGES[2][2]["zh_hans"] in browser.find_element(By.CSS_SELECTOR, ".stage-next").text

    switch_language(browser, "en")
    assert browser.current_url.startswith(live_server.url + url_in("en", "platforms:lookup") + "?")
    assert "days_overdue=5" in browser.current_url
    assert STAGES[1][2]["en"] in browser.find_element(By.CSS_SELECTOR, ".stage-now").text
    switch_language(browser, "zh-Hant")
    assert STAGES[1][2]["zh_hant"] in browser.find_element(By.CSS_SELECTOR, ".stage-now").text


def test_reader_comments_on_an_article_and_is_told_it_awaits_moderation(browser, live_server):
    article = make_article(title="逾期后会怎样", title_en="What happens when you are overdue")
    browser.get(live_server.url + url_in("en", "articles:detail", pk=article.pk, slug=article.slug))
    comment_url = url_in("en", "feedback:comment_article", pk=article.pk)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, f'main a[href="{comment_url}"]'))
    type_into(browser.find_element(By.ID, "id_display_name"), "Reader from Hangzhou")
    type_into(browser.find_element(By.ID, "id_body"), "They called my sister on day 5, as the page says.")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".feedback-form [type=submit]"))
    assert "waiting for moderation" in browser.find_element(By.CSS_SELECTOR, ".status-pending").text
    comment = Comment.objects.get()
    assert comment.article == article
    assert comment.body == "They called my sister on day 5, as the page says."
    browser.get(live_server.url + article.get_absolute_url())
    assert "They called my sister" not in main_text(browser)  # not before a moderator approves it


def test_reader_composes_a_letter_and_the_copy_button_appears(browser, live_server):
    make_platform(slug="zhihuixing", name="智汇星", name_en="Zhihuixing")
    browser.get(live_server.url + url_in("en", "rights:letters"))
    Select(browser.find_element(By.ID, "id_platform")).select_by_value("zhihuixing")
    browser.find_element(By.CSS_SELECTOR, "input[name=writer][value=contact]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=situation][value=stop_contact_calls]").click()
    type_into(browser.find_element(By.ID, "id_signature"), "Li Hua")
    Select(browser.find_element(By.ID, "id_language")).select_by_value("zh-hans")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".letter-form [type=submit]"))

    letter = browser.find_element(By.ID, "letter-text")
    assert letter.get_attribute("lang") == "zh-Hans"
    assert "智汇星" in letter.get_attribute("value")
    assert "Li Hua" in letter.get_attribute("value")
    # letter.js (a static file allowed by the page's Content-Security-Policy) reveals the copy button.
    copy = browser.find_element(By.CSS_SELECTOR, "[data-copy-target=letter-text]")
    assert copy.is_displayed()
    copy.click()
    wait_for(browser, lambda driver: driver.find_element(By.ID, "letter-status").text)
