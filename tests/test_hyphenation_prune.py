"""flesch._Hyphenation's speed-ups: a pruned search in batch runs (same counts), no pyphen import once cached."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def test_a_warm_cache_hyphenates_without_importing_pyphen(tmp_path: Path) -> None:
    child = ("import sys; from artlint.analysis.flesch import hyphenation; "
             "n = hyphenation().syllables('wentworth'); print(n, 'pyphen' in sys.modules)")
    env = {**os.environ, "ARTLINT_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, check=True).stdout
    again = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, check=True).stdout
    assert first.split() == ["2", "True"]  # the path learnt from pyphen's LANGUAGES table, then remembered
    assert again.split() == ["2", "False"]
