"""casefold.py: the facts it rests on, derived again from every code point, and its answers on real copy."""
from __future__ import annotations

import re

import pytest

from artlint.analysis.casefold import CASELESS, UNFOLDABLE, FoldedPattern, folds_exactly, lowered
from artlint.parsers import parse

from conftest import rule, shared

BEYOND_ASCII = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000]


def test_the_punctuation_allowed_in_patterns_folds_to_itself_alone() -> None:
    ignoring = re.compile("[" + "".join(sorted(CASELESS)) + "]", re.IGNORECASE)
    assert {c for c in BEYOND_ASCII if ignoring.match(c)} == CASELESS
    assert {c for c in BEYOND_ASCII if c.lower() in CASELESS} == CASELESS


def test_the_unfoldable_letters_are_exactly_those_re_equates_with_ascii() -> None:
    ascii_ignoring = re.compile("[\x00-\x7f]", re.IGNORECASE)
    found = {c for c in BEYOND_ASCII if ascii_ignoring.match(c) or any(ch.isascii() for ch in c.lower())}
    assert found == UNFOLDABLE


def test_lower_case_keeps_every_class_a_pattern_can_name() -> None:
    changed = [c for c in BEYOND_ASCII if len(c.lower()) == 1 and (
        c.isalnum() != c.lower().isalnum() or c.isspace() != c.lower().isspace()
        or c.isdecimal() != c.lower().isdecimal())]
    assert changed == []


@pytest.mark.parametrize(("source", "folds"), [
    (r"(?:follow|like) us", True),
    (r"[\w’' ]{1,24},", True),
    (r"(?P<Call>sign up)\b", True),
    (r"[!-~]+", True),           # a range holding capitals and small letters alike
    (r"[^a-z]", True),
    (r"Follow us", False),       # a capital
    (r"(?-i:Watch Now)", False),  # an inline flag
    (r"[?-_]", False),           # capitals without their small letters
    (r"\x41", False),            # a capital spelled as an escape
    (r"(\w+) \1", False),        # a backreference
    (r"café", False),            # a letter outside ASCII
])
def test_folds_exactly_refuses_what_could_fold_differently(source: str, folds: bool) -> None:
    assert folds_exactly(source) is folds


def test_text_with_an_unfoldable_letter_keeps_ignoring_case() -> None:
    assert lowered("Follow US on ‘Insta’") == "follow us on ‘insta’"
    assert lowered("Ignoring case, re matches ſ with s") is None
    assert lowered("İstanbul") is None  # lower case is longer


def _spans(pattern: FoldedPattern, text: str) -> list[tuple[int, int]]:
    compiled, subject = pattern.over(text, lowered(text))
    return [m.span() for m in compiled.finditer(subject)]


def test_reader_call_patterns_find_what_ignoring_case_finds_on_real_copy() -> None:
    prep = rule("promo/reader-call").prepared
    sources = [prep.opening_source] + [s for c in prep.calls for s in (c.verb_source, c.object_source) if s]
    patterns = [(FoldedPattern(s), re.compile(s, re.IGNORECASE)) for s in sources]
    # The opening and every verb list fold; object lists that name brands in capitals ("Instagram") do not.
    assert patterns[0][0].folds and sum(not p.folds for p, _ in patterns) == 4
    paths = sorted(shared("celebrity-news", "fake").glob("*.txt"))[:40]
    texts = [b.text for path in paths for b in parse(path.read_text(encoding="utf-8"), str(path)).blocks]
    # and the letters re folds its own way: long s, Kelvin sign, capitals
    texts += ["FOLLOW US ON INSTAGRAM", "Subſcribe to our newsletter", "Share this with your \u212aids", "İstanbul"]
    found = 0
    for text in texts:
        for folded, ignoring in patterns:
            expected = [m.span() for m in ignoring.finditer(text)]
            assert _spans(folded, text) == expected, (folded.source[:60], text[:80])
            found += len(expected)
    assert found > 100  # real matches were compared, not only empty lists
