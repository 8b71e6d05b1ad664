"""Personal data in readers' text: found in Simplified, Traditional and English sentences, ordinary numbers left alone.

Every number here is made up; the ID and card numbers were given valid check digits so that they look real.
"""

import pytest
from django.utils import translation

from feedback.personal_data import (
    Kind,
    find_personal_data,
    luhn_is_valid,
    refusal_messages,
    resident_id_checksum_is_valid,
)

MADE_UP_IDS = ["440306198506123714", "310115199202290047", "510107197808156625"]
MADE_UP_CARDS = ["6217001234567893", "6225880123456783", "6222021234567890128"]


@pytest.mark.parametrize("number", MADE_UP_IDS)
def test_made_up_ids_have_valid_check_characters(number):
    assert resident_id_checksum_is_valid(number)
    assert not resident_id_checksum_is_valid(number[:-1] + str((int(number[-1]) + 1) % 10))


def test_resident_id_with_x_and_impossible_birth_dates():
    assert resident_id_checksum_is_valid("11010519491231002X")
    assert resident_id_checksum_is_valid("11010519491231002x")
    assert not resident_id_checksum_is_valid("110105194913310021")  # month 13
    assert not resident_id_checksum_is_valid("110105180001010021")  # before 1900


@pytest.mark.parametrize("number", MADE_UP_CARDS)
def test_made_up_cards_pass_luhn(number):
    assert luhn_is_valid(number)
    assert not luhn_is_valid(number[:-1] + str((int(number[-1]) + 1) % 10))


SENTENCES = [
    # Simplified Chinese
    ("催收员打我妈电话 13912345678，天天打", [Kind.MOBILE]),
    ("我的手机是+86 139-1234-5678，有同样遭遇的联系我", [Kind.MOBILE]),
    ("他们打到我单位座机 (010) 6512-3456 了", [Kind.LANDLINE]),
    ("公司电话0755-86013388也被打了", [Kind.LANDLINE]),
    ("我的身份证号440306198506123714被他们发到群里", [Kind.RESIDENT_ID]),
    ("还款卡号 6217 0012 3456 7893，扣款失败", [Kind.BANK_CARD]),
    ("有问题发邮件到 zhang.wei1988@163.com", [Kind.EMAIL]),
    ("全角号码１３９１２３４５６７８也不行", [Kind.MOBILE]),
    ("邮箱ｌｉ＿ｍｉｎｇ＠ｑｑ．ｃｏｍ", [Kind.EMAIL]),
    # Traditional Chinese
    ("催收員打給我姐姐，她的電話是 186 2345 6789", [Kind.MOBILE]),
    ("身份證號碼 310115199202290047 被洩露了", [Kind.RESIDENT_ID]),
    ("銀行卡 6225-8801-2345-6783 被凍結", [Kind.BANK_CARD]),
    ("請寫信給 chen_mei@example.com.tw", [Kind.EMAIL]),
    # English
    ("They called my brother on 0086 13712345678 on day 5.", [Kind.MOBILE]),
    ("My ID 510107197808156625 was posted online.", [Kind.RESIDENT_ID]),
    ("Card 6222021234567890128 was charged twice", [Kind.BANK_CARD]),
    ("Write to me at someone+loans@gmail.com or call 021-6543 2100", [Kind.LANDLINE, Kind.EMAIL]),
    ("Call 13912345678, my ID is 11010519491231002X", [Kind.MOBILE, Kind.RESIDENT_ID]),
]


@pytest.mark.parametrize(("text", "kinds"), SENTENCES)
def test_personal_data_is_found(text, kinds):
    assert find_personal_data(text) == kinds


ORDINARY = [
    "逾期 30 天就开始打紧急联系人了",
    "逾期第3天短信，第7天打电话",
    "day 180 and still no lawsuit",
    "欠款 5000 元，利息 1,234.56 元",
    "借了 20000，还了 12000 还差 8000",
    "2026-11-23 开始催收，2026年12月1日打给我爸",
    "From day 1 to day 90: 3 calls a day",
    "逾期 365 天，本金 100000",
    "客服电话 95188 打不通",
    "订单号 20261123",
    "",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_are_not_personal_data(text):
    assert find_personal_data(text) == []


def test_refusal_says_which_kind_and_why_in_the_readers_language():
    with translation.override("en"):
        messages = refusal_messages([Kind.MOBILE, Kind.BANK_CARD])
    assert messages[0] == "Your text seems to contain a mobile phone number."
    assert messages[1] == "Your text seems to contain a bank card number."
    assert "neither yours nor anyone else's" in messages[2]
    assert refusal_messages([]) == []


def _with_wrong_check_digit(number: str) -> str:
    last = number[-1]
    return number[:-1] + ("0" if last in "Xx" else str((int(last) + 1) % 10))


@pytest.mark.parametrize("number", MADE_UP_IDS + ["11010519491231002X"])
def test_resident_id_with_a_wrong_check_character_is_still_refused(number):
    near_miss = _with_wrong_check_digit(number)
    assert not resident_id_checksum_is_valid(near_miss)
    assert find_personal_data(f"我的身份证号{near_miss}被发到群里") == [Kind.RESIDENT_ID]


@pytest.mark.parametrize("number", MADE_UP_CARDS)
def test_card_number_with_a_wrong_luhn_digit_is_still_refused(number):
    near_miss = _with_wrong_check_digit(number)
    assert not luhn_is_valid(near_miss)
    assert find_personal_data(f"还款卡号 {near_miss}，扣款失败") == [Kind.BANK_CARD]


NEAR_MISSES = [
    # Split into groups, with a wrong check digit.
    ("身份证 440306 19850612 3715", [Kind.RESIDENT_ID]),
    ("卡号 6217-0012-3456-7894", [Kind.BANK_CARD]),
    ("card 6222 0212 3456 7890 129", [Kind.BANK_CARD]),
    # Full-width digits, ideographic spaces and a zero-width space inside.
    ("身份證 ４４０３０６１９８５０６１２３７１５", [Kind.RESIDENT_ID]),
    ("卡號 ６２１７\u3000００１２\u3000３４５６\u3000７８９４", [Kind.BANK_CARD]),
    ("ID 4403061985\u200b06123715", [Kind.RESIDENT_ID]),
    # A digit missing or one too many at the end, or a number of no known shape: still most of the number.
    ("身份证号 44030619850612371", [Kind.RESIDENT_ID]),
    ("account 621700123456789", [Kind.LONG_NUMBER]),
    ("账号 1234 5678 9012 3456 7", [Kind.LONG_NUMBER]),
    ("我的账户是 622202123456", [Kind.LONG_NUMBER]),
]


@pytest.mark.parametrize(("text", "kinds"), NEAR_MISSES)
def test_near_miss_and_split_numbers_are_refused(text, kinds):
    assert find_personal_data(text) == kinds


ORDINARY_WITH_MANY_NUMBERS = [
    "2026-11-23 2026-12-01 2027-01-15 都打了电话",
    "2026.11.23 至 2026.12.01",
    "2026年11月23日到2026年12月1日",
    "借款 ¥1,234,567.89，已还 ￥300,000",
    "欠款 123456789012 元？不，是 12000 元",
    "分 12 期，每期 1000 元，年化 24%，共 36 期",
    "第 1 3 7 15 30 60 90 180 天各打一次",
    "Loan of 50000 yuan over 24 months at 18% APR, 3 days late",
    "逾期 ３０ 天，欠 ５０００ 元",
]


@pytest.mark.parametrize("text", ORDINARY_WITH_MANY_NUMBERS)
def test_dates_amounts_and_loan_terms_pass(text):
    assert find_personal_data(text) == []


def test_long_number_refusal_is_in_the_readers_language():
    for language, expected in [
        ("en", "long number"),
        ("zh-hans", "很长的数字"),
        ("zh-hant", "很長的數字"),
    ]:
        with translation.override(language):
            assert expected in refusal_messages([Kind.LONG_NUMBER])[0]


def test_a_card_number_written_like_an_amount_is_still_refused():
    assert find_personal_data("卡号6217001234567894元") == [Kind.BANK_CARD]
