"""flesch._Hyphenation prunes its search in batch runs; the counts stay those of the full search."""
from __future__ import annotations

from artlint.analysis.flesch import _Hyphenation, hyphenation, textstat_words
from artlint.parsers import parse

from conftest import shared


def test_pruned_and_full_search_count_the_same_syllables_on_real_copy() -> None:
    paths = sorted(shared("celebrity-news", "legit").glob("*.txt"))[:30]
    words = sorted({w for p in paths for w in textstat_words(parse(p.read_text(encoding="utf-8"), str(p)).source,
                                                              lowercase=True)})
    full = _Hyphenation(hyphenation().patterns)  # never prunes: openings stay None below _PRUNE_AFTER words
    expected = [full.syllables(w) for w in words[:400]]
    pruned = _Hyphenation(hyphenation().patterns)
    pruned.openings = frozenset(p[:k] for p in pruned.patterns for k in range(1, len(p) + 1))
    assert [pruned.syllables(w) for w in words[:400]] == expected
    assert full.openings is None and sum(expected) > 400
    # "Wentworth", a name the CMU dictionary lacks (BBC entertainment 001.txt): two syllables either way.
    assert pruned.syllables("wentworth") == full.syllables("wentworth") == 2
