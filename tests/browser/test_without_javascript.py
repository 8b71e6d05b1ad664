"""The site in a Chromium with JavaScript switched off: the main pages, the lookup, search and the letter helper work."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from articles.models import Article

from .support import click_and_wait, type_into, url_in

pytestmark = pytest.mark.browser


def test_reader_looks_up_searches_and_writes_a_letter_without_javascript(
    browser_without_javascript, live_server, demo_content
):
    browser = browser_without_javascript
    article = Article.objects.published().filter(kind=Article.Kind.FAQ).first()
    for path in (
        url_in("en", "platforms:list"),
        url_in("en", "platforms:detail", slug="zhihuixing"),
        url_in("en", "articles:faq_index"),
        url_in("en", "articles:rights_index"),
        url_in("en", "articles:detail", pk=article.pk, slug=article.slug),
    ):
        browser.get(live_server.url + path)
        assert browser.find_element(By.CSS_SELECTOR, "main h1").text, path

    browser.get(live_server.url + url_in("en", "home"))
    type_into(browser.find_element(By.ID, "id_platform"), "Zhihuixing")
    type_into(browser.find_element(By.ID, "id_days_overdue"), "5")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".lookup-form [type=submit]"))
    assert browser.current_url.startswith(live_server.url + url_in("en", "platforms:lookup"))
    assert "Zhihuixing" in browser.find_element(By.ID, "result-heading").text
    assert browser.find_element(By.CSS_SELECTOR, ".stage-now").text

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".site-header .search-link"))
    type_into(browser.find_element(By.CSS_SELECTOR, "form[role=search] input[type=search]"), "Jiebei")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[role=search] [type=submit]"))
    assert browser.find_elements(By.CSS_SELECTOR, ".search-results li a")

    browser.get(live_server.url + url_in("en", "rights:letters"))
    Select(browser.find_element(By.ID, "id_platform")).select_by_value("zhihuixing")
    browser.find_element(By.CSS_SELECTOR, "input[name=writer][value=borrower]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=situation][value=night_calls]").click()
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, ".letter-form [type=submit]"))
    assert "Zhihuixing" in browser.find_element(By.ID, "letter-text").get_attribute("value")
    # Proof that scripts really are off: letter.js would have revealed the copy button.
    assert not browser.find_element(By.CSS_SELECTOR, "[data-copy-target=letter-text]").is_displayed()
