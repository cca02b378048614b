"""The release vocabulary of the dates family: one pattern per list of rules/_data/release-language.toml.

Each list compiles on first use; the lists scanned over every block (release verbs, claims) have a gate
(listgate.ListGate), literal strings that a match must hold, kept in the derived-data cache.  A gated list is run
entry by entry: only the entries whose strings stand in a text are tried there, and the whole alternation is compiled
only for the rare text that its lower case does not stand in for.  The two lists scanned over every block share one
scan of it (Vocabulary.literals), which also serves the block's sentences.
"""
from __future__ import annotations

import re
from typing import Any
from collections.abc import Iterator
from functools import lru_cache

from .. import cache
from ..errors import RuleFileError
from ..resources import data_text
from .listgate import BoundedEntry, ListGate, bounded
from .openings import READER_VERSION, required
from .casefold import FoldedPattern, folds_exactly, lowered
from ..tomlcompat import tomllib
from ..patterns import LazyPattern

DEFAULT_VOCABULARY = "_data/release-language.toml"
KEYS = ("timing_openers", "works", "live_works", "not_works", "venues", "platforms", "release", "live", "future", "headline", "other_events", "reschedule", "past",
         "past_markers", "recent", "territories", "claims", "lapsed", "production", "events", "habitual",
         "everyday_works")
# Lists read as plain words, not as patterns (Vocabulary.words): the verbs of scheduling, which the release entries
# also name as a class, and which the date shapes and the release tense read as words.
WORD_LISTS = ("scheduling_verbs",)


_UNSET: Any = object()


class Vocabulary:
    """The release vocabulary, one pattern per list, each compiled on first use.

    An article without a release sentence needs two of the fourteen, and compiling
    all of them is a tenth of a cold start.
    """

    timing_openers: re.Pattern[str]
    works: re.Pattern[str]
    live_works: re.Pattern[str]
    venues: re.Pattern[str]
    live: re.Pattern[str]
    not_works: re.Pattern[str]
    platforms: re.Pattern[str]
    release: re.Pattern[str]
    future: re.Pattern[str]
    headline: re.Pattern[str]
    other_events: re.Pattern[str]
    reschedule: re.Pattern[str]
    past: re.Pattern[str]
    past_markers: re.Pattern[str]
    recent: re.Pattern[str]
    territories: re.Pattern[str]
    lapsed: re.Pattern[str]
    claims: re.Pattern[str]
    production: re.Pattern[str]
    events: re.Pattern[str]
    habitual: re.Pattern[str]

    def __init__(self, lists: dict[str, list[str]], gate_strings: dict[str, list[list[str]]] | None = None) -> None:
        self._lists = lists
        # The literal strings of each gated list (gate_strings(), kept in the disk cache by vocabulary()).
        self._gate_strings = gate_strings if gate_strings is not None else gate_strings_of(lists)

    def finditer(self, key: str, text: str, literals: Literals | None = None, at: int = 0) -> Iterator[re.Match[str]]:
        """Matches of one list in text, scanned as casefold.FoldedPattern scans (spans as in text).

        literals: the literals() of a text that holds this one at `at` (its block), which tell where the gated lists'
        strings stand without scanning this text again.
        """
        gate = self._gate(key)
        if gate is not None:
            low = text.lower()
            if len(low) == len(text):
                candidates = _candidates(gate, key, low, literals, at)
                # With two entries or more, the entries stand in for the whole list only where it would run over the
                # lower-cased text too (casefold.lowered); elsewhere it runs ignoring case, as it always did.
                if len(candidates) <= 1 or lowered(text) is not None:
                    return _alternation_matches([gate.entry(i) for i in candidates], low)
        return self._caseless(key).finditer(text)

    def search(self, key: str, text: str, literals: Literals | None = None) -> bool:
        """Whether one list matches in text; literals: the text's literals(), as for finditer."""
        gate = self._gate(key)
        if gate is not None:
            low = text.lower()
            if len(low) == len(text):
                return gate.search(low, _candidates(gate, key, low, literals, 0))
        return self._caseless(key).search(text)

    def literals(self, text: str) -> Literals | None:
        """Where the strings of the lists scanned over every block (_SCANNED) stand in the text, found in one scan of
        one prefix tree for them all; None when the text's lower case changes its length (the lists then run whole)."""
        low = text.lower()
        if len(low) != len(text):
            return None
        scan = self._scan()
        return Literals(scan, low) if scan.lists else None

    def words(self, key: str) -> tuple[str, ...]:
        """A list of plain words (WORD_LISTS), as the file writes them."""
        if key not in WORD_LISTS:
            raise KeyError(key)
        return tuple(self._lists.get(key, ()))

    def match(self, key: str, text: str, pos: int) -> re.Match[str] | None:
        """The list's match starting at pos, run as finditer runs the list (spans as in text).

        The list's pattern for finditer serves here too, so it is not compiled a second time ignoring case.
        """
        folded = self._caseless(key)
        compiled, subject = folded.over(text, lowered(text) if folded.folds else None)
        return compiled.match(subject, pos)

    def is_live(self, text: str, cue: re.Match[str]) -> bool:
        """The release cue (a match of "release" in text) is one of the "live" entries: a coming performance."""
        m = self.match("live", text, cue.start())
        return m is not None and m.end() == cue.end()

    def _caseless(self, key: str) -> FoldedPattern:
        compiled: dict[str, FoldedPattern] = self.__dict__.setdefault("_caseless_patterns", {})
        if key not in compiled:
            compiled[key] = FoldedPattern(self._source(key))
        return compiled[key]

    def _gate(self, key: str) -> ListGate | None:
        """The list's gate (listgate.ListGate), for a list scanned over every block.

        A list is a long alternation behind a look-behind, which re tries at every character; its
        gate, a prefix tree of plain strings ("releas", "debut", "scheduled for"), is scanned several
        times faster, and most blocks hold none of them.  It stands in for the list only where the list
        runs over the lower-cased text (casefold.FoldedPattern does, when the lower case keeps the length).
        """
        gates: dict[str, ListGate | None] = self.__dict__.setdefault("_gates", {})
        gate = gates.get(key, _UNSET)
        if gate is _UNSET:
            strings = self._gate_strings.get(key)
            gate = gates[key] = ListGate(_entries(self._lists, key), strings) if strings else None
        return gate  # type: ignore[no-any-return]

    def _scan(self) -> _Scan:
        """The one prefix tree of the gated lists among _SCANNED, built on first use."""
        scan: _Scan | None = self.__dict__.get("_scanned")
        if scan is None:
            gates = {key: gate for key in _SCANNED if (gate := self._gate(key)) is not None}
            scan = self.__dict__["_scanned"] = _Scan(gates)
        return scan

    def _source(self, key: str) -> str:
        if key not in KEYS:
            raise AttributeError(key)
        return _list_source(self._lists, key)

    def __getattr__(self, key: str) -> re.Pattern[str]:
        pattern = re.compile(self._source(key), re.IGNORECASE)
        setattr(self, key, pattern)  # later reads find the attribute and skip __getattr__
        return pattern


@lru_cache(maxsize=8)
def vocabulary(name: str = DEFAULT_VOCABULARY) -> Vocabulary:
    """The vocabulary by file path, or by name in the bundled rule packs."""
    try:
        lists = cache.derived("release-vocabulary-10", [name], lambda: _read(name), lambda v: isinstance(v, dict))
        gates = cache.derived(f"release-entry-gates-4-{READER_VERSION}", [name], lambda: gate_strings_of(lists),
                              lambda v: isinstance(v, dict) and all(isinstance(g, list) for g in v.values()))
        vocab = Vocabulary(lists, gates)
        if name != DEFAULT_VOCABULARY:  # a house vocabulary's mistakes show when it is loaded, not mid-run
            for key in KEYS:
                getattr(vocab, key)
        return vocab
    except (OSError, ValueError, re.error) as error:
        raise RuleFileError(f"cannot load release vocabulary {name!r}: {error}") from None


# The lists scanned over every block of every article, and the headline cues, run over every headline: compiled
# whole, they were the largest pattern of a cold check (24 ms) and most headlines hold none of their strings.  The
# others run over the few release sentences, and a gate there would cost more to build than it saves.
_GATED = ("release", "claims", "headline")


# The gated lists scanned over every block: the release cues (releases.analyse) and the claims (release-claim).  One
# prefix tree of both lists' words tells, in one scan of a block, which entries of each can match in it and in each
# of its sentences (Literals).
_SCANNED = ("release", "claims")


class _Scan:
    """One prefix tree of the words of several gated lists' own trees, and how its words lead to each list's own.

    The shared tree keeps the words that no shorter word of either list opens, so a word of one list's own tree may be
    longer than the word found where it stands ("release date is " of the claims, where "release" is found): each
    list's words are filed under the shared word they open with, and checked where that stands.

    What it saves, measured when it came in: the dates family ran 7.3% fewer instructions per article over BBC
    articles 41-120 (callgrind), about 9% of its CPU time; the reviewer's measure, 0.01-0.04 ms per article on the
    release analysis and the claims scan together.
    """

    def __init__(self, gates: dict[str, ListGate]) -> None:
        self.lists = {key: gate.owners for key, gate in gates.items()}
        strings = [[word] for owners in self.lists.values() for word in owners]
        # Only the shared gate's tree is read (ListGate.places); its entries, the words as patterns, are never tried.
        self.gate = ListGate([re.escape(word) for group in strings for word in group], strings)
        tree_words = self.gate.owners
        # list -> the tree's word -> (a word of the list's own tree that opens with it, that word's entries)
        self.words: dict[str, dict[str, list[tuple[str, tuple[int, ...]]]]] = {}
        for key, owners in self.lists.items():
            by_tree_word: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
            for word, entries in owners.items():
                opening = next(word[:k] for k in range(1, len(word) + 1) if word[:k] in tree_words)
                by_tree_word.setdefault(opening, []).append((word, entries))
            self.words[key] = by_tree_word


class Literals:
    """Where the strings of the lists scanned over every block stand in one lower-cased text (Vocabulary.literals).

    Tells which entries of each list can match in the text, or in a part of it such as a sentence, as the list's own
    gate (ListGate.candidates) would tell from a scan of that text, without the scan: a string stands in the part where
    it stands in the text wholly inside the part.
    """

    def __init__(self, scan: _Scan, low: str) -> None:
        self._scan = scan
        self._low = low
        self._places = scan.gate.places(low)

    def candidates(self, key: str, low: str, at: int) -> list[int] | None:
        """The entries of the list whose strings stand in low, the lower-cased part of the text at `at`; None when
        low is not that part, or the list is not scanned here."""
        words = self._scan.words.get(key)
        if words is None or not self._low.startswith(low, at):
            return None
        end = at + len(low)
        found: set[int] = set()
        for place, tree_word in self._places:
            if place >= at:
                for word, entries in words.get(tree_word, ()):
                    if place + len(word) <= end and self._low.startswith(word, place):
                        found.update(entries)
        return sorted(found)


def _candidates(gate: ListGate, key: str, low: str, literals: Literals | None, at: int) -> list[int]:
    """The entries of a gated list that can match in low: from the literals of a text holding it, else by a scan."""
    found = literals.candidates(key, low, at) if literals is not None else None
    return gate.candidates(low) if found is None else found


def gate_strings_of(lists: dict[str, list[str]]) -> dict[str, list[list[str]]]:
    """For each gated list: per entry, literal strings one of which every match of the entry holds
    (openings.required).

    Only for a list that runs case-sensitively over the lower-cased text (casefold.folds_exactly), as its gate
    does, and whose every entry the reader follows; any other list is not gated.
    """
    out = {}
    for key in _GATED:
        entries = _entries(lists, key)
        if not entries or not folds_exactly(_list_source(lists, key)):
            continue
        strings = [required(entry) for entry in entries]
        if all(strings):
            out[key] = [list(group) for group in strings if group]
    return out


def _entries(lists: dict[str, list[str]], key: str) -> list[str]:
    """A list's entries; the release cues are the "release" list and the "live" one (Vocabulary.is_live tells them apart)."""
    if key == "release":
        return lists.get("release", []) + lists.get("live", [])
    return lists.get(key, [])


def _list_source(lists: dict[str, list[str]], key: str) -> str:
    return bounded("|".join(f"(?:{i})" for i in _entries(lists, key) or ["(?!)"]))


def _alternation_matches(entries: list[BoundedEntry], low: str) -> Iterator[re.Match[str]]:
    """The matches of the alternation of the entries, in their order, over low: from each entry's own matches.

    The alternation's match is the leftmost place where an entry matches, and there the first entry's that does (an
    entry's match there is its match within the alternation: each is bounded as the list bounds it); its scan goes on
    where that match ends.  Entries whose strings are not in the text match nowhere and are left out, so a list of
    sixty entries runs as the two or three that can match, and its whole alternation (tens of ms to compile) is not
    needed.  Every match is non-empty (an entry holds a literal string).
    """
    if len(entries) == 1:
        yield from entries[0].finditer(low)
        return
    ahead = [p.search(low) for p in entries]  # each entry's next match
    while True:
        first = None
        for m in ahead:
            if m is not None and (first is None or m.start() < first.start()):
                first = m  # on a tie the earlier entry keeps its place
        if first is None:
            return
        yield first
        end = first.end()
        ahead = [m if m is None or m.start() >= end else p.search(low, end) for p, m in zip(entries, ahead)]


# Word classes that entries of the other lists name as "{class}" (timing_openers: the words that open a timing after
# an intransitive release verb, shared by every such verb so that each takes the same timings; span_openers: those of
# them that open a span, which some verbs refuse; works: the work nouns, for a cue that needs a work as its object;
# scheduling_verbs: the verbs of scheduling, for the cue "scheduled for" and its kin).
CLASSES = ("timing_openers", "span_openers", "works", "scheduling_verbs")
# Any "{name}" in an entry is a class reference (a regular expression's own braces hold digits): one the file does not
# define is the file's error, not a literal that silently never matches.
_CLASS_REF = LazyPattern(r"\{([A-Za-z_]\w*)\}")


def _read(name: str) -> dict[str, list[str]]:
    data = tomllib.loads(data_text(name))
    classes = {c: "(?:" + "|".join(data[c]) + ")" for c in CLASSES if c in data}

    def expand(key: str, entry: str) -> str:
        def sub(m: re.Match[str]) -> str:
            if m[1] not in classes:
                defined = ", ".join(c for c in CLASSES if c in classes) or "none"
                raise RuleFileError(f"release vocabulary {name!r}: {key}: entry {entry!r} names the class {{{m[1]}}}, "
                                    f"which the file does not define (classes it defines: {defined})")
            return classes[m[1]]
        return _CLASS_REF.sub(sub, entry)

    lists = {k: [expand(k, e) for e in data[k]] for k in KEYS if k in data}
    return lists | {k: list(data[k]) for k in WORD_LISTS if k in data}


def scheduling_verbs() -> tuple[str, ...]:
    """English's verbs of scheduling, from the bundled release vocabulary ("scheduled", "pencilled in"): the one list
    that the date shapes, the scheduling cue and the release tense read (a house vocabulary does not change them)."""
    return vocabulary().words("scheduling_verbs")
