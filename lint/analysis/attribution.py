"""Attributed reported speech: whether the sentence around a span names who said it.

"She was devastated, a source said" reports someone's word for a feeling; the
Conventions (../shared/corpus/GOLD-GUIDELINES.md) leave reported speech with an
explicit attribution to the speaker.  Checks that opt in skip a match whose
sentence holds one of their attribution words ("said", "told", "according to").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..document import Block


def attribution_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One case-blind pattern for the attribution words, as whole words; None when there are none."""
    words = sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in term.split()) for term in words)
    # "With that being said", "Having said that", "That said," are discourse links in the writer's own voice
    # (celebrity-news/fake 185, heldout B: "With that being said, a lot of Nicole’s fans can’t help but wonder"),
    # not an attribution.
    return re.compile(rf"(?<![\w'’])(?<!being )(?<!having )(?:{alternatives})(?![\w'’])(?!(?<=that said),)",
                      re.IGNORECASE)


def attributed(block: Block, i: int, pattern: re.Pattern[str], window: int = 0) -> bool:
    """Whether the sentence of block.text holding offset i has an attribution word.

    With a window, only the `window` words of the sentence right before offset i count: a ranking's source stands
    just before it ("was voted the best"), while "named after a Bowie song" earlier in the sentence, or "its
    ranking" after it, sources nothing.
    """
    spans = block.sentence_spans
    k = bisect.bisect_right(spans, (i, len(block.text) + 1, 0)) - 1
    a, b = (spans[k][0], spans[k][1]) if k >= 0 and spans[k][0] <= i < spans[k][1] else (0, len(block.text))
    if window > 0:
        before = [a + m.start() for m in re.finditer(r"[\w'’\-]+", block.text[a:i])]
        a, b = (before[-window] if len(before) >= window else a), i
    return any(not object_clause(block.text, a, m.start()) for m in pattern.finditer(block.text, a, b))


# "what", "how" or "whatever" opening a clause of at most five plain words (no punctuation) that ends right before
# the word: "You won't believe what the actor said next" is the writer's tease, and "said" the verb of its object.
_OBJECT_CLAUSE = re.compile(r"(?<![\w'’])(?:what|whatever|how)\s+(?:[\w'’\-]+\s+){1,5}\Z", re.IGNORECASE)


def object_clause(text: str, start: int, at: int) -> bool:
    """Whether the attribution word at `at` is the verb of a wh-clause the sentence (from `start`) takes as an
    object ("what the actor said next", "how she told it"), not the attribution of the sentence.

    "What a night, the director said" keeps its attribution: the comma closes the exclamation first.
    """
    return _OBJECT_CLAUSE.search(text, max(start, at - 80), at) is not None
