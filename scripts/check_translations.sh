#!/usr/bin/env bash
# Fails when a message catalogue has an untranslated or fuzzy entry, when `makemessages` would change a catalogue
# (a string was added to the code and not extracted), or when a compiled .mo file is not current.
# The compiled .mo files are kept in the repository so that setting up the site needs no GNU gettext;
# this check (run in CI) needs it and installs it on Debian when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v msgfmt >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq gettext >/dev/null
  else
    echo "GNU gettext (msgfmt, xgettext) is needed for this check: apt-get install gettext" >&2
    exit 1
  fi
fi

status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r locale "$work/committed"

.venv/bin/python manage.py makemessages --all --no-location --no-obsolete -v 0
for po in locale/*/LC_MESSAGES/django.po; do
  committed="$work/committed/${po#locale/}"
  if ! diff -q <(grep -v '^"POT-Creation-Date' "$committed") <(grep -v '^"POT-Creation-Date' "$po") >/dev/null; then
    echo "FAIL: makemessages changes $po — run: .venv/bin/python scripts/sync_catalogues.py" >&2
    diff <(grep -v '^"POT-Creation-Date' "$committed") <(grep -v '^"POT-Creation-Date' "$po") | head -n 20 >&2
    status=1
  fi
done
rm -rf locale && cp -r "$work/committed" locale

for po in locale/*/LC_MESSAGES/django.po; do
  stats=$(LC_ALL=C msgfmt --check --statistics -o "$work/compiled.mo" "$po" 2>&1)
  if echo "$stats" | grep -Eq 'untranslated|fuzzy'; then
    echo "FAIL: $po: $stats" >&2
    status=1
  fi
  if ! cmp -s "$work/compiled.mo" "${po%.po}.mo"; then
    echo "FAIL: ${po%.po}.mo is not compiled from the current $po — run: .venv/bin/python scripts/sync_catalogues.py" >&2
    status=1
  fi
done
[ "$status" = 0 ] && echo "Catalogues complete and current."
exit "$status"
