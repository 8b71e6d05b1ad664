"""Load test: gunicorn on 127.0.0.1 with a fresh database holding the demo content, locust with 64 simulated readers
for 60 seconds (page views, lookups, searches, submissions), then checks: no failed request, no server error in the
log, every accepted submission in the database. Writes loadtest/RESULTS.md; exits non-zero when a check fails.

Environment: LOADTEST_USERS (64), LOADTEST_SPAWN_RATE (16), LOADTEST_DURATION (60s), LOADTEST_DATABASE_URL (default: a
new SQLite file in a temporary folder), GUNICORN_WORKERS / GUNICORN_THREADS (see gunicorn.conf.py).
"""

from __future__ import annotations

import datetime
import json
import os
import platform
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
USERS = int(os.environ.get("LOADTEST_USERS", "64"))
SPAWN_RATE = int(os.environ.get("LOADTEST_SPAWN_RATE", "16"))
DURATION = os.environ.get("LOADTEST_DURATION", "60s")
LANGUAGES = ["zh-hans", "zh-hant", "en"]
INDEX_PAGES = ["home", "platforms:list", "articles:faq_index", "articles:guide_index", "articles:rights_index"]


def duration_seconds() -> float:
    units = {"s": 1, "m": 60, "h": 3600}
    return float(DURATION[:-1]) * units[DURATION[-1]] if DURATION[-1] in units else float(DURATION)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(folder: Path) -> dict[str, str]:
    """Production-like environment on a fresh database; migrate and load the demo content."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="loadtest.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=os.environ.get("LOADTEST_DATABASE_URL", f"sqlite:///{folder / 'db.sqlite3'}"),
        DJANGO_LOG_LEVEL="WARNING",
    )
    if os.environ.get("LOADTEST_REDIS_URL"):
        env["REDIS_URL"] = os.environ["LOADTEST_REDIS_URL"]
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    return env


def plan() -> dict:
    """The addresses the simulated readers use, from the demo content."""
    from django.db import connection
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    from articles.models import Article
    from platforms.models import Platform

    platforms = list(Platform.objects.published().filter(is_general_profile=False).order_by("slug"))
    articles = list(Article.objects.published().order_by("pk"))
    pages, comment_forms, contact_day_forms = [], [], []
    for language in LANGUAGES:
        with translation.override(language):
            pages += [reverse(name) for name in INDEX_PAGES]
            pages += [platform.get_absolute_url() for platform in platforms]
            pages += [article.get_absolute_url() for article in articles if language != "en" or article.title_en]
            try:
                comment_forms += [reverse("feedback:comment_article", kwargs={"pk": a.pk}) for a in articles[:3]]
                comment_forms += [reverse("feedback:comment_platform", kwargs={"slug": p.slug}) for p in platforms[:3]]
                contact_day_forms += [reverse("feedback:contact_day", kwargs={"slug": p.slug}) for p in platforms]
            except NoReverseMatch:
                pass
    connection.close()
    return {
        "pages": pages,
        "platforms": [platform.slug for platform in platforms] + ["other"],
        "languages": LANGUAGES,
        "comment_forms": comment_forms,
        "contact_day_forms": contact_day_forms,
    }


def wait_until_up(url: str, server: subprocess.Popen, seconds: int = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn exited during start-up; see its log above")
        try:
            with urllib.request.urlopen(url + "/api/platforms/", timeout=5) as response:  # noqa: S310 - our own server
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer within a minute")


def stored_submissions(accepted: dict) -> dict:
    from django.apps import apps

    if not apps.is_installed("feedback"):
        return {"comments_missing": [], "contact_day_reports": 0}
    comment = apps.get_model("feedback", "Comment")
    report = apps.get_model("feedback", "ContactDayReport")
    missing = [word for word in accepted["comments"] if not comment.objects.filter(body__contains=word).exists()]
    return {"comments_missing": missing, "contact_day_reports": report.objects.count()}


def results_table(stats: list[dict], seconds: float) -> list[str]:
    lines = [
        "| requests | count | failures | median ms | 95% ms | max ms | per second |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in stats:
        name = f"{row['method']} {row['name']}".strip() if row["name"] != "all" else "**all**"
        lines.append(
            f"| {name} | {row['requests']} | {row['failures']} | {row['median_ms']} | {row['p95_ms']} "
            f"| {row['max_ms']} | {row['requests'] / seconds:.1f} |"
        )
    return lines


def main() -> int:
    started = time.monotonic()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="overdue-loadtest-") as tmp:
        folder = Path(tmp)
        env = prepare(folder)
        addresses = plan()
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server_log = folder / "gunicorn.log"
        command = [str(BIN / "gunicorn"), "overdue_site.wsgi", "--bind", f"127.0.0.1:{port}"]
        if (BASE_DIR / "gunicorn.conf.py").exists():
            command += ["--config", str(BASE_DIR / "gunicorn.conf.py")]
        with open(server_log, "w", encoding="utf-8") as log:
            server = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_up(url, server)
            accepted_file = folder / "accepted.json"
            locust_env = {**env, "LOADTEST_PLAN": json.dumps(addresses), "LOADTEST_ACCEPTED": str(accepted_file)}
            load = subprocess.run(
                [
                    str(BIN / "locust"),
                    "-f",
                    str(BASE_DIR / "loadtest" / "locustfile.py"),
                    "--headless",
                    "--users",
                    str(USERS),
                    "--spawn-rate",
                    str(SPAWN_RATE),
                    "--run-time",
                    DURATION,
                    "--stop-timeout",
                    "60",  # readers finish the request they are in, so every answer the site gave is counted
                    "--host",
                    url,
                    "--only-summary",
                    "--loglevel",
                    "WARNING",
                ],
                cwd=BASE_DIR,
                env=locust_env,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
        print(load.stdout[-5000:], load.stderr[-5000:], sep="\n")
        accepted = json.loads(accepted_file.read_text())
        stats = accepted["stats"]
        stored = stored_submissions(accepted)
        log_text = server_log.read_text(errors="replace")
        locked = log_text.count("database is locked")
        tracebacks = log_text.count("Traceback")
    failures = stats[-1]["failures"]
    lost_comments = len(stored["comments_missing"])
    lost_reports = accepted["contact_day_reports"] - stored["contact_day_reports"]
    # More stored than counted is no loss: a reader stopped at the end may not have seen its last answer.
    passed = failures == 0 and lost_comments == 0 and lost_reports <= 0 and locked == 0 and tracebacks == 0
    elapsed = time.monotonic() - started
    database = "SQLite (WAL)" if env["DATABASE_URL"].startswith("sqlite") else env["DATABASE_URL"].split(":", 1)[0]
    report = [
        "# Load test results",
        "",
        f"Run {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC by `bash loadtest/run.sh` on {platform.machine()} "
        f"with {os.cpu_count()} cores, Python {platform.python_version()}; load average before the run "
        f"{load_before:.1f}, after {os.getloadavg()[0]:.1f} (other work shares the machine: compare runs on a quiet "
        "machine only with each other).",
        f"{USERS} simulated readers (spawned {SPAWN_RATE}/s) for {DURATION} against gunicorn on 127.0.0.1 "
        f"({database}, demo content, DEBUG off, `loadtest/settings.py`: feedback rate limits raised because every "
        "reader comes from one address). Whole run including set-up: "
        f"{elapsed:.0f} s.",
        "",
        *results_table(stats, seconds=duration_seconds()),
        "",
        f"- Failed requests: **{failures}** (any status of 400 or more, or a submission not accepted, counts).",
        f'- Server errors in the gunicorn log: {tracebacks} tracebacks, {locked} "database is locked".',
        f"- Comments accepted: {len(accepted['comments'])}; missing from the database afterwards: **{lost_comments}**.",
        f"- Contact-day reports accepted: {accepted['contact_day_reports']}; in the database afterwards: "
        f"{stored['contact_day_reports']} (lost: **{max(lost_reports, 0)}**).",
        "",
        f"Result: **{'passed' if passed else 'FAILED'}**.",
        "",
    ]
    (BASE_DIR / "loadtest" / "RESULTS.md").write_text("\n".join(report), encoding="utf-8")
    print("\n".join(report))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
