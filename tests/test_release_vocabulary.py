"""The release vocabulary's speed devices find what the plain patterns find."""
from __future__ import annotations

import re

from artlint.analysis.listgate import BoundedEntry, bounded as _bounded
from artlint.analysis.release_vocabulary import _entries, vocabulary

from conftest import shared


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_a_bounded_entry_passes_over_a_place_its_left_bound_refuses() -> None:
    entry = BoundedEntry("releas(?:e|ed)")
    text = "a prerelease, then the release, then re-released and released"
    assert entry.search(text) is not None and entry.search(text).span() == (23, 30)  # type: ignore[union-attr]
    assert _spans(entry.finditer(text)) == [(23, 30), (53, 61)]
    assert _spans(entry.finditer(text)) == _spans(re.finditer(_bounded("releas(?:e|ed)"), text))
    assert entry.search("prerelease") is None
    assert entry.search("release-date") is None  # the right bound: no hyphen after


def test_the_characters_before_pos_count_for_the_left_bound() -> None:
    entry = BoundedEntry("release")
    assert entry.search("prerelease", 3) is None
    assert entry.search("a release", 2) is not None


def test_an_entry_that_opens_with_a_look_behind_keeps_its_own() -> None:
    entry = BoundedEntry("(?<!the )return")
    assert _spans(entry.finditer("the return, a return")) == [(14, 20)]


def test_every_gated_entry_finds_what_its_bounded_pattern_finds_on_real_copy() -> None:
    vocab = vocabulary()
    paths = sorted(shared("bbc-entertainment").glob("*.txt"))[:60] + sorted(shared("gold-dev", "articles").glob("*.txt"))
    texts = [p.lower() for path in paths for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    assert len(texts) > 500
    found = 0
    for key in ("release", "headline", "claims"):
        for source in _entries(vocab._lists, key):
            entry, bounded = BoundedEntry(source), re.compile(_bounded(source))
            for text in texts:
                expected = _spans(bounded.finditer(text))
                assert _spans(entry.finditer(text)) == expected, (source, text[:80])
                first = entry.search(text)
                assert (first.span() if first else None) == (expected[0] if expected else None)
                found += len(expected)
    assert found > 300


def test_a_blocks_literals_name_the_entries_each_lists_own_gate_names() -> None:
    """Vocabulary.literals scans a block once for the release cues and the claims; for the block and for each sentence
    in it, each list is told the entries its own gate finds by scanning that text (a claims word such as
    "release date is " stands only where the release cues' "release" does)."""
    vocab = vocabulary()
    paths = sorted(shared("bbc-entertainment").glob("*.txt"))[:60] + sorted(shared("gold-dev", "articles").glob("*.txt"))
    blocks = [p for path in paths for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    blocks.append("The release of the film is set. Its release date is now May 3, the studio's official release date.")
    named = 0
    for block in blocks:
        literals = vocab.literals(block)
        assert literals is not None
        parts = [(0, len(block))] + [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", block)]
        for key in ("release", "claims"):
            gate = vocab._gate(key)
            assert gate is not None
            for a, b in parts:
                low = block[a:b].lower()
                expected = gate.candidates(low)
                assert literals.candidates(key, low, a) == expected, (key, block[a:b][:80])
                named += len(expected)
    assert named > 500
    assert literals.candidates("release", "not this block", 0) is None  # a text that is no part of the block
