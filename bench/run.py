"""Benchmark: the site under gunicorn with production settings, measured with wrk; writes bench/RESULTS.md.

    .venv/bin/python bench/run.py                      # SQLite in a temporary directory, in-process cache
    .venv/bin/python bench/run.py --database-url postgres://postgres@127.0.0.1:5432/overdue_bench \\
                                  --redis-url redis://127.0.0.1:6379/9
    .venv/bin/python bench/run.py --scale 100000       # also: list pages, search and lookup at 1,000 vs 100,000

Every page is measured cached (served by the page cache) and uncached (``X-Page-Cache-Bypass: 1``, honoured only
because the benchmark turns on DJANGO_PAGE_CACHE_ALLOW_BYPASS) and reported as a ratio to /healthz, a constant
response that touches neither database nor cache: the ceiling of this server on this machine.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
RESULTS = ROOT / "bench" / "RESULTS.md"
BYPASS = "X-Page-Cache-Bypass: 1"
TARGETS = {"cached": 0.8, "article": 0.2, "platform": 0.2, "lookup": 0.3}


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


def get_status(url: str, bypass: bool = False) -> int:
    request = urllib.request.Request(url, headers={"X-Page-Cache-Bypass": "1"} if bypass else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except TimeoutError:
        return 0  # reported as "no answer within 60 s"


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url: str, duration: int, connections: int, bypass: bool) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "--latency", url]
    if bypass:
        command[1:1] = ["-H", BYPASS]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
        "errors": int(errors.group(1)) if errors else 0,
    }


def page_urls(env: dict) -> dict[str, str]:
    code = (
        "from articles.models import Article; from platforms.models import Platform; from django.utils import translation;"
        "translation.activate('zh-hans');"
        "article = Article.objects.published().exclude(slug__startswith='bulk-').order_by('pk').first() "
        "or Article.objects.published().order_by('pk').first();"
        "platform = Platform.objects.listed().exclude(slug__startswith='bulk-').order_by('pk').first();"
        "print(article.get_absolute_url()); print(platform.slug)"
    )
    article_url, platform_slug = shell(env, code).splitlines()[-2:]
    return {
        "home": "/zh-hans/",
        "article": article_url,
        "platform": f"/zh-hans/platforms/{platform_slug}/",
        "lookup": f"/zh-hans/lookup/?platform={platform_slug}&days_overdue=20",
        "search": "/zh-hans/search/?q=%E9%80%BE%E6%9C%9F",
        "platform list": "/zh-hans/platforms/",
        "FAQ index": "/zh-hans/faq/",
        "category": "/zh-hans/categories/bulk-1/",
    }


def measure(base: str, pages: dict[str, str], names: list[str], duration: int, connections: int, modes) -> list:
    rows = []
    for name in names:
        url = base + pages[name]
        for mode in modes:
            bypass = mode == "uncached"
            status = get_status(url, bypass)
            if status != 200:
                rows.append({"page": name, "mode": mode, "status": status or "timeout (> 60 s)"})
                continue
            get_status(url, bypass)  # warm the page cache / connections
            rows.append({"page": name, "mode": mode, **wrk(url, duration, connections, bypass)})
    return rows


def verdict(row: dict, reference: float) -> str:
    ratio = row["rps"] / reference
    target = TARGETS["cached"] if row["mode"] == "cached" else TARGETS.get(row["page"])
    if target is None:
        return ""
    return f"≥ {target} {'met' if ratio >= target else '**missed**'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary directory")
    parser.add_argument("--redis-url", default="", help="default: the in-process cache")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--articles", type=int, default=1000, help="bulk articles for the main run")
    parser.add_argument("--scale", type=int, default=0, help="also measure with this many articles (e.g. 100000)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk")

    tmp = Path(tempfile.mkdtemp(prefix="overdue-bench-"))
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijklmnop",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_PAGE_CACHE_ALLOW_BYPASS": "1",
        "DATABASE_URL": args.database_url or f"sqlite:///{tmp / 'bench.sqlite3'}",
        "REDIS_URL": args.redis_url,
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    print("Preparing: collectstatic, migrate, demo content, bulk content …", flush=True)
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_content")
    manage(env, "generate_bulk_content", "--articles", str(args.articles), "--platforms", "100")
    pages = page_urls(env)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(env, port, args.workers)
    try:
        print("Measuring …", flush=True)
        reference = wrk(base + "/healthz", args.duration, args.connections, bypass=False)
        main_pages = ["home", "article", "platform", "lookup", "search"]
        rows = measure(base, pages, main_pages, args.duration, args.connections, ("cached", "uncached"))
        scale_rows = []
        if args.scale:
            scale_pages = ["platform list", "FAQ index", "category", "search", "lookup"]
            small = measure(base, pages, scale_pages, args.duration, args.connections, ("uncached",))
            print(f"Generating {args.scale} articles …", flush=True)
            started = time.monotonic()
            manage(env, "generate_bulk_content", "--articles", str(args.scale), "--platforms", "100")
            generated_in = time.monotonic() - started
            large = measure(base, pages, scale_pages, args.duration, args.connections, ("uncached",))
            scale_rows = list(zip(small, large, strict=True))
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    print(reference, rows, scale_rows, sep="\n", flush=True)
    write_results(args, env, reference, rows, scale_rows, generated_in if args.scale else 0)
    shutil.rmtree(tmp, ignore_errors=True)
    print(RESULTS.read_text())


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


def write_results(args, env, reference, rows, scale_rows, generated_in) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite (file, WAL)"
    cache = "Redis" if env["REDIS_URL"] else "in-process (LocMem)"
    lines = [
        "# Benchmark results",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {machine()}",
        f"- Commit: {commit.strip() or 'unknown'} (plus uncommitted changes of the working tree)",
        f"- Server: gunicorn gthread, {args.workers} workers × 4 threads, DEBUG off, {database}, cache {cache}",
        f"- Load: wrk, 2 threads, {args.connections} connections, {args.duration} s per row, on the same machine"
        " (wrk takes CPU from the server, which lowers every row alike)",
        f"- Content: the demo content plus {args.articles} generated articles and 100 generated platforms",
        "- Command: `.venv/bin/python bench/run.py " + " ".join(sys.argv[1:]) + "`",
        "",
        f"Reference (`/healthz`, constant response): **{reference['rps']:.0f} req/s**, p50 {reference['p50']:.1f} ms,"
        f" p99 {reference['p99']:.1f} ms.",
        "",
        "| page | mode | req/s | p50 ms | p99 ms | ratio to reference | target |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        if "rps" not in row:
            lines.append(f"| {row['page']} | {row['mode']} | – | – | – | – | HTTP {row['status']}: not measured |")
            continue
        lines.append(
            f"| {row['page']} | {row['mode']} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} |"
            f" {row['rps'] / reference['rps']:.2f} | {verdict(row, reference['rps'])} |"
        )
    if scale_rows:
        lines += [
            "",
            f"## Scale: {args.articles} vs {args.scale} articles (uncached; generation took {generated_in:.0f} s)",
            "",
            "Target: at the larger size each page takes at most 1.5 × its time (p50) at the smaller size.",
            "",
            f"| page | p50 ms at {args.articles} | p50 ms at {args.scale} | factor | req/s at {args.articles} |"
            f" req/s at {args.scale} | within 1.5 × |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for small, large in scale_rows:
            if "rps" not in small or "rps" not in large or not small["p50"]:
                lines.append(
                    f"| {small['page']} | – | – | – | – | – | not measured: {small.get('status', '')} / {large.get('status', '')} |"
                )
                continue
            factor = large["p50"] / small["p50"]
            lines.append(
                f"| {small['page']} | {small['p50']:.1f} | {large['p50']:.1f} | {factor:.2f} | {small['rps']:.0f} |"
                f" {large['rps']:.0f} | {'yes' if factor <= 1.5 else '**no**'} |"
            )
    RESULTS.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
