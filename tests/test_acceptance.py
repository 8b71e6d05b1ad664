"""The readers' scenarios the site was built for, run against the shipped demo content."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=StringIO())


def test_five_days_overdue_on_zhihuixing(client, demo):
    html = client.get("/en/lookup/?platform=zhihuixing&days_overdue=5").content.decode()
    assert "Your emergency contacts may already be called now, until day 7 at the latest." in html
    assert "GB/T 45251" in html  # the rules panel, beside the answer
    assert "/en/rights/" in html
    chinese = client.get("/zh-hans/lookup/?platform=zhihuixing&days_overdue=5").content.decode()
    assert "智汇星" in chinese and "GB/T 45251" in chinese


def test_jiebei_sources_disagree(client, demo):
    html = client.get("/en/platforms/ant-jiebei/").content.decode()
    assert "The sources disagree." in html
    assert "between day 14 and day 30" in html
    api = client.get("/api/lookup/?platform=ant-jiebei&days_overdue=3").json()
    assert api["sources"] == {"count": 2, "earliest_claimed": 14, "latest_claimed": 30, "disagree": True}


def test_haofenqi_says_its_data_is_thin(client, demo):
    api = client.get("/api/lookup/?platform=haofenqi&days_overdue=10&lang=en").json()
    assert api["contacts"]["status"] == "unknown"
    assert "The data is thin." in client.get("/en/platforms/haofenqi/").content.decode()


@pytest.mark.parametrize(
    "name", ["智汇星", "星图金融任性贷", "星图金融·任性贷", "蚂蚁借呗", "螞蟻借唄", "好分期", "支付宝"]
)
def test_every_source_platform_is_findable_by_name(client, demo, name):
    response = client.get("/zh-hans/lookup/", {"platform": name, "days_overdue": 5})
    assert response.status_code == 302
    assert "platform=" in response["Location"] and "days_overdue=5" in response["Location"]


def test_platform_not_listed_uses_the_general_profile(client, demo):
    api = client.get("/api/lookup/?platform=other&days_overdue=5").json()
    assert api["platform"]["slug"] == "general"
    assert api["sources"]["disagree"] is True
