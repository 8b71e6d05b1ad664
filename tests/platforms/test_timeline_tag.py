"""The {% timeline %} tag: the stage timeline built in Python, with the markup the template had, escaped."""

import datetime
from types import SimpleNamespace

from django.template import Context, Template
from django.utils import translation

from platforms.templatetags.lookup_tags import timeline


def stage(first, last, contacts=False, title="Calls", description="", channels=()):
    return SimpleNamespace(
        first_day=first,
        last_day=last,
        contacts_called=contacts,
        title=title,
        description=description,
        channel_labels=list(channels),
    )


def source(title, published_on=None, reliability="medium"):
    return SimpleNamespace(
        title=title, published_on=published_on, reliability=reliability, claimed_first_day=None, claimed_last_day=None
    )


def test_a_stage_row_with_the_readers_day_badges_and_notes():
    stages = [stage(1, 14), stage(15, None, True, title="<Contacts>", description="a\nb", channels=["SMS"])]
    sources = [source("A & B", datetime.date(2025, 1, 1)), source("Undated <x>")]
    with translation.override("en"):
        html = timeline(stages, 20, sources)
    assert '<span class="tl-tick x-0">0</span>' in html and '<span class="tl-tick x-100 tl-tick-last">30</span>' in html
    row = html.split('<li class="timeline-stage contacts current" aria-current="step">', 1)[1].split("\n    </li>", 1)[
        0
    ]
    assert '<span class="tl-band x-69 w-31 tl-open"></span><span class="tl-here x-80"></span>' in row
    assert '<strong class="stage-title">&lt;Contacts&gt;</strong>' in row
    assert '<span class="days">day 15 onwards</span>' in row
    assert '<span class="badge badge-here">You are here: day 20</span>' in row
    assert '<span class="badge badge-contacts">Emergency contacts may be called</span>' in row
    assert '<ul class="inline-list channel-list"><li>SMS</li></ul>' in row
    assert "<summary>How sure we are: fair</summary>" in row
    assert '<p class="stage-description">a<br>b</p>' in row
    assert '<li>A &amp; B, <time class="date" datetime="2025-01-01">1 January 2025</time></li>' in row
    assert "<li>Undated &lt;x&gt;</li>" in row
    # The first stage has no description: nothing folded under it, and no badges.
    first = html.split('<li class="timeline-stage">', 1)[1].split("\n    </li>", 1)[0]
    assert "stage-notes" not in first and "stage-badges" not in first


def test_a_day_outside_every_stage_gets_a_marker_row():
    with translation.override("en"):
        html = timeline([stage(5, 9)], 0)
        later = timeline([stage(5, 9)], 12)
    assert '<li class="timeline-marker current" aria-current="step">' in html
    assert '<p class="days here-label">You are here: day 0, the due date</p>' in html
    assert "No collection stage has started yet." in html
    assert html.index("timeline-marker") < html.index("timeline-stage")
    assert '<p class="days here-label">You are here: day 12</p>' in later
    assert "None of the stages we have recorded covers this day." in later
    assert later.index("timeline-marker") > later.index("timeline-stage")


def test_without_stages_it_says_so_and_without_a_day_marks_nothing():
    with translation.override("en"):
        assert '<p class="empty">No collection stages have been recorded for this platform yet.</p>' in timeline([])
        html = timeline([stage(1, None, description="x")])
    assert "tl-here" not in html and "aria-current" not in html
    assert "<summary>How sure we are: no source yet</summary>" in html


def test_the_tag_in_a_template_is_translated():
    template = Template("{% load lookup_tags %}{% timeline stages 3 %}")
    with translation.override("zh-hans"):
        html = template.render(Context({"stages": [stage(1, 7, True)]}))
    assert "你在这里：第3天" in html and "You are here" not in html
