#!/usr/bin/env bash
# One command to run the whole test suite (on SQLite and the in-process cache unless DATABASE_URL / REDIS_URL
# point elsewhere). Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

exec .venv/bin/python -m pytest -n "${PYTEST_WORKERS:-auto}" -q "$@"
