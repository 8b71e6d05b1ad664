"""Settings for the overdue-collection information site.

Everything an operator changes comes from environment variables; the defaults make a development checkout work
with nothing but Python (SQLite file, in-process cache). See README.md, "Configuration".
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

DEVELOPMENT_SECRET_KEY = "development-only-insecure-key-do-not-use-in-production"  # noqa: S105


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "") or DEVELOPMENT_SECRET_KEY
if not DEBUG and (SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 32):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random value of at least 32 characters when DJANGO_DEBUG is off."
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its translation fields appear there.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "overdue_site.axes_labels.AxesConfig",  # django-axes, with its admin section translated
    "reversion",
    "import_export",
    "platforms",
    "articles",
    "rights",
    "opendata",
    "search",
    "feedback",
    "heat",
    "workflow",
    "demo_content",
    "overdue_site",
    "history",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "overdue_site.security.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside CSPMiddleware, so the admin's relaxed style policy is on the response before the header is built.
    "overdue_site.security.AdminCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous page views are answered here from the cache, before sessions, CSRF and the view run.
    "overdue_site.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "overdue_site.security.MethodNotAllowedMessageMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-axes: must be last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "overdue_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "overdue_site.context_processors.site",
                "articles.context_processors.site_texts",
            ],
        },
    },
]

WSGI_APPLICATION = "overdue_site.wsgi.application"
# A form that fails the CSRF check gets a page in the reader's language that says nothing was saved.
CSRF_FAILURE_VIEW = "overdue_site.views.csrf_failure"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE transactions plus a busy timeout make concurrent
    # writers wait for the lock instead of failing with "database is locked". Connections are kept like PostgreSQL's
    # (DJANGO_CONN_MAX_AGE): opening one and reading the schema again costs more than most pages take to render.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

REDIS_URL = os.environ.get("REDIS_URL", "")


def caches_for(redis_url: str) -> dict:
    """Pages ("default"), the page cache's tag versions ("cache_tags") and the records and fragments pages are built
    from ("records"), see overdue_site.page_cache.

    With Redis pages and tag versions live there, shared by every worker and machine. Without it pages are kept in
    each process's memory and the tag versions in the database (Django's DatabaseCache, table ``cache_tags``: run
    ``manage.py createcachetable`` after ``migrate``), so a save seen by one worker retires pages in all of them.
    Records and fragments are always kept in each process's memory: a page rendered afresh reads several of them,
    and each read from Redis was a round trip; their tags' versions, read from the shared store, retire them.
    """
    records = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "overdue-site-records",
        # A platform with its timeline, a few fragments per language, the listing counts: a few KB each; the listings
        # article pages choose their links from, 32 bytes an article (about 20 MB at 100,000 articles).
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("DJANGO_RECORDS_MAX_ENTRIES", "3000"))},
    }
    if redis_url:
        prefix = os.environ.get("DJANGO_CACHE_PREFIX", "overdue")
        # RedisCache that logs and survives a Redis outage (pages are then simply not cached).
        redis = {"BACKEND": "overdue_site.cache_backends.ResilientRedisCache", "LOCATION": redis_url}
        return {
            "default": {**redis, "KEY_PREFIX": prefix},
            "cache_tags": {**redis, "KEY_PREFIX": f"{prefix}-tags"},
            "records": records,
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "overdue-site",
            # Pages, rate-limit counters and pending view counts (one per article read) share it; when full it drops a
            # third of its entries, so it must hold a site's pages in one language and its counters: about 20 KB a
            # page, so at most about 100 MB a worker.
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("DJANGO_LOCMEM_MAX_ENTRIES", "5000"))},
        },
        "cache_tags": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_tags",
            # One row per tag (a record and its lists): never cull them while the site has fewer records than this.
            "OPTIONS": {"MAX_ENTRIES": 10_000_000},
        },
        "records": records,
    }


CACHES = caches_for(REDIS_URL)
if REDIS_URL:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Logins: django-axes counts failed admin logins and locks out a username + address pair after too many.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("DJANGO_AXES_COOLOFF_HOURS", "1"))  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation ---------------------------------------------------------------------------------------------
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", _("Simplified Chinese")),
    ("zh-hant", _("Traditional Chinese")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One way of writing dates per language ("7 February 2025", "2025年2月7日"): overdue_site/formats/<language>/.
FORMAT_MODULE_PATH = ["overdue_site.formats"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "zh-hans"
MODELTRANSLATION_LANGUAGES = ("zh-hans", "zh-hant", "en")
# Traditional readers see Simplified text until an editor (or the converter) fills the Traditional field; English
# pages fall back to Simplified too, but always with a visible "not yet translated" note (see articles.translation).
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("zh-hans",), "zh-hans": ()}
# jQuery UI for the admin's language tabs is served from our own static files: Google's CDN is blocked in
# mainland China.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
JQUERY_URL = "admin/js/vendor/jquery/jquery.min.js"

# Content history (django-reversion) and CSV/XLSX import and export (django-import-export): an import runs in one
# transaction and only users who may change platforms can import.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
IMPORT_EXPORT_SKIP_ADMIN_LOG = False

# Simplified → Traditional conversion profile for editors (OpenCC config name).
OPENCC_PROFILE = os.environ.get("OPENCC_PROFILE", "s2t")

# Static files -----------------------------------------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"

# Publishing workflow: content not reviewed for more than this many days is listed as stale (admin, stale_content).
CONTENT_STALE_AFTER_DAYS = int(os.environ.get("CONTENT_STALE_AFTER_DAYS", "180"))

# Security (production values apply when DEBUG is off) -------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Content-Security-Policy (django-csp): the public pages load nothing but our own scripts, styles and images, and
# have no inline script or style. The admin gets inline styles only (overdue_site.security.AdminCSPMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Browser features the site never uses are switched off (overdue_site.security.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "noreply@localhost")

LOG_LEVEL = os.environ.get("DJANGO_LOG_LEVEL", "WARNING")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"level": "INFO", "class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # Django's default configuration gives the "django" logger a console handler of its own (with DEBUG on), and
    # its records also reached the root's: every line ("Not Found: …") was written twice. Now the root handler
    # writes them, once. Configuring "django" resets its children, so runserver's request lines ("django.server")
    # get Django's own handler back here, without propagating.
    "loggers": {
        "django": {"handlers": [], "level": LOG_LEVEL, "propagate": True},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}

# The site -------------------------------------------------------------------------------------------------------
SITE_NAME = _("Overdue Guide")

# Performance ------------------------------------------------------------------------------------------------------
# Whole-page cache for anonymous readers (overdue_site.page_cache): a change retires the pages showing what changed;
# entries also expire at the next scheduled publish/unpublish time, at midnight, and at the latest after
# PAGE_CACHE_SECONDS (which bounds how late a deployed template or a pinned related article's new title shows).
PAGE_CACHE_ENABLED = env_bool("DJANGO_PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("DJANGO_PAGE_CACHE_SECONDS", "600"))
# Cache-Control max-age / s-maxage for browsers and CDNs on cacheable pages.
PAGE_CACHE_MAX_AGE = int(os.environ.get("DJANGO_PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_EXCLUDED_PATHS = ["/" + ADMIN_URL, "/language/", "/static/", "/healthz"]
# Article view counts (heat.counting): written to the database after this many views or this many seconds.
HEAT_FLUSH_EVERY = int(os.environ.get("DJANGO_HEAT_FLUSH_EVERY", "100"))
HEAT_FLUSH_SECONDS = int(os.environ.get("DJANGO_HEAT_FLUSH_SECONDS", "60"))

# Reader feedback (feedback app): contact-day figures are shown from this many approved reports on; moderation data
# (rejected/spam comments, closed problem reports, rejected contact-day reports) is deleted after this many days by
# `manage.py purge_feedback`. Rate limits: feedback.ratelimit.DEFAULT_RATE_LIMITS, overridable with
# FEEDBACK_RATE_LIMITS = {"comment": (submissions, seconds), ...}.
FEEDBACK_MIN_REPORTS = int(os.environ.get("FEEDBACK_MIN_REPORTS", "5"))
FEEDBACK_RETENTION_DAYS = int(os.environ.get("FEEDBACK_RETENTION_DAYS", "180"))
