"""The lookup engine on hand-made platforms, without the database: table-driven cases, invariants, due dates."""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
import time_machine
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from platforms.explanations import explain
from platforms.lookup import (
    ContactStatus,
    ContactWindow,
    SourceSummary,
    contact_window,
    days_overdue_from_due_date,
    lookup,
    summarize_sources,
)
from platforms.names import normalize_name, resolve_platform
from platforms.timeline import MAX_DAY, covers_day
from platforms.timeline_rows import timeline_rows

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


@dataclass
class FakeStage:
    first_day: int
    last_day: int | None
    contacts_called: bool = False
    title: str = "stage"
    channels: list = field(default_factory=list)


@dataclass
class FakeSource:
    claimed_first_day: int | None
    claimed_last_day: int | None = None


def stages(*specs) -> list[FakeStage]:
    return [FakeStage(first, last, contacts, title=f"S{first}") for first, last, contacts in specs]


def platform(**extra):
    return SimpleNamespace(last_reviewed=datetime.date(2026, 11, 1), **extra)


def run(stage_specs, day, sources=()):
    return lookup(platform(), day, stages=stages(*stage_specs), sources=list(sources))


TYPICAL = [(1, 3, False), (4, 7, True), (8, None, True)]
GAPPY = [(1, 3, False), (10, 19, True), (30, 40, False)]
NO_CONTACTS = [(1, 10, False), (11, None, False)]
ONE_DAY = [(1, 1, False), (2, 2, True), (3, 3, False)]
CLOSED = [(1, 30, False), (31, 60, True)]

# (stages, day, current first_day, next first_day, days to next, status, until opens, until closes)
CASES = [
    (TYPICAL, 0, None, 1, 1, "not_yet", 4, 7),
    (TYPICAL, 1, 1, 4, 3, "not_yet", 3, 6),
    (TYPICAL, 3, 1, 4, 1, "not_yet", 1, 4),
    (TYPICAL, 4, 4, 8, 4, "in_window", None, 3),
    (TYPICAL, 5, 4, 8, 3, "in_window", None, 2),
    (TYPICAL, 7, 4, 8, 1, "in_window", None, 0),
    (TYPICAL, 8, 8, None, None, "past_window", None, None),
    (TYPICAL, MAX_DAY, 8, None, None, "past_window", None, None),
    (GAPPY, 5, None, 10, 5, "not_yet", 5, 14),
    (GAPPY, 25, None, 30, 5, "past_window", None, None),
    (GAPPY, 41, None, None, None, "past_window", None, None),
    (GAPPY, MAX_DAY, None, None, None, "past_window", None, None),
    (NO_CONTACTS, 0, None, 1, 1, "unknown", None, None),
    (NO_CONTACTS, 12, 11, None, None, "unknown", None, None),
    (ONE_DAY, 1, 1, 2, 1, "not_yet", 1, 1),
    (ONE_DAY, 2, 2, 3, 1, "in_window", None, 0),
    (ONE_DAY, 3, 3, None, None, "past_window", None, None),
    (CLOSED, 45, 31, None, None, "in_window", None, 15),
    ([(1, 30, False), (31, None, True)], 40, 31, None, None, "in_window", None, None),
    ([(1, 30, False), (31, None, True)], 2, 1, 31, 29, "not_yet", 29, None),
    ([], 5, None, None, None, "unknown", None, None),
]


@pytest.mark.parametrize(("specs", "day", "current", "following", "to_next", "status", "opens", "closes"), CASES)
def test_lookup_table(specs, day, current, following, to_next, status, opens, closes):
    result = run(specs, day)
    assert (result.current_stage.first_day if result.current_stage else None) == current
    assert (result.next_stage.first_day if result.next_stage else None) == following
    assert result.days_until_next_stage == to_next
    assert result.contact_status == status
    assert result.days_until_window_opens == opens
    assert result.days_until_window_closes == closes
    assert result.days_overdue == day
    assert result.last_reviewed == datetime.date(2026, 11, 1)


def test_stages_are_used_in_day_order_whatever_order_they_come_in():
    result = lookup(platform(), 5, stages=list(reversed(stages(*TYPICAL))), sources=[])
    assert [stage.first_day for stage in result.stages] == [1, 4, 8]
    assert result.current_stage.first_day == 4 and result.next_stage.first_day == 8


def test_lookup_uses_the_platforms_prefetched_stages_and_sources_by_default():
    holder = SimpleNamespace(
        last_reviewed=None,
        stages=SimpleNamespace(all=lambda: stages(*TYPICAL)),
        sources=SimpleNamespace(all=lambda: [FakeSource(4, 7)]),
    )
    result = lookup(holder, 5)
    assert result.window == ContactWindow(4, 7)
    assert result.source_summary.claiming_count == 1
    assert result.last_reviewed is None


@pytest.mark.parametrize("day", [-1, MAX_DAY + 1])
def test_lookup_rejects_days_outside_the_range(day):
    with pytest.raises(ValueError):
        run(TYPICAL, day)


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        (TYPICAL, ContactWindow(4, 7)),
        (GAPPY, ContactWindow(10, 19)),
        ([(1, 10, False), (11, None, True)], ContactWindow(11, None)),
        (ONE_DAY, ContactWindow(2, 2)),
        (NO_CONTACTS, None),
        ([], None),
    ],
)
def test_contact_window_is_the_first_stage_with_contacts(specs, expected):
    assert contact_window(list(reversed(stages(*specs)))) == expected


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([], SourceSummary(0, 0, None, None, False)),
        ([(None, None), (None, None)], SourceSummary(2, 0, None, None, False)),
        ([(15, 15)], SourceSummary(1, 1, 15, 15, False)),
        ([(15, 15), (15, 15), (None, None)], SourceSummary(3, 2, 15, 15, False)),
        ([(15, 15), (15, 20)], SourceSummary(2, 2, 15, 20, True)),
        ([(14, 14), (30, 30), (20, 25)], SourceSummary(3, 3, 14, 30, True)),
        ([(16, None), (16, 16)], SourceSummary(2, 2, 16, 16, True)),
        ([(7, 30), (None, None)], SourceSummary(2, 1, 7, 30, False)),
    ],
)
def test_summarize_sources(claims, expected):
    assert summarize_sources([FakeSource(first, last) for first, last in claims]) == expected


# Invariants ---------------------------------------------------------------------------------------------------------


@st.composite
def stage_sets(draw):
    """Non-overlapping stages from day 1, with optional gaps, one-day stages and an optional open-ended last stage."""
    count = draw(st.integers(min_value=0, max_value=8))
    day = 1
    result = []
    for index in range(count):
        day += draw(st.integers(min_value=0, max_value=20))  # a gap, maybe
        if day > MAX_DAY:
            break
        open_ended = index == count - 1 and draw(st.booleans())
        last = None if open_ended else min(MAX_DAY, day + draw(st.integers(min_value=0, max_value=60)))
        result.append(FakeStage(day, last, draw(st.booleans())))
        if last is None:
            break
        day = last + 1
    return result


@settings(max_examples=300, deadline=None)
@given(stage_sets(), st.integers(min_value=0, max_value=MAX_DAY))
def test_invariants(stage_list, day):
    result = lookup(platform(), day, stages=stage_list, sources=[])
    if result.current_stage is not None:
        assert result.current_stage.first_day <= day
        assert result.current_stage.last_day is None or day <= result.current_stage.last_day
    else:
        assert not any(s.first_day <= day and (s.last_day is None or day <= s.last_day) for s in stage_list)
    if result.next_stage is not None:
        assert result.next_stage.first_day > day
        assert result.days_until_next_stage == result.next_stage.first_day - day > 0
        assert not any(day < s.first_day < result.next_stage.first_day for s in stage_list)
    else:
        assert result.days_until_next_stage is None
    for value in (result.days_until_window_opens, result.days_until_window_closes, result.days_until_next_stage):
        assert value is None or value >= 0
    window = result.window
    if window is None:
        assert result.contact_status == ContactStatus.UNKNOWN
        assert not any(s.contacts_called for s in stage_list)
    elif day < window.earliest_day:
        assert result.contact_status == ContactStatus.NOT_YET
        assert result.days_until_window_opens == window.earliest_day - day
    elif window.latest_day is None or day <= window.latest_day:
        assert result.contact_status == ContactStatus.IN_WINDOW
        assert result.days_until_window_opens is None
    else:
        assert result.contact_status == ContactStatus.PAST_WINDOW
        assert result.days_until_window_opens is None and result.days_until_window_closes is None
    # The marked timeline puts the reader's day in exactly one place.
    rows = timeline_rows(stage_list, day)
    assert sum(1 for row in rows if row.is_current or row.is_marker) == 1
    # Every result can be explained in words, in every language.
    for language in ("zh-hans", "zh-hant", "en"):
        with translation.override(language):
            explanation = explain(result)
        assert explanation.position and explanation.contacts and explanation.sources


# Timeline rows ------------------------------------------------------------------------------------------------------


def test_timeline_rows_mark_the_current_stage_or_a_gap():
    rows = timeline_rows(stages(*GAPPY), 5)
    assert [row.marker_day if row.is_marker else row.stage.first_day for row in rows] == [1, 5, 10, 30]
    rows = timeline_rows(stages(*GAPPY), 12)
    assert [row.is_current for row in rows] == [False, True, False]
    rows = timeline_rows(stages(*GAPPY), 0)
    assert rows[0].is_marker and rows[0].marker_day == 0
    rows = timeline_rows(stages(*GAPPY), 99)
    assert rows[-1].is_marker and rows[-1].marker_day == 99
    assert not any(row.is_marker or row.is_current for row in timeline_rows(stages(*GAPPY)))


def test_timeline_rows_label_days():
    with translation.override("en"):
        labels = [row.days_label for row in timeline_rows(stages(*TYPICAL))]
    assert labels == ["days 1–3", "days 4–7", "day 8 onwards"]


# Sentences ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("specs", "day", "expected"),
    [
        (TYPICAL, 5, "may already be called now, until day 7 at the latest"),
        (TYPICAL, 2, "between day 4 and day 7, that is in 2 to 5 days"),
        (TYPICAL, 7, "Today, day 7, is the last day"),
        (TYPICAL, 9, "(day 4 to day 7) has passed"),
        (ONE_DAY, 1, "on day 2, that is in 1 day."),
        ([(1, 10, False), (11, None, True)], 3, "from day 11 onwards, that is in 8 days at the earliest"),
        ([(1, 10, False), (11, None, True)], 30, "this started on day 11"),
        (NO_CONTACTS, 5, "our sources say nothing about when contacts are called"),
    ],
)
def test_contact_sentences_in_english(specs, day, expected):
    with translation.override("en"):
        explanation = explain(run(specs, day))
    assert expected in " ".join(explanation.contacts)


@pytest.mark.parametrize(
    ("specs", "day", "expected"),
    [
        (TYPICAL, 0, "Today is your due date (day 0)."),
        (TYPICAL, 1, "You are 1 day overdue. You are in the stage “S1” (days 1–3)."),
        (TYPICAL, 5, "You are 5 days overdue. You are in the stage “S4” (days 4–7)."),
        (TYPICAL, 5, "The next stage, “S8”, starts on day 8, in 3 days."),
        (GAPPY, 5, "None of the stages we have recorded covers this day."),
        (GAPPY, 50, "That is past the last stage we have recorded (days 30–40)."),
        (TYPICAL, 9, "This is the last stage we have recorded; it has no end day."),
    ],
)
def test_position_sentences_in_english(specs, day, expected):
    with translation.override("en"):
        explanation = explain(run(specs, day))
    assert expected in " ".join(explanation.position)


def test_past_window_mentions_contacts_in_the_current_stage():
    with translation.override("en"):
        explanation = explain(run(TYPICAL, 9))
    assert "In your current stage, too, your emergency contacts may be called." in explanation.contacts


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([], "We have no published source"),
        ([(None, None)], "but it does not say"),
        (
            [(14, 14), (30, 30)],
            "The sources disagree: they put calls to emergency contacts anywhere from day 14 to day 30.",
        ),
        ([(15, 15), (15, 15)], "2 sources agree that emergency contacts are called from day 15."),
        ([(4, 7)], "1 source says emergency contacts are called between day 4 and day 7."),
    ],
)
def test_source_sentences_in_english(claims, expected):
    with translation.override("en"):
        explanation = explain(run(TYPICAL, 5, [FakeSource(first, last) for first, last in claims]))
    assert expected in explanation.sources


# Due dates ----------------------------------------------------------------------------------------------------------


def test_days_from_due_date_with_an_explicit_today():
    today = datetime.date(2026, 3, 10)
    assert days_overdue_from_due_date(datetime.date(2026, 3, 10), today) == 0
    assert days_overdue_from_due_date(datetime.date(2026, 3, 5), today) == 5
    assert days_overdue_from_due_date(datetime.date(2026, 2, 28), today) == 10
    assert days_overdue_from_due_date(datetime.date(2026, 3, 11), today) == -1


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # 23:59 in Shanghai is 15:59 UTC the same day: still the due date.
        (datetime.datetime(2026, 3, 10, 23, 59, 59, tzinfo=SHANGHAI), 0),
        # Just after midnight in Shanghai, while it is still the previous evening in UTC.
        (datetime.datetime(2026, 3, 11, 0, 0, 1, tzinfo=SHANGHAI), 1),
        (datetime.datetime(2026, 3, 10, 16, 30, tzinfo=datetime.UTC), 1),
        (datetime.datetime(2026, 3, 10, 15, 59, tzinfo=datetime.UTC), 0),
    ],
)
def test_days_from_due_date_count_midnight_in_shanghai(moment, expected):
    with time_machine.travel(moment, tick=False):
        assert days_overdue_from_due_date(datetime.date(2026, 3, 10)) == expected


def test_days_from_due_date_across_a_year_end_in_shanghai():
    with time_machine.travel(datetime.datetime(2025, 12, 31, 16, 5, tzinfo=datetime.UTC), tick=False):
        assert days_overdue_from_due_date(datetime.date(2025, 12, 31)) == 1
        assert days_overdue_from_due_date(datetime.date(2025, 1, 1)) == 365


# Finding platforms by name ------------------------------------------------------------------------------------------


def named(slug, name, aliases="", general=False, **columns):
    return SimpleNamespace(
        slug=slug,
        name=name,
        is_general_profile=general,
        name_zh_hans=name,
        aliases_zh_hans=aliases,
        **columns,
    )


LANGS = ("zh-hans", "zh-hant", "en")
CATALOGUE = [
    named("jiebei", "蚂蚁借呗", "借呗\n花呗借钱", name_en="Ant Jiebei"),
    named("weilidai", "微粒贷", "借呗", name_en="WeBank Weilidai"),
    named("huabei", "花呗", name_en="Huabei"),
    named("general", "行业一般情况", general=True),
]


@pytest.mark.parametrize(
    ("text", "slug", "by_slug"),
    [
        ("jiebei", "jiebei", True),
        ("  JIEBEI ", "jiebei", False),
        ("蚂蚁借呗", "jiebei", False),
        ("螞蟻借唄", "jiebei", False),
        ("ant jiebei", "jiebei", False),
        ("ＡＮＴ　ＪＩＥＢＥＩ", "jiebei", False),
        ("微粒贷", "weilidai", False),
        ("花呗", "huabei", False),  # an exact name beats the longer alias 花呗借钱
        ("weilidai", "weilidai", True),
        ("other", "general", True),
        ("My platform is not listed", "general", False),
    ],
)
def test_resolve_platform(text, slug, by_slug):
    match = resolve_platform(text, CATALOGUE, languages=LANGS, other_labels=["My platform is not listed"])
    assert match.platform is not None and match.platform.slug == slug
    assert match.by_slug is by_slug


@pytest.mark.parametrize("text", ["借呗", "借唄"])
def test_an_alias_two_platforms_share_goes_to_the_one_it_names_and_offers_the_other(text):
    # 借呗 is part of 蚂蚁借呗's own name, but only another name for 微粒贷: readers mean 蚂蚁借呗.
    match = resolve_platform(text, CATALOGUE, languages=LANGS)
    assert match.platform.slug == "jiebei" and not match.ambiguous
    assert [p.slug for p in match.alternatives] == ["weilidai"]


def test_a_name_beats_an_alias_of_another_platform():
    catalogue = [named("alipay", "支付宝", "花呗"), named("huabei", "花呗")]
    match = resolve_platform("花呗", catalogue, languages=LANGS)
    assert match.platform.slug == "huabei"
    assert [p.slug for p in match.alternatives] == ["alipay"]


def test_an_alias_shared_equally_lists_both_to_choose_from():
    catalogue = [named("a", "甲平台", "快借"), named("b", "乙平台", "快借")]
    match = resolve_platform("快借", catalogue, languages=LANGS)
    assert match.platform is None and match.ambiguous
    assert {p.slug for p in match.candidates} == {"a", "b"}


@pytest.mark.parametrize("text", ["", "   ", "no such thing", "x"])
def test_resolve_platform_unknown(text):
    match = resolve_platform(text, CATALOGUE, languages=LANGS)
    assert match.platform is None and not match.ambiguous


def test_other_without_a_general_profile():
    match = resolve_platform("other", CATALOGUE[:3], languages=LANGS)
    assert match.platform is None and match.is_other


def test_normalize_name():
    assert normalize_name(" 借唄 ") == "借呗"
    assert normalize_name("ＡＢＣ") == "abc"
    assert normalize_name(None) == ""


@pytest.mark.parametrize(
    ("first", "last", "day", "covered"),
    [
        (1, 3, 0, False),
        (1, 3, 1, True),
        (1, 3, 3, True),
        (1, 3, 4, False),
        (31, None, 30, False),
        (31, None, 999, True),
    ],
)
def test_a_stage_covers_its_first_and_last_day_and_open_ended_stages_never_end(first, last, day, covered):
    assert covers_day(FakeStage(first, last), day) is covered
    assert covers_day(ContactWindow(first, last), day) is covered
