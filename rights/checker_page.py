"""What the call checker's page and API show for a checked log: verdicts in words, the evidence list, the letters
that fit and the complaint channels. The database is read (published rules and channels), never written."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import get_language

from .checker import (
    CHECKED_RULE_SLUGS,
    Answer,
    Circumstances,
    Entry,
    EntryResult,
    Kind,
    Party,
    Said,
    Verdict,
    channel_slugs,
    check_log,
    chronological,
    letter_situations,
    rule_refs,
    verdict_heading,
)
from .letters import Situation
from .models import CollectionRule, ComplaintChannel


def checked_rules() -> list[CollectionRule]:
    return list(CollectionRule.objects.published().filter(slug__in=CHECKED_RULE_SLUGS))


def check_log_with_rules(entries: list[Entry], circumstances: Circumstances) -> list[EntryResult]:
    return check_log(entries, rule_refs(checked_rules()), circumstances)


@dataclass(frozen=True)
class ShownVerdict:
    status: str
    heading: str
    reason: str
    slug: str
    weight: str
    weight_label: str
    reported_only: bool
    instrument: str
    clause: str
    url: str


def shown_verdict(verdict: Verdict) -> ShownVerdict:
    rule = verdict.rule
    return ShownVerdict(
        status=str(verdict.status),
        heading=verdict_heading(verdict),
        reason=verdict.reason,
        slug=rule.slug,
        weight=rule.weight,
        weight_label=str(CollectionRule.Weight(rule.weight).label),
        reported_only=rule.reported_only,
        instrument=rule.instrument,
        clause=rule.clause,
        url=rule.url,
    )


@dataclass(frozen=True)
class ShownEntry:
    number: int
    entry: Entry
    party_label: str
    kind_label: str
    said_labels: list[str]
    asked_to_stop_label: str
    against: list[ShownVerdict]
    cannot_judge: list[ShownVerdict]
    not_broken: list[ShownVerdict]


def shown_entry(result: EntryResult) -> ShownEntry:
    entry = result.entry
    return ShownEntry(
        number=result.number,
        entry=entry,
        party_label=str(Party(entry.party).label),
        kind_label=str(Kind(entry.kind).label),
        said_labels=[str(choice.label) for choice in Said if choice in entry.said],
        asked_to_stop_label=str(Answer(entry.asked_to_stop).label),
        against=[shown_verdict(verdict) for verdict in result.against],
        cannot_judge=[shown_verdict(verdict) for verdict in result.cannot_judge],
        not_broken=[shown_verdict(verdict) for verdict in result.not_broken],
    )


def channels_for(results: list[EntryResult]) -> list[ComplaintChannel]:
    slugs = channel_slugs(results)
    found = {channel.slug: channel for channel in ComplaintChannel.objects.published().filter(slug__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def letters_for(results: list[EntryResult], circumstances_form) -> list[dict]:
    """Hidden fields of a form to the letter helper, one per fitting situation, pre-filled from the log."""
    data = circumstances_form.cleaned_data
    writer = "borrower" if data.get("reader") == "borrower" else "contact"
    return [
        {
            "situation": situation,
            "label": str(Situation(situation).label),
            "fields": {
                "platform": data.get("platform") or "",
                "other_platform": data.get("other_platform") or "",
                "writer": writer,
                "situation": situation,
                "language": get_language(),
            },
        }
        for situation in letter_situations(results)
    ]


def checker_outcome(results: list[EntryResult], circumstances_form) -> dict:
    return {
        "shown": [shown_entry(result) for result in results],
        "evidence": [shown_entry(result) for result in chronological(results)],
        "against_count": sum(1 for result in results if result.against),
        "letters": letters_for(results, circumstances_form),
        "channels": channels_for(results),
    }
