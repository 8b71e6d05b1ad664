"""Simulated readers for the load test (started by loadtest/run.py): page views, lookups (page and API), searches and
submissions (comments and contact-day reports, each after opening its form for the CSRF token).

The addresses come from the runner in LOADTEST_PLAN (JSON). Every submission the site accepts (a redirect to its
thank-you page) and the final request statistics are written to LOADTEST_ACCEPTED at the end, so the runner can
check each submission is in the database.
"""

from __future__ import annotations

import json
import os
import random
import re
import string
import threading

from locust import HttpUser, between, events, task

PLAN = json.loads(os.environ.get("LOADTEST_PLAN", "{}"))
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SEARCHES = ["借呗", "紧急联系人", "催收", "逾期", "投诉", "emergency contact", "collection", "花呗", "xyz"]

accepted: dict[str, list] = {"comments": [], "contact_day_reports": 0}
lock = threading.Lock()


def marker() -> str:
    """A word no text on the site contains, so each accepted comment can be found again."""
    return "loadtest" + "".join(random.choices(string.ascii_lowercase, k=16))  # noqa: S311


class Reader(HttpUser):
    wait_time = between(0.5, 2)

    @task(6)
    def page_view(self):
        self.client.get(random.choice(PLAN["pages"]), name="page view")  # noqa: S311

    @task(3)
    def lookup_page(self):
        slug = random.choice(PLAN["platforms"])  # noqa: S311
        language = random.choice(PLAN["languages"])  # noqa: S311
        self.client.get(
            f"/{language}/lookup/",
            params={"platform": slug, "days_overdue": random.randint(0, 120)},
            name="lookup page",
        )

    @task(3)
    def lookup_api(self):
        slug = random.choice(PLAN["platforms"])  # noqa: S311
        params = {"platform": slug, "days_overdue": random.randint(0, 400), "lang": random.choice(PLAN["languages"])}
        with self.client.get("/api/lookup/", params=params, name="lookup API", catch_response=True) as response:
            if response.status_code == 200 and "contacts" not in response.json():
                response.failure("lookup answer without contacts")

    @task(2)
    def search(self):
        language = random.choice(PLAN["languages"])  # noqa: S311
        self.client.get(f"/{language}/search/", params={"q": random.choice(SEARCHES)}, name="search")  # noqa: S311

    def _submit(self, form_url: str, data: dict, name: str) -> bool:
        page = self.client.get(form_url, name=f"{name} form")
        found = TOKEN.search(page.text or "")
        if not found:
            return False
        with self.client.post(
            form_url,
            data={"csrfmiddlewaretoken": found.group(1), **data},
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"submission not accepted: HTTP {response.status_code}")
                return False
            return True

    @task(1)
    def comment(self):
        if not PLAN.get("comment_forms"):
            return
        word = marker()
        body = f"Thank you for the clear explanation of the stages. Reference {word}."
        if self._submit(random.choice(PLAN["comment_forms"]), {"display_name": "Reader", "body": body}, "comment"):  # noqa: S311
            with lock:
                accepted["comments"].append(word)

    @task(1)
    def contact_day_report(self):
        if not PLAN.get("contact_day_forms"):
            return
        data = {"first_contact_day": random.randint(1, 30), "channel": "phone", "borrower_reachable": "no"}  # noqa: S311
        if self._submit(random.choice(PLAN["contact_day_forms"]), data, "contact-day report"):  # noqa: S311
            with lock:
                accepted["contact_day_reports"] += 1


def summary(entry) -> dict:
    return {
        "method": entry.method or "",
        "name": entry.name,
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "median_ms": entry.median_response_time,
        "p95_ms": entry.get_response_time_percentile(0.95),
        "max_ms": round(entry.max_response_time or 0),
    }


@events.quitting.add_listener
def write_results(environment, **kwargs):
    """The accepted submissions and the final statistics, after the last in-flight request has finished."""
    path = os.environ.get("LOADTEST_ACCEPTED")
    if path:
        stats = environment.stats
        entries = [summary(entry) for _key, entry in sorted(stats.entries.items())]
        total = {**summary(stats.total), "method": "", "name": "all"}
        with open(path, "w", encoding="utf-8") as file:
            json.dump({**accepted, "stats": [*entries, total]}, file)
