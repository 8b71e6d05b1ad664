"""Browser tests: Debian's Chromium, driven by Selenium through Debian's chromedriver, against pytest-django's live
server (which serves the static files too, as StaticLiveServerTestCase does).

Nothing here downloads a browser or a driver: both must be installed (`apt-get install chromium chromium-driver
fonts-noto-cjk`); without them the browser tests are skipped with the reason. A failing test leaves a screenshot and
the page source under screenshots/failures/ (git ignores screenshots/).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from .support import DESKTOP_HEIGHT, DESKTOP_WIDTH, FAILURES

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

# --disable-background-networking and friends: Chromium must not phone home (a closed network refuses those
# connections, and a test run has no business making them).
CHROMIUM_ARGUMENTS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--hide-scrollbars",
    "--force-color-profile=srgb",
)

# Selenium Manager must never try to download a browser or a driver.
os.environ.setdefault("SE_OFFLINE", "true")


def missing_browser_reason() -> str | None:
    for program, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(program, os.X_OK):
            return f"{program} is missing (apt-get install {package})"
    return None


class Chromium:
    """One headless Chromium with a throw-away profile."""

    def __init__(self, *, javascript: bool = True):
        self.profile = tempfile.mkdtemp(prefix="browser-tests-profile-")
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for argument in (*CHROMIUM_ARGUMENTS, f"--user-data-dir={self.profile}"):
            options.add_argument(argument)
        if not javascript:
            options.add_argument("--blink-settings=scriptEnabled=false")
        try:
            self.driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        except Exception:
            shutil.rmtree(self.profile, ignore_errors=True)
            raise
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(30)

    def reset(self) -> None:
        """A clean slate for the next test: no cookies, no cached pages, desktop size, a blank page."""
        self.driver.delete_all_cookies()
        # Public pages may be cached by the browser for a minute; the next test's pages hold other data.
        self.driver.execute_cdp_cmd("Network.clearBrowserCache", {})
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.driver.set_window_size(DESKTOP_WIDTH, DESKTOP_HEIGHT)
        self.driver.get("about:blank")

    def quit(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self.profile, ignore_errors=True)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_test_failed = report.failed
    return report


def evidence_stem(node_name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", node_name).strip("-")


def clear_failure_evidence(node_name: str) -> None:
    for suffix in (".png", ".html", ".txt"):
        (FAILURES / f"{evidence_stem(node_name)}{suffix}").unlink(missing_ok=True)


def save_failure_evidence(driver, node_name: str) -> None:
    FAILURES.mkdir(parents=True, exist_ok=True)
    stem = evidence_stem(node_name)
    try:
        driver.save_screenshot(str(FAILURES / f"{stem}.png"))
        (FAILURES / f"{stem}.html").write_text(driver.page_source, encoding="utf-8")
    except Exception as error:  # the browser may be the thing that failed; the test's own error matters more
        (FAILURES / f"{stem}.txt").write_text(f"No screenshot: {error!r}\n", encoding="utf-8")


def keep_evidence(node, driver) -> None:
    """A failed test leaves its screenshot and page source; a passing one removes those of an earlier failure."""
    if getattr(node, "browser_test_failed", False):
        save_failure_evidence(driver, node.name)
    else:
        clear_failure_evidence(node.name)


@pytest.fixture(scope="session")
def _chromium(django_db_setup, live_server):
    # Started after the test database and the live server, so it quits before them: the server's threads hold
    # database connections for as long as the browser keeps its connections alive, and PostgreSQL refuses to drop
    # a test database that is still in use.
    reason = missing_browser_reason()
    if reason:
        pytest.skip(f"Browser tests need Debian's Chromium and chromedriver: {reason}.")
    chromium = Chromium()
    yield chromium
    chromium.quit()


@pytest.fixture
def browser(request, _chromium, live_server, transactional_db):
    """The WebDriver of this worker's Chromium, reset for the test; keeps a screenshot if the test fails."""
    _chromium.reset()
    yield _chromium.driver
    keep_evidence(request.node, _chromium.driver)
    # The live server runs in this process and shares its cache and (on SQLite) its database connection: a page left
    # open must not request anything while the worker's next, non-browser test counts its queries.
    _chromium.driver.get("about:blank")


@pytest.fixture
def browser_without_javascript(request, live_server, transactional_db):
    reason = missing_browser_reason()
    if reason:
        pytest.skip(f"Browser tests need Debian's Chromium and chromedriver: {reason}.")
    chromium = Chromium(javascript=False)
    try:
        chromium.reset()
        yield chromium.driver
        keep_evidence(request.node, chromium.driver)
    finally:
        chromium.quit()


@pytest.fixture(autouse=True)
def _page_cache(settings):
    """Overrides tests/conftest.py: the browser sees the site as readers do, through the anonymous page cache."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def demo_content(transactional_db):
    """The shipped demo platforms, articles and site texts: real three-language pages to look at."""
    call_command("load_demo_content", stdout=StringIO())
