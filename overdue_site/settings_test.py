"""Settings for the test suite and the benchmark: the production settings plus what only they use."""

import os

from .settings import *  # noqa: F403
from .settings import REDIS_URL, caches_for, env_bool

if REDIS_URL and os.environ.get("PYTEST_XDIST_WORKER"):
    # Parallel test workers each get their own Redis database, since clearing the cache empties a whole database.
    _worker = int(os.environ["PYTEST_XDIST_WORKER"].removeprefix("gw") or 0)
    REDIS_URL = REDIS_URL.rsplit("/", 1)[0] + f"/{1 + _worker % 15}"
    CACHES = caches_for(REDIS_URL)

# Lets a request skip the page cache with an "X-Page-Cache-Bypass: 1" header (bench/run.py's uncached rows).
PAGE_CACHE_ALLOW_BYPASS = env_bool("DJANGO_PAGE_CACHE_ALLOW_BYPASS", False)
