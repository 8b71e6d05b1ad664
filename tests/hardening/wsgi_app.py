"""The site's WSGI application, usable inside a pytest-django test transaction.

Django closes "old" database connections at the start and end of every request. Inside a test transaction that
would mark the transaction for rollback, so (like Django's own test client) the wrapper keeps the connection open
while the request runs.
"""

from __future__ import annotations

from functools import cache

from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections


@cache
def _site():
    return get_wsgi_application()


def application(environ, start_response):
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        response = _site()(environ, start_response)
        body = b"".join(response)
        if hasattr(response, "close"):
            response.close()
        return [body]
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
