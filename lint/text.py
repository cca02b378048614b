"""Shared text helpers: quotations, sentences and words, with offsets into the text."""
from __future__ import annotations

import re
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc inc ltd co corp no vol jan feb mar apr jun jul aug "
    "sep sept oct nov dec mt ft gen lt col sgt capt rev hon u.s u.k a.m p.m e.g i.e approx".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")
_WORD = re.compile(r"[^\W_](?:[\w’'\-]*[^\W_])?")


def quotation_ranges(text: str) -> list[tuple[int, int]]:
    """Spans of direct speech in double quotes, straight or curly, marks included.

    Unbalanced marks are ignored, so a stray quote never silences what follows it.
    Single quotes are left alone: in entertainment copy they mostly mark titles.
    """
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "“":
            open_at = i
        elif ch == "”" and open_at is not None:
            ranges.append((open_at, i + 1))
            open_at = None
    straight = [i for i, ch in enumerate(text) if ch == '"']
    for a, b in zip(straight[::2], straight[1::2]):
        ranges.append((a, b + 1))
    return ranges


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a paragraph (start, end), trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        word = re.search(r"([\w.]+)\.$", text[start : m.start() + 1])
        if m.group().startswith(".") and word and len(m.group()) == 1:
            token = word.group(1).lower()
            if token in _ABBREVIATIONS or len(token) == 1 or re.fullmatch(r"(\w\.)+\w", token):
                continue
        nxt = text[end:].lstrip()
        if nxt and nxt[0].islower():
            continue
        spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    trimmed = []
    for a, b in spans:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            trimmed.append((a + lead, b - trail))
    return tuple(trimmed)


def words(text: str) -> list[tuple[int, int]]:
    """Word spans: letters and digits, with inner apostrophes and hyphens."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))
