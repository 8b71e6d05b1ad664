"""Finds personal data that readers must not publish: phone numbers, resident ID numbers, bank cards, e-mail addresses.

Plain Python, no Django models: ``find_personal_data(text)`` returns the kinds found, in a fixed order. Text is
normalised with NFKC first, so full-width digits (１３８), the full-width at sign (＠) and ideographic spaces count
like their ASCII forms, and digits may be split by spaces, dashes, dots or brackets ("138 0013 8000",
"(010) 6512-3456"). Ordinary numbers ("逾期 30 天", "day 180", "5000 元", dates) are not personal data.

Work grows with the number of digit groups times the few groups a number can span; the forms cap texts at a few
thousand characters before this runs.
"""

from __future__ import annotations

import datetime
import enum
import re
import unicodedata

from django.utils.translation import gettext_lazy as _


class Kind(enum.StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    RESIDENT_ID = "resident_id"
    BANK_CARD = "bank_card"
    EMAIL = "email"


FOUND_MESSAGES = {
    Kind.MOBILE: _("Your text seems to contain a mobile phone number."),
    Kind.LANDLINE: _("Your text seems to contain a landline telephone number."),
    Kind.RESIDENT_ID: _("Your text seems to contain a resident identity card number."),
    Kind.BANK_CARD: _("Your text seems to contain a bank card number."),
    Kind.EMAIL: _("Your text seems to contain an e-mail address."),
}
WHY_MESSAGE = _(
    "We never publish phone numbers, ID numbers, bank card numbers or e-mail addresses, neither yours nor anyone "
    "else's, because they can be used to find, harass or defraud people. Please remove it and send your text again."
)

# A run of digits with at most two separators between neighbours; a resident ID may end in X.
_DIGIT_RUN = re.compile(r"(?<![0-9])\+?[0-9](?:[ \t\-.()]{0,2}[0-9])*(?:[ \t\-]?[Xx](?![A-Za-z]))?(?![0-9])")
_GROUP_SEPARATOR = re.compile(r"[ \t\-.()]+")
# Matched around each "@" within the longest a local part (64) and a domain (255) can be, which keeps the search
# linear: a plain regex search would rescan long runs of letters and digits from every starting position.
_EMAIL_LOCAL_END = re.compile(r"[A-Za-z0-9._%+\-]+\Z")
_EMAIL_DOMAIN_START = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")

_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Area code (010, 02x, or 0 plus three digits) and a local number of 7 or 8 digits that does not start with 0 or 1.
_LANDLINE = re.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})[2-9][0-9]{6,7}")
_RESIDENT_ID = re.compile(r"[1-9][0-9]{16}[0-9X]")
# Mobile 11 (13 with 86, 15 with 0086), landline 10 to 12, resident ID 18, bank card 16 to 19.
_CANDIDATE_LENGTHS = frozenset({10, 11, 12, 13, 15, 16, 17, 18, 19})
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARACTERS = "10X98765432"


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def resident_id_checksum_is_valid(number: str) -> bool:
    """An 18-character resident identity number (GB 11643): region, birth date, sequence, ISO 7064 check character."""
    number = number.upper()
    if not _RESIDENT_ID.fullmatch(number):
        return False
    try:
        birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if birth.year < 1900:
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK_CHARACTERS[total % 11] == number[17]


def luhn_is_valid(number: str) -> bool:
    if not number.isdigit():
        return False
    total = 0
    for position, digit in enumerate(reversed(number)):
        value = int(digit)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _without_country_code(digits: str) -> str:
    if digits.startswith("0086"):
        return digits[4:]
    if digits.startswith("86") and len(digits) == 13:
        return digits[2:]
    return digits


def classify_number(digits: str) -> Kind | None:
    """The kind of personal number that ``digits`` (digits only, a resident ID may end in X) is, if any."""
    digits = digits.upper()
    if _MOBILE.fullmatch(_without_country_code(digits)):
        return Kind.MOBILE
    if _LANDLINE.fullmatch(_without_country_code(digits)):
        return Kind.LANDLINE
    if len(digits) == 18 and resident_id_checksum_is_valid(digits):
        return Kind.RESIDENT_ID
    if 16 <= len(digits) <= 19 and luhn_is_valid(digits):
        return Kind.BANK_CARD
    return None


def _number_candidates(run: str):
    """Every span of whole digit groups in a run, so "138 0013 8000" and "13800138000 2" are both checked."""
    groups = [group for group in _GROUP_SEPARATOR.split(run.lstrip("+")) if group]
    for start in range(len(groups)):
        joined = ""
        for group in groups[start:]:
            joined += group
            if len(joined) > 24:
                break
            yield joined


def contains_email(text: str) -> bool:
    position = text.find("@")
    while position != -1:
        if _EMAIL_LOCAL_END.search(text, max(0, position - 64), position) and _EMAIL_DOMAIN_START.match(
            text, position + 1, position + 256
        ):
            return True
        position = text.find("@", position + 1)
    return False


def find_personal_data(text: str) -> list[Kind]:
    """The kinds of personal data found in ``text``, without duplicates, in the order of ``Kind``."""
    text = normalize(text)
    found: set[Kind] = set()
    if contains_email(text):
        found.add(Kind.EMAIL)
    for match in _DIGIT_RUN.finditer(text):
        for candidate in _number_candidates(match.group()):
            if len(candidate) in _CANDIDATE_LENGTHS:
                kind = classify_number(candidate)
                if kind is not None:
                    found.add(kind)
    return [kind for kind in Kind if kind in found]


def refusal_messages(kinds: list[Kind]) -> list[str]:
    """Whole sentences for a form error: which kinds were found, then why they are refused."""
    return [str(FOUND_MESSAGES[kind]) for kind in kinds] + [str(WHY_MESSAGE)] if kinds else []
