"""The main pages in a real browser, in every language, at phone and desktop width: no serious or critical axe-core
findings, no sideways scrolling on a phone, large tap targets, and full-page screenshots under screenshots/.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from articles.models import Article

from .support import (
    DESKTOP_HEIGHT,
    DESKTOP_WIDTH,
    LANGUAGES,
    PHONE_HEIGHT,
    PHONE_WIDTH,
    axe_violations,
    blocking,
    describe,
    emulate_width,
    html_lang,
    optional_url_in,
    page_width_overflow,
    save_axe_report,
    save_full_page,
    screenshot_path,
    small_tap_targets,
    url_in,
)

pytestmark = pytest.mark.browser

HTML_LANG = {"zh-hans": "zh-Hans", "zh-hant": "zh-Hant", "en": "en"}
SEARCH_WORD = {"zh-hans": "借呗", "zh-hant": "借唄", "en": "Jiebei"}


def faq_article() -> Article:
    return Article.objects.published().filter(kind=Article.Kind.FAQ, questions__isnull=False).distinct().first()


# Each page: how to find its address in a language (None while the feature has not landed).
PAGES = {
    "home": lambda language: url_in(language, "home"),
    "platforms": lambda language: url_in(language, "platforms:list"),
    "platform": lambda language: url_in(language, "platforms:detail", slug="zhihuixing"),
    "lookup-result": lambda language: (
        url_in(language, "platforms:lookup") + "?" + urlencode({"platform": "zhihuixing", "days_overdue": 5})
    ),
    "article": lambda language: url_in(
        language, "articles:detail", pk=(article := faq_article()).pk, slug=article.slug or "article"
    ),
    "faq": lambda language: url_in(language, "articles:faq_index"),
    "rights": lambda language: url_in(language, "articles:rights_index"),
    "search": lambda language: (
        (path := optional_url_in(language, "search:results")) and f"{path}?{urlencode({'q': SEARCH_WORD[language]})}"
    ),
    "letters": lambda language: optional_url_in(language, "rights:letters"),
}


@pytest.mark.parametrize("page_name", PAGES)
def test_main_page_is_accessible_and_fits_a_phone(browser, live_server, demo_content, page_name):
    problems = []
    for language in LANGUAGES:
        path = PAGES[page_name](language)
        if path is None:
            pytest.skip(f"The {page_name} page is not available yet.")
        emulate_width(browser, PHONE_WIDTH, PHONE_HEIGHT)
        browser.get(live_server.url + path)
        assert html_lang(browser) == HTML_LANG[language], path
        assert browser.find_elements(By.CSS_SELECTOR, "main h1"), f"{path} has no main heading"

        violations = axe_violations(browser)
        save_axe_report(language, page_name, path, violations)
        serious = blocking(violations)
        if serious:
            problems.append(f"{path}: axe-core found\n{describe(serious)}")
        overflow = page_width_overflow(browser)
        if overflow:
            problems.append(f"{path}: {overflow}px wider than a {PHONE_WIDTH}px phone screen")
        small = small_tap_targets(browser)
        if small:
            problems.append(f"{path}: tap targets under 44px:\n    " + "\n    ".join(small))
        save_full_page(browser, screenshot_path(language, page_name, PHONE_WIDTH))

        emulate_width(browser, DESKTOP_WIDTH, DESKTOP_HEIGHT)
        save_full_page(browser, screenshot_path(language, page_name, DESKTOP_WIDTH))
    assert not problems, "\n".join(problems)


def test_the_pages_content_security_policy_holds_yet_axe_can_be_injected(browser, live_server):
    browser.get(live_server.url + url_in("en", "home"))
    outcome = browser.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        let violated = null;
        document.addEventListener("securitypolicyviolation", (event) => { violated = event.effectiveDirective; });
        const script = document.createElement("script");
        script.textContent = "window.inlineScriptRan = true;";
        document.head.appendChild(script);
        setTimeout(() => done({ran: window.inlineScriptRan === true, violated: violated}), 200);
        """
    )
    assert outcome == {"ran": False, "violated": "script-src-elem"}
    # WebDriver's own scripts are not the page's: axe-core runs although the policy forbids inline script.
    axe_violations(browser)
    assert browser.execute_script("return typeof window.axe.run") == "function"


def test_keyboard_user_skips_to_the_content_and_sees_where_the_focus_is(browser, live_server):
    browser.get(live_server.url + url_in("zh-hans", "home"))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip_link = browser.switch_to.active_element
    assert skip_link.get_attribute("class") == "skip-link"
    assert browser.execute_script(
        """
        const box = arguments[0].getBoundingClientRect();
        return box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
        """,
        skip_link,
    ), "the focused skip link is off screen"
    assert skip_link.value_of_css_property("outline-style") != "none"

    skip_link.send_keys(Keys.ENTER)
    browser.switch_to.active_element.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert browser.execute_script("return arguments[0].closest('main') !== null", focused)
    assert focused.value_of_css_property("outline-style") != "none"
