"""A small timing helper for ``search.engine.search`` (used by the benchmarks; the test suite never times)."""

from __future__ import annotations

import statistics
import time

from .engine import search

SAMPLE_QUERIES = {
    "zh-hans": ["借呗", "征信", "紧急联系人", "催收", "逾期多久", "借"],
    "zh-hant": ["借唄", "徵信", "緊急聯繫人"],
    "en": ["emergency contacts", "credit report", "collection"],
}


def time_search(queries: dict[str, list[str]] | None = None, repeat: int = 20, per_page: int = 10) -> dict:
    """Run every query ``repeat`` times per language; the timings in milliseconds (p50, p95, max) and the count."""
    timings = []
    for language, words in (queries or SAMPLE_QUERIES).items():
        for word in words:
            for _round in range(repeat):
                start = time.perf_counter()
                search(word, language, page=1, per_page=per_page)
                timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {
        "searches": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 2),
        "max_ms": round(timings[-1], 2),
    }
