"""The letter helper: composes a short, polite letter to a lending platform from a few choices.

Nothing here touches the database, the session or the log: the reader's choices go in, text comes out. Every
paragraph is one whole translatable text; the rules each letter cites are those the project's research supports
(the national standard GB/T 45251—2025, the Personal Information Protection Law and the Civil Code), without
clause numbers that are not confirmed.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override


class Writer(models.TextChoices):
    CONTACT = "contact", _("I am an emergency contact: someone gave my number when they borrowed")
    BORROWER = "borrower", _("I am the borrower")


class Situation(models.TextChoices):
    STOP_CONTACT_CALLS = "stop_contact_calls", _("The calls to an emergency contact should stop")
    NIGHT_CALLS = "night_calls", _("Collectors call at night, between 22:00 and 08:00")
    TOO_MANY_CALLS = "too_many_calls", _("Collectors call too often")
    DEBT_TOLD_TO_CONTACTS = "debt_told", _("Collectors told an emergency contact about the debt")


class Rule(models.TextChoices):
    GBT_45251 = "gbt-45251", _("National standard GB/T 45251—2025 (《互联网金融 个人网络消费信贷 贷后催收风控指引》)")
    PIPL_44 = "pipl-44", _("Personal Information Protection Law (《个人信息保护法》), Article 44")
    CIVIL_CODE_1033 = "civil-code-1033", _("Civil Code (《民法典》), Article 1033")
    CIVIL_CODE_1038 = "civil-code-1038", _("Civil Code (《民法典》), Article 1038")
    CIVIL_CODE_465 = "civil-code-465", _("Civil Code (《民法典》), Article 465")


# What each rule says, in the words shown beside the letter (with the caveat the research notes attach to it).
RULE_EXPLANATIONS = {
    Rule.GBT_45251: _(
        "Collectors should deal with the borrower, not their contacts. A contact may be reached only when the "
        "borrower cannot be, and then only to restore contact or pass on a message; a contact who refuses or asks "
        "not to be called again must not be contacted again and must not be told about the debt. Unless agreed "
        "otherwise, no collection between 22:00 and 08:00; calls by interactive voice systems (AI voices included) "
        "at most three connected calls a day with one borrower. It is a recommended standard, in force since 28 "
        "February 2025: it binds a lender that adopts it by contract or declaration, or when a regulation does. Its "
        "rules are known from the internet-finance association's statement and press reports and its clause "
        "numbers are not confirmed, so the letter does not quote them."
    ),
    Rule.PIPL_44: _(
        "People have the right to know about, and to refuse, the processing of their personal information."
    ),
    Rule.CIVIL_CODE_1033: _(
        "Unless the law provides otherwise or the person agrees, no one may disturb another person's private life by "
        "phone calls, text messages, messaging apps or e-mail."
    ),
    Rule.CIVIL_CODE_1038: _("Those who handle personal information must not leak it."),
    Rule.CIVIL_CODE_465: _(
        "A contract binds only its parties: being named as an emergency contact creates no duty to repay."
    ),
}

# Complaint channels (rights.ComplaintChannel slugs, as shipped in the demo content) named in every letter.
LETTER_CHANNEL_SLUGS = ("nfra-12378", "nifa-reporting", "miit-12321")

GREETING = _("To the customer service and collection team of %(platform)s:")

OPENING = {
    Writer.CONTACT: _(
        "My phone number was given to you as an emergency contact by one of your customers. I am not a party to "
        "their loan and I have not guaranteed it. Under Article 465 of the Civil Code (《民法典》) a contract binds "
        "only its parties, so being named as an emergency contact does not make me responsible for repaying it."
    ),
    Writer.BORROWER: _(
        "I am writing about my loan with you. You can reach me directly on the phone number registered with my "
        "account, and I will deal with the matter myself."
    ),
}

# A contact's refusal, with the laws behind it; used in every letter a contact writes.
CONTACT_REFUSAL = _(
    "I refuse any further calls and messages about this loan. Article 44 of the Personal Information Protection Law "
    "(《个人信息保护法》) gives me the right to refuse the processing of my personal information, including my phone "
    "number, and Article 1033 of the Civil Code (《民法典》) protects me from having my private life disturbed by calls "
    "and messages without my consent."
)

# What a contact asks for when the calls are about someone else's loan.
CONTACT_STOP_AND_DELETE = _(
    "Please stop calling and messaging me about this loan, and delete my phone number from the records you use for "
    "collection."
)

SUBJECTS = {
    Situation.STOP_CONTACT_CALLS: _("Subject: request to stop calls to an emergency contact"),
    Situation.NIGHT_CALLS: _("Subject: request to stop collection calls at night"),
    Situation.TOO_MANY_CALLS: _("Subject: request to limit collection calls"),
    Situation.DEBT_TOLD_TO_CONTACTS: _("Subject: request to stop telling others about a debt"),
}

# (situation, writer) → (paragraphs describing what happened and the rules, the request, the rules cited)
BODIES = {
    (Situation.STOP_CONTACT_CALLS, Writer.CONTACT): (
        [
            _(
                "Under the national standard GB/T 45251—2025 (《互联网金融 个人网络消费信贷 贷后催收风控指引》), "
                "collectors should deal with the borrower, not with their contacts. A contact may be reached only "
                "when the borrower cannot be, and then only to restore contact or pass on a message. A contact who "
                "refuses or asks not to be called again must not be contacted again."
            ),
            CONTACT_REFUSAL,
        ],
        CONTACT_STOP_AND_DELETE,
        [Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033, Rule.CIVIL_CODE_465],
    ),
    (Situation.STOP_CONTACT_CALLS, Writer.BORROWER): (
        [
            _(
                "Under the national standard GB/T 45251—2025 (《互联网金融 个人网络消费信贷 贷后催收风控指引》), "
                "collectors should deal with the borrower, not with their contacts. A contact may be reached only "
                "when the borrower cannot be, only to restore contact or pass on a message, and must not be told "
                "about the debt. I can be reached, so there is no reason to call the people whose numbers I gave as "
                "contacts."
            ),
        ],
        _("Please stop contacting my emergency contacts and deal with me directly."),
        [Rule.GBT_45251],
    ),
    (Situation.NIGHT_CALLS, Writer.BORROWER): (
        [
            _(
                "I have received collection calls at night. Under the national standard GB/T 45251—2025 "
                "(《互联网金融 个人网络消费信贷 贷后催收风控指引》), unless agreed otherwise there should be no "
                "collection between 22:00 and 08:00, and I have not agreed to calls at those hours."
            ),
            _(
                "Article 1033 of the Civil Code (《民法典》) also protects people from having their private life "
                "disturbed by calls and messages without their consent."
            ),
        ],
        _("Please make no collection calls and send no collection messages to me between 22:00 and 08:00."),
        [Rule.GBT_45251, Rule.CIVIL_CODE_1033],
    ),
    (Situation.NIGHT_CALLS, Writer.CONTACT): (
        [
            _(
                "I have been called at night about someone else's loan. Under the national standard GB/T 45251—2025 "
                "(《互联网金融 个人网络消费信贷 贷后催收风控指引》), unless agreed otherwise there should be no "
                "collection between 22:00 and 08:00, and a contact may be reached only when the borrower cannot be, "
                "and then only to restore contact or pass on a message."
            ),
            CONTACT_REFUSAL,
        ],
        _("Please stop calling and messaging me about this loan, at night and at any other time."),
        [Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033, Rule.CIVIL_CODE_465],
    ),
    (Situation.TOO_MANY_CALLS, Writer.BORROWER): (
        [
            _(
                "I receive more collection calls than the rules allow. Under the national standard GB/T 45251—2025 "
                "(《互联网金融 个人网络消费信贷 贷后催收风控指引》), collection by interactive voice calls, AI voice "
                "calls included, should reach one borrower with at most three connected calls a day, and unless "
                "agreed otherwise there should be no collection between 22:00 and 08:00."
            ),
            _(
                "Article 1033 of the Civil Code (《民法典》) also protects people from having their private life "
                "disturbed by calls and messages without their consent."
            ),
        ],
        _("Please keep to these limits and tell me which of your staff or agencies I should deal with."),
        [Rule.GBT_45251, Rule.CIVIL_CODE_1033],
    ),
    (Situation.TOO_MANY_CALLS, Writer.CONTACT): (
        [
            _(
                "I keep receiving calls about someone else's loan. Under the national standard GB/T 45251—2025 "
                "(《互联网金融 个人网络消费信贷 贷后催收风控指引》), a contact may be reached only when the borrower "
                "cannot be, and then only to restore contact or pass on a message. A contact who refuses or asks not "
                "to be called again must not be contacted again."
            ),
            CONTACT_REFUSAL,
        ],
        CONTACT_STOP_AND_DELETE,
        [Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033, Rule.CIVIL_CODE_465],
    ),
    (Situation.DEBT_TOLD_TO_CONTACTS, Writer.BORROWER): (
        [
            _(
                "I have learned that the people whose numbers I gave as emergency contacts were told about my debt. "
                "Under the national standard GB/T 45251—2025 (《互联网金融 个人网络消费信贷 贷后催收风控指引》), "
                "contacts may be reached only to restore contact or pass on a message, and must not be told about "
                "the debt."
            ),
            _("Article 1038 of the Civil Code (《民法典》) forbids those who handle personal information to leak it."),
        ],
        _(
            "Please stop telling anyone else about my debt, and tell me in writing what was disclosed, to whom and "
            "when."
        ),
        [Rule.GBT_45251, Rule.CIVIL_CODE_1038],
    ),
    (Situation.DEBT_TOLD_TO_CONTACTS, Writer.CONTACT): (
        [
            _(
                "Your collectors told me about someone else's debt. Under the national standard GB/T 45251—2025 "
                "(《互联网金融 个人网络消费信贷 贷后催收风控指引》), a contact may be reached only to restore "
                "contact or pass on a message, and must not be told about the debt."
            ),
            CONTACT_REFUSAL,
        ],
        _("Please do not tell me about this debt again, and stop calling and messaging me about it."),
        [Rule.GBT_45251, Rule.PIPL_44, Rule.CIVIL_CODE_1033, Rule.CIVIL_CODE_465],
    ),
}

CLOSING = _(
    "I am keeping a record of the dates, times and numbers of these calls and messages. If this does not stop, I "
    "will complain to the National Financial Regulatory Administration on 12378 (for banks, consumer-finance and "
    "micro-lending companies), to the reporting platform of the National Internet Finance Association of China, "
    "and, about harassing calls or leaked personal information, to 12321."
)
THANKS = _("Thank you for dealing with this promptly.")
SIGN_OFF = _("Yours faithfully,")
UNSIGNED = {Writer.CONTACT: _("An emergency contact"), Writer.BORROWER: _("The borrower")}
DATE_LINE = _("Date: %(date)s")


@dataclass(frozen=True)
class Letter:
    language: str
    subject: str
    text: str
    rules: list[Rule]


def compose_letter(
    *,
    platform_name: str,
    situation: str,
    writer: str,
    language: str,
    signature: str = "",
    today: datetime.date | None = None,
) -> Letter:
    """The letter for the situation and writer, in ``language``. Raises KeyError for an unknown combination."""
    situation, writer = Situation(situation), Writer(writer)
    paragraphs, request, rules = BODIES[(situation, writer)]
    today = today or timezone.localdate()
    with override(language):
        subject = str(SUBJECTS[situation])
        parts = [
            subject,
            str(GREETING) % {"platform": platform_name},
            str(OPENING[writer]),
            *(str(paragraph) for paragraph in paragraphs),
            str(request),
            str(CLOSING),
            str(THANKS),
            "\n".join([str(SIGN_OFF), signature.strip() or str(UNSIGNED[writer])]),
            str(DATE_LINE) % {"date": formats.date_format(today, "DATE_FORMAT")},
        ]
    return Letter(language=language, subject=subject, text="\n\n".join(parts), rules=list(rules))
