"""The collection rules: the reviewed content, its page in three languages, the admin, and the demo loader."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command

from demo_content.data.collection_rules import COLLECTION_RULES
from rights.checker import CHECKED_RULE_SLUGS
from rights.models import CollectionRule, RuleChangeNote, RuleSource
from tests.pages import page

pytestmark = pytest.mark.django_db

SHIPPED = {spec["slug"]: spec for spec in COLLECTION_RULES}


def test_every_rule_the_checker_cites_is_shipped():
    assert set(CHECKED_RULE_SLUGS) <= set(SHIPPED)


def test_the_national_standard_is_never_shipped_as_binding_law():
    for slug, spec in SHIPPED.items():
        if "GB/T 45251" in spec["instrument"]["zh_hans"]:
            assert spec["weight"] == "recommended_standard", slug
            assert "推荐性国家标准" in spec["confirmation_note"]["zh_hans"]
            assert "not mandatory" in spec["confirmation_note"]["en"]


def test_the_banking_association_guideline_is_reported_only():
    cba = [spec for spec in COLLECTION_RULES if spec["slug"].startswith("cba-2026-")]
    assert {spec["slug"] for spec in cba} == {
        "cba-2026-hours",
        "cba-2026-attempts",
        "cba-2026-third-parties",
        "cba-2026-conduct",
    }
    for spec in cba:
        assert spec["weight"] == "self_regulation"
        assert spec["confirmation"] == "reported"
        assert spec["instrument_date"] == "2026-01-30"
        assert spec["clause"]["zh_hans"] == ""  # no article number we have not seen
        assert all(not source["is_primary_text"] for source in spec["sources"])
        assert spec["says"]["en"].startswith("Reported:")


def test_every_rule_has_a_source_a_review_date_and_a_change_note():
    for slug, spec in SHIPPED.items():
        assert spec["sources"], slug
        assert all(source["title"] and source["publisher"] for source in spec["sources"]), slug
        assert datetime.date.fromisoformat(spec["last_reviewed"]), slug
        assert spec["change_notes"], slug
        if spec["confirmation"] == "confirmed":
            assert spec["weight"] == "law" and spec["clause"]["zh_hans"], slug
            assert any(source["is_primary_text"] for source in spec["sources"]), slug


def test_loading_twice_changes_nothing_and_keeps_editors_changes(reviewed_rules):
    rule = CollectionRule.objects.get(slug="gbt-45251-hours")
    rule.title_en = "Edited by an editor"
    rule.save()
    counts = (CollectionRule.objects.count(), RuleSource.objects.count(), RuleChangeNote.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (CollectionRule.objects.count(), RuleSource.objects.count(), RuleChangeNote.objects.count()) == counts
    assert CollectionRule.objects.get(slug="gbt-45251-hours").title_en == "Edited by an editor"
    call_command("load_demo_content", "--reset", verbosity=0)
    assert CollectionRule.objects.get(slug="gbt-45251-hours").title_en == SHIPPED["gbt-45251-hours"]["title"]["en"]


@pytest.mark.parametrize(
    ("language", "weight_label", "reported"),
    [
        ("zh-hans", "推荐性国家标准（非强制）", "据报道，未经原文核实"),
        ("zh-hant", "推薦性國家標準（非強制）", "據報道，未經原文覈實"),
        ("en", "Recommended national standard (not mandatory)", "Reported, not confirmed from the text"),
    ],
)
def test_rules_page_shows_weight_confirmation_sources_and_changes(
    client, reviewed_rules, language, weight_label, reported
):
    html = page(client, f"/{language}/rules/")
    assert html.count('class="channel" id="') == len(COLLECTION_RULES)
    assert weight_label in html and reported in html
    assert 'id="cba-2026-attempts" data-weight="self_regulation" data-confirmation="reported"' in html
    assert 'id="pipl-44" data-weight="law" data-confirmation="confirmed"' in html
    assert "GB/T 45251—2025" in html


def test_unpublished_rules_are_not_shown_nor_used(client, reviewed_rules):
    CollectionRule.objects.filter(slug="cba-2026-attempts").update(is_published=False)
    assert 'id="cba-2026-attempts"' not in page(client, "/en/rules/")
    body = '{"entries": [{"date": "2026-01-15", "party": "borrower", "kind": "call", "unanswered_attempts": 9}]}'
    answer = client.post("/api/call-check/?lang=en", body, content_type="application/json").json()
    slugs = {
        verdict["rule"]["slug"]
        for entry in answer["entries"]
        for kind in entry.values()
        if isinstance(kind, list)
        for verdict in kind
    }
    assert "cba-2026-attempts" not in slugs and "gbt-45251-hours" in slugs


def test_rules_are_listed_in_the_admin_with_their_sources(client, reviewed_rules):
    user = User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password")
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    changelist = client.get(f"/{settings.ADMIN_URL}rights/collectionrule/")
    assert changelist.status_code == 200
    rule = CollectionRule.objects.get(slug="cba-2026-hours")
    change = client.get(f"/{settings.ADMIN_URL}rights/collectionrule/{rule.pk}/change/").content.decode()
    source = rule.sources.get()
    assert source.title in change
    assert "2026-12-04" in change or "Dec. 4, 2026" in change or "04/12/2026" in change or "12/04/2026" in change


def test_a_saved_rule_keeps_its_sources_and_notes_in_its_history(reviewed_rules):
    import reversion
    from reversion.models import Version

    rule = CollectionRule.objects.get(slug="gbt-45251-hours")
    with reversion.create_revision():
        rule.save()
    [version] = Version.objects.get_for_object(rule)
    kept = {item.content_type.model for item in version.revision.version_set.all()}
    assert kept == {"collectionrule", "rulesource", "rulechangenote"}
