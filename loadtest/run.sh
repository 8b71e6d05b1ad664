#!/usr/bin/env bash
# Load test: 64 simulated readers for 60 s against gunicorn on 127.0.0.1 (see loadtest/run.py); writes
# loadtest/RESULTS.md and fails when any request failed or an accepted submission is missing from the database.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m loadtest.run "$@"
