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
