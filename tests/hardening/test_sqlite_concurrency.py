"""On SQLite, concurrent writers wait for each other (WAL, IMMEDIATE transactions, busy timeout) instead of failing
with "database is locked", and every write arrives."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

THREADS = 8
WRITES = 15

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite only: PostgreSQL has row locks and no database-wide write lock"
)


def test_sqlite_settings_make_writers_wait():
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]


def test_concurrent_writers_never_see_database_is_locked(tmp_path):
    # A separate process with a file database: the test database is in memory and shared by the test's transaction.
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.hardening.sqlite_writers",
            str(tmp_path / "db.sqlite3"),
            str(THREADS),
            str(WRITES),
        ],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["journal_mode"] == "wal"
    assert result["errors"] == []
    assert result["articles"] == THREADS * WRITES
    assert result["reports"] in (None, THREADS * WRITES)
