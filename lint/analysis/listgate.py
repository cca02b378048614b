"""A gate for a word list of regex entries, run over lower-cased text: which entries can match, and whether one does.

A list compiled as one alternation behind a look-behind ((?<![\\w-])(?:e1|e2|...)(?![\\w-])) makes re try
every entry at every character.  Each entry's matches hold one of a few literal strings
(openings.required); one prefix tree of all of them finds, in one scan, where any stands.  Most texts
hold none, and the list cannot match there.  In a text that holds some, only the entries owning them
can match, and whether the list matches anywhere is whether one of those entries does: each is tried on
its own, bounded as the list bounds it.  (Where the list matches, and which entry wins at a place, stay
the whole alternation's to say: callers that need matches run it.)

The tree's words are those no shorter string opens, so at most one stands at a place, and the words the
tree finds in a text are just the words `in` it.  Compiling the tree costs as much as a few articles' worth
of asking `in` word by word (the release cues' 360 words: 4 to 13 ms against 0.1 ms per 1,000 characters),
so a gate asks `in` until it has read _SCAN_BUDGET characters and compiles the tree from there: a cold
check of one article compiles none, and a long run pays at most the budget's worth more than compiling at once.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from .. import cache
from .openings import TREE_VERSION, prefix_tree
from ..patterns import LazyPattern

_LEFT, _RIGHT = r"(?<![\w-])", r"(?![\w-])"  # a list's bounds (bounded): the release vocabulary's lists
_SCAN_BUDGET = 8_000  # characters a gate reads word by word before it compiles its tree (about three articles)


class ListGate:
    """entries: the list's regex entries; strings: per entry, the literal strings its matches hold."""

    def __init__(self, entries: list[str], strings: list[list[str]]) -> None:
        self._entries = entries
        self._strings = strings
        self._patterns: dict[int, BoundedEntry] = {}
        self._scanned = 0  # characters read word by word so far (see _SCAN_BUDGET)

    @cached_property
    def _built(self) -> tuple[str, dict[str, tuple[int, ...]]]:
        return gate_tree(self._strings)

    @cached_property
    def _tree(self) -> re.Pattern[str]:
        return re.compile(self._built[0])

    @property
    def owners(self) -> dict[str, tuple[int, ...]]:
        """The tree's words, each with the entries that have a string opening with it."""
        return self._built[1]

    def shut(self, low: str) -> bool:
        """No entry can match in the lower-cased text."""
        if self._by_word(low):
            return not any(word in low for word in self.owners)
        return self._tree.search(low) is None

    def candidates(self, low: str) -> list[int]:
        """The entries whose strings stand in the lower-cased text, in list order."""
        found: set[int] = set()
        owners = self.owners
        if self._by_word(low):
            for word in owners:
                if word in low:
                    found.update(owners[word])
            return sorted(found)
        tree = self._tree
        m = tree.search(low)
        while m is not None:  # every place a word stands, overlapping ones too
            found.update(owners[m[0]])
            m = tree.search(low, m.start() + 1)
        return sorted(found)

    def places(self, low: str) -> list[tuple[int, str]]:
        """Every place one of the tree's words stands in the lower-cased text, with the word."""
        found: list[tuple[int, str]] = []
        if self._by_word(low):
            for word in self.owners:
                at = low.find(word)
                while at >= 0:
                    found.append((at, word))
                    at = low.find(word, at + 1)
            return found
        tree = self._tree
        m = tree.search(low)
        while m is not None:
            found.append((m.start(), m[0]))
            m = tree.search(low, m.start() + 1)
        return found

    def _by_word(self, low: str) -> bool:
        """Whether to look for the tree's words one by one in this text (until the budget is read), not compile it."""
        if self._scanned >= _SCAN_BUDGET:
            return False
        self._scanned += len(low)
        return True

    def search(self, low: str, candidates: list[int] | None = None) -> bool:
        """Whether the list, bounded by (?<![\\w-]) and (?![\\w-]), matches in the lower-cased text.

        candidates: the text's candidates(), when the caller has them already.
        """
        if candidates is None:
            candidates = self.candidates(low)
        return any(self.entry(i).search(low) is not None for i in candidates)

    def finditer(self, low: str) -> Iterator[re.Match[str]] | None:
        """The list's matches in the lower-cased text when at most one entry can match there; else None.

        An entry whose strings are missing fails at every place, so the whole alternation's matches
        are those of the entries that can match, tried in list order; with one such entry, they are
        that entry's own (the pattern search() compiled), and the whole list need not be compiled.
        """
        candidates = self.candidates(low)
        if len(candidates) > 1:
            return None
        return self.entry(candidates[0]).finditer(low) if candidates else iter(())

    def entry(self, i: int) -> BoundedEntry:
        """One entry, bounded as the list bounds its entries, compiled on first use."""
        pattern = self._patterns.get(i)
        if pattern is None:
            pattern = self._patterns[i] = BoundedEntry(self._entries[i])
        return pattern


_LEFT_BOUND = LazyPattern(_LEFT)


class BoundedEntry:
    """One entry of a list between the list's bounds: the matches of (?<![\\w-])(?:entry)(?![\\w-]).

    re cannot skip ahead to a pattern that opens with a look-behind: it tries the whole entry at every character
    of the text.  Without it, the entry opens with its own words, and re goes straight to the places where their
    first letters stand; the look-behind is then checked at each place found, and a place that fails it is passed
    over, as the bounded pattern passes over it.  That halves the time of the entry scans of a release cue gate.
    An entry that opens with a look-behind of its own gains nothing so, and keeps the bounded pattern.
    """

    __slots__ = ("_entry", "_pattern", "_checks_left")

    def __init__(self, entry: str) -> None:
        self._entry = entry
        self._checks_left = not entry.startswith("(?<")
        self._pattern = re.compile(f"(?:{entry}){_RIGHT}" if self._checks_left else bounded(entry))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match at or after pos (the characters before pos still count for the left bound)."""
        m = self._pattern.search(text, pos)
        if self._checks_left:
            while m is not None and _LEFT_BOUND.match(text, m.start()) is None:
                m = self._pattern.search(text, m.start() + 1)
        return m

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in order, each search going on where the last match ended."""
        if not self._checks_left:
            yield from self._pattern.finditer(text)
            return
        m = self.search(text)
        while m is not None:
            if m.end() == m.start():  # an entry that can match nothing (a house list's): re's own rules from here on
                yield from re.compile(bounded(self._entry)).finditer(text, m.start())
                return
            yield m
            m = self.search(text, m.end())


def bounded(alternatives: str) -> str:
    """A list's alternation, or one entry, between the list's bounds: no letter, digit or hyphen on either side."""
    return f"{_LEFT}(?:{alternatives}){_RIGHT}"


def gate_tree(strings: list[list[str]]) -> tuple[str, dict[str, tuple[int, ...]]]:
    """The gate's prefix tree (openings.prefix_tree of every string) and its owners (_owners_of), kept in the disk
    cache by the strings' digest.

    Both are built in Python, at more than re takes to compile the tree (for the release cues' 519 strings, 6.5
    and 5 ms against 2), and a cold check builds the same few gates on every start.
    """
    key = chr(1).join(chr(0).join(group) for group in strings)
    return cache.kept(f"gate-tree-{TREE_VERSION}-{_OWNERS_VERSION}-{cache.digest(key)}",
                      lambda: (prefix_tree(sorted({s for group in strings for s in group})), _owners_of(strings)),
                      lambda v: isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], dict))


_OWNERS_VERSION = 1  # name it anew when _owners_of answers differently: gate_tree keeps its answers


def _owners_of(strings: list[list[str]]) -> dict[str, tuple[int, ...]]:
    """Tree word -> the entries with a string that opens with it.

    The tree reports the shortest of its words that stands at a place; a longer string of an entry
    that stands there opens with that word.
    """
    words: set[str] = set()
    owners: dict[str, list[int]] = {}
    every = sorted({s for group in strings for s in group})
    for s in every:  # the tree's words: the strings no shorter string opens
        if not any(s[:k] in words for k in range(1, len(s))):
            words.add(s)
    for i, group in enumerate(strings):
        for s in group:
            for k in range(1, len(s) + 1):
                if s[:k] in words:
                    owners.setdefault(s[:k], []).append(i)
                    break
    return {w: tuple(dict.fromkeys(ids)) for w, ids in owners.items()}
