"""``reverse()`` remembered per language: the address of a page never changes while the process runs.

Lists of links (a hundred platforms on the home page, article lists) otherwise spend much of their rendering time
resolving the same patterns again.
"""

from __future__ import annotations

from functools import lru_cache

from django.urls import get_script_prefix, reverse
from django.utils.translation import get_language


def cached_reverse(viewname: str, **kwargs) -> str:
    return _reverse(get_language(), get_script_prefix(), viewname, tuple(sorted(kwargs.items())))


@lru_cache(maxsize=16384)
def _reverse(language, script_prefix, viewname: str, kwargs: tuple) -> str:
    # language and script_prefix are only part of the key: reverse() reads both from the running request.
    return reverse(viewname, kwargs=dict(kwargs))
