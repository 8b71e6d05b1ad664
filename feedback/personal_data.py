"""Finds personal data that readers must not publish: phone numbers, resident ID numbers, bank cards, e-mail addresses.

Plain Python, no Django models: ``find_personal_data(text)`` returns the kinds found, in a fixed order. Text is
normalised with NFKC first, so full-width digits (１３８), the full-width at sign (＠) and ideographic spaces count
like their ASCII forms, invisible format characters (zero-width spaces) are dropped, and digits may be split by
spaces, dashes, dots or brackets ("138 0013 8000", "(010) 6512-3456"). Ordinary numbers ("逾期 30 天", "day 180",
"5000 元", dates) are not personal data.

Check digits are not trusted to tell a real number from a harmless one: a reader's typo in one digit still
publishes the rest of an ID or card number. So an 18-character number shaped like a resident ID (a province code
and a possible birth date) is refused whatever its check character, a 16–19 digit number whatever its Luhn digit,
and any other long run of digits (12 or more unbroken, 15 or more split into groups) that is not a date or an
amount of money.

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
    LONG_NUMBER = "long_number"


FOUND_MESSAGES = {
    Kind.MOBILE: _("Your text seems to contain a mobile phone number."),
    Kind.LANDLINE: _("Your text seems to contain a landline telephone number."),
    Kind.RESIDENT_ID: _("Your text seems to contain a resident identity card number."),
    Kind.BANK_CARD: _("Your text seems to contain a bank card number."),
    Kind.EMAIL: _("Your text seems to contain an e-mail address."),
    Kind.LONG_NUMBER: _(
        "Your text contains a long number that could be an identity, bank card or account number, even with a "
        "digit wrong."
    ),
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
# Dates ("2026-11-23", "2026.11.23", "2026年11月23日") and amounts of money ("¥1,234.56", "12000 元") are blanked out
# before digit runs are read, so that "2026-11-23 2026-12-01" is not read as one 16-digit number. An amount has at
# most 12 digits and commas (a card number followed by "元" is still a card number).
_DATE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?:[-/.]|年)[0-9]{1,2}(?:[-/.]|月)[0-9]{1,2}日?(?![0-9])")
_AMOUNT = re.compile(
    r"[¥$][ ]?[0-9][0-9,]{0,11}(?:\.[0-9]{1,2})?(?![0-9])"
    r"|(?<![0-9.])[0-9][0-9,]{0,11}(?:\.[0-9]{1,2})?[ ]?(?:元|块|塊|万|萬|亿|億|yuan|RMB|CNY)",
    re.IGNORECASE,
)
_RUN_BREAK = "\n"
# The province, autonomous region or municipality code that starts a resident ID (GB/T 2260), plus 71 (Taiwan),
# 81/82 (Hong Kong, Macao residence permits) and 83 (Taiwan residence permits).
_ID_PROVINCE_CODES = frozenset(
    {
        11,
        12,
        13,
        14,
        15,
        21,
        22,
        23,
        31,
        32,
        33,
        34,
        35,
        36,
        37,
        41,
        42,
        43,
        44,
        45,
        46,
        50,
        51,
        52,
        53,
        54,
        61,
        62,
        63,
        64,
        65,
        71,
        81,
        82,
        83,
    }
)
_SHAPED_LIKE_ID = re.compile(r"[1-9][0-9]{15,17}[0-9X]")
_CARD_LENGTHS = range(16, 20)
_LONG_UNBROKEN = 12
_LONG_SPLIT = 15
# A split number's groups, all but the last, are at least this long ("6217 0012 3456 7893", "440306 19850612 3714");
# "1 3 7 15 30 60 90 180" is a list of days, not one number.
_MIN_INNER_GROUP = 3
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


def shaped_like_resident_id(number: str) -> bool:
    """17 to 19 characters starting with a province code and a birth date that exists, from 1900 to today.

    A real ID has 18; one more or one fewer is the same ID typed with a digit too many or missing at the end.
    """
    number = number.upper()
    if not _SHAPED_LIKE_ID.fullmatch(number) or int(number[:2]) not in _ID_PROVINCE_CODES:
        return False
    try:
        birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= birth <= datetime.date.today()


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


def classify_long_number(digits: str, *, split: bool) -> Kind | None:
    """The kind of a number that is refused whatever its check digit: ID-shaped, card-length or just long."""
    digits = digits.upper()
    if shaped_like_resident_id(digits):
        return Kind.RESIDENT_ID
    if not digits.isdigit():
        digits = digits[:-1]
    if len(digits) in _CARD_LENGTHS and digits[0] in "3456":
        return Kind.BANK_CARD
    if len(digits) >= (_LONG_SPLIT if split else _LONG_UNBROKEN):
        return Kind.LONG_NUMBER
    return None


def _number_candidates(run: str):
    """Every span of whole digit groups in a run that could be one number split into groups.

    "138 0013 8000" and "13800138000 2" are both checked. All groups of a span but the last are at least
    ``_MIN_INNER_GROUP`` digits long ("6217 0012 3456 7893", "440306 19850612 3714"), or all are single digits
    ("1 3 9 1 2 …"): "第 1 3 7 15 30 60 90 180 天" is a list of days, not a phone number. Yields the joined digits
    and whether the span has more than one group.
    """
    groups = [group for group in _GROUP_SEPARATOR.split(run.lstrip("+")) if group]
    for start in range(len(groups)):
        joined = ""
        all_single_digits = True
        for count, group in enumerate(groups[start:]):
            if count and len(groups[start + count - 1]) < _MIN_INNER_GROUP:
                all_single_digits = all_single_digits and len(group) == 1 == len(groups[start + count - 1])
                if not all_single_digits:
                    break
            elif len(group) != 1:
                all_single_digits = False
            joined += group
            if len(joined) > 24:
                break
            yield joined, count > 0


def contains_email(text: str) -> bool:
    position = text.find("@")
    while position != -1:
        if _EMAIL_LOCAL_END.search(text, max(0, position - 64), position) and _EMAIL_DOMAIN_START.match(
            text, position + 1, position + 256
        ):
            return True
        position = text.find("@", position + 1)
    return False


def _without_format_characters(text: str) -> str:
    return "".join(character for character in text if unicodedata.category(character) != "Cf")


def find_personal_data(text: str) -> list[Kind]:
    """The kinds of personal data found in ``text``, without duplicates, in the order of ``Kind``."""
    text = _without_format_characters(normalize(text))
    found: set[Kind] = set()
    if contains_email(text):
        found.add(Kind.EMAIL)
    text = _AMOUNT.sub(_RUN_BREAK, _DATE.sub(_RUN_BREAK, text))
    for match in _DIGIT_RUN.finditer(text):
        long_kinds: set[Kind] = set()
        for candidate, split in _number_candidates(match.group()):
            kind = classify_number(candidate) if len(candidate) in _CANDIDATE_LENGTHS else None
            if kind is None:
                kind = classify_long_number(candidate, split=split)
                if kind is not None:
                    long_kinds.add(kind)
                    continue
            if kind is not None:
                found.add(kind)
        # A long run holds shorter spans too: a near-miss ID is one ID, not also a "long number" and a "card".
        for kind in (Kind.RESIDENT_ID, Kind.BANK_CARD, Kind.LONG_NUMBER):
            if kind in long_kinds:
                found.add(kind)
                break
    return [kind for kind in Kind if kind in found]


def refusal_messages(kinds: list[Kind]) -> list[str]:
    """Whole sentences for a form error: which kinds were found, then why they are refused."""
    return [str(FOUND_MESSAGES[kind]) for kind in kinds] + [str(WHY_MESSAGE)] if kinds else []
