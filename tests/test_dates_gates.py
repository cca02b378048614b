"""The date shapes' gates (dates._NEEDS) are a speed device: a shape skipped over a text must find nothing there."""
from __future__ import annotations

import re

from artlint.analysis.dates import _FOLD, _PATTERNS, _scanners, find_dates

from conftest import shared


def _skipped_but_matching(text: str) -> list[tuple[str, str]]:
    """(shape, match) for each shape its gate skips over the text although the shape matches there."""
    low = text.lower().translate(_FOLD)
    out = []
    for (name, _), (scanner, caseless, gate) in zip(_PATTERNS, _scanners()):
        if gate is not None and not gate.search(low if caseless else text):
            m = scanner.search(text)
            if m is not None:
                out.append((name, m[0]))
    return out


def test_a_gated_shape_finds_nothing_where_its_words_are_missing_on_real_copy() -> None:
    paths = sorted(shared("celebrity-news", "fake").glob("*.txt"))[:40] + \
        sorted(shared("celebrity-news", "legit").glob("*.txt"))[:40] + \
        sorted(shared("bbc-entertainment").glob("*.txt"))[:60] + sorted(shared("gold-dev", "articles").glob("*.txt"))
    paragraphs = [p for path in paths for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    assert len(paragraphs) > 1000
    assert [(p[:60], bad) for p in paragraphs if (bad := _skipped_but_matching(p))] == []


def test_gates_read_case_as_their_shapes_do() -> None:
    # Each of these is found by a shape whose gate looks for a word in another case, or in a letter
    # re takes for an ASCII one when it ignores case (dotless ı, long ſ).
    texts = ["Summer 2024 is when it lands.", "It lands in SUMMER.", "The show airs TONIGHT.", "It airs tonıght.",
             "Coming ſoon.", "Out Sept. 5 on Netflix.", "A Summer release is planned.", "Due Tues. night.",
             "Out 2025-07-12.", "In the Second Half of 2025.", "Its Q3 2025 debut.", "On the 22nd.",
             "Out Sep 5, not in Sept or Mar.", "Mark and Maya met in March."]
    for text in texts:
        assert _skipped_but_matching(text) == [], text
    assert [e.text for e in find_dates("It lands in SUMMER.")] == ["SUMMER"]
    assert [e.text for e in find_dates("A SUMMER blockbuster.")] == []  # a bare season needs a qualifier or a year
    assert [e.text for e in find_dates("It airs tonıght.")] == ["tonıght"]
    assert [e.text for e in find_dates("Summer 2024 is when it lands.")] == ["Summer 2024"]
    assert [e.text for e in find_dates("Out Sep 5, not in Sept or Mar.")] == ["Sep 5"]
