"""The open datasets: published platforms with their stages and sources, and the collection rules, as plain rows
and nested dicts in the active language. Read-only; the published() rule decides what is included."""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass

from django.db.models import Max

from platforms.models import Platform
from rights.models import CollectionRule

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

STAGE_COLUMNS = (
    "platform_slug",
    "platform_name",
    "platform_last_reviewed",
    "first_day",
    "last_day",
    "title",
    "description",
    "channels",
    "contacts_called",
)
SOURCE_COLUMNS = (
    "platform_slug",
    "title",
    "url",
    "published_on",
    "reliability",
    "claimed_first_day",
    "claimed_last_day",
    "note",
)
RULE_COLUMNS = (
    "slug",
    "title",
    "weight",
    "confirmation",
    "instrument",
    "clause",
    "issuer",
    "instrument_date",
    "last_reviewed",
    "says",
    "confirmation_note",
    "sources",
)


def _date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def published_platforms() -> list[Platform]:
    return list(Platform.objects.published().prefetch_related("stages", "sources").order_by("slug"))


def published_rules() -> list[CollectionRule]:
    return list(CollectionRule.objects.published().prefetch_related("sources", "change_notes"))


def last_changed() -> datetime.datetime | None:
    """When the published data last changed (the latest save of a platform or rule)."""
    moments = [
        Platform.objects.published().aggregate(latest=Max("updated_at"))["latest"],
        CollectionRule.objects.published().aggregate(latest=Max("updated_at"))["latest"],
    ]
    moments = [moment for moment in moments if moment is not None]
    return max(moments) if moments else None


def stage_dict(stage) -> dict:
    return {
        "first_day": stage.first_day,
        "last_day": stage.last_day,
        "title": stage.title,
        "description": stage.description,
        "channels": list(stage.channels or []),
        "contacts_called": bool(stage.contacts_called),
    }


def source_dict(source) -> dict:
    return {
        "title": source.title,
        "url": source.url or None,
        "published_on": _date(source.published_on),
        "reliability": source.reliability,
        "claimed_first_day": source.claimed_first_day,
        "claimed_last_day": source.claimed_last_day,
        "note": source.note,
    }


def platform_dict(platform: Platform) -> dict:
    return {
        "slug": platform.slug,
        "name": platform.name,
        "aliases": platform.alias_list,
        "general_profile": platform.is_general_profile,
        "last_reviewed": _date(platform.last_reviewed),
        "stages": [stage_dict(stage) for stage in sorted(platform.stages.all(), key=lambda stage: stage.first_day)],
        "sources": [source_dict(source) for source in platform.sources.all()],
    }


def rule_dict(rule: CollectionRule) -> dict:
    return {
        "slug": rule.slug,
        "title": rule.title,
        "weight": rule.weight,
        "confirmation": rule.confirmation,
        "instrument": rule.instrument,
        "clause": rule.clause or None,
        "issuer": rule.issuer,
        "instrument_date": _date(rule.instrument_date),
        "last_reviewed": _date(rule.last_reviewed),
        "says": rule.says,
        "confirmation_note": rule.confirmation_note,
        "sources": [
            {
                "title": source.title,
                "publisher": source.publisher,
                "published_on": _date(source.published_on),
                "url": source.url or None,
                "primary_text": source.is_primary_text,
            }
            for source in rule.sources.all()
        ],
        "change_notes": [{"date": _date(note.changed_on), "note": note.note} for note in rule.change_notes.all()],
    }


def stage_rows(platforms: list[Platform]) -> list[dict]:
    return [
        {
            "platform_slug": platform.slug,
            "platform_name": platform.name,
            "platform_last_reviewed": _date(platform.last_reviewed) or "",
            **{key: value for key, value in stage.items() if key != "channels"},
            "channels": " ".join(stage["channels"]),
        }
        for platform in platforms
        for stage in platform_dict(platform)["stages"]
    ]


def source_rows(platforms: list[Platform]) -> list[dict]:
    return [
        {"platform_slug": platform.slug, **source}
        for platform in platforms
        for source in platform_dict(platform)["sources"]
    ]


def rule_rows(rules: list[CollectionRule]) -> list[dict]:
    rows = []
    for rule in rules:
        data = rule_dict(rule)
        data["sources"] = " | ".join(
            f"{source['title']} — {source['publisher']}, {source['published_on'] or '-'}" for source in data["sources"]
        )
        data.pop("change_notes")
        rows.append(data)
    return rows


def to_csv(columns: tuple[str, ...], rows: list[dict]) -> str:
    """CSV text with a header row; empty cells for missing values; a UTF-8 BOM is added by the view for Excel."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return buffer.getvalue()


@dataclass(frozen=True)
class ChangelogEntry:
    date: datetime.date
    kind: str  # "rule" or "platform"
    title: str
    note: str
    url: str


def changelog(platforms: list[Platform], rules: list[CollectionRule]) -> list[ChangelogEntry]:
    """Recorded changes only: every rule change note and every platform review date, newest first."""
    entries = [
        ChangelogEntry(note.changed_on, "rule", rule.title, note.note, rule.get_absolute_url())
        for rule in rules
        for note in rule.change_notes.all()
    ]
    entries += [
        ChangelogEntry(platform.last_reviewed, "platform", platform.name, "", platform.get_absolute_url())
        for platform in platforms
        if platform.last_reviewed
    ]
    return sorted(entries, key=lambda entry: (entry.date, entry.kind, entry.title), reverse=True)


DATASETS = {
    # name: (columns, rows builder taking (platforms, rules))
    "stages": (STAGE_COLUMNS, lambda platforms, rules: stage_rows(platforms)),
    "sources": (SOURCE_COLUMNS, lambda platforms, rules: source_rows(platforms)),
    "rules": (RULE_COLUMNS, lambda platforms, rules: rule_rows(rules)),
}


def platforms_document(platforms: list[Platform]) -> dict:
    return {"platforms": [platform_dict(platform) for platform in platforms]}


def rules_document(rules: list[CollectionRule]) -> dict:
    return {"rules": [rule_dict(rule) for rule in rules]}
