#!/usr/bin/env bash
# One command from a fresh clone to a running site: install, migrate, load the demo content, print the admin
# login, serve at http://127.0.0.1:8000 (set PORT to change the port).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

export DJANGO_DEBUG="${DJANGO_DEBUG:-1}"
.venv/bin/python manage.py migrate --no-input -v 0
.venv/bin/python manage.py load_demo_content
# Indexes content that was in an existing database before search existed; quick on the demo content.
.venv/bin/python manage.py rebuild_search_index
.venv/bin/python manage.py ensure_admin
echo
echo "Site:  http://127.0.0.1:${PORT:-8000}/"
exec .venv/bin/python manage.py runserver "127.0.0.1:${PORT:-8000}"
