"""Contact-day reports: the form, the aggregation maths, the minimum-count rule, outliers, the pages and the API."""

import pytest

from feedback.aggregation import ReaderReports, quartiles, summarize
from feedback.models import ContactDayReport
from tests.factories import make_platform
from tests.pages import page, query_count

pytestmark = pytest.mark.django_db


def report(platform, day, status=ContactDayReport.Status.APPROVED, **extra) -> ContactDayReport:
    return ContactDayReport.objects.create(
        platform=platform,
        first_contact_day=day,
        channel=extra.pop("channel", "phone"),
        borrower_reachable=extra.pop("borrower_reachable", "no"),
        language="zh-hans",
        status=status,
        **extra,
    )


# The maths -----------------------------------------------------------------------------------------------------------


def test_quartiles_inclusive_method():
    assert quartiles([1, 2, 3, 4, 5, 6, 7, 8, 9]) == (3, 5, 7)
    assert quartiles([4, 5, 6, 7]) == (4.75, 5.5, 6.25)
    assert quartiles([9]) == (9, 9, 9)
    assert quartiles([10, 2, 6, 4, 8]) == (4, 6, 8)  # order does not matter


def test_summary_below_the_minimum_is_none():
    assert summarize([5, 6, 7, 8], minimum=5) is None
    assert summarize([], minimum=1) is None
    assert summarize([5, 6, 7, 8, 9], minimum=5) == ReaderReports(count=5, median_day=7, q1_day=6, q3_day=8)


def test_summary_keeps_halves_and_uses_the_setting(settings):
    settings.FEEDBACK_MIN_REPORTS = 4
    assert summarize([4, 5, 6, 7]) == ReaderReports(count=4, median_day=5.5, q1_day=4.8, q3_day=6.2)
    settings.FEEDBACK_MIN_REPORTS = 5
    assert summarize([4, 5, 6, 7]) is None


def test_only_approved_non_outliers_count(platform):
    for day in [5, 6, 7, 8]:
        report(platform, day)
    report(platform, 6, ContactDayReport.Status.PENDING)
    report(platform, 6, ContactDayReport.Status.REJECTED)
    flagged = report(platform, 200)  # far after the platform's contact window (days 4 to 7)
    assert flagged.is_outlier and flagged.outlier_reason
    from feedback.selectors import reader_reports

    assert reader_reports(platform) is None  # four counted reports: below the minimum of five
    report(platform, 9)
    assert reader_reports(platform) == ReaderReports(count=5, median_day=7, q1_day=6, q3_day=8)


def test_outliers_beyond_the_fences_of_approved_reports():
    no_stages = make_platform("plain", stages=[])
    for day in [10, 11, 12, 13, 14]:
        report(no_stages, day)
    # Q1 11, Q3 13, IQR 2: the fences are 11 - 3 = 8 and 13 + 3 = 16.
    assert not report(no_stages, 16, ContactDayReport.Status.PENDING).is_outlier
    assert report(no_stages, 17, ContactDayReport.Status.PENDING).is_outlier
    assert not report(no_stages, 8, ContactDayReport.Status.PENDING).is_outlier
    assert report(no_stages, 7, ContactDayReport.Status.PENDING).is_outlier


def test_editorial_window_flags_only_far_away_days(platform):
    assert not report(platform, 0).is_outlier
    assert not report(platform, 37).is_outlier  # window ends on day 7, margin 30 days
    assert report(platform, 38).is_outlier


# The form ------------------------------------------------------------------------------------------------------------


def test_form_saves_a_pending_report(client, platform):
    response = client.get("/en/feedback/platforms/jiebei/contact-day/")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    data = {"first_contact_day": "９天", "channel": "sms", "borrower_reachable": "unsure"}
    response = client.post("/en/feedback/platforms/jiebei/contact-day/", data)
    assert response.status_code == 302
    saved = ContactDayReport.objects.get()
    assert (saved.first_contact_day, saved.channel, saved.borrower_reachable) == (9, "sms", "unsure")
    assert saved.status == ContactDayReport.Status.PENDING
    assert "waiting for moderation" in page(client, response["Location"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"first_contact_day": "-3"}, "cannot be negative"),
        ({"first_contact_day": "3651"}, "Enter at most 3650 days"),
        ({"first_contact_day": ""}, "Enter the day overdue, for example 9."),
        ({"channel": "carrier pigeon"}, "Choose one of the ways listed."),
        ({"borrower_reachable": ""}, "Choose one answer."),
    ],
)
def test_bad_answers_get_a_clear_message(client, platform, data, message):
    data = {"first_contact_day": "9", "channel": "phone", "borrower_reachable": "no", **data}
    response = client.post("/en/feedback/platforms/jiebei/contact-day/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ContactDayReport.objects.exists()


# Pages and API -------------------------------------------------------------------------------------------------------


def test_platform_page_and_lookup_show_figures_only_from_the_minimum(client, platform):
    for day in [6, 7, 8, 9]:
        report(platform, day)
    lookup = "/en/lookup/?platform=jiebei&days_overdue=5"
    for url in ["/en/platforms/jiebei/", lookup]:
        html = page(client, url)
        assert "Not enough reports from readers yet" in html
        assert "/en/feedback/platforms/jiebei/contact-day/" in html
        assert "median day" not in html
    report(platform, 12)
    for url in ["/en/platforms/jiebei/", lookup]:
        html = page(client, url)
        assert "Readers report: median day 8, n = 5." in html
        assert "between day 7 and day 9 overdue" in html


def test_api_reader_reports_field(client, platform):
    url = "/api/lookup/?platform=jiebei&days_overdue=5&lang=en"
    for day in [4, 5, 6, 7]:
        report(platform, day)
    assert client.get(url).json()["reader_reports"] is None
    report(platform, 8)
    assert client.get(url).json()["reader_reports"] == {"count": 5, "median_day": 6, "q1_day": 5, "q3_day": 7}
    report(platform, 8)
    assert client.get(url).json()["reader_reports"] == {"count": 6, "median_day": 6.5, "q1_day": 5.2, "q3_day": 7.8}


def test_figures_cost_one_query_whatever_the_number_of_reports(client, platform, settings):
    settings.PAGE_CACHE_ENABLED = False  # count the view's own queries
    before = query_count(client, "/en/platforms/jiebei/")
    for day in range(2, 40):
        report(platform, day % 9 + 3)
    after = query_count(client, "/en/platforms/jiebei/")
    assert after == before
    assert 0 < after <= 8
