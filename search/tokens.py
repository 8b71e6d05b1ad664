"""Text normalisation and tokens for search: pure functions, the same for indexing and for queries.

Chinese has no spaces, so every run of CJK characters becomes its overlapping two-character pairs ("紧急联系人" →
紧急 急联 联系 系人) plus its last character on its own, which lets a one-character query find any character by
prefix. Latin letters and digits become whole words. Before that, text is normalised: NFKC (full-width → ASCII),
casefold, and Traditional → Simplified with OpenCC, so 借唄 and 借呗 give the same tokens.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from overdue_site.traditional import to_simplified

# Longest query text looked at; anything after it is ignored (a query is never an error, however long).
MAX_QUERY_LENGTH = 100
MAX_SEGMENTS = 8
MAX_WORD_LENGTH = 40
# Latin words at least this long also match longer words they begin ("contact" finds "contacts").
PREFIX_MIN_LENGTH = 3

_CJK = (
    "\u3005\u3007"  # 々 〇
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs and compatibility ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\U00020000-\U0003134f"  # CJK extensions B–G
)
# A run of CJK characters, or a run of other letters and digits (no underscore, no marks: the same characters
# SQLite's unicode61 tokenizer keeps together, so both databases see exactly our tokens).
_SEGMENT = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>(?:(?![{_CJK}])[^\W_])+)")

# Unicode categories Cc and Cs: NUL and other control characters, lone surrogates.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

# Dropped from English queries that have other words, since every document must contain every query word.
ENGLISH_STOP_WORDS = frozenset(
    {"a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "if", "in"}
    | {"is", "it", "my", "of", "on", "or", "the", "to", "what", "when", "which", "who", "why"}
)


def normalise(text: str) -> str:
    """NFKC, casefold, Traditional → Simplified. Control characters (NUL included) become spaces."""
    if not text:
        return ""
    return to_simplified(CONTROL_CHARACTERS.sub(" ", unicodedata.normalize("NFKC", text).casefold()))


@dataclass(frozen=True)
class Segment:
    """One piece of a query: a CJK run or a word. A document matches it when it has all of its tokens."""

    text: str
    tokens: tuple[str, ...]
    prefix: bool  # True: the single token also matches tokens that begin with it
    is_cjk: bool


def _cjk_tokens(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def document_tokens(*texts: str) -> list[str]:
    """The distinct tokens of the texts, sorted (order does not matter for matching, duplicates add nothing)."""
    tokens: set[str] = set()
    for text in texts:
        for match in _SEGMENT.finditer(normalise(text)):
            if match.group("cjk"):
                tokens.update(_cjk_tokens(match.group("cjk")))
            else:
                tokens.add(match.group("word")[:MAX_WORD_LENGTH])
    return sorted(tokens)


def query_segments(query: str) -> list[Segment]:
    """The segments of a reader's query; empty when nothing in it can be searched for."""
    segments: list[Segment] = []
    seen: set[str] = set()
    for match in _SEGMENT.finditer(normalise((query or "")[:MAX_QUERY_LENGTH])):
        if match.group("cjk"):
            run = match.group("cjk")
            if len(run) == 1:
                segment = Segment(run, (run,), prefix=True, is_cjk=True)
            else:
                segment = Segment(run, tuple(dict.fromkeys(_cjk_tokens(run)[:-1])), prefix=False, is_cjk=True)
        else:
            word = match.group("word")[:MAX_WORD_LENGTH]
            segment = Segment(word, (word,), prefix=len(word) >= PREFIX_MIN_LENGTH, is_cjk=False)
        if segment.text not in seen:
            seen.add(segment.text)
            segments.append(segment)
    meaningful = [s for s in segments if s.is_cjk or s.text not in ENGLISH_STOP_WORDS]
    return (meaningful or segments)[:MAX_SEGMENTS]
