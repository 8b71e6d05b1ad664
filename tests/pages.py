"""Helpers for tests that fetch public pages."""

import re
from urllib.parse import urlsplit

from django.db import connection
from django.test.utils import CaptureQueriesContext


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def query_count(client, url: str) -> int:
    """Queries for one request once caches (site texts) are warm: what content growth must not change."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries.captured_queries)


def sitemaps(client) -> str:
    """Every sitemap that /sitemap.xml (an index) lists, one after the other."""
    index = page(client, "/sitemap.xml")
    parts = []
    for location in re.findall(r"<loc>([^<]+)</loc>", index):
        address = urlsplit(location.replace("&amp;", "&"))
        parts.append(page(client, f"{address.path}?{address.query}" if address.query else address.path))
    return "\n".join(parts)
