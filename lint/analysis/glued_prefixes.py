"""Intensifying prefixes glued to a word by a hyphen ("the ever-gorgeous star", "the uber-talented director", "the
oh-so-sweet host"): where they stand, so that the phrases kind reads the word after one as it would after a space and
the pairs kind as a word of its own.  Both kinds' `prefixes` param is read here, by the same code.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class GluedPrefixes:
    """A rule's prefixes, compiled once (glued_prefixes): a pattern of a prefix and the hyphen after it, and the
    prefixes' first words, a gate on a block's word index (a block holding none of them holds no prefix)."""

    prefixes: tuple[str, ...] = ()  # lower case, longest first: what the rule lists, and the key of a block's tokens
    pattern: re.Pattern[str] | None = field(default=None, compare=False)
    first_words: frozenset[str] = field(default=frozenset(), compare=False)

    def glued(self, text: str, words_in: Iterable[str]) -> list[tuple[int, int]]:
        """(where a prefix starts, where its hyphen stands) for each prefix glued to the word after it.

        words_in: the words of the block's word index (as the rule reads case); none of the prefixes' first words
        there means no prefix, and the text is not scanned.
        """
        if self.pattern is None or self.first_words.isdisjoint(words_in):
            return []
        return [(m.start(), m.start(1)) for m in self.pattern.finditer(text)]

    def unglued(self, text: str, words_in: Iterable[str]) -> str:
        """The text with the hyphen after each prefix read as a space ("ever-gorgeous" -> "ever gorgeous"); offsets
        are unchanged."""
        glued = self.glued(text, words_in)
        if not glued:
            return text
        chars = list(text)
        for _, hyphen in glued:
            chars[hyphen] = " "
        return "".join(chars)


def glued_prefixes(prefixes: Iterable[str]) -> GluedPrefixes:
    """The prefixes a rule lists ("ever", "oh-so"), compiled.

    A prefix counts only at the start of a word (not after a letter, a digit or a hyphen: "forever-young" holds no
    "ever-"), and only before a hyphen and a letter.
    """
    listed = tuple(sorted({p.lower() for p in prefixes}, key=lambda p: (-len(p), p)))
    if not listed:
        return GluedPrefixes()
    pattern = re.compile(r"(?<![\w\-‐‑])(?:" + "|".join(re.escape(p) for p in listed) + r")([\-‐‑])(?=[^\W\d_])",
                         re.IGNORECASE)
    first = frozenset(w for p in listed for w in (p.split("-")[0], p.split("-")[0].capitalize()))
    return GluedPrefixes(listed, pattern, first)
