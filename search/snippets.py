"""Highlighted titles and snippets: the text is escaped first, then the matches are wrapped in <mark>."""

from __future__ import annotations

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from overdue_site.traditional import to_simplified

from .tokens import _CJK, CONTROL_CHARACTERS, Segment

SNIPPET_LENGTH = 160
# How much of the window comes before the first match.
LEAD_IN = 40
ELLIPSIS = "…"

_WORD_CHAR = rf"(?:(?![{_CJK}])[^\W_])"
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_BLOCK = re.compile(r"(?m)^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|<[^>]*>")
_MARKDOWN_INLINE = re.compile(r"[*_`~]+")
_SPACE = re.compile(r"\s+")


def plain_text(markdown_text: str) -> str:
    """Editors' Markdown as one line of plain text (good enough for a snippet, much cheaper than rendering)."""
    text = _MARKDOWN_LINK.sub(r"\1", markdown_text or "")
    text = _MARKDOWN_INLINE.sub("", _MARKDOWN_BLOCK.sub(" ", text))
    return _SPACE.sub(" ", text).strip()


def _char_normalise(char: str) -> str:
    return CONTROL_CHARACTERS.sub(" ", unicodedata.normalize("NFKC", char).casefold())


def aligned_normalise(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index of the original character it came from."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if len(folded) == len(text):  # the usual case: one character for one character
        simplified = to_simplified(CONTROL_CHARACTERS.sub(" ", folded))
        if len(simplified) == len(text):
            return simplified, list(range(len(text)))
    pieces = [_char_normalise(char) for char in text]
    sources = [index for index, piece in enumerate(pieces) for _char in piece]
    converted = [to_simplified(piece) for piece in pieces]
    return "".join(c if len(c) == len(p) else p for c, p in zip(converted, pieces, strict=True)), sources


def _segment_spans(normalised: str, segment: Segment) -> list[tuple[int, int]]:
    if segment.is_cjk:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(segment.text), normalised)]
        if not spans and len(segment.text) > 1:  # the pairs matched, but not next to each other
            for token in segment.tokens:
                spans += [(m.start(), m.end()) for m in re.finditer(re.escape(token), normalised)]
        return spans
    tail = rf"{_WORD_CHAR}*" if segment.prefix else rf"(?!{_WORD_CHAR})"
    pattern = rf"(?<!{_WORD_CHAR}){re.escape(segment.text)}{tail}"
    return [(m.start(), m.end()) for m in re.finditer(pattern, normalised)]


def match_spans(text: str, segments: list[Segment]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) ranges of the original text that match the query, in order."""
    normalised, sources = aligned_normalise(text)
    spans = sorted(
        (sources[start], sources[end - 1] + 1)
        for segment in segments
        for start, end in _segment_spans(normalised, segment)
        if end > start
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _marked(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    html, position = [], start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_end <= span_start:
            continue
        html.append(escape(text[position:span_start]))
        html.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    html.append(escape(text[position:end]))
    return "".join(html)


def highlight(text: str, segments: list[Segment]) -> SafeString:
    """The whole text, escaped, with every match marked."""
    text = text or ""
    return mark_safe(_marked(text, match_spans(text, segments), 0, len(text)))  # noqa: S308 - escaped in _marked


def snippet(text: str, segments: list[Segment], length: int = SNIPPET_LENGTH) -> SafeString:
    """A window of the text around its first match (or its beginning), escaped, with the matches marked."""
    text = text or ""
    spans = match_spans(text, segments)
    start = max(0, spans[0][0] - LEAD_IN) if spans else 0
    if len(text) - start < length:
        start = max(0, len(text) - length)
    end = min(len(text), start + length)
    html = _marked(text, spans, start, end)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    return mark_safe(f"{prefix}{html}{suffix}")  # noqa: S308 - escaped in _marked
