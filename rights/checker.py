"""The call checker: which collection rules a logged call or message went against, and which it cannot judge.

Plain functions, no HTTP, no database: the log entries and the rules (as ``RuleRef``) go in, verdicts come out. The
reader's entries are used once and never stored.

Each check belongs to one rule (``CollectionRule.slug``); a check whose rule is not given (not published) is not
run. Every verdict carries its rule's weight and confirmation status, so the page can say "goes against the
recommended standard" rather than "illegal", and "reported, not confirmed from the text" where that is all we have.

Times are China time (Asia/Shanghai). The quiet hours run from 22:00 up to 08:00: 22:00 and 07:59 are inside them,
21:59 and 08:00 are not.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

CHINA = ZoneInfo("Asia/Shanghai")
QUIET_FROM = datetime.time(22, 0)
QUIET_UNTIL = datetime.time(8, 0)
MAX_UNANSWERED_ATTEMPTS = 6  # reported limit of the banking association's 2026 guideline, per number and day


class Party(models.TextChoices):
    BORROWER = "borrower", _("The borrower")
    CONTACT = "contact", _("An emergency contact")
    THIRD_PARTY = "third_party", _("Someone else (family, colleague, other third party)")


class Kind(models.TextChoices):
    CALL = "call", _("Phone call")
    MESSAGE = "message", _("Text or app message")


class Said(models.TextChoices):
    DEBT = "debt", _("They told the person about the debt (amount, lender, overdue)")
    THREAT = "threat", _("Threats, intimidation or insults")
    BLACKLIST = "blacklist", _("They spoke of a “blacklist” or of publishing the debt")
    IMPERSONATION = "impersonation", _("They claimed to be, or to act for, the police, a court or a government office")
    LEGAL_ACTION = "legal_action", _("They warned of a lawsuit, the police or arrest")


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("I don't know")


class Status(enum.StrEnum):
    AGAINST = "against"
    NOT_BROKEN = "not_broken"
    CANNOT_JUDGE = "cannot_judge"


@dataclass(frozen=True)
class RuleRef:
    """What a verdict needs to know about a rule; made from a CollectionRule (see ``rule_refs``)."""

    slug: str
    title: str
    weight: str
    confirmation: str
    instrument: str = ""
    clause: str = ""
    url: str = ""

    @property
    def reported_only(self) -> bool:
        return self.confirmation == "reported"


@dataclass(frozen=True)
class Entry:
    """One call or message as the reader remembers it. ``time`` is China time; None when not known."""

    date: datetime.date
    time: datetime.time | None = None
    party: str = Party.BORROWER
    kind: str = Kind.CALL
    said: frozenset[str] = frozenset()
    asked_to_stop: str = Answer.UNKNOWN  # had the person called asked not to be contacted again, before this one?
    unanswered_attempts: int | None = None  # unanswered calls to this number that day, this one included

    @classmethod
    def at(cls, moment: datetime.datetime, **values) -> Entry:
        """An entry for an aware moment, put into China time (a naive moment is taken as China time)."""
        if moment.tzinfo is not None:
            moment = moment.astimezone(CHINA)
        return cls(date=moment.date(), time=moment.time().replace(second=0, microsecond=0), **values)


@dataclass(frozen=True)
class Circumstances:
    """What holds for the whole log: could the borrower be reached, and had anyone agreed to night calls or more
    calls (consent lifts the hours rule and the call limit)."""

    borrower_reachable: str = Answer.UNKNOWN
    consented: str = Answer.NO


@dataclass(frozen=True)
class Verdict:
    rule: RuleRef
    status: Status
    reason: str

    @property
    def is_against(self) -> bool:
        return self.status == Status.AGAINST


@dataclass(frozen=True)
class EntryResult:
    number: int  # 1-based position in the reader's log
    entry: Entry
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def against(self) -> list[Verdict]:
        return [verdict for verdict in self.verdicts if verdict.status == Status.AGAINST]

    @property
    def cannot_judge(self) -> list[Verdict]:
        return [verdict for verdict in self.verdicts if verdict.status == Status.CANNOT_JUDGE]

    @property
    def not_broken(self) -> list[Verdict]:
        return [verdict for verdict in self.verdicts if verdict.status == Status.NOT_BROKEN]


def in_quiet_hours(time: datetime.time) -> bool:
    """22:00 up to (not including) 08:00, China time."""
    return time >= QUIET_FROM or time < QUIET_UNTIL


def _is_third_party(entry: Entry) -> bool:
    return entry.party in (Party.CONTACT, Party.THIRD_PARTY)


# Checks: (entry, circumstances) → (status, reason) or None when the rule does not speak to this entry. ---------------


def _hours(entry: Entry, circumstances: Circumstances):
    if entry.time is None:
        return Status.CANNOT_JUDGE, _("No time was given, so we cannot tell whether it was between 22:00 and 08:00.")
    if not in_quiet_hours(entry.time):
        return Status.NOT_BROKEN, _("It was outside the quiet hours of 22:00 to 08:00.")
    if circumstances.consented == Answer.YES:
        return Status.NOT_BROKEN, _("It was between 22:00 and 08:00, but you said this had been agreed.")
    if circumstances.consented == Answer.UNKNOWN:
        return Status.CANNOT_JUDGE, _(
            "It was between 22:00 and 08:00; that goes against the rule unless it had been agreed, and you are not "
            "sure whether it was."
        )
    return Status.AGAINST, _("It was between 22:00 and 08:00 without agreement.")


def _attempts(entry: Entry, circumstances: Circumstances):
    if entry.kind != Kind.CALL:
        return None
    if entry.unanswered_attempts is None:
        return Status.CANNOT_JUDGE, _("The number of unanswered calls to this number that day was not given.")
    if entry.unanswered_attempts <= MAX_UNANSWERED_ATTEMPTS:
        return Status.NOT_BROKEN, _("At most six unanswered calls to this number that day.")
    if circumstances.consented == Answer.YES:
        return Status.NOT_BROKEN, _("More than six unanswered calls that day, but you said more calls had been agreed.")
    if circumstances.consented == Answer.UNKNOWN:
        return Status.CANNOT_JUDGE, _(
            "More than six unanswered calls to this number that day; that goes against the rule unless it had been "
            "agreed, and you are not sure whether it was."
        )
    return Status.AGAINST, _("More than six unanswered calls to this number in one day.")


def _third_party_reachable(entry: Entry, circumstances: Circumstances):
    if not _is_third_party(entry):
        return None
    if circumstances.borrower_reachable == Answer.YES:
        return Status.AGAINST, _(
            "Someone other than the borrower was contacted although the borrower could be reached."
        )
    if circumstances.borrower_reachable == Answer.UNKNOWN:
        return Status.CANNOT_JUDGE, _(
            "Contacting someone other than the borrower is allowed only when the borrower cannot be reached, and we "
            "do not know whether they could be."
        )
    return Status.NOT_BROKEN, _(
        "The borrower could not be reached, so the person may be contacted, but only to restore contact or pass on a "
        "message."
    )


def _debt_disclosed(entry: Entry, circumstances: Circumstances):
    if not _is_third_party(entry):
        return None
    if Said.DEBT in entry.said:
        return Status.AGAINST, _("Someone other than the borrower was told about the debt.")
    return Status.NOT_BROKEN, _("You did not say the debt was disclosed.")


def _after_refusal(entry: Entry, circumstances: Circumstances):
    if not _is_third_party(entry):
        return None
    if entry.asked_to_stop == Answer.YES:
        return Status.AGAINST, _("The person had already asked not to be contacted again.")
    if entry.asked_to_stop == Answer.UNKNOWN:
        return Status.CANNOT_JUDGE, _("We do not know whether the person had already asked not to be contacted again.")
    return Status.NOT_BROKEN, _("The person had not yet asked not to be contacted again.")


def _blacklist(entry: Entry, circumstances: Circumstances):
    if Said.BLACKLIST in entry.said:
        return Status.AGAINST, _("They spoke of a “blacklist” or of publishing the debt.")
    return None


def _impersonation(entry: Entry, circumstances: Circumstances):
    if Said.IMPERSONATION in entry.said:
        return Status.AGAINST, _("They claimed to be, or to act for, the police, a court or a government office.")
    if Said.LEGAL_ACTION in entry.said:
        return Status.CANNOT_JUDGE, _(
            "A lender may take a debt to court, so a warning of a lawsuit is not in itself against the rules; "
            "exaggerating the consequences (such as arrest over an ordinary debt) is. We cannot tell which it was."
        )
    return None


def _threats(entry: Entry, circumstances: Circumstances):
    if Said.THREAT in entry.said:
        return Status.AGAINST, _("There were threats, intimidation or insults.")
    return None


# (rule slug, check), in the order verdicts are listed.
CHECKS = (
    ("gbt-45251-hours", _hours),
    ("cba-2026-hours", _hours),
    ("cba-2026-attempts", _attempts),
    ("gbt-45251-contacts", _third_party_reachable),
    ("cba-2026-third-parties", _third_party_reachable),
    ("gbt-45251-contacts", _debt_disclosed),
    ("cba-2026-third-parties", _debt_disclosed),
    ("gbt-45251-refusal", _after_refusal),
    ("cba-2026-third-parties", _after_refusal),
    ("cba-2026-conduct", _blacklist),
    ("cba-2026-conduct", _impersonation),
    ("nifa-2018-convention", _threats),
)

CHECKED_RULE_SLUGS = tuple(dict.fromkeys(slug for slug, _check in CHECKS))


def check_entry(entry: Entry, rules: Mapping[str, RuleRef], circumstances: Circumstances) -> list[Verdict]:
    verdicts = []
    for slug, check in CHECKS:
        rule = rules.get(slug)
        if rule is None:
            continue
        outcome = check(entry, circumstances)
        if outcome is not None:
            status, reason = outcome
            verdicts.append(Verdict(rule=rule, status=status, reason=str(reason)))
    return verdicts


def check_log(
    entries: Iterable[Entry], rules: Mapping[str, RuleRef], circumstances: Circumstances | None = None
) -> list[EntryResult]:
    """One result per entry, in the order given."""
    circumstances = circumstances or Circumstances()
    return [
        EntryResult(number=number, entry=entry, verdicts=check_entry(entry, rules, circumstances))
        for number, entry in enumerate(entries, start=1)
    ]


def chronological(results: Iterable[EntryResult]) -> list[EntryResult]:
    """For the evidence list: by date and time (entries without a time first on their day)."""
    return sorted(results, key=lambda result: (result.entry.date, result.entry.time or datetime.time.min))


def rule_refs(rules: Iterable) -> dict[str, RuleRef]:
    """{slug: RuleRef} for CollectionRule objects, in the active language."""
    refs = {}
    for rule in rules:
        refs[rule.slug] = RuleRef(
            slug=rule.slug,
            title=rule.title,
            weight=rule.weight,
            confirmation=rule.confirmation,
            instrument=rule.instrument,
            clause=rule.clause,
            url=rule.get_absolute_url(),
        )
    return refs


THIRD_PARTY_RULES = {"gbt-45251-contacts", "gbt-45251-refusal", "cba-2026-third-parties"}


class LetterSituation(enum.StrEnum):
    """The letter helper's situations (rights.letters.Situation values) a log can lead to."""

    STOP_CONTACT_CALLS = "stop_contact_calls"
    NIGHT_CALLS = "night_calls"
    TOO_MANY_CALLS = "too_many_calls"
    DEBT_TOLD = "debt_told"


def letter_situations(results: Iterable[EntryResult]) -> list[str]:
    """The letters (letter-helper situations) that fit what went against the rules, in the helper's order."""
    found = set()
    for result in results:
        slugs = {verdict.rule.slug for verdict in result.against}
        if any(slug.endswith("-hours") for slug in slugs):
            found.add(LetterSituation.NIGHT_CALLS)
        if any(slug.endswith("-attempts") for slug in slugs):
            found.add(LetterSituation.TOO_MANY_CALLS)
        if _is_third_party(result.entry) and slugs & THIRD_PARTY_RULES:
            found.add(
                LetterSituation.DEBT_TOLD if Said.DEBT in result.entry.said else LetterSituation.STOP_CONTACT_CALLS
            )
    return [situation.value for situation in LetterSituation if situation in found]


# Complaint channels (ComplaintChannel slugs) that fit a log, in the order shown.
ALWAYS_CHANNELS = ("nfra-12378", "pboc-12363", "nifa-reporting", "heimao-tousu")


def channel_slugs(results: Iterable[EntryResult]) -> list[str]:
    results = list(results)
    slugs = list(ALWAYS_CHANNELS)
    if any(_is_third_party(result.entry) and result.against for result in results):
        slugs.append("miit-12321")
    if any(Said.THREAT in result.entry.said for result in results):
        slugs.append("police-110")
    return slugs


AGAINST_HEADINGS = {
    "law": _("Against the law: %(rule)s"),
    "regulation": _("Against the regulation: %(rule)s"),
    "recommended_standard": _("Goes against the recommended national standard (not mandatory): %(rule)s"),
    "self_regulation": _("Goes against the industry's self-regulation: %(rule)s"),
}
NOT_BROKEN_HEADING = _("Not against: %(rule)s")
CANNOT_JUDGE_HEADING = _("Cannot judge: %(rule)s")


def verdict_heading(verdict: Verdict) -> str:
    """The verdict in words that match the rule's weight: a recommended standard is never called the law."""
    if verdict.status == Status.AGAINST:
        template = AGAINST_HEADINGS[verdict.rule.weight]
    elif verdict.status == Status.NOT_BROKEN:
        template = NOT_BROKEN_HEADING
    else:
        template = CANNOT_JUDGE_HEADING
    return str(template) % {"rule": verdict.rule.title}
