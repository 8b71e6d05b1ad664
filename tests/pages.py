"""Helpers for tests that fetch public pages."""

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
