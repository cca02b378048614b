"""flesch._Hyphenation's speed-ups: a search that stops where no pattern goes on (same counts), no pyphen import once cached."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from artlint.analysis.flesch import hyphenation, textstat_words
from artlint.parsers import parse

from conftest import shared


def test_the_stopping_search_counts_as_pyphen_does_on_real_copy() -> None:
    import pyphen

    paths = sorted(shared("celebrity-news", "legit").glob("*.txt"))[:30]
    words = sorted({w for p in paths for w in textstat_words(parse(p.read_text(encoding="utf-8"), str(p)).source,
                                                              lowercase=True)})
    reference = pyphen.Pyphen(lang="en_US")
    expected = [len(reference.positions(w)) + 1 for w in words[:400]]
    assert [hyphenation().syllables(w) for w in words[:400]] == expected
    assert sum(expected) > 400
    # "Wentworth", a name the CMU dictionary lacks (BBC entertainment 001.txt): two syllables.
    assert hyphenation().syllables("wentworth") == 2


def test_a_warm_cache_hyphenates_without_importing_pyphen(tmp_path: Path) -> None:
    child = ("import sys; from artlint.analysis.flesch import hyphenation; "
             "n = hyphenation().syllables('wentworth'); print(n, 'pyphen' in sys.modules)")
    env = {**os.environ, "ARTLINT_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, check=True).stdout
    again = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True, check=True).stdout
    assert first.split() == ["2", "True"]  # the path learnt from pyphen's LANGUAGES table, then remembered
    assert again.split() == ["2", "False"]
