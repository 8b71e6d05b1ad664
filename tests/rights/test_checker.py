"""The call checker's engine: each rule's verdicts, the hour and call-count boundaries, unknown cases, weights."""

import datetime

import pytest
from django.utils import translation

from rights.checker import (
    CHECKED_RULE_SLUGS,
    Answer,
    Circumstances,
    Entry,
    Kind,
    Party,
    RuleRef,
    Said,
    Status,
    channel_slugs,
    check_entry,
    check_log,
    chronological,
    in_quiet_hours,
    letter_situations,
    verdict_heading,
)

WEIGHTS = {
    "gbt-45251-hours": "recommended_standard",
    "gbt-45251-contacts": "recommended_standard",
    "gbt-45251-refusal": "recommended_standard",
    "cba-2026-hours": "self_regulation",
    "cba-2026-attempts": "self_regulation",
    "cba-2026-third-parties": "self_regulation",
    "cba-2026-conduct": "self_regulation",
    "nifa-2018-convention": "self_regulation",
}
RULES = {slug: RuleRef(slug=slug, title=slug, weight=WEIGHTS[slug], confirmation="reported") for slug in WEIGHTS}
DAY = datetime.date(2026, 3, 2)
NO_CONSENT = Circumstances(borrower_reachable=Answer.NO, consented=Answer.NO)


def statuses(entry, circumstances=NO_CONSENT, rules=RULES) -> dict[str, set[Status]]:
    found: dict[str, set[Status]] = {}
    for verdict in check_entry(entry, rules, circumstances):
        found.setdefault(verdict.rule.slug, set()).add(verdict.status)
    return found


def test_every_checked_rule_has_a_weight_here():
    assert set(CHECKED_RULE_SLUGS) == set(WEIGHTS)


@pytest.mark.parametrize(
    ("clock", "quiet"),
    [("21:59", False), ("22:00", True), ("23:30", True), ("00:00", True), ("07:59", True), ("08:00", False)],
)
def test_quiet_hours_boundaries(clock, quiet):
    time = datetime.time.fromisoformat(clock)
    assert in_quiet_hours(time) is quiet
    found = statuses(Entry(date=DAY, time=time))
    expected = Status.AGAINST if quiet else Status.NOT_BROKEN
    assert found["gbt-45251-hours"] == {expected}
    assert found["cba-2026-hours"] == {expected}


@pytest.mark.parametrize(
    ("utc", "quiet"),
    [("13:59", False), ("14:00", True), ("23:59", True), ("00:00", False)],  # China is UTC+8: 22:00 = 14:00 UTC
)
def test_hours_are_judged_in_china_time(utc, quiet):
    moment = datetime.datetime.combine(DAY, datetime.time.fromisoformat(utc), tzinfo=datetime.UTC)
    entry = Entry.at(moment)
    assert in_quiet_hours(entry.time) is quiet


def test_a_utc_evening_call_lands_on_the_next_china_day():
    entry = Entry.at(datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC))
    assert (entry.date, entry.time) == (DAY, datetime.time(7, 30))


def test_night_call_with_consent_is_not_against_the_hours_rule():
    found = statuses(Entry(date=DAY, time=datetime.time(23, 0)), Circumstances(consented=Answer.YES))
    assert found["gbt-45251-hours"] == {Status.NOT_BROKEN}


def test_night_call_with_unknown_consent_cannot_be_judged():
    found = statuses(Entry(date=DAY, time=datetime.time(23, 0)), Circumstances(consented=Answer.UNKNOWN))
    assert found["cba-2026-hours"] == {Status.CANNOT_JUDGE}


def test_no_time_cannot_be_judged():
    found = statuses(Entry(date=DAY))
    assert found["gbt-45251-hours"] == {Status.CANNOT_JUDGE}
    assert found["cba-2026-attempts"] == {Status.CANNOT_JUDGE}


@pytest.mark.parametrize(("attempts", "status"), [(0, Status.NOT_BROKEN), (6, Status.NOT_BROKEN), (7, Status.AGAINST)])
def test_unanswered_attempts_six_allowed_seventh_against(attempts, status):
    assert statuses(Entry(date=DAY, unanswered_attempts=attempts))["cba-2026-attempts"] == {status}


def test_seven_attempts_with_consent_or_unknown_consent():
    entry = Entry(date=DAY, unanswered_attempts=7)
    assert statuses(entry, Circumstances(consented=Answer.YES))["cba-2026-attempts"] == {Status.NOT_BROKEN}
    assert statuses(entry, Circumstances(consented=Answer.UNKNOWN))["cba-2026-attempts"] == {Status.CANNOT_JUDGE}


def test_attempt_limit_does_not_speak_to_messages():
    assert "cba-2026-attempts" not in statuses(Entry(date=DAY, kind=Kind.MESSAGE, unanswered_attempts=20))


@pytest.mark.parametrize("party", [Party.CONTACT, Party.THIRD_PARTY])
def test_disclosing_the_debt_to_anyone_but_the_borrower_is_against_both_rules(party):
    entry = Entry(date=DAY, party=party, said=frozenset({Said.DEBT}), asked_to_stop=Answer.NO)
    found = statuses(entry)
    assert Status.AGAINST in found["gbt-45251-contacts"]
    assert Status.AGAINST in found["cba-2026-third-parties"]


def test_talking_about_the_debt_with_the_borrower_is_not_a_disclosure():
    found = statuses(Entry(date=DAY, party=Party.BORROWER, said=frozenset({Said.DEBT})))
    assert "gbt-45251-contacts" not in found and "cba-2026-third-parties" not in found


@pytest.mark.parametrize(
    ("asked", "status"),
    [(Answer.YES, Status.AGAINST), (Answer.NO, Status.NOT_BROKEN), (Answer.UNKNOWN, Status.CANNOT_JUDGE)],
)
def test_contact_after_a_refusal(asked, status):
    found = statuses(Entry(date=DAY, party=Party.CONTACT, asked_to_stop=asked))
    assert found["gbt-45251-refusal"] == {status}


def test_a_borrower_asking_to_stop_is_not_judged_as_a_refusal():
    assert "gbt-45251-refusal" not in statuses(Entry(date=DAY, party=Party.BORROWER, asked_to_stop=Answer.YES))


@pytest.mark.parametrize(
    ("reachable", "status"),
    [(Answer.YES, Status.AGAINST), (Answer.NO, Status.NOT_BROKEN), (Answer.UNKNOWN, Status.CANNOT_JUDGE)],
)
def test_contacts_only_when_the_borrower_cannot_be_reached(reachable, status):
    entry = Entry(date=DAY, party=Party.CONTACT, asked_to_stop=Answer.NO)
    found = statuses(entry, Circumstances(borrower_reachable=reachable))
    # The same rule also judges disclosure of the debt, which was not disclosed here.
    assert found["gbt-45251-contacts"] == {status, Status.NOT_BROKEN}
    assert found["cba-2026-third-parties"] >= {status}


def test_blacklist_impersonation_and_threats():
    said = frozenset({Said.BLACKLIST, Said.IMPERSONATION, Said.THREAT})
    found = statuses(Entry(date=DAY, said=said))
    assert found["cba-2026-conduct"] == {Status.AGAINST}
    assert found["nifa-2018-convention"] == {Status.AGAINST}


def test_a_warning_of_a_lawsuit_cannot_be_judged():
    found = statuses(Entry(date=DAY, said=frozenset({Said.LEGAL_ACTION})))
    assert found["cba-2026-conduct"] == {Status.CANNOT_JUDGE}


def test_a_rule_that_is_not_given_is_not_checked():
    rules = {slug: rule for slug, rule in RULES.items() if not slug.startswith("cba-")}
    found = statuses(Entry(date=DAY, time=datetime.time(23, 0), unanswered_attempts=9), rules=rules)
    assert "cba-2026-hours" not in found and "cba-2026-attempts" not in found
    assert found["gbt-45251-hours"] == {Status.AGAINST}


def test_verdict_wording_follows_the_rule_weight():
    with_law = {**RULES, "gbt-45251-hours": RuleRef("gbt-45251-hours", "Quiet hours", "law", "confirmed")}
    entry = Entry(date=DAY, time=datetime.time(22, 0))
    [standard] = [v for v in check_entry(entry, RULES, NO_CONSENT) if v.rule.slug == "gbt-45251-hours"]
    [law] = [v for v in check_entry(entry, with_law, NO_CONSENT) if v.rule.slug == "gbt-45251-hours"]
    with translation.override("en"):
        assert verdict_heading(standard).startswith("Goes against the recommended national standard (not mandatory)")
        assert verdict_heading(law) == "Against the law: Quiet hours"
    with translation.override("zh-hans"):
        assert verdict_heading(standard).startswith("不符合推荐性国家标准（非强制）")
        assert "违反法律" not in verdict_heading(standard)
        assert verdict_heading(law).startswith("违反法律")


def test_log_keeps_order_and_numbers_and_evidence_is_chronological():
    late = Entry(date=DAY, time=datetime.time(9, 0))
    early = Entry(date=DAY - datetime.timedelta(days=1))
    results = check_log([late, early], RULES)
    assert [result.number for result in results] == [1, 2]
    assert [result.entry for result in chronological(results)] == [early, late]


def test_letters_and_channels_that_fit():
    entries = [
        Entry(date=DAY, time=datetime.time(23, 0), unanswered_attempts=8),
        Entry(date=DAY, party=Party.CONTACT, said=frozenset({Said.DEBT, Said.THREAT}), asked_to_stop=Answer.YES),
    ]
    results = check_log(entries, RULES, NO_CONSENT)
    assert letter_situations(results) == ["night_calls", "too_many_calls", "debt_told"]
    slugs = channel_slugs(results)
    assert slugs[:4] == ["nfra-12378", "pboc-12363", "nifa-reporting", "heimao-tousu"]
    assert "miit-12321" in slugs and "police-110" in slugs


def test_contact_called_after_refusal_leads_to_the_stop_calls_letter():
    results = check_log([Entry(date=DAY, party=Party.CONTACT, asked_to_stop=Answer.YES)], RULES, NO_CONSENT)
    assert letter_situations(results) == ["stop_contact_calls"]


def test_a_clean_log_leads_to_no_letter():
    results = check_log([Entry(date=DAY, time=datetime.time(10, 0), unanswered_attempts=2)], RULES, NO_CONSENT)
    assert not any(result.against for result in results)
    assert letter_situations(results) == []
