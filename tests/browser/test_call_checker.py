"""The call checker in Chromium, with JavaScript (rows added in the page, the log kept in this browser until
cleared) and without it (a plain form; the server adds rows)."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from .support import click_and_wait, type_into, url_in, wait_for

pytestmark = pytest.mark.browser

STORAGE_KEY = "overdue-guide:call-log"


def set_date(browser, element, iso: str) -> None:
    """Type a date into <input type=date> the way Chromium's en-US field takes it (month, day, year)."""
    year, month, day = iso.split("-")
    element.send_keys(month + day + year)


def set_time(element, clock: str) -> None:
    hours, minutes = (int(part) for part in clock.split(":"))
    suffix = "PM" if hours >= 12 else "AM"
    element.send_keys(f"{(hours % 12) or 12:02d}{minutes:02d}{suffix}")


def fill_row(browser, index: int, *, date: str, time: str, party: str, said: tuple[str, ...] = (), attempts=""):
    prefix = f"id_calls-{index}-"
    set_date(browser, browser.find_element(By.ID, prefix + "date"), date)
    set_time(browser.find_element(By.ID, prefix + "time"), time)
    Select(browser.find_element(By.ID, prefix + "party")).select_by_value(party)
    Select(browser.find_element(By.ID, prefix + "kind")).select_by_value("call")
    for value in said:
        browser.find_element(By.CSS_SELECTOR, f"input[name='calls-{index}-said'][value='{value}']").click()
    if attempts != "":
        type_into(browser.find_element(By.ID, prefix + "unanswered_attempts"), str(attempts))


def verdicts(browser, status: str) -> set[str]:
    return {
        element.get_attribute("data-rule")
        for element in browser.find_elements(By.CSS_SELECTOR, f".checker-result [data-status='{status}']")
    }


def test_checker_without_javascript(browser_without_javascript, live_server, demo_content):
    browser = browser_without_javascript
    browser.get(live_server.url + url_in("en", "rights:call_checker"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-rows] [data-row]")) == 5
    # Proof that scripts are off: call_checker.js would have revealed the clear button.
    assert not browser.find_element(By.CSS_SELECTOR, "[data-clear-log]").is_displayed()

    browser.find_element(By.CSS_SELECTOR, "input[name=reader][value=contact]").click()
    Select(browser.find_element(By.ID, "id_borrower_reachable")).select_by_value("yes")
    fill_row(browser, 0, date="2026-01-15", time="22:00", party="contact", said=("debt",), attempts=7)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "[data-add-rows]"))
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-rows] [data-row]")) == 10
    assert browser.find_element(By.ID, "id_calls-0-date").get_attribute("value") == "2026-01-15"

    fill_row(browser, 7, date="2026-01-14", time="21:59", party="borrower")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button[name=check]"))
    against = verdicts(browser, "against")
    assert {"gbt-45251-hours", "cba-2026-hours", "cba-2026-attempts", "gbt-45251-contacts"} <= against
    assert "Goes against the recommended national standard (not mandatory)" in browser.page_source
    evidence = browser.find_elements(By.CSS_SELECTOR, ".checker-evidence [data-evidence]")
    assert [item.get_attribute("data-evidence") for item in evidence] == ["2", "1"]  # in date order
    assert browser.find_elements(By.CSS_SELECTOR, "[data-channel=heimao-tousu]")

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "[data-situation=debt_told]"))
    assert browser.current_url.endswith(url_in("en", "rights:letters"))
    assert browser.find_elements(By.CSS_SELECTOR, "#id_platform") or browser.find_elements(By.ID, "letter-text")


def test_checker_with_javascript_adds_rows_and_keeps_the_log_until_cleared(browser, live_server, demo_content):
    address = live_server.url + url_in("zh-hans", "rights:call_checker")
    browser.get(address)
    clear = browser.find_element(By.CSS_SELECTOR, "[data-clear-log]")
    assert clear.is_displayed()
    browser.find_element(By.CSS_SELECTOR, "[data-add-rows]").click()  # added in the page, no request
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-rows] [data-row]")) == 6
    assert browser.find_element(By.ID, "id_calls-TOTAL_FORMS").get_attribute("value") == "6"

    fill_row(browser, 5, date="2026-01-15", time="07:59", party="borrower", attempts=6)
    wait_for(browser, lambda driver: driver.execute_script(f"return localStorage.getItem('{STORAGE_KEY}')"))

    browser.get(address)  # the log comes back from this browser's storage, not from the server
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-rows] [data-row]")) == 6
    assert browser.find_element(By.ID, "id_calls-5-date").get_attribute("value") == "2026-01-15"
    assert browser.find_element(By.ID, "id_calls-5-unanswered_attempts").get_attribute("value") == "6"

    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "button[name=check]"))
    assert "gbt-45251-hours" in verdicts(browser, "against")
    assert "cba-2026-attempts" in verdicts(browser, "not_broken")
    assert browser.find_element(By.CSS_SELECTOR, "[data-print]").is_displayed()

    browser.find_element(By.CSS_SELECTOR, "[data-clear-log]").click()
    assert browser.execute_script(f"return localStorage.getItem('{STORAGE_KEY}')") is None
    assert browser.find_element(By.ID, "id_calls-5-date").get_attribute("value") == ""
    assert browser.find_element(By.CSS_SELECTOR, "[data-checker-status]").text == "记录已从这个浏览器中清除。"
    browser.get(address)
    assert len(browser.find_elements(By.CSS_SELECTOR, "[data-rows] [data-row]")) == 5
