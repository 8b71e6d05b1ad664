"""The letter helper: composing letters (plain function) and the page (form, errors, nothing stored)."""

import logging

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.contrib.staticfiles import finders
from django.test import Client
from django.utils import translation

from rights.letters import Rule, Situation, Writer, compose_letter
from rights.models import ComplaintChannel
from tests.factories import make_platform
from tests.pages import page

LANGUAGES = ["zh-hans", "zh-hant", "en"]
URL = "/{language}/letters/"
QUERY_BUDGET = 8

# How each rule shows in a letter, whatever its language: the law's Chinese title or the standard's number, and
# the article number (translations keep Arabic numerals).
RULE_MARKERS = {
    Rule.GBT_45251: [("45251",)],
    Rule.PIPL_44: [("个人信息保护法", "個人信息保護法"), ("44",)],
    Rule.CIVIL_CODE_1033: [("民法典",), ("1033",)],
    Rule.CIVIL_CODE_1038: [("民法典",), ("1038",)],
    Rule.CIVIL_CODE_465: [("民法典",), ("465",)],
}

# Which rules each letter must cite, and which it must not (a borrower has no PIPL refusal to make for others, etc.).
EXPECTED_RULES = {
    (Situation.STOP_CONTACT_CALLS, Writer.CONTACT): {Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033},
    (Situation.STOP_CONTACT_CALLS, Writer.BORROWER): {Rule.GBT_45251},
    (Situation.NIGHT_CALLS, Writer.CONTACT): {Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033},
    (Situation.NIGHT_CALLS, Writer.BORROWER): {Rule.GBT_45251, Rule.CIVIL_CODE_1033},
    (Situation.TOO_MANY_CALLS, Writer.CONTACT): {Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033},
    (Situation.TOO_MANY_CALLS, Writer.BORROWER): {Rule.GBT_45251, Rule.CIVIL_CODE_1033},
    (Situation.DEBT_TOLD_TO_CONTACTS, Writer.CONTACT): {Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033},
    (Situation.DEBT_TOLD_TO_CONTACTS, Writer.BORROWER): {Rule.GBT_45251, Rule.CIVIL_CODE_1038},
}


def cites(text: str, rule: Rule) -> bool:
    return all(any(marker in text for marker in alternatives) for alternatives in RULE_MARKERS[rule])


# Composing (no HTTP) ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("situation", "writer"), list(EXPECTED_RULES))
def test_each_letter_cites_its_rules_in_each_language(language, situation, writer):
    letter = compose_letter(
        platform_name="借呗", situation=situation, writer=writer, language=language, signature="王小明"
    )
    expected = EXPECTED_RULES[(situation, writer)]
    for rule in expected:
        assert cites(letter.text, rule), (rule, letter.text)
        assert rule in letter.rules
    if Rule.PIPL_44 not in expected:
        assert not cites(letter.text, Rule.PIPL_44)
    if Rule.CIVIL_CODE_1033 not in expected:
        assert "1033" not in letter.text
    if writer == Writer.CONTACT:
        assert cites(letter.text, Rule.CIVIL_CODE_465)  # an emergency contact owes nothing
    else:
        assert "465" not in letter.text
    assert "借呗" in letter.text
    assert letter.text.rstrip().splitlines()[-3] == "王小明"
    assert letter.language == language
    for channel in ("12378", "12321"):
        assert channel in letter.text


def test_english_letters_read_as_whole_sentences():
    letter = compose_letter(
        platform_name="Jiebei", situation="night_calls", writer="borrower", language="en", signature=""
    )
    assert letter.text.startswith("Subject: request to stop collection calls at night\n\n")
    assert "To the customer service and collection team of Jiebei:" in letter.text
    assert "there should be no collection between 22:00 and 08:00" in letter.text
    assert "Article 1033 of the Civil Code (《民法典》)" in letter.text
    assert "\n\nYours faithfully,\nThe borrower\n\nDate: " in letter.text
    contact = compose_letter(platform_name="Jiebei", situation="debt_told", writer="contact", language="en")
    assert "must not be told about the debt" in contact.text
    assert "Article 44 of the Personal Information Protection Law (《个人信息保护法》)" in contact.text
    assert contact.text.rstrip().splitlines()[-3] == "An emergency contact"


def test_unknown_situation_or_writer_is_refused():
    with pytest.raises(ValueError):
        compose_letter(platform_name="x", situation="bogus", writer="contact", language="en")
    with pytest.raises(ValueError):
        compose_letter(platform_name="x", situation="night_calls", writer="lawyer", language="en")


# The page -------------------------------------------------------------------------------------------------------


@pytest.fixture
def jiebei(db):
    return make_platform(slug="jiebei", name="借呗", name_hant="借唄", name_en="Jiebei")


def form_data(**overrides):
    data = {
        "platform": "jiebei",
        "other_platform": "",
        "writer": "contact",
        "situation": "stop_contact_calls",
        "signature": "",
        "language": "en",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", LANGUAGES)
def test_form_page_has_labelled_fields_and_no_letter(client, jiebei, language):
    response = client.get(URL.format(language=language))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'method="post"' in html
    for field in ("platform", "other_platform", "signature", "language"):
        assert f'<label for="id_{field}">' in html
    assert html.count("<legend>") == 2
    assert html.count('type="radio"') == len(Writer.choices) + len(Situation.choices)
    for index in range(len(Situation.choices)):
        assert f'<label for="id_situation_{index}">' in html
    assert '<option value="jiebei">' in html
    assert 'id="letter-text"' not in html
    assert "<script>" not in html and " style=" not in html
    assert "/static/js/letter.js" in html
    assert finders.find("js/letter.js")


def test_platform_can_be_preselected_from_a_link(client, jiebei):
    html = page(client, "/en/letters/?platform=jiebei")
    assert '<option value="jiebei" selected>Jiebei</option>' in html
    html = page(client, "/en/letters/?platform=%3Cscript%3E")
    assert "<script>" not in html and " selected>" not in html.split('id="id_platform"')[1].split("</select>")[0]


@pytest.mark.parametrize("page_language", LANGUAGES)
@pytest.mark.parametrize(("situation", "writer"), list(EXPECTED_RULES))
def test_posting_the_form_shows_the_letter_and_its_rules(client, jiebei, page_language, situation, writer):
    response = client.post(
        URL.format(language=page_language), form_data(situation=situation, writer=writer, language=page_language)
    )
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    textarea = html.split('id="letter-text"')[1].split("</textarea>")[0]
    expected_name = {"zh-hans": "借呗", "zh-hant": "借唄", "en": "Jiebei"}[page_language]
    assert expected_name in textarea
    for rule in EXPECTED_RULES[(situation, writer)]:
        assert cites(textarea, rule)
        assert f'data-rule="{rule.value}"' in html
    assert "readonly" in html.split('id="letter-text"')[1].split(">")[0]
    assert 'class="letter-print"' in html
    assert "data-copy-target" in html and "data-print" in html


def test_letter_language_can_differ_from_the_page_language(client, jiebei):
    html = page(client, "/en/letters/")
    assert '<option value="en" lang="en" selected>' in html
    response = client.post("/en/letters/", form_data(language="zh-hans"))
    html = response.content.decode()
    assert 'lang="zh-Hans">' in html.split('id="letter-text"')[1][:200]
    assert "借呗" in html.split('id="letter-text"')[1].split("</textarea>")[0]


def test_other_platform_and_signature_are_escaped_in_the_letter(client, jiebei):
    response = client.post(
        "/en/letters/",
        form_data(platform="other", other_platform="<b>Shady\nLoans</b>", signature="  Li\tLei <i> "),
    )
    html = response.content.decode()
    textarea = html.split('id="letter-text"')[1].split("</textarea>")[0]
    assert "team of &lt;b&gt;Shady Loans&lt;/b&gt;:" in textarea
    assert "Yours faithfully,\nLi Lei &lt;i&gt;" in textarea
    assert "<b>Shady" not in html


def test_control_characters_are_dropped_from_typed_names(client, jiebei):
    html = client.post("/en/letters/", form_data(signature="Li\x00\u202eLei")).content.decode()
    assert "Yours faithfully,\nLiLei" in html.split('id="letter-text"')[1]


def test_channels_named_in_the_letter_are_linked_when_published(client, jiebei):
    ComplaintChannel.objects.create(
        slug="nfra-12378", name_zh_hans="金融监管总局", name_en="NFRA", phone="12378", handles_zh_hans="银行"
    )
    ComplaintChannel.objects.create(
        slug="miit-12321", name_zh_hans="12321", name_en="12321 centre", handles_zh_hans="骚扰", is_published=False
    )
    html = page(client, "/en/letters/")
    assert "NFRA" not in html
    html = client.post("/en/letters/", form_data()).content.decode()
    assert 'href="/en/complaint-channels/#nfra-12378">NFRA (12378)</a>' in html
    assert "12321 centre" not in html


BAD_INPUTS = [
    ({"platform": ""}, "platform", "Choose the platform, or “Another platform” and type its name."),
    (
        {"platform": "no-such-platform"},
        "platform",
        "Choose a platform from the list, or “Another platform” and type its name.",
    ),
    ({"platform": "other", "other_platform": "   "}, "other_platform", "Type the name of the platform."),
    (
        {"other_platform": "x" * 61, "platform": "other"},
        "other_platform",
        "That name is too long. Type only the platform's name.",
    ),
    ({"writer": ""}, "writer", "Say whether you are the emergency contact or the borrower."),
    ({"writer": "lawyer"}, "writer", "Say whether you are the emergency contact or the borrower."),
    ({"situation": "\x00"}, "situation", None),
    ({"situation": "bogus"}, "situation", "Choose one of the situations listed."),
    ({"signature": "名" * 100_000}, "signature", "That is too long for a name. Type at most 60 characters."),
    ({"language": "fr"}, "language", "Choose one of the languages listed."),
]


@pytest.mark.parametrize(("overrides", "field", "message"), BAD_INPUTS)
def test_bad_input_gives_form_errors_never_a_server_error(client, jiebei, overrides, field, message):
    response = client.post("/en/letters/", form_data(**overrides))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="letter-text"' not in html
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html or f'aria-describedby="{field}-errors"' in html
    if message:
        assert message.replace("'", "&#x27;") in html


def test_bad_input_messages_are_in_the_readers_language(client, jiebei):
    html = client.post("/zh-hans/letters/", form_data(writer="", language="zh-hans")).content.decode()
    with translation.override("zh-hans"):
        from rights.forms import LetterForm

        expected = str(LetterForm.base_fields["writer"].error_messages["required"])
    assert expected in html
    assert 'lang="zh-Hans"' in html


def test_junk_posts_never_fail(client, jiebei):
    for data in ({}, {"platform": ["a", "b"]}, {"language": "%FF\u202e"}):
        assert client.post("/en/letters/", data).status_code == 200
    assert client.put("/en/letters/").status_code == 405


def all_row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.mark.django_db(transaction=False)
def test_nothing_the_reader_types_is_stored_or_logged(jiebei, caplog):
    client = Client(enforce_csrf_checks=True)
    html = page(client, "/en/letters/")
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    before = all_row_counts()
    caplog.set_level(logging.DEBUG)
    response = client.post(
        "/en/letters/",
        {
            **form_data(platform="other", other_platform="Secret Lender 9", signature="Zhang Sanfeng"),
            "csrfmiddlewaretoken": token,
        },
    )
    assert response.status_code == 200
    assert "Zhang Sanfeng" in response.content.decode()
    assert all_row_counts() == before
    assert Session.objects.count() == 0
    assert "sessionid" not in response.cookies
    assert not client.session.items()
    for record in caplog.records:
        assert "Zhang Sanfeng" not in record.getMessage()
        assert "Secret Lender 9" not in record.getMessage()


def test_posting_without_the_csrf_token_is_refused(jiebei):
    client = Client(enforce_csrf_checks=True)
    assert client.post("/en/letters/", form_data()).status_code == 403


@pytest.mark.parametrize("language", LANGUAGES)
def test_letter_page_query_budget(client, jiebei, language, django_assert_max_num_queries):
    for _ in range(20):
        make_platform()
    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get(URL.format(language=language))
    with django_assert_max_num_queries(QUERY_BUDGET):
        client.post(URL.format(language=language), form_data())
