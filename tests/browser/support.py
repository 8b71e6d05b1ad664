"""What the browser tests do to a page: find and fill things as a reader or an editor would, run axe, screenshot."""

from __future__ import annotations

import base64
import json
from functools import cache
from pathlib import Path

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
FAILURES = SCREENSHOTS / "failures"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
LANGUAGES = ("zh-hans", "zh-hant", "en")
PHONE_WIDTH, PHONE_HEIGHT = 390, 844
DESKTOP_WIDTH, DESKTOP_HEIGHT = 1280, 900
# Impact levels that fail a page; "minor" and "moderate" findings are only written to the report next to the
# screenshots (screenshots/<language>/<page>-axe.json).
BLOCKING_IMPACTS = {"serious", "critical"}


def url_in(language: str, name: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def optional_url_in(language: str, name: str, **kwargs) -> str | None:
    """The address of a page that may not exist in this version of the site (None then)."""
    try:
        return url_in(language, name, **kwargs)
    except NoReverseMatch:
        return None


def wait_for(driver, condition, timeout: float = 20):
    return WebDriverWait(driver, timeout).until(condition)


def wait_for_element(driver, css: str, timeout: float = 20):
    return wait_for(driver, expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css)), timeout)


def type_into(element, text: str) -> None:
    element.clear()
    element.send_keys(text)


def click_and_wait(driver, element) -> None:
    """Click a link or submit button and wait until the next page has replaced this one."""
    old_page = driver.find_element(By.TAG_NAME, "html")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()
    # While a navigation swaps documents, Chromium sometimes answers "node does not belong to the document" instead of
    # "stale element": asking again a moment later gives the stale answer.
    WebDriverWait(driver, 20, ignored_exceptions=(WebDriverException,)).until(
        expected_conditions.staleness_of(old_page)
    )


def html_lang(driver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def main_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


@cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe_violations(driver) -> list[dict]:
    """axe-core's WCAG 2.x A/AA and best-practice violations for the current page."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        # WebDriver evaluates scripts outside the page's Content-Security-Policy, so injection works on strict pages.
        driver.execute_script(axe_source())
    outcome = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ["violations"]})
          .then((results) => done({violations: results.violations.map((v) => ({
              id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map((n) => ({target: n.target.join(" "), summary: n.failureSummary}))}))}))
          .catch((error) => done({error: String(error)}));
        """
    )
    assert "error" not in outcome, outcome
    return outcome["violations"]


def blocking(violations: list[dict]) -> list[dict]:
    return [violation for violation in violations if violation["impact"] in BLOCKING_IMPACTS]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['impact']}: {violation['id']} ({violation['help']})")
        lines.extend(f"    {node['target']}: {node['summary']}" for node in violation["nodes"][:5])
    return "\n".join(lines)


def emulate_width(driver, width: int, height: int) -> None:
    """Lay the page out as a phone or desktop window of this CSS size (a phone also gets touch and the mobile flag)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


def page_width_overflow(driver) -> int:
    """How many CSS pixels the page is wider than the window (0 when nothing forces sideways scrolling)."""
    return driver.execute_script(
        "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)"
    )


def save_full_page(driver, path: Path) -> None:
    """A PNG of the whole page, not just the window, at the current emulated width."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "optimizeForSpeed": True}
    )
    path.write_bytes(base64.b64decode(shot["data"]))


def screenshot_path(language: str, page_name: str, width: int) -> Path:
    return SCREENSHOTS / language / f"{page_name}-{width}.png"


def save_axe_report(language: str, page_name: str, url: str, violations: list[dict]) -> None:
    path = SCREENSHOTS / language / f"{page_name}-axe.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"url": url, "violations": violations}, ensure_ascii=False, indent=1), encoding="utf-8")


TAP_TARGETS = ".site-header a, .site-header input, .site-header button, nav a, main form a, main form button, main form input, main form select, .cta-row a, .more a"


def small_tap_targets(driver, selector: str = TAP_TARGETS):
    """Navigation links, buttons and form fields under 44 CSS pixels tall (WCAG 2.5.5); links inside running text
    are exempt, as in WCAG."""
    return driver.execute_script(
        """
        return Array.from(document.querySelectorAll(arguments[0]))
          .filter((el) => el.offsetParent !== null && !['hidden', 'checkbox', 'radio'].includes(el.type))
          .filter((el) => !el.closest('.skip-link') && el.getBoundingClientRect().height < 44)
          .map((el) => el.outerHTML.slice(0, 120) + ' → ' + Math.round(el.getBoundingClientRect().height) + 'px');
        """,
        selector,
    )
