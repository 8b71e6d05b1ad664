"""Hypothesis strategies for hostile input: odd text, numbers and dates as strings, repeated and missing fields."""

from __future__ import annotations

import datetime
from urllib.parse import quote

from hypothesis import strategies as st

FULL_WIDTH = str.maketrans("0123456789-+./:", "０１２３４５６７８９－＋．／：")

NASTY_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "5\x00",
    "\u202e5",  # right-to-left override
    "\u200f5\u200e",  # right-to-left and left-to-right marks
    "5\u200d",  # zero-width joiner
    "\ufeff5",  # byte order mark
    "１２３",
    "５天",
    "－５",
    "٣",  # Arabic-Indic digit three
    "x" * 100_000,
    "借" * 100_000,
    "9" * 400,
    "-1",
    "-0",
    "+5",
    "1e3",
    "1E+308",
    "-1e-308",
    "NaN",
    "Infinity",
    "0x10",
    "3.5",
    "1,000",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00",
    "null",
    "[]",
    "{}",
    "other",
    "其他",
    "\r\n\t",
]

# Invalid UTF-8 as it can arrive on the wire: a lone surrogate (U+D800 encoded), a stray byte, an overlong "/".
RAW_BYTES = ["%ED%A0%80", "%FF", "%C0%AF", "%E5%80"]

DATE_FORMATS = [
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y年%m月%d日",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
    "%Y%m%d",
    "%B %d, %Y",
]
ODD_DATES = [
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "-2026-01-01",
    "2026-03-15T00:00:00Z",
    "２０２６－０３－１５",
    "2026年3月",
    "2026-3-15 ",
    "99999-01-01",
]


def numbers_as_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.integers(min_value=-5, max_value=4000).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.integers(min_value=0, max_value=4000).map(lambda n: str(n).translate(FULL_WIDTH)),
    )


def dates_as_text() -> st.SearchStrategy[str]:
    formatted = st.builds(
        lambda day, fmt: day.strftime(fmt),
        st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)),
        st.sampled_from(DATE_FORMATS),
    )
    return st.one_of(formatted, formatted.map(lambda text: text.translate(FULL_WIDTH)), st.sampled_from(ODD_DATES))


def hostile_text() -> st.SearchStrategy[str]:
    """Any text a client might send: arbitrary Unicode (NUL included), known troublemakers, numbers, dates."""
    return st.one_of(
        st.sampled_from(NASTY_TEXT),
        st.text(max_size=40),
        st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Mn", "Nd"]), max_size=20),
        numbers_as_text(),
        dates_as_text(),
    )


def encoded_pairs(names: tuple[str, ...]) -> st.SearchStrategy[str]:
    """An urlencoded query string or form body: the endpoint's fields (repeated, missing, or unknown ones) with
    hostile values, sometimes carrying bytes that are not valid UTF-8."""
    name = st.one_of(st.sampled_from(names), st.text(max_size=8)) if names else st.text(max_size=8)
    value = st.one_of(hostile_text().map(lambda text: quote(text, safe="")), st.sampled_from(RAW_BYTES))
    pair = st.builds(lambda key, val: f"{quote(key, safe='')}={val}", name, value)
    return st.lists(pair, max_size=len(names) + 3).map("&".join)
