"""The complaint channels page, its admin, its demo content, and the links to the rights tools."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from demo_content.data.complaint_channels import COMPLAINT_CHANNELS
from rights.models import ComplaintChannel
from tests.factories import make_platform, trilingual
from tests.pages import page, query_count, sitemaps

pytestmark = pytest.mark.django_db

LANGUAGES = ["zh-hans", "zh-hant", "en"]
QUERY_BUDGET = 8


def make_channel(slug: str, name: str, name_en: str, order: int = 0, **extra) -> ComplaintChannel:
    return ComplaintChannel.objects.create(
        slug=slug,
        order=order,
        **trilingual("name", name, None, name_en),
        **trilingual("handles", f"{name}处理的事", None, f"What {name_en} handles"),
        **extra,
    )


@pytest.mark.parametrize(("language", "first", "second"), [("zh-hans", "热线", "平台"), ("en", "Hotline", "Platform")])
def test_channels_are_listed_in_order_published_only(client, language, first, second):
    make_channel("second", "平台", "Platform", order=2, confidence="medium", source_note_en="From press reports.")
    make_channel("first", "热线", "Hotline", order=1, phone="12378", confidence="high")
    make_channel("hidden", "隐藏", "Hidden channel", order=0, is_published=False)
    html = page(client, f"/{language}/complaint-channels/")
    main = html[html.index("<main") :]
    assert main.index(f"<h2>{first}</h2>") < main.index(f"<h2>{second}</h2>")
    assert "Hidden channel" not in html and "隐藏" not in html
    assert 'id="first"' in main and 'href="tel:12378">12378</a>' in main
    if language == "en":
        assert "How sure we are: High." in main
        assert "How sure we are: Medium. From press reports." in main
        assert "What Hotline handles" in main
    assert 'class="disclaimer"' in html
    assert f'href="/{language}/letters/"' in main


def test_website_becomes_a_link_only_when_it_is_a_web_address(client):
    make_channel("web", "网站", "Web", website="https://example.org/report")
    make_channel("js", "脚本", "Script", website="javascript:alert(1)")
    html = page(client, "/en/complaint-channels/")
    assert '<a href="https://example.org/report" rel="noopener">' in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html


def test_empty_channel_list_renders(client):
    assert "No complaint channels have been published yet." in page(client, "/en/complaint-channels/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_channels_page_query_count_is_fixed(client, language, settings):
    settings.PAGE_CACHE_ENABLED = False  # count the queries of the view, not of a cache hit
    make_channel("one", "一", "One")
    url = f"/{language}/complaint-channels/"
    small = query_count(client, url)
    for number in range(15):
        make_channel(f"more-{number}", f"更多{number}", f"More {number}", order=number)
    assert 0 < query_count(client, url) == small <= QUERY_BUDGET


def test_breadcrumbs_and_structured_data(client):
    html = page(client, "/en/complaint-channels/")
    assert '"@type":"BreadcrumbList"' in html
    assert 'href="/en/rights/">Your rights</a>' in html


# Admin ------------------------------------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client):
    user = User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password")
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def test_admin_adds_and_edits_a_channel_in_three_languages(editor_client):
    add_url = reverse("admin:rights_complaintchannel_add")
    html = editor_client.get(add_url).content.decode()
    assert "name_zh_hant" in html and "handles_en" in html
    response = editor_client.post(
        add_url,
        {
            "slug": "nfra-12378",
            "name_zh_hans": "金融监管总局",
            "name_en": "NFRA",
            "phone": "12378",
            "handles_zh_hans": "银行和消费金融",
            "handles_en": "Banks and consumer finance",
            "confidence": "medium",
            "order": "1",
            "is_published": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    channel = ComplaintChannel.objects.get(slug="nfra-12378")
    assert channel.name_zh_hant == "金融監管總局"  # converted for the editor, flagged for review
    assert channel.traditional_machine_converted
    change_url = reverse("admin:rights_complaintchannel_change", args=[channel.pk])
    assert editor_client.get(change_url).status_code == 200
    response = editor_client.post(
        change_url,
        {
            "slug": "nfra-12378",
            "name_zh_hans": "国家金融监督管理总局",
            "name_zh_hant": "國家金融監督管理總局",
            "name_en": "National Financial Regulatory Administration",
            "phone": "12378",
            "handles_zh_hans": "银行",
            "handles_zh_hant": "銀行",
            "handles_en": "Banks",
            "confidence": "high",
            "order": "1",
        },
    )
    assert response.status_code == 302
    channel.refresh_from_db()
    assert channel.name_en == "National Financial Regulatory Administration"
    assert not channel.is_published
    assert editor_client.get(reverse("admin:rights_complaintchannel_changelist")).status_code == 200
    assert editor_client.get(reverse("admin:rights_complaintchannel_changelist") + "?missing=en").status_code == 200


def test_admin_requires_the_simplified_name(editor_client):
    response = editor_client.post(
        reverse("admin:rights_complaintchannel_add"),
        {"slug": "x", "name_en": "Only English", "handles_zh_hans": "事", "confidence": "high", "order": "0"},
    )
    assert response.status_code == 200
    assert not ComplaintChannel.objects.exists()


def test_article_admin_offers_pinned_and_excluded_related_articles(editor_client):
    html = editor_client.get(reverse("admin:articles_article_add")).content.decode()
    assert 'name="pinned_related"' in html and 'name="excluded_related"' in html
    assert "admin-autocomplete" in html


# Demo content ---------------------------------------------------------------------------------------------------------


def test_demo_channels_load_once_in_three_languages_and_reset_restores_them():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ComplaintChannel.objects.count() == len(COMPLAINT_CHANNELS) >= 7
    for slug in ("nfra-12378", "pboc-12363", "nifa-reporting", "miit-12321", "police-110", "courts"):
        channel = ComplaintChannel.objects.get(slug=slug)
        assert channel.name_zh_hans and channel.name_zh_hant and channel.name_en
        assert channel.handles_zh_hans and channel.handles_zh_hant and channel.handles_en
    assert ComplaintChannel.objects.get(slug="pboc-12363").confidence == "high"
    assert ComplaintChannel.objects.get(slug="nfra-12378").confidence == "medium"
    assert ComplaintChannel.objects.get(slug="miit-12321").confidence == "medium_high"
    ComplaintChannel.objects.filter(slug="courts").update(name_en="Edited by an editor")
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ComplaintChannel.objects.count() == len(COMPLAINT_CHANNELS)
    assert ComplaintChannel.objects.get(slug="courts").name_en == "Edited by an editor"
    call_command("load_demo_content", "--reset", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ComplaintChannel.objects.get(slug="courts").name_en != "Edited by an editor"


def test_demo_channels_invent_no_phone_numbers():
    phones = {spec["slug"]: spec["phone"] for spec in COMPLAINT_CHANNELS}
    assert phones == {
        "nfra-12378": "12378",
        "pboc-12363": "12363",
        "nifa-reporting": "",
        "miit-12321": "12321",
        "police-110": "110",
        "courts": "",
        "credit-report-objection": "",
        "heimao-tousu": "",
    }
    assert all(not spec.get("website") for spec in COMPLAINT_CHANNELS)


# Links and the sitemap ------------------------------------------------------------------------------------------------


def test_tools_are_linked_from_rights_index_footer_platform_page_and_lookup_result(client):
    platform = make_platform(
        slug="jiebei", name="借呗", name_en="Jiebei", stages=[(1, 3, False), (4, None, True)], sources=[(4, 7)]
    )
    rights = page(client, "/en/rights/")
    assert 'href="/en/complaint-channels/"' in rights[rights.index("<main") : rights.index("</main>")]
    assert 'href="/en/letters/"' in rights[rights.index("<main") : rights.index("</main>")]
    footer = rights[rights.index("<footer") :]
    assert 'href="/en/complaint-channels/"' in footer and 'href="/en/letters/"' in footer
    assert 'href="/en/letters/?platform=jiebei"' in page(client, f"/en/platforms/{platform.slug}/")
    assert 'href="/en/letters/?platform=jiebei"' in page(client, "/en/lookup/?platform=jiebei&days_overdue=5")


def test_sitemap_lists_the_rights_tools_in_every_language(client):
    xml = sitemaps(client)
    for language in LANGUAGES:
        assert f"http://testserver/{language}/complaint-channels/" in xml
        assert f"http://testserver/{language}/letters/" in xml
