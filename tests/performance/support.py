"""Helpers for the performance tests: admin form submission without knowing every field of the form."""

from __future__ import annotations

from html.parser import HTMLParser


class _FormFields(HTMLParser):
    """The values a browser would submit for the first <form method="post"> of a page."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._in_form = False
        self._textarea: str | None = None
        self._textarea_text: list[str] = []
        self._select: str | None = None
        self._select_first: str | None = None
        self._select_chosen: list[str] = []
        self._option_value: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._in_form = True
        if not self._in_form or "name" not in attrs and tag in ("input", "textarea", "select"):
            return
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            default = "on" if kind == "checkbox" else ""
            self.fields.append((attrs["name"], attrs.get("value") or default))
        elif tag == "textarea":
            self._textarea, self._textarea_text = attrs["name"], []
        elif tag == "select":
            self._select, self._select_first, self._select_chosen = attrs["name"], None, []
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if self._select_first is None:
                self._select_first = value
            if "selected" in attrs:
                self._select_chosen.append(value)

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea, "".join(self._textarea_text).removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select:
            chosen = self._select_chosen or ([self._select_first] if self._select_first is not None else [])
            self.fields.extend((self._select, value) for value in chosen)
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea_text.append(data)


def admin_form_data(html: str, **changes: str) -> dict[str, str | list[str]]:
    parser = _FormFields()
    parser.feed(html)
    data: dict[str, str | list[str]] = {}
    for name, value in parser.fields:
        if name in data:
            existing = data[name]
            data[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            data[name] = value
    data.update(changes)
    return data


def site_caches(caches: dict) -> dict:
    """A CACHES setting built around that default cache as production builds it: the page cache's tag versions in
    the same Redis, or in the database when the default cache is in-process; the records and fragments in the
    process's memory (a LocMem of its own per default cache, so that two "workers" do not share them)."""
    default = caches["default"]
    if "Redis" in default["BACKEND"]:
        tags = {**default, "KEY_PREFIX": f"{default.get('KEY_PREFIX', '')}-tags"}
    else:
        tags = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache_tags"}
    own = default.get("KEY_PREFIX") or default.get("LOCATION")
    records = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"records-{own}"}
    return {**caches, "cache_tags": tags, "records": records}


def warm(client, urls) -> None:
    """Fetch every page twice so each is in the page cache."""
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Cache"] == "hit", url
