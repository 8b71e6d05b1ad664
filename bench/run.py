"""Benchmark: the site under gunicorn with production settings, measured with wrk; writes bench/RESULTS.md.

    .venv/bin/python bench/run.py                      # SQLite in a temporary directory, in-process cache
    .venv/bin/python bench/run.py --database-url postgres://postgres@127.0.0.1:5432/overdue_bench \\
                                  --redis-url redis://127.0.0.1:6379/9
    .venv/bin/python bench/run.py --scale 100000       # also: list pages, article, platform, search and lookup at 1,000 vs 100,000
    .venv/bin/python bench/run.py --only article,lookup --duration 5   # a few rows, printed, RESULTS.md untouched

Every page is measured cached (served by the page cache) and uncached (``X-Page-Cache-Bypass: 1``, honoured only
because the benchmark turns on DJANGO_PAGE_CACHE_ALLOW_BYPASS: the page cache neither answers nor stores, the view
renders the page) and reported as a ratio to /healthz, a constant response that touches neither database nor cache.

Method, the same for every row: wait until the server is idle (its processes use almost no CPU and /healthz answers
at once), run wrk for one second to warm up (discarded), wait again, then measure. /healthz is measured before each
page and once more at the end; each row's ratio uses the mean of the reference just before and just after its page,
because the ceiling of a shared virtual machine drifts. Cached rows request one address (a hit is a hit). Uncached article,
platform and lookup rows cycle through every generated article, every listed platform and every listed platform ×
a few day counts (a wrk Lua script; each wrk thread takes every other address, and the measurement starts where the
warm-up stopped), so they measure pages nobody asked for recently, as a real page-cache miss is, not in-process
caches of one object kept warm by asking for it again and again. Uncached search cycles through a few queries.
A platform's records (the platform, its stages and sources, its readers' figures) are kept between pages until they
change (``page_cache.remember``), as on a real miss of a lookup on a new day count or in another language: the warm-up
passes every platform, so those rows render with them kept.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
RESULTS = ROOT / "bench" / "RESULTS.md"
BYPASS = "X-Page-Cache-Bypass: 1"
TARGETS = {"cached": 0.8, "article": 0.2, "platform": 0.2, "lookup": 0.3}
MAIN_PAGES = ["home", "article", "platform", "lookup", "search"]
SCALE_PAGES = ["platform list", "FAQ index", "category", "article", "platform", "search", "lookup"]
# Uncached search cycles through these; each must find something in the demo plus generated content (checked).
SEARCH_QUERIES = ["逾期", "紧急联系人", "催收", "借呗", "投诉", "征信", "协商还款", "花呗"]
LOOKUP_DAYS = [3, 20, 45, 90]
WARM_UP_SECONDS = 1
# Idle: the server's processes used at most this share of one core over IDLE_WINDOW seconds, and /healthz answered
# within IDLE_ANSWER_MS; waiting stops after IDLE_MAX_WAIT seconds either way (the row notes it).
IDLE_WINDOW = 0.3
IDLE_CPU_SHARE = 0.05
IDLE_ANSWER_MS = 20
IDLE_MAX_WAIT = 30

# wrk: each thread cycles through its share of the paths (thread k takes paths k, k + threads, …), starting at the
# offset given after "--", so a measurement does not repeat what its warm-up just asked for.
ROTATE_LUA = """
local paths = {%s}
local counter = 0
function setup(thread)
  thread:set("thread_number", counter)
  counter = counter + 1
end
function init(args)
  step = %d
  index = (tonumber(args[1]) or 0) + thread_number
end
function request()
  local path = paths[index %% #paths + 1]
  index = index + step
  return wrk.format(nil, path)
end
"""


# The mixed row: ROTATE_LUA plus a count of the X-Cache header of every response, over all threads.
MIXED_LUA_COUNT = """
local threads = {}
local setup_rotation = setup
function setup(thread)
  setup_rotation(thread)
  table.insert(threads, thread)
end
hits, misses, other = 0, 0, 0
function response(status, headers, body)
  local state = headers["X-Cache"]
  if state == "hit" then hits = hits + 1 elseif state == "miss" then misses = misses + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local h, m, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    h, m, o = h + thread:get("hits"), m + thread:get("misses"), o + thread:get("other")
  end
  io.write(string.format("X-Cache: hit %d miss %d other %d\\n", h, m, o))
end
"""
MIXED = "mixed"
MIXED_WRITES_PER_SECOND = 5
MIXED_EDIT_EVERY = 10  # seconds
# Filling the page cache before the mixed rows: passes of this many seconds until one has this share of hits.
MIXED_FILL_PASS_SECONDS = 3
MIXED_FILLED = 0.99
MIXED_FILL_MAX_SECONDS = 150
# The writer of the mixed row: what readers send (never shown until moderated) and, every MIXED_EDIT_EVERY seconds,
# an editor's save of an article or a platform (through the ORM: the same signals as the admin).
MIXED_WRITER_CODE = """
import json, random, time
from articles.models import Article
from feedback.models import Comment, ContactDayReport, ProblemReport
from platforms.models import Platform
rng = random.Random(14)
articles = list(Article.objects.published().values_list("pk", flat=True))
platforms = list(Platform.objects.listed().values_list("pk", flat=True))
started = time.monotonic()
sent = edits = 0
while time.monotonic() - started < SECONDS:
    kind = sent % 3
    if kind == 0:
        Comment.objects.create(article_id=rng.choice(articles), display_name="读者", body="一条待审核的评论",
                               language="zh-hans")
    elif kind == 1:
        ProblemReport.objects.create(platform_id=rng.choice(platforms), reason="wrong", details="信息过时了",
                                     language="zh-hans")
    else:
        ContactDayReport.objects.create(platform_id=rng.choice(platforms), first_contact_day=rng.randint(1, 60),
                                        channel="phone", borrower_reachable="no", language="zh-hans")
    sent += 1
    if time.monotonic() - started >= (edits + 1) * EDIT_EVERY:
        model, pks = (Article, articles) if edits % 2 == 0 else (Platform, platforms)
        model.objects.get(pk=rng.choice(pks)).save()
        edits += 1
    time.sleep(max(0.0, started + sent / PER_SECOND - time.monotonic()))
print(json.dumps({"sent": sent, "edits": edits, "seconds": time.monotonic() - started}))
"""


def site_environment(database_url: str, redis_url: str) -> dict:
    """The site with production settings (DEBUG off), except that it honours the bypass header."""
    return {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijklmnop",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        # The bypass header is a test/benchmark-only option (overdue_site.settings_test).
        "DJANGO_SETTINGS_MODULE": "overdue_site.settings_test",
        "DJANGO_PAGE_CACHE_ALLOW_BYPASS": "1",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_LOG_LEVEL": "ERROR",
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict, *args: str) -> str:
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def shell(env: dict, code: str) -> str:
    return manage(env, "shell", "-c", code).strip()


def start_server(env: dict, port: int, workers: int) -> subprocess.Popen:
    server_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": str(workers)}
    process = subprocess.Popen(
        [GUNICORN, "overdue_site.wsgi", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()  # noqa: S310
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit("gunicorn did not start")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()


def get_status(url: str, bypass: bool = False) -> int:
    request = urllib.request.Request(url, headers={"X-Page-Cache-Bypass": "1"} if bypass else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except TimeoutError:
        return 0  # reported as "no answer within 60 s"


def server_cpu_seconds(pid: int) -> float:
    """CPU time used so far by the gunicorn master and its workers (Linux /proc; 0 elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        # After the command name: state, ppid, …; utime and stime are fields 14 and 15 of the whole line.
        if int(fields[1]) == pid or stat.parent.name == str(pid):
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def worker_pids(pid: int) -> set[int]:
    """The gunicorn master's worker processes (Linux /proc; empty elsewhere)."""
    pids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                pids.add(int(stat.parent.name))
        except OSError:
            continue
    return pids


def wait_until_idle(base: str, pid: int) -> float:
    """Seconds waited until the server finished earlier work (requests wrk left queued, workers restarting)."""
    started = time.monotonic()
    while time.monotonic() - started < IDLE_MAX_WAIT:
        before = server_cpu_seconds(pid)
        time.sleep(IDLE_WINDOW)
        busy = (server_cpu_seconds(pid) - before) / IDLE_WINDOW
        asked = time.monotonic()
        answered = get_status(base + "/healthz") == 200
        answer_ms = (time.monotonic() - asked) * 1000
        # The /healthz request itself costs the server a little CPU, measured in the next window: negligible.
        if busy <= IDLE_CPU_SHARE and answered and answer_ms <= IDLE_ANSWER_MS:
            return time.monotonic() - started
    return float("inf")


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(base: str, target, duration: int, connections: int, bypass: bool, offset: int = 0) -> dict:
    """One wrk run; ``target`` is a path or a Lua script file that cycles through paths."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "--latency"]
    if bypass:
        command += ["-H", BYPASS]
    if isinstance(target, Path):
        command += ["-s", str(target), base + "/", "--", str(offset)]
    else:
        command.append(base + target)
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    counted = re.search(r"X-Cache: hit (\d+) miss (\d+) other (\d+)", output)  # printed by MIXED_LUA
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
        "errors": int(errors.group(1)) if errors else 0,
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
        **({"x_cache": tuple(int(number) for number in counted.groups())} if counted else {}),
    }


PAGES_CODE = """
import json
from django.utils import translation
from articles.models import Article
from platforms.models import Platform
translation.activate("zh-hans")
published = Article.objects.published()
article = published.exclude(slug__startswith="bulk-").order_by("pk").first() or published.order_by("pk").first()
platforms = list(Platform.objects.listed().order_by("pk").values_list("slug", flat=True))
demo_platform = Platform.objects.listed().exclude(slug__startswith="bulk-").order_by("pk").values_list("slug", flat=True)
bulk = published.filter(slug__startswith="bulk-").order_by("pk")
found = {}
try:
    from search.engine import search
    found = {query: search(query, "zh-hans").total for query in QUERIES}
except Exception as error:
    found = {"error": repr(error)}
print(json.dumps({
    "article": article.get_absolute_url(),
    "platform": demo_platform.first(),
    "platforms": platforms,
    # At most 2,000 of them, spread from the oldest to the newest (100,000 would make a 6 MB wrk script).
    "articles": [item.get_absolute_url() for item in list(bulk.only("pk", "slug"))[:: max(1, bulk.count() // 2000)]],
    "found": found,
}))
"""


def quoted(path: str) -> str:
    return urllib.parse.quote(path, safe="/?=&-_.~%")


def page_addresses(env: dict) -> dict[str, dict]:
    """Per page: "url" (cached rows, and uncached rows of pages that are one page) and "rotation" (uncached)."""
    data = json.loads(shell(env, PAGES_CODE.replace("QUERIES", repr(SEARCH_QUERIES))).splitlines()[-1])
    if "error" in data["found"]:
        print(f"Warning: could not check the search queries: {data['found']['error']}", flush=True)
    else:
        empty = [query for query, total in data["found"].items() if not total]
        if empty:
            print(f"Warning: these queries find nothing, so their rows measure an empty page: {empty}", flush=True)
    slug = data["platform"] or data["platforms"][0]
    searches = [quoted(f"/zh-hans/search/?q={query}") for query in SEARCH_QUERIES]
    lookups = [
        f"/zh-hans/lookup/?platform={slug_}&days_overdue={days}" for days in LOOKUP_DAYS for slug_ in data["platforms"]
    ]
    return {
        "home": {"url": "/zh-hans/"},
        "article": {"url": data["article"], "rotation": [quoted(url) for url in data["articles"]]},
        "platform": {
            "url": f"/zh-hans/platforms/{slug}/",
            "rotation": [f"/zh-hans/platforms/{slug_}/" for slug_ in data["platforms"]],
        },
        "lookup": {"url": f"/zh-hans/lookup/?platform={slug}&days_overdue=20", "rotation": lookups},
        "search": {"url": searches[0], "rotation": searches},
        "platform list": {"url": "/zh-hans/platforms/"},
        "FAQ index": {"url": "/zh-hans/faq/"},
        "guide index": {"url": "/zh-hans/guides/"},
        "rights index": {"url": "/zh-hans/rights/"},
        "category": {"url": "/zh-hans/categories/bulk-1/"},
        "complaint channels": {"url": "/zh-hans/complaint-channels/"},
    }


def rotation_script(paths: list[str], directory: Path, name: str) -> Path:
    script = directory / (re.sub(r"\W+", "-", name) + ".lua")
    script.write_text(ROTATE_LUA % (",".join(json.dumps(path) for path in paths), 2))
    return script


class Bench:
    def __init__(self, base: str, server: subprocess.Popen, args, directory: Path):
        self.base, self.server, self.args, self.directory = base, server, args, directory

    def row(self, name: str, mode: str, page: dict, bypass: bool | None = None) -> dict:
        """Measure one page in one mode: check, wait, warm up, wait, measure."""
        bypass = mode == "uncached" if bypass is None else bypass
        rotation = page.get("rotation") if bypass else None
        paths = rotation or [page["url"]]
        # Check a few of the addresses (all would take long for uncached pages): every one must answer 200.
        for path in dict.fromkeys([paths[0], paths[len(paths) // 2], paths[-1]]):
            status = get_status(self.base + path, bypass)
            if status != 200:
                return {"page": name, "mode": mode, "status": f"HTTP {status} for {path}" if status else "timeout"}
        target = rotation_script(paths, self.directory, f"{name}-{mode}") if rotation else paths[0]
        waited = wait_until_idle(self.base, self.server.pid)
        warm = wrk(self.base, target, WARM_UP_SECONDS, self.args.connections, bypass)
        waited = max(waited, wait_until_idle(self.base, self.server.pid))
        # Start after what the warm-up asked for (plus what was in flight when it stopped).
        offset = warm["requests"] + self.args.connections
        result = wrk(self.base, target, self.args.duration, self.args.connections, bypass, offset)
        row = {"page": name, "mode": mode, "addresses": len(paths), "idle_wait": waited, **result}
        print(
            f"  {name:14s} {mode:9s} {result['rps']:8.0f} req/s  p50 {result['p50']:7.1f} ms"
            f"  ({len(paths)} addresses, waited {waited:.1f} s for idle)",
            flush=True,
        )
        return row

    def rows(self, pages: dict, names: list[str], modes) -> list[dict]:
        return [self.row(name, mode, pages[name]) for name in names for mode in modes]


def generate_large_set(env: dict, tmp: Path, name: str, scale: int) -> tuple[dict, float]:
    """``scale`` generated articles in a copy of a SQLite database (in place on other databases): the environment
    that serves them, and how many seconds generating took."""
    database = env["DATABASE_URL"]
    large_env = env
    if database in _GENERATED_IN_PLACE:  # the main run's scale rows already added them to this database
        return env, _GENERATED_IN_PLACE[database]
    if database.startswith("sqlite:///"):
        large_file = tmp / f"{name}.sqlite3"
        with sqlite3.connect(database.removeprefix("sqlite:///")) as source, sqlite3.connect(large_file) as target:
            source.backup(target)
        large_env = {**env, "DATABASE_URL": f"sqlite:///{large_file}"}
    print(f"Generating {scale} articles ({name}) …", flush=True)
    started = time.monotonic()
    manage(large_env, "generate_bulk_content", "--articles", str(scale), "--platforms", "100")
    generated_in = time.monotonic() - started
    if large_env is env:
        _GENERATED_IN_PLACE[database] = generated_in
    return large_env, generated_in


# Databases other than SQLite get the large set in place, once: URL -> seconds the generation took.
_GENERATED_IN_PLACE: dict[str, float] = {}


def measure_scale(args, env: dict, tmp: Path, bench: Bench, pages: dict, names: list[str]):
    """(small row, large row) pairs of the scale pages, and how long generating the large set took.

    On SQLite the large set is generated into a copy of the database and served by a second gunicorn, so each page is
    measured at both sizes within seconds, in the order small, large, large, small (drift of the machine in between
    cancels out) and the two measurements of each size are averaged. Other databases are measured one size after the
    other on the same server.
    """
    database = env["DATABASE_URL"]
    if not database.startswith("sqlite:///"):
        small = bench.rows(pages, names, ("uncached",))
        _env, generated_in = generate_large_set(env, tmp, "large", args.scale)
        large = bench.rows(page_addresses(env), names, ("uncached",))
        return list(zip(small, large, strict=True)), generated_in

    large_env, generated_in = generate_large_set(env, tmp, "large", args.scale)
    large_pages = page_addresses(large_env)
    port = free_port()
    large_server = start_server(large_env, port, args.workers)
    large_bench = Bench(f"http://127.0.0.1:{port}", large_server, args, tmp / "large")
    (tmp / "large").mkdir(exist_ok=True)
    pairs = []
    try:
        for name in names:
            first_small = bench.row(name, f"uncached at {args.articles}", pages[name], bypass=True)
            first_large = large_bench.row(name, f"uncached at {args.scale}", large_pages[name], bypass=True)
            second_large = large_bench.row(name, f"uncached at {args.scale}", large_pages[name], bypass=True)
            second_small = bench.row(name, f"uncached at {args.articles}", pages[name], bypass=True)
            pairs.append((averaged(first_small, second_small), averaged(first_large, second_large)))
    finally:
        stop_server(large_server)
    return pairs, generated_in


# Uncached pages against a plain Django page ------------------------------------------------------------------------
#
# A second gunicorn (same settings file, same database, same workers) serves ``bench/reference``: a plain Django
# page (startproject's middleware, 5 queries, a 30 KB page from two templates). The site is asked with the bypass
# header, so every request renders its page as on a page-cache miss. The reference is measured before each page and
# once more at the end, and each page's ratio is to the mean of the reference just before and just after it.

REFERENCE_PAGES = [
    "home",
    "article",
    "FAQ index",
    "guide index",
    "rights index",
    "category",
    "platform",
    "platform list",
    "lookup",
    "search",
    "complaint channels",
]
REFERENCE_TARGETS = {"lookup": 2.0}
REFERENCE_TARGET = 1.0
REFERENCE_DIR = ROOT / "bench" / "reference"


def reference_env(env: dict) -> dict:
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "reference.settings",
        "PYTHONPATH": str(REFERENCE_DIR.parent),
    }


def start_reference(env: dict, port: int, workers: int) -> tuple[subprocess.Popen, list[str]]:
    """Migrate and fill the reference tables, start its gunicorn; returns it and its page addresses."""
    ref_env = reference_env(env)
    for command in ([PYTHON, "-m", "django", "migrate", "--no-input", "-v0"], [PYTHON, str(REFERENCE_DIR / "seed.py")]):
        result = subprocess.run(command, cwd=ROOT, env=ref_env, capture_output=True, text=True)
        if result.returncode:
            sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    paths = result.stdout.split()
    server_env = {**ref_env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": str(workers)}
    process = subprocess.Popen(
        [GUNICORN, "reference.wsgi", "-c", str(REFERENCE_DIR / "gunicorn.conf.py")],
        cwd=REFERENCE_DIR.parent,
        env=server_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _attempt in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()  # noqa: S310
            return process, paths
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit("the reference gunicorn did not start")


def measure_against_reference(args, env: dict, tmp: Path, pages: dict, names: list[str], label: str = "") -> dict:
    """Every page in ``names`` rendered (``X-Page-Cache-Bypass``: the page cache neither answers nor stores, as on a
    miss), each between two measurements of the reference page."""
    ref_port, site_port = free_port(), free_port()
    reference, ref_paths = start_reference(env, ref_port, args.workers)
    site = start_server(env, site_port, args.workers)
    directory = tmp / f"reference{label}"
    directory.mkdir(exist_ok=True)
    ref_bench = Bench(f"http://127.0.0.1:{ref_port}", reference, args, directory)
    site_bench = Bench(f"http://127.0.0.1:{site_port}", site, args, directory)
    ref_page = {"url": ref_paths[0], "rotation": ref_paths}
    references, rows = [], []
    try:
        for name in names:
            references.append(ref_bench.row("reference", f"before {name}", ref_page, bypass=True))
            row = site_bench.row(name, f"uncached{label}", pages[name], bypass=True)
            rows.append({**row, "reference_index": len(references) - 1})
        references.append(ref_bench.row("reference", "last", ref_page, bypass=True))
    finally:
        stop_server(site)
        stop_server(reference)
    return {"references": references, "rows": rows, "reference_addresses": len(ref_paths)}


def search_at_scale_against_reference(args, env: dict, tmp: Path) -> dict:
    """Search (and the list pages) at ``args.scale`` articles, against the reference, on a copy of a SQLite database
    or, on other databases, after generating the larger set in place."""
    large_env, generated_in = generate_large_set(env, tmp, "reference-large", args.scale)
    names = [name for name in ("search", "FAQ index", "category", "article", "lookup") if name in args.reference_pages]
    result = measure_against_reference(args, large_env, tmp, page_addresses(large_env), names, f" at {args.scale}")
    return {**result, "generated_in": generated_in}


def reference_section(args, measured: dict, title: str) -> list[str]:
    references = measured["references"]
    reference = sum(item["rps"] for item in references if "rps" in item) / max(len(references), 1)
    lines = [
        "",
        f"## {title}",
        "",
        f"Reference (plain Django page, {measured['reference_addresses']} addresses): **{reference:.0f} req/s** on"
        " average; measured " + ", ".join(f"{item.get('rps', 0):.0f} ({item['mode']})" for item in references) + ".",
        "",
        "| page | mode | addresses | req/s | p50 ms | p99 ms | reference req/s | ratio to reference | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in measured["rows"]:
        index = row["reference_index"]
        pair = [references[index], references[index + 1]]
        if "rps" not in row or any("rps" not in item for item in pair):
            lines.append(
                f"| {row['page']} | {row['mode']} | – | – | – | – | – | – | not measured: {row.get('status')} |"
            )
            continue
        base = sum(item["rps"] for item in pair) / 2
        ratio = row["rps"] / base
        target = REFERENCE_TARGETS.get(row["page"], REFERENCE_TARGET)
        verdict_text = f"≥ {target} {'met' if ratio >= target else '**missed**'}"
        if row["errors"] or row["timeouts"]:
            verdict_text += f"; {row['errors']} non-2xx, {row['timeouts']} timeouts"
        lines.append(
            f"| {row['page']} | {row['mode']} | {row['addresses']} | {row['rps']:.0f} | {row['p50']:.1f} |"
            f" {row['p99']:.1f} | {base:.0f} | {ratio:.2f} | {verdict_text} |"
        )
    return lines


def reference_sections(args, env: dict, tmp: Path, pages: dict) -> list[str]:
    return main_size_reference_section(args, env, tmp, pages) + scale_reference_section(args, env, tmp)


def main_size_reference_section(args, env: dict, tmp: Path, pages: dict) -> list[str]:
    return reference_section(
        args,
        measure_against_reference(args, env, tmp, pages, args.reference_pages),
        f"Uncached pages against a plain Django page ({args.articles} generated articles)",
    )


def scale_reference_section(args, env: dict, tmp: Path) -> list[str]:
    if not args.scale:
        return []
    measured = search_at_scale_against_reference(args, env, tmp)
    return reference_section(
        args,
        measured,
        f"Uncached at {args.scale} generated articles against the plain Django page"
        f" (generation took {measured['generated_in']:.0f} s)",
    )


def reference_results(args, env: dict) -> str:
    """RESULTS.md of a run with --reference-only."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite (file, WAL)"
    cache = "Redis" if env["REDIS_URL"] else "in-process (LocMem)"
    sections = reference_sections(args, env, Path(tempfile.mkdtemp(prefix="overdue-bench-reference-")), args.pages)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    lines = [
        "# Benchmark results: uncached pages against a plain Django page",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}"
        + (f"; load average at the end {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}" if load else ""),
        f"- Commit: {commit.strip() or 'unknown'} (plus uncommitted changes of the working tree)",
        f"- Servers: two gunicorns with the same settings (gthread, {args.workers} workers ×"
        f" {os.environ.get('GUNICORN_THREADS', '4')} threads, DEBUG off) on one {database} database, cache {cache}:"
        " the site, asked with `X-Page-Cache-Bypass: 1` (the page cache neither answers nor stores: every request"
        " renders its page, as on a page-cache miss; the parts many pages share, such as the footer and the lookup"
        " box's list of platforms, come from their fragments in the cache as they do on a miss), and the plain Django"
        " page of `bench/reference` (startproject's middleware, 5 queries, a 30 KB page from two templates, cycling"
        " through 1,000 items)",
        f"- Load: wrk, 2 threads, {args.connections} connections, {args.duration} s per row, on the same machine",
        f"- Content: the demo content plus {args.articles} generated articles and 100 generated platforms",
        "- Command: `.venv/bin/python bench/run.py " + " ".join(sys.argv[1:]) + "`",
        "- Method: before every row the script waits until the server is idle, warms up for"
        f" {WARM_UP_SECONDS} s and measures; the reference is measured before each page and once more at the end,"
        " and each page's ratio is to the mean of the reference just before and just after it. Article, platform,"
        " lookup and search rows cycle through many addresses (see the main benchmark), so they measure pages nobody"
        " asked for recently.",
        f"- Targets: every page ≥ {REFERENCE_TARGET} × the reference, the lookup page ≥ {REFERENCE_TARGETS['lookup']} ×.",
        *sections,
    ]
    return "\n".join(lines) + "\n"


def measure_mixed(args, env: dict, bench: Bench, pages: dict) -> list[dict]:
    """Readers over every generated article and every listed platform, quiet and then while a writer sends comments,
    problem reports and contact-day reports (MIXED_WRITES_PER_SECOND) and saves an article or a platform every
    MIXED_EDIT_EVERY seconds: (quiet row, row with writes), each with the hit rate counted from X-Cache headers."""
    paths = pages["article"]["rotation"] + pages["platform"]["rotation"]
    paths = [paths[index] for index in random.Random(14).sample(range(len(paths)), len(paths))]
    script = bench.directory / "mixed.lua"
    script.write_text(ROTATE_LUA % (",".join(json.dumps(path) for path in paths), 2) + MIXED_LUA_COUNT)
    # Fill the page cache (every address in every worker: wrk cannot choose the worker) until a pass is nearly all hits.
    started = time.monotonic()
    while time.monotonic() - started < MIXED_FILL_MAX_SECONDS:
        hits, misses, other = wrk(bench.base, script, MIXED_FILL_PASS_SECONDS, args.connections, False)["x_cache"]
        if hits >= MIXED_FILLED * (hits + misses + other):
            break
    filled_in = time.monotonic() - started
    # Long enough for the writer's editor saves (one every MIXED_EDIT_EVERY seconds) to count.
    duration = max(args.duration, 2 * MIXED_EDIT_EVERY)
    rows = []
    for mode in ("quiet", "with writes"):
        writer = None
        if mode == "with writes":
            code = (
                MIXED_WRITER_CODE.replace("SECONDS", str(duration + 2))
                .replace("EDIT_EVERY", str(MIXED_EDIT_EVERY))
                .replace("PER_SECOND", str(MIXED_WRITES_PER_SECOND))
            )
            writer = subprocess.Popen(
                [PYTHON, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
            )
            time.sleep(1)  # the writer is connected and writing before the measurement starts
        waited = wait_until_idle(bench.base, bench.server.pid) if writer is None else 0.0
        workers = worker_pids(bench.server.pid)
        result = wrk(bench.base, script, duration, args.connections, False)
        # A worker replaced during the row (a crash, or GUNICORN_MAX_REQUESTS) starts with an empty page cache.
        replaced = len(workers - worker_pids(bench.server.pid))
        written = json.loads(writer.communicate(timeout=60)[0].splitlines()[-1]) if writer else {}
        hits, misses, other = result.get("x_cache", (0, 0, 0))
        row = {
            "page": MIXED,
            "mode": mode,
            "addresses": len(paths),
            "idle_wait": waited,
            **result,
            "hit_rate": hits / max(1, hits + misses + other),
            "written": written,
            "filled_in": filled_in,
            "workers_replaced": replaced,
            "duration": duration,
        }
        print(
            f"  {MIXED:14s} {mode:11s} {result['rps']:8.0f} req/s  p50 {result['p50']:7.1f} ms  hit rate"
            f" {row['hit_rate']:.1%}  workers replaced {replaced}  {written or ''}",
            flush=True,
        )
        rows.append(row)
    return rows


def mixed_lines(rows: list[dict]) -> list[str]:
    quiet, busy = rows
    if "rps" not in quiet or "rps" not in busy:
        return ["", "## Mixed traffic: not measured", ""]
    ratio = busy["rps"] / quiet["rps"]
    written = busy["written"]
    return [
        "",
        "## Mixed traffic: readers while readers write and editors edit",
        "",
        f"Readers cycle through {quiet['addresses']} addresses (every generated article and every listed platform, in"
        f" Simplified Chinese, in a shuffled order), after filling the page cache ({quiet['filled_in']:.0f} s of passes"
        f" through them, until one had {MIXED_FILLED:.0%} hits); each row lasts {quiet.get('duration', '?')} s. *Quiet*:"
        " nothing else"
        f" happens. *With writes*: a separate process creates {MIXED_WRITES_PER_SECOND} submissions a second"
        " (pending comments, problem reports and pending contact-day reports in turn) and saves an article or a"
        f" platform every {MIXED_EDIT_EVERY} s through the ORM (the admin's signals):"
        f" {written.get('sent', 0)} submissions and {written.get('edits', 0)} edits during the row. Hit rate: the share of"
        " responses with `X-Cache: hit` (counted by the wrk script). Workers replaced: gunicorn workers that ended during"
        " the row (each starts with an empty in-process page cache; see `GUNICORN_MAX_REQUESTS` in gunicorn.conf.py).",
        "",
        "| mode | addresses | req/s | p50 ms | p99 ms | hit rate | workers replaced | ratio to quiet | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
        f"| quiet | {quiet['addresses']} | {quiet['rps']:.0f} | {quiet['p50']:.1f} | {quiet['p99']:.1f} |"
        f" {quiet['hit_rate']:.1%} | {quiet.get('workers_replaced', 0)} | 1.00 | |",
        f"| with writes | {busy['addresses']} | {busy['rps']:.0f} | {busy['p50']:.1f} | {busy['p99']:.1f} |"
        f" {busy['hit_rate']:.1%} | {busy.get('workers_replaced', 0)} | {ratio:.2f} | ≥ 0.8 {'met' if ratio >= 0.8 else '**missed**'}, hit rate ≥ 95 %"
        f" {'met' if busy['hit_rate'] >= 0.95 else '**missed**'} |",
        "",
        "What it misses: one language only (three would need more than `DJANGO_LOCMEM_MAX_ENTRIES` pages per worker"
        " without Redis); no search, lookup or list pages among the readers; the writer skips the forms, their rate"
        " limits and the admin's own pages; each edit retires the pages that show its record (an article: the pages that"
        " link to it and its platforms' pages too; a platform: the articles about it), so more edits cost more misses.",
    ]


def averaged(first: dict, second: dict) -> dict:
    if "rps" not in first or "rps" not in second:
        return first if "rps" not in first else second
    return {**first, **{key: (first[key] + second[key]) / 2 for key in ("rps", "p50", "p99")}}


def verdict(row: dict, reference: float) -> str:
    ratio = row["rps"] / reference
    target = TARGETS["cached"] if row["mode"] == "cached" else TARGETS.get(row["page"])
    notes = []
    if target is not None:
        notes.append(f"≥ {target} {'met' if ratio >= target else '**missed**'}")
    if row["errors"] or row["timeouts"]:
        notes.append(f"{row['errors']} non-2xx, {row['timeouts']} timeouts")
    if row["idle_wait"] == float("inf"):
        notes.append(f"server not idle after {IDLE_MAX_WAIT} s")
    return "; ".join(notes)


def selected(only: str, names: list[str]) -> list[str]:
    if not only:
        return names
    wanted = [name.strip() for name in only.split(",") if name.strip()]
    known = dict.fromkeys([*MAIN_PAGES, *SCALE_PAGES, *REFERENCE_PAGES, MIXED])
    unknown = [name for name in wanted if name not in known]
    if unknown:
        sys.exit(f"--only: unknown page {unknown}; choose from {', '.join(known)}")
    return [name for name in names if name in wanted]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary directory")
    parser.add_argument("--redis-url", default="", help="default: the in-process cache")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--articles", type=int, default=1000, help="bulk articles for the main run")
    parser.add_argument("--scale", type=int, default=0, help="also measure with this many articles (e.g. 100000)")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated pages to measure (e.g. 'article,lookup', or 'mixed' for the mixed row); then only printed",
    )
    parser.add_argument("--output", help="results file (default: bench/RESULTS.md, or none with --only)")
    parser.add_argument(
        "--reference-pages",
        default=",".join(REFERENCE_PAGES),
        help="comma-separated pages measured uncached against the plain Django page ('' for none)",
    )
    parser.add_argument(
        "--reference-only",
        action="store_true",
        help="only the rows against the plain Django page (with --scale: also search at that size)",
    )
    parser.add_argument("--port", type=int, default=0, help="port of the server (default: a free one)")
    args = parser.parse_args()
    args.reference_pages = [name.strip() for name in args.reference_pages.split(",") if name.strip()]
    if args.only:  # a few rows, printed: only the reference rows of the pages asked for
        args.reference_pages = [name for name in args.reference_pages if name in selected(args.only, REFERENCE_PAGES)]
    unknown = [name for name in args.reference_pages if name not in REFERENCE_PAGES]
    if unknown:
        sys.exit(f"--reference-pages: unknown page {unknown}; choose from {', '.join(REFERENCE_PAGES)}")
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk")
    main_pages, scale_pages = selected(args.only, MAIN_PAGES), selected(args.only, SCALE_PAGES)
    with_mixed = bool(selected(args.only, [MIXED]))
    output = Path(args.output) if args.output else (None if args.only else RESULTS)

    tmp = Path(tempfile.mkdtemp(prefix="overdue-bench-"))
    env = site_environment(args.database_url or f"sqlite:///{tmp / 'bench.sqlite3'}", args.redis_url)
    print("Preparing: collectstatic, migrate, demo content, bulk content …", flush=True)
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content")
    manage(env, "generate_bulk_content", "--articles", str(args.articles), "--platforms", "100")
    pages = page_addresses(env)
    args.pages = pages
    if args.reference_only:
        text = reference_results(args, env)
        shutil.rmtree(tmp, ignore_errors=True)
        if output:
            output.write_text(text)
            print(f"Written to {output}", flush=True)
        print(text)
        return

    port = args.port or free_port()
    server = start_server(env, port, args.workers)
    bench = Bench(f"http://127.0.0.1:{port}", server, args, tmp)
    healthz = {"url": "/healthz"}
    generated_in, scale_rows = 0.0, []
    try:
        print("Measuring …", flush=True)
        # The reference is measured before every page and once more at the end: on a shared or virtual machine the
        # ceiling drifts, so each row is compared with the mean of the references just before and just after it.
        references, rows = [], []
        for name in main_pages:
            references.append(bench.row("/healthz", f"before {name}", healthz))
            for row in bench.rows(pages, [name], ("cached", "uncached")):
                rows.append({**row, "reference_index": len(references) - 1})
        mixed_rows = []
        if with_mixed:
            references.append(bench.row("/healthz", f"before {MIXED}", healthz))
            mixed_rows = measure_mixed(args, env, bench, pages)
        references.append(bench.row("/healthz", "last", healthz))
        reference_lines = []
        in_place = not env["DATABASE_URL"].startswith("sqlite:///")
        if args.reference_pages and args.scale and scale_pages and in_place:
            # The large set is generated into this very database: the rows at the main size come first.
            reference_lines = main_size_reference_section(args, env, tmp, pages)
        if args.scale and scale_pages:
            scale_rows, generated_in = measure_scale(args, env, tmp, bench, pages, scale_pages)
    finally:
        stop_server(server)
    if any("rps" not in reference for reference in references):
        sys.exit(f"/healthz could not be measured: {references}")
    text = results(args, env, pages, references, rows, scale_rows, generated_in)
    if args.reference_pages:
        if not reference_lines:
            reference_lines = main_size_reference_section(args, env, tmp, pages)
        text += "\n".join(reference_lines + scale_reference_section(args, env, tmp)) + "\n"
    if mixed_rows:
        text += "\n".join(mixed_lines(mixed_rows)) + "\n"
    shutil.rmtree(tmp, ignore_errors=True)
    if output:
        output.write_text(text)
        print(f"Written to {output}", flush=True)
    print(text)


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo.read_text(), re.MULTILINE)
        cpu = names[0] if names else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kilobytes = int(re.search(r"MemTotal:\s+(\d+)", meminfo.read_text()).group(1))
        memory = f", {kilobytes / 1024 / 1024:.1f} GiB RAM"
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}"


def results(args, env, pages, references, rows, scale_rows, generated_in) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite (file, WAL)"
    cache = "Redis" if env["REDIS_URL"] else "in-process (LocMem), tag versions in the database"
    reference = sum(item["rps"] for item in references) / len(references)
    measured = ", ".join(f"{item['rps']:.0f} ({item['mode']})" for item in references)

    def row_reference(row: dict) -> float:
        index = row["reference_index"]
        return (references[index]["rps"] + references[index + 1]["rps"]) / 2

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    rotations = {name: len(pages[name]["rotation"]) for name in ("article", "platform", "lookup", "search")}
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}"
        + (f"; load average at the end {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}" if load else ""),
        f"- Commit: {commit.strip() or 'unknown'} (plus uncommitted changes of the working tree)",
        f"- Server: gunicorn gthread, {args.workers} workers × {os.environ.get('GUNICORN_THREADS', '4')} threads,"
        f" DEBUG off, {database}, cache {cache}",
        f"- Load: wrk, 2 threads, {args.connections} connections, {args.duration} s per row, on the same machine"
        " (wrk takes CPU from the server, which lowers every row alike)",
        f"- Content: the demo content plus {args.articles} generated articles and 100 generated platforms",
        "- Command: `.venv/bin/python bench/run.py " + " ".join(sys.argv[1:]) + "`",
        f"- Method: before every row the script waits until the server is idle (its processes use ≤ {IDLE_CPU_SHARE:.0%}"
        f" of a core over {IDLE_WINDOW} s and `/healthz` answers within {IDLE_ANSWER_MS} ms; at most {IDLE_MAX_WAIT} s),"
        f" runs wrk for {WARM_UP_SECONDS} s to warm up (discarded), waits again, then measures. `/healthz` (the reference)"
        " is measured before each page and once more at the end; each row's ratio is to the mean of the reference"
        " just before and just after its page, because the ceiling of a shared virtual machine drifts.",
        "- Cached: one address per page, answered by the page cache (after the warm-up every request is a hit).",
        "- Uncached: header `X-Page-Cache-Bypass: 1` (honoured only with `DJANGO_PAGE_CACHE_ALLOW_BYPASS=1`): the page"
        " cache neither answers nor stores, the view renders the page. Pages that stand for many pages cycle through"
        f" addresses with a wrk Lua script, so a request rarely finds in-process caches warm for its object: article"
        f" through all {rotations['article']} generated articles, platform through all {rotations['platform']} listed"
        f" platforms, lookup through those platforms × {len(LOOKUP_DAYS)} day counts ({', '.join(map(str, LOOKUP_DAYS))};"
        f" {rotations['lookup']} addresses), search through {rotations['search']} queries"
        f" ({', '.join(SEARCH_QUERIES)}), each finding results. The home page is one page: one address."
        " A platform's records (the platform, its stages and sources, its readers' figures) are kept until they change"
        " (`page_cache.remember`), as a lookup on a new day count or in another language finds them; the warm-up passes"
        " every platform, so the uncached platform and lookup rows render with them kept.",
        "",
        f"Reference (`/healthz`, constant response): **{reference:.0f} req/s** on average; measured"
        f" {measured} req/s,"
        f" p50 {min(item['p50'] for item in references):.1f}–{max(item['p50'] for item in references):.1f} ms.",
        "",
        "| page | mode | addresses | req/s | p50 ms | p99 ms | reference req/s | ratio to reference | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        if "rps" not in row:
            lines.append(f"| {row['page']} | {row['mode']} | – | – | – | – | – | – | {row['status']}: not measured |")
            continue
        base = row_reference(row)
        lines.append(
            f"| {row['page']} | {row['mode']} | {row['addresses']} | {row['rps']:.0f} | {row['p50']:.1f} |"
            f" {row['p99']:.1f} | {base:.0f} | {row['rps'] / base:.2f} | {verdict(row, base)} |"
        )
    if scale_rows:
        lines += [
            "",
            f"## Scale: {args.articles} vs {args.scale} articles (uncached; generation took {generated_in:.0f} s)",
            "",
            "Target: at the larger size each page takes at most 1.5 × its time (p50) at the smaller size."
            + (
                " The larger set is generated into a copy of the database and served by a second gunicorn, so each page"
                " is measured at both sizes within seconds, in the order small, large, large, small (drift of the"
                " machine cancels out); each figure is the mean of its two measurements."
                if env["DATABASE_URL"].startswith("sqlite:///")
                else " `generate_bulk_content` replaces the generated content; the larger size is measured after the"
                " smaller one on the same server."
            )
            + " Search and lookup cycle through the same queries and platform × day addresses as above; the list"
            " pages (platform list, FAQ index, one category) are one address each.",
            "",
            f"| page | p50 ms at {args.articles} | p50 ms at {args.scale} | factor | req/s at {args.articles} |"
            f" req/s at {args.scale} | within 1.5 × |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for small, large in scale_rows:
            if "rps" not in small or "rps" not in large or not small["p50"]:
                lines.append(
                    f"| {small['page']} | – | – | – | – | – | not measured: {small.get('status', '')} /"
                    f" {large.get('status', '')} |"
                )
                continue
            factor = large["p50"] / small["p50"]
            lines.append(
                f"| {small['page']} | {small['p50']:.1f} | {large['p50']:.1f} | {factor:.2f} | {small['rps']:.0f} |"
                f" {large['rps']:.0f} | {'yes' if factor <= 1.5 else '**no**'} |"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
