"""An edit of a collection rule, its sources or change notes shows at once on the cached pages that show rules."""

import pytest

from rights.models import CollectionRule, RuleSource
from tests.performance.support import warm

pytestmark = pytest.mark.django_db

RULE_PAGES = ["/zh-hans/rules/", "/en/rules/", "/en/data/"]


@pytest.fixture(autouse=True)
def _page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_a_rule_edit_retires_the_pages_that_show_rules(client, reviewed_rules):
    rule = CollectionRule.objects.get(slug="gbt-45251-hours")
    warm(client, RULE_PAGES)
    assert all(client.get(url)["X-Cache"] == "hit" for url in RULE_PAGES)

    rule.title_en = "Quiet hours, as edited"
    rule.save()

    assert all(client.get(url)["X-Cache"] == "miss" for url in RULE_PAGES)
    assert "Quiet hours, as edited" in client.get("/en/rules/").content.decode()


def test_a_new_source_of_a_rule_retires_the_rules_page(client, reviewed_rules):
    rule = CollectionRule.objects.get(slug="gbt-45251-hours")
    warm(client, RULE_PAGES[:1])

    source = rule.sources.first()
    RuleSource.objects.create(
        rule=rule, title="另一份报道", publisher=source.publisher, published_on=source.published_on
    )

    assert client.get(RULE_PAGES[0])["X-Cache"] == "miss"
