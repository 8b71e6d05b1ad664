"""Bring the message catalogues up to date after interface strings change.

1. `makemessages` extracts new strings into locale/{zh_Hans,zh_Hant,en}.
2. English entries are the source text itself, so they are filled with it.
3. Empty Traditional entries are filled from the Simplified translation with OpenCC (phrase-aware), so nobody
   types the same Chinese twice; review them like any other translation.
4. `compilemessages` writes the .mo files that the site loads (they are committed).

Simplified entries that are still empty are listed: translate them in locale/zh_Hans/LC_MESSAGES/django.po and run
this again. Usage: .venv/bin/python scripts/sync_catalogues.py
"""

import subprocess
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent

# OpenCC's s2t gives some rare variant characters; the catalogues use the common forms readers in Hong Kong and
# Taiwan expect. "天后" only ever means "days later" in our interface, never the goddess.
COMMON_FORMS = {"爲": "為", "審覈": "審核", "纔": "才", "啓": "啟", "羣": "群", "衆": "眾", "着": "著", "天后": "天後"}


def traditional(converter, text: str) -> str:
    text = converter.convert(text)
    for variant, common in COMMON_FORMS.items():
        text = text.replace(variant, common)
    return text


MANAGE = [sys.executable, str(ROOT / "manage.py")]


def read_po(path: Path):
    import polib  # dev-only dependency

    return polib.pofile(str(path), wrapwidth=0)


def makemessages() -> None:
    subprocess.run(
        [*MANAGE, "makemessages", "--all", "--no-location", "--no-obsolete", "-v", "0"], cwd=ROOT, check=True
    )


def main() -> int:
    makemessages()
    hans = read_po(ROOT / "locale/zh_Hans/LC_MESSAGES/django.po")
    hant = read_po(ROOT / "locale/zh_Hant/LC_MESSAGES/django.po")
    english = read_po(ROOT / "locale/en/LC_MESSAGES/django.po")
    converter = opencc.OpenCC("s2t")

    for entry in english:
        if not entry.translated() or "fuzzy" in entry.flags:
            entry.msgstr = entry.msgid
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    english.save()

    by_key = {(e.msgctxt, e.msgid): e for e in hans}
    missing = []
    for entry in hant:
        source = by_key.get((entry.msgctxt, entry.msgid))
        if source is None or not source.translated() or "fuzzy" in source.flags:
            missing.append(entry.msgid)
            continue
        if entry.translated() and "fuzzy" not in entry.flags:
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {k: traditional(converter, v) for k, v in source.msgstr_plural.items()}
        else:
            entry.msgstr = traditional(converter, source.msgstr)
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    hant.save()

    makemessages()  # rewrites the files in gettext's own layout, which CI compares against
    subprocess.run([*MANAGE, "compilemessages", "-v", "0"], cwd=ROOT, check=True)
    if missing:
        print(f"{len(missing)} strings still need a Simplified Chinese translation:")
        for msgid in missing:
            print("  ", msgid[:100].replace("\n", " "))
        return 1
    print("Catalogues complete.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
