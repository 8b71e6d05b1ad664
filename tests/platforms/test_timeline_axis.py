"""The day axis under the stage timeline: ticks, each stage's band, the reader's day, how sure we are."""

from types import SimpleNamespace

import pytest

from platforms.timeline_rows import axis_position, axis_ticks, confidence_level, timeline_axis, timeline_rows
from tests.factories import make_platform


def stage(first, last, contacts=False):
    return SimpleNamespace(first_day=first, last_day=last, contacts_called=contacts, pk=first)


STAGES = [stage(1, 14), stage(15, 30, True), stage(31, None, True)]


def test_ticks_run_from_day_0_to_the_first_tick_past_the_last_stage():
    assert axis_ticks(31) == (0, 7, 14, 30, 60)
    assert axis_ticks(7) == (0, 7)
    assert axis_ticks(100) == (0, 7, 14, 30, 60, 90, 180)


def test_each_gap_between_ticks_gets_the_same_room():
    ticks = (0, 7, 14, 30, 60)
    assert [axis_position(day, ticks) for day in ticks] == [0, 25, 50, 75, 100]
    assert axis_position(22, ticks) == pytest.approx(62.5)
    assert axis_position(-3, ticks) == 0 and axis_position(999, ticks) == 100


def test_stages_become_touching_bands_and_the_open_end_reaches_the_edge():
    axis = timeline_axis(timeline_rows(STAGES, 12), 12)
    bands = [(band.left, band.left + band.width, band.open_ended) for band in axis.bands]
    assert bands == [(4, 52, False), (52, 76, False), (76, 100, True)]
    assert axis.ticks == ((0, 0), (7, 25), (14, 50), (30, 75), (60, 100))
    assert 25 < axis.marker < 50  # day 12 lies between the ticks for day 7 and day 14


def test_a_reader_far_past_the_stages_stretches_the_axis():
    axis = timeline_axis(timeline_rows([stage(1, 30)], 200), 200)
    assert axis.ticks[-1][0] == 365
    assert axis.marker is not None and axis.marker < 100


def test_without_a_reader_day_there_is_no_marker():
    assert timeline_axis(timeline_rows(STAGES)).marker is None


def test_how_sure_we_are_is_the_best_source_reliability():
    assert confidence_level([]) == "none"
    low, high = SimpleNamespace(reliability="low"), SimpleNamespace(reliability="high")
    assert confidence_level([low]) == "low"
    assert confidence_level([low, high]) == "high"


@pytest.mark.django_db
def test_platform_page_draws_bands_marks_contacts_and_folds_the_notes(client):
    make_platform("demo", "演示平台", name_en="Demo", stages=[(1, 14, False), (15, None, True)], sources=[(15, None)])
    html = client.get("/en/platforms/demo/").content.decode()
    assert '<div class="tl-axis" aria-hidden="true">' in html
    # Ticks 0, 7, 14, 30: day 1 starts 1/7 into the first of three gaps; day 15 one sixteenth into the third.
    assert '<span class="tl-band x-5 w-64"></span>' in html
    assert '<span class="tl-band x-69 w-31 tl-open"></span>' in html
    assert 'class="badge badge-contacts">Emergency contacts may be called<' in html
    notes = html.split('<details class="stage-notes">', 1)[1].split("</details>", 1)[0]
    assert "How sure we are: low" in notes and "What happens" in notes
    assert 'Source 1, <time class="date" datetime="2025-01-01">1 January 2025</time>' in notes
