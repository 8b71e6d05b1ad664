"""gunicorn settings: ``.venv/bin/gunicorn overdue_site.wsgi`` reads this file from the project root.

Every value comes from an environment variable so one file serves development, the benchmark and production.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Threads share one process's connection pool and in-process cache; two workers per core is a good start.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2)))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Load the application before forking: less memory, and a broken configuration fails at start, not per worker.
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak can never take a server down, but only where the page cache is shared
# (Redis): without REDIS_URL each worker keeps its cached pages in its own memory, and a recycled worker starts empty
# and renders every page again (in the benchmark's mixed row, every 10,000 requests cost the hit rate 99% -> 2%).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000" if os.environ.get("REDIS_URL") else "0"))
max_requests_jitter = max_requests // 10
# Access logs are usually written by the reverse proxy; set GUNICORN_ACCESS_LOG=- to log requests here too.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Trust X-Forwarded-* only from the proxy in front (comma-separated addresses).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn 25+ opens a control socket for `gunicornc`, by default $XDG_RUNTIME_DIR/gunicorn.ctl or
# ~/.gunicorn/gunicorn.ctl: one path for every gunicorn of the user, so two instances (the site and the load test or
# benchmark, or two releases) take it from each other. Off unless GUNICORN_CONTROL_SOCKET names a path for this
# instance.
_control_socket_path = os.environ.get("GUNICORN_CONTROL_SOCKET", "").strip()
control_socket_disable = not _control_socket_path
if _control_socket_path:
    control_socket = _control_socket_path


def worker_exit(server, worker):
    """Without Redis, article views a worker counted but has not written yet would be lost when it stops."""
    from heat.counting import flush_process_pending

    flush_process_pending()
