"""CPU milliseconds per uncached page, measured in one process (no server, no wrk): where a page's time goes.

    .venv/bin/python bench/page_cpu.py                        # every page and the plain Django page of bench/reference
    .venv/bin/python bench/page_cpu.py lookup platform        # some pages
    .venv/bin/python bench/page_cpu.py lookup --cprofile      # and the functions that cost the most

bench/run.py measures throughput under gunicorn and wrk, which a busy machine disturbs. This script counts only the
CPU time of this process (``time.process_time``), so figures taken while other work runs stay comparable. It builds
its database once (demo content, 1,000 generated articles, 100 generated platforms, the reference tables) in
``--directory`` and reuses it. Pages are asked for with the bypass header, as on a page-cache miss, cycling through
the same addresses as bench/run.py's uncached rows.

    .venv/bin/python bench/page_cpu.py "FAQ index" reference --articles 100000 \\
        --database-url postgres://postgres@127.0.0.1:5432/overdue_cpu --redis-url redis://127.0.0.1:6379/11

On another database than the default SQLite file, the tables are filled once (the page addresses are kept in
``--directory``, under the database's name). The database server's CPU time is not this process's: the wall-clock
time is printed beside it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PYTHON, REFERENCE_DIR, REFERENCE_PAGES, ROOT, manage, page_addresses, reference_env, site_environment  # noqa: E402

REFERENCE = "reference"


def environment(directory: Path, database_url: str, redis_url: str) -> dict:
    database_url = database_url or f"sqlite:///{directory / 'profile.sqlite3'}"
    return {**site_environment(database_url, redis_url), "PYTHONPATH": str(ROOT)}


def prepare(directory: Path, env: dict, articles: int) -> dict:
    """Build the database once; the page addresses are kept beside it."""
    addresses = directory / "addresses.json"
    manage(env, "collectstatic", "--no-input", "-v0")
    if not addresses.exists():
        directory.mkdir(parents=True, exist_ok=True)
        print(f"Preparing {directory} (once) …", flush=True)
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "load_demo_content")
        manage(env, "generate_bulk_content", "--articles", str(articles), "--platforms", "100")
        ref_env = reference_env(env)
        for command in (
            [PYTHON, "-m", "django", "migrate", "--no-input", "-v0"],
            [PYTHON, str(REFERENCE_DIR / "seed.py")],
        ):
            result = subprocess.run(command, cwd=ROOT, env=ref_env, capture_output=True, text=True, check=True)
        pages = page_addresses(env)
        pages[REFERENCE] = {"url": result.stdout.split()[0], "rotation": result.stdout.split()}
        addresses.write_text(json.dumps(pages))
    return json.loads(addresses.read_text())


def measure(pages: dict, names: list[str], requests: int, with_profile: bool) -> None:
    """Runs inside the Django process of the site (or of the reference, for the reference row)."""
    import django

    django.setup()
    from django.test import Client

    client = Client(headers={"X-Page-Cache-Bypass": "1"}, HTTP_HOST="localhost")
    for name in names:
        paths = pages[name].get("rotation") or [pages[name]["url"]]
        for path in paths[:10]:  # warm up: imports, template loading, connections
            response = client.get(path)
            if response.status_code != 200:
                sys.exit(f"{name}: HTTP {response.status_code} for {path}")
        profiler = cProfile.Profile() if with_profile else None
        timings, wall_timings = [], []
        for number in range(requests):
            path = paths[(10 + number) % len(paths)]
            started, wall_started = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            client.get(path)
            if profiler:
                profiler.disable()
            timings.append((time.process_time() - started) * 1000)
            wall_timings.append((time.perf_counter() - wall_started) * 1000)
        print(
            f"{name:20s} {statistics.mean(timings):6.1f} ms mean  {statistics.median(timings):6.1f} ms median"
            f"  (wall {statistics.median(wall_timings):6.1f} ms median;"
            f" {requests} requests over {min(len(paths), requests)} addresses)",
            flush=True,
        )
        if profiler:
            pstats.Stats(profiler).sort_stats(os.environ.get("PAGE_CPU_SORT", "cumulative")).print_stats(
                int(os.environ.get("PAGE_CPU_LINES", "40"))
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="*", help=f"default: all of {', '.join(REFERENCE_PAGES)} and {REFERENCE}")
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    parser.add_argument("--cprofile", action="store_true", help="print the costliest functions of each page")
    parser.add_argument(
        "--directory", default=str(ROOT / "bench" / ".page-cpu"), help="where the database is kept (git ignores it)"
    )
    parser.add_argument("--database-url", default="", help="default: a SQLite file in --directory")
    parser.add_argument("--redis-url", default="", help="default: the in-process cache")
    parser.add_argument("--articles", type=int, default=1000, help="generated articles, when the database is filled")
    parser.add_argument("--in-process", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    directory = Path(args.directory)
    if args.database_url:
        directory = directory / args.database_url.rsplit("/", 1)[-1]
    env = environment(directory, args.database_url, args.redis_url)
    if args.in_process:  # the child process: settings are in its environment already
        measure(json.loads((directory / "addresses.json").read_text()), args.pages, args.requests, args.cprofile)
        return
    pages = prepare(directory, env, args.articles)
    names = args.pages or [*REFERENCE_PAGES, REFERENCE]
    unknown = [name for name in names if name not in pages]
    if unknown:
        sys.exit(f"unknown page {unknown}; choose from {', '.join(pages)}")
    extra = [
        *("--requests", str(args.requests), "--directory", args.directory),
        *("--database-url", args.database_url, "--redis-url", args.redis_url),
        *(["--cprofile"] if args.cprofile else []),
    ]
    site_names = [name for name in names if name != REFERENCE]
    if site_names:
        subprocess.run([PYTHON, __file__, *site_names, *extra, "--in-process", "site"], cwd=ROOT, env=env, check=True)
    if REFERENCE in names:
        ref_env = {**reference_env(env), "PYTHONPATH": str(REFERENCE_DIR.parent)}
        subprocess.run(
            [PYTHON, __file__, REFERENCE, *extra, "--in-process", REFERENCE], cwd=ROOT, env=ref_env, check=True
        )


if __name__ == "__main__":
    main()
