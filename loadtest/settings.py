"""Settings for the load test (loadtest/run.sh): the production settings, with what plain HTTP on 127.0.0.1 and one
client address for every simulated reader need. Nothing here is for a real deployment."""

from overdue_site.settings import *  # noqa: F403

# The load test speaks plain HTTP to gunicorn on 127.0.0.1, so cookies cannot be HTTPS-only and nothing redirects.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
# Served straight from the static folders, so no collectstatic run is needed.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
# All 64 simulated readers come from 127.0.0.1, which the feedback rate limits would rightly treat as one flood.
FEEDBACK_RATE_LIMITS = {
    "comment": (1_000_000, 60),
    "report": (1_000_000, 60),
    "contact_day": (1_000_000, 60),
    "contact_day_platform": (1_000_000, 60),
}
