"""Phrase lists and their matching: spacing, hyphens, apostrophes, inflections, buckets by opening word."""
from __future__ import annotations

import os
import re
from functools import cached_property, lru_cache
from dataclasses import dataclass
from collections.abc import Iterator, Mapping
from typing import Any

from .. import cache
from ..document import SCOPES
from .casefold import CASELESS, FoldedPattern, no_ascii_lookalikes, lowered
from ..document import kinds_of as kinds_of  # re-exported: checks/names.py reads it from here
from .listgate import ListGate
from .openings import READER_VERSION, first_characters, required
from .tokens import word_positions
from ..patterns import LazyPattern

_GAP = r"[\s\-‐‑]+"  # a space or hyphen in a phrase matches either, once or more
# Two look-behinds, not one class of all six: re compiles a class whose characters outside \w make more than two
# runs ("'", "-", "‐‑", "’") through a 65,536-entry table, 0.6 ms each time a pattern holding it is compiled.
_LEFT = r"(?<![\w\-‐‑])(?<!['’])"
_LEFT_ALSO = "_-‐‑’'"  # with letters and digits, the characters _LEFT refuses before a phrase
_RIGHT = r"(?![\w\-‐‑])"
_RIGHT_ALSO = "_-‐‑"  # with letters and digits, the characters _RIGHT refuses after a phrase


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what it matches and what to say about it."""

    phrase: str
    suggestion: str | None = None
    group: str | None = None
    pattern: str | None = None
    scope: frozenset[str] | None = None  # block kinds the entry applies to; None: the rule's scope

    def applies_to(self, kind: str) -> bool:
        return self.scope is None or kind in self.scope


def inflections(word: str) -> list[str]:
    """Regular verb and noun forms of a word: captivate -> captivates, captivated, captivating.

    The word keeps its own case ("Gem" -> "Gems"): a case-sensitive lexicon means it.
    """
    w, low = word, word.lower()
    if not low.isalpha() or len(low) < 3:
        return [word]
    forms = {w, w + "s"}
    if low.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    elif low.endswith("y") and low[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    else:
        forms |= {w + "ed", w + "ing", w + "es"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", low) and len(low) <= 5:
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    # longest first, and one order for forms of a length: a set's order changes with the hash seed, and the patterns
    # built from these forms name disk-cache entries (a gate's strings), which must not change from run to run
    return sorted(forms, key=lambda form: (-len(form), form))


def _word_regex(word: str, inflect: bool) -> str:
    forms = inflections(word) if inflect else [word]
    stem = os.path.commonprefix(forms)
    if len(forms) > 1 and stem and not re.search(r"['’]", "".join(forms)):
        # watch(?:ing|es|ed|s)? rather than (?:watching|watches|watched|watchs|watch): the same
        # longest-first order in half the pattern, and compiling patterns is a large part of a cold start.
        endings = [f[len(stem):] for f in forms if f != stem]
        return re.escape(stem) + "(?:" + "|".join(re.escape(e) for e in endings) + ")" + ("?" if stem in forms else "")
    parts = ["['’]".join(re.escape(p) for p in re.split(r"['’]", f)) for f in forms]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=8192)
def phrase_regex(phrase: str, inflect: bool) -> str:
    """Regex for one phrase; with inflect, its first and last words take regular endings."""
    words = [w for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]
    out = []
    for i, word in enumerate(words):
        edge = i == 0 or i == len(words) - 1
        out.append(_word_regex(word, inflect and edge))
    return _GAP.join(out)


def phrase_tail_regex(phrase: str, inflect: bool) -> str:
    """phrase_regex after the first word, gap included ("" for one word)."""
    words = [w for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]
    return "".join(_GAP + _word_regex(w, inflect and i == len(words) - 1) for i, w in enumerate(words) if i)


def entries(params: dict[str, Any]) -> list[Entry]:
    """Flatten params.phrases and params.groups into Entries."""
    default = params.get("suggestion")
    found: list[Entry] = []

    def add(item: Any, group: str | None, suggestion: str | None, scope: frozenset[str] | None) -> None:
        if isinstance(item, str):
            found.append(Entry(item, suggestion, group, None, scope))
        else:
            found.append(Entry(item.get("phrase") or item.get("pattern", ""), item.get("suggestion", suggestion),
                               group, item.get("pattern"), scope))

    for item in params.get("phrases", []):
        add(item, None, default, None)
    for group in params.get("groups", []):
        scope = kinds_of(group["scope"]) if "scope" in group else None
        for item in group.get("phrases", []):
            add(item, group.get("name"), group.get("suggestion", default), scope)
    return found


_NEXT_WORD = LazyPattern(r"[\s\-‐‑]*(\w*)")  # a gap as _GAP spells it, then the run of word characters after it


class _Tails:
    """What may follow one opening word in its lexicon's phrases: at each place, the alternation of only the
    phrases that can match there, compiled when a text first needs it.

    Most opening words ("the", "to", "new") stand in every article, yet the phrases
    they open almost never follow them; and where one does, the rest of its bucket
    cannot match there.  Right after the opening word a one-word entry can end only
    where nothing _RIGHT refuses follows, and a longer phrase only where a gap follows
    and then its next word in one of its forms: the whole run of word characters there
    (`by_word`), or, for a form holding an apostrophe or other marks, its first
    characters (`heads`, opening the phrases in `marked`).  A phrase left out could not
    match at the place, so the first alternative to match is the whole bucket's.
    Compiling whole buckets was a fifth of the phrase kinds' first pass (the "a" bucket
    of attribution/anonymous-source, 2,100 characters, took 9 ms, for "a source" alone).
    Text compared with a folded lexicon must be ASCII there, as the forms are (the regex
    engine folds other letters its own way); elsewhere the whole bucket decides, as it
    does for a lexicon whose next words are not all ASCII (`by_word` None).
    """

    __slots__ = ("parts", "flags", "every", "one_words", "by_word", "marked", "heads", "nexts", "_reach", "_rank",
                 "_compiled")

    def __init__(self, parts: dict[int, str], flags: int, one_words: tuple[int, ...],
                 seconds: tuple[dict[str, tuple[int, ...]], tuple[int, ...], tuple[str, ...]] | None) -> None:
        self.parts, self.flags, self.one_words = parts, flags, one_words  # parts: entry -> its alternative, in order
        self.every = tuple(parts)
        self.by_word: dict[str, tuple[int, ...]] | None = seconds[0] if seconds is not None else None
        self.marked: tuple[int, ...] = seconds[1] if seconds is not None else ()
        self.heads: tuple[str, ...] = seconds[2] if seconds is not None else ()
        # Where every phrase goes on with a word of by_word, that word stands in the text's word index wherever a
        # phrase can match (a run of letters and digits after a gap is indexed): a text holding none of them is
        # passed over with one set operation, not a look at each place the opening word stands.
        self.nexts = frozenset(self.by_word) if self.by_word is not None and not one_words and not self.marked else None
        self._reach = max(map(len, self.heads), default=0)
        self._rank = {i: k for k, i in enumerate(self.every)}
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def pattern(self, ids: tuple[int, ...]) -> re.Pattern[str]:
        """The alternation of these entries' tails (in alternation order), bounded as _RIGHT says."""
        pattern = self._compiled.get(ids)
        if pattern is None:
            source = "|".join(self.parts[i] for i in ids)
            pattern = self._compiled[ids] = re.compile(f"(?:{source}){_RIGHT}", self.flags)
        return pattern

    def candidates(self, text: str, at: int, folded: bool) -> tuple[int, ...]:
        """The entries whose tail may match at `at`, in alternation order (the others cannot)."""
        if self.by_word is None:
            return self.every
        found: tuple[int, ...] = ()
        if self.one_words and not (at < len(text) and ((c := text[at]).isalnum() or c in _RIGHT_ALSO)):
            found = self.one_words
        after = _NEXT_WORD.match(text, at)
        gap = after.start(1) if after is not None else at  # the pattern always matches
        if gap == at:
            return found
        run = after[1] if after is not None else ""
        if folded:
            if not run.isascii():
                return self.every
            run = run.lower()
        more = self.by_word.get(run, ())
        if self.heads:
            ahead = text[gap:gap + self._reach]
            if folded:
                if not ahead.isascii():
                    return self.every
                ahead = ahead.lower()
            if ahead.startswith(self.heads):
                more += self.marked
        if not found or not more:
            return found or more
        return tuple(sorted(set(found + more), key=self._rank.__getitem__))


class _PatternRuns:
    """A bucket of {pattern} entries (Matcher._pattern_bucket) in the compiled form a text needs, picked once.

    Each entry runs over the lower-cased text where its pattern folds and lowered() allows the text, else
    over the text itself (casefold.py); which form that is depends on the text only through whether
    lowered() allowed it, so the two lists are kept rather than asked of each entry at each block.

    strings: per entry, the literal strings every match of it holds (Matcher._pattern_strings), or None where
    they cannot be read; runs_in() leaves out the entries whose strings a text lacks, uncompiled.
    """

    __slots__ = ("bucket", "strings", "_runs", "_some", "_ready")

    def __init__(self, bucket: tuple[tuple[int, FoldedPattern], ...],
                 strings: tuple[tuple[str, ...] | None, ...] | None = None) -> None:
        self.bucket = bucket
        self.strings = strings if strings is not None and any(s is not None for s in strings) else None
        self._runs: dict[bool, tuple[tuple[int, re.Pattern[str], bool], ...]] = {}
        self._some: dict[tuple[bool, tuple[int, ...]], tuple[tuple[int, re.Pattern[str], bool], ...]] = {}
        self._ready: dict[bool, set[int]] = {}  # entries compiled for each form, by their place in the bucket

    def runs(self, lowered_text: bool) -> tuple[tuple[int, re.Pattern[str], bool], ...]:
        """(entry, compiled pattern, whether it runs over the lower-cased text), in alternation order."""
        runs = self._runs.get(lowered_text)
        if runs is None:
            runs = self._runs[lowered_text] = tuple((i, *pattern.form(lowered_text)) for i, pattern in self.bucket)
        return runs

    def runs_in(self, lowered_text: bool, subject: str | None) -> tuple[tuple[int, re.Pattern[str], bool], ...]:
        """runs(), less the entries none of whose strings stand in subject: they cannot match in the text, and
        are not compiled for it.  subject: the lower-cased text for a lexicon that ignores case, the text for
        one that does not; None where no entry may be left out (lowered() refused the text).

        The first entry to match at a place is the alternation's match, so leaving out entries that match
        nowhere changes no match; compiling them (one or two for each opening word an article holds, "is",
        "most", "one", most never matching) was 5% of a cold check's instructions.
        """
        runs = self._runs.get(lowered_text)
        if runs is not None or subject is None or self.strings is None:
            return runs if runs is not None else self.runs(lowered_text)
        if len(self.bucket) == 1:  # most buckets: their entry, or nothing
            for s in self.strings[0] or ("",):
                if s in subject:
                    return self.runs(lowered_text)
            return ()
        # Entries compiled already are kept without looking (an extra entry tried changes no match): once every
        # entry is, the whole bucket runs ungated, and a process checking many articles stops paying for the gate.
        ready = self._ready.setdefault(lowered_text, set())
        present = []
        for k, strings in enumerate(self.strings):
            if strings is None or k in ready:
                present.append(k)
                continue
            for s in strings:
                if s in subject:
                    present.append(k)
                    break
        if len(present) == len(self.bucket):
            return self.runs(lowered_text)
        key = (lowered_text, tuple(present))
        runs = self._some.get(key)
        if runs is None:
            runs = self._some[key] = tuple((self.bucket[k][0], *self.bucket[k][1].form(lowered_text)) for k in present)
            ready.update(present)
        return runs


Buckets = tuple[dict[str, list[int]], dict[str, list[int]], list[int], list[int]]
_BUCKETS_VERSION = 1  # name it anew when _buckets_of answers differently (inflections, opening_words and _first_word too)


_CACHED_FROM = 40  # entries: a smaller lexicon (a test's, a house rule's) is bucketed at once, not kept on disk


def _bucketed(items: list[Entry], ignore_case: bool, inflect: bool) -> Buckets:
    """_buckets_of, kept in the disk cache by a digest of the entries' phrases and patterns.

    Reading and inflecting the opening words of ten lexicons' 900 entries took 10 ms of a cold check.
    """
    if len(items) < _CACHED_FROM:
        return _buckets_of(items, ignore_case, inflect)
    spelled = repr((ignore_case, inflect, [(e.phrase, e.pattern) for e in items]))
    return cache.kept(f"lexicon-buckets-{_BUCKETS_VERSION}-{cache.digest(spelled)}",
                      lambda: _buckets_of(items, ignore_case, inflect),
                      lambda v: isinstance(v, tuple) and len(v) == 4)


def _buckets_of(items: list[Entry], ignore_case: bool, inflect: bool) -> Buckets:
    """(phrase buckets, pattern buckets, anchored patterns, free entries): entry numbers by the key of each word that
    may open them (every inflected form of a phrase's first word), then the patterns no opening word is read off."""
    buckets: dict[str, list[int]] = {}
    pattern_buckets: dict[str, list[int]] = {}
    anchored: list[int] = []
    free: list[int] = []
    for i, e in enumerate(items):
        if e.pattern:
            openers = opening_words(e.pattern)
            if openers:
                for key in dict.fromkeys(_bucket_key(w, ignore_case) for w in openers):  # you're, you’re: one key
                    pattern_buckets.setdefault(key, []).append(i)
            else:
                (anchored if e.pattern.startswith("^") else free).append(i)
            continue
        first = _first_word(e.phrase)
        if not first:
            free.append(i)
            continue
        forms = inflections(first) if inflect and len(_words(e.phrase)) >= 1 else [first]
        for form in forms:
            buckets.setdefault(_bucket_key(form, ignore_case), []).append(i)
    return buckets, pattern_buckets, anchored, free


def _bucket_key(word: str, ignore_case: bool) -> str:
    word = word.replace("’", "'")
    return word.lower() if ignore_case else word


class Matcher:
    """Finds every entry of a lexicon in a text, leftmost and longest first, without overlaps.

    One regex alternation over hundreds of phrases makes Python's engine try each
    phrase at every character.  Instead, phrases are bucketed by their first word
    (every inflected form of it) and tried only where a word in the text opens one
    of them.  So are {pattern} entries whose opening words can be read off the
    pattern ("according to ...", "(?:stay|keep) tuned"); a pattern anchored with ^
    is tried at the start only, and the rest share one alternation over the text.

    Matching the phrases through one automaton per lexicon was measured against this
    and lost (BBC, five lexicons, CPU ms per article for the phrases alone: these
    buckets 0.38, pyahocorasick 0.7, ahocorasick-rs 0.7, a prefix-tree re 1.3): the
    buckets touch only the few places an opening word stands.
    """

    def __init__(self, items: list[Entry], ignore_case: bool, inflect: bool) -> None:
        self.entries = tuple(items)
        self.ignore_case = ignore_case
        buckets, pattern_buckets, anchored, free = _bucketed(items, ignore_case, inflect)
        # Bucket patterns are built and compiled on first use: one article needs a few dozen of hundreds.
        self._buckets = (buckets, pattern_buckets)  # phrases and patterns apart: the longer match wins at a start
        self._openers = set(buckets) | set(pattern_buckets)
        self._inflect = inflect
        self._compiled: dict[str, re.Pattern[str]] = {}  # phrase buckets, for text whose lower case is longer
        self._pattern_buckets: dict[str, tuple[tuple[int, FoldedPattern], ...]] = {}
        self._entry_patterns: dict[int, FoldedPattern] = {}
        self._tail_patterns: dict[tuple[int, ...], _Tails | int] = {}
        self._resolved: dict[str, tuple[_Tails | int | None, _PatternRuns | None]] = {}
        self._flags = re.IGNORECASE if ignore_case else 0
        # Ignoring case, {pattern} entries run over lower-cased text where casefold.py shows it the same (cheaper
        # to compile and to run).  Compiled on first use, as the buckets are (compile_patterns for house rules):
        # the free alternation runs only over text holding one of its strings (_free_shut), most articles none.
        self._anchored = tuple(sorted(anchored, key=lambda i: -len(self.entries[i].phrase)))  # in alternation order
        self._free = self._folded(self._alternation(free, inflect)) if free else None
        self._free_ids = tuple(free)
        self._patterned = bool(pattern_buckets or anchored or free)

    def _alternation(self, ids: list[int], inflect: bool) -> str:
        order = sorted(ids, key=lambda i: -len(self.entries[i].phrase))
        parts = []
        for i in order:
            e = self.entries[i]
            parts.append(f"(?P<e{i}>{e.pattern if e.pattern else phrase_regex(e.phrase, inflect)})")
        return f"{_LEFT}(?:{'|'.join(parts)}){_RIGHT}"

    def compile_patterns(self) -> None:
        """Compile every {pattern} entry now (its bucket, or the anchored and free alternations), not on first use.

        For house rules: a pattern that does not compile is the rule file's error when
        it loads (checks.compile_now), not an internal error on whichever article first
        holds its opening word.  Phrase buckets are escaped text and always compile.
        """
        for i in self._anchored:
            self._entry_pattern(i).compile()
        if self._free is not None:
            self._free.compile()
        for key in self._buckets[1]:
            for _, pattern in self._pattern_bucket(key) or ():
                pattern.compile()

    def _folded(self, source: str) -> FoldedPattern:
        return FoldedPattern(source, self.ignore_case)

    def _pattern_bucket(self, key: str) -> tuple[tuple[int, FoldedPattern], ...] | None:
        """The {pattern} entries opening with the word `key`, each its own pattern (compiled when first run), in
        the order one alternation of them would try them.

        Tried in that order, the first to match is the alternation's match (each keeps _LEFT and _RIGHT, so
        backtracking into it is the same), and an entry opening with several words ("(?:great|stunning)
        cast") is compiled once, not once in every opening word's alternation: compiling is most of what
        these entries cost an article.  Each is also folded or not on its own (casefold.py).
        """
        ids = self._buckets[1].get(key)
        if ids is None:
            return None
        bucket = self._pattern_buckets.get(key)
        if bucket is None:
            order = sorted(ids, key=lambda i: -len(self.entries[i].phrase))
            bucket = self._pattern_buckets[key] = tuple((i, self._entry_pattern(i)) for i in order)
        return bucket

    def _entry_pattern(self, i: int) -> FoldedPattern:
        pattern = self._entry_patterns.get(i)
        if pattern is None:
            pattern = self._entry_patterns[i] = self._folded(self._alternation([i], self._inflect))
        return pattern

    def _phrase_bucket_pattern(self, key: str) -> re.Pattern[str] | None:
        """The phrases opening with the word `key`, whole: for text whose lower case changes its length."""
        ids = self._buckets[0].get(key)
        if ids is None:
            return None
        pattern = self._compiled.get(key)
        if pattern is None:
            pattern = self._compiled[key] = re.compile(self._phrase_bucket(key, ids), self._flags)
        return pattern

    def _phrase_bucket(self, key: str, ids: list[int]) -> str:
        """The phrases opening with the word `key`, their opening word spelled once."""
        opener = "['’]".join(re.escape(part) for part in key.split("'"))
        return f"{_LEFT}{opener}{self._tails_source(ids)}"

    def _tails_source(self, ids: list[int]) -> str:
        return f"(?:{'|'.join(self._tail_parts(ids).values())}){_RIGHT}"

    def _tail_parts(self, ids: list[int]) -> dict[int, str]:
        """Each entry's tail as a named alternative, longest phrase first (the order the alternation tries them)."""
        order = sorted(ids, key=lambda i: -len(self.entries[i].phrase))
        return {i: f"(?P<e{i}>{phrase_tail_regex(self.entries[i].phrase, self._inflect)})" for i in order}

    def _tails(self, key: str) -> _Tails | int | None:
        """What follows the opening word `key` in its phrases, to match just after that word.

        Where the text's word is `key`, each phrase's first word (in any of its forms)
        can match only `key` itself, so the pattern starts after it; and the forms of
        one word ("watch", "watched", "watching") open the same phrases, so they share
        one pattern: compiling is a large part of a cold start.  A word that is a whole
        entry and opens no longer one needs no pattern: its entry's index.
        """
        ids = self._buckets[0].get(key)
        if ids is None:
            return None
        shared = tuple(ids)
        pattern = self._tail_patterns.get(shared)
        if pattern is None:
            one_word = [i for i in ids if len(_words(self.entries[i].phrase)) == 1]
            if len(one_word) == len(ids):
                pattern = self._tail_patterns[shared] = min(one_word, key=lambda i: -len(self.entries[i].phrase))
            else:
                parts = self._tail_parts(ids)
                pattern = self._tail_patterns[shared] = _Tails(
                    parts, self._flags, tuple(i for i in parts if i in one_word), self._second_words(list(parts)))
        return pattern

    def _second_words(self, order: list[int]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], tuple[str, ...]] | None:
        """The phrases (of two words or more, in alternation order) by each form their second word takes, folded
        as the lexicon folds: under the whole form when it is all word characters, else among the phrases
        `marked` by the form's first characters up to any apostrophe (phrase_tail_regex spells apostrophes
        either way), which are returned too; None when a form is not plain ASCII."""
        by_word: dict[str, list[int]] = {}
        marked: list[int] = []
        heads: set[str] = set()
        for i in order:
            words = _words(self.entries[i].phrase)
            if len(words) < 2:
                continue
            forms = inflections(words[1]) if self._inflect and len(words) == 2 else [words[1]]
            for form in forms:
                if not form.isascii():
                    return None
                form = form.lower() if self.ignore_case else form
                if form.isalnum():
                    ids = by_word.setdefault(form, [])
                else:
                    heads.add(re.split(r"['’]", form, maxsplit=1)[0])
                    ids = marked
                if i not in ids:
                    ids.append(i)
        return {w: tuple(ids) for w, ids in by_word.items()}, tuple(marked), tuple(sorted(heads))

    def _runs_of(self, bucket: tuple[tuple[int, FoldedPattern], ...]) -> _PatternRuns:
        strings = self._pattern_strings
        return _PatternRuns(bucket, tuple(strings.get(i) for i, _ in bucket))

    @cached_property
    def _pattern_strings(self) -> dict[int, tuple[str, ...]]:
        """Per {pattern} entry tried at an opening word or at the start, the literal strings every match of it
        holds (entry_strings); an entry whose strings cannot be read is left out, and always tried."""
        ids = sorted({i for bucket in self._buckets[1].values() for i in bucket} | set(self._anchored))
        found = entry_strings([self.entries[i].pattern or "" for i in ids], self.ignore_case)
        return {i: tuple(strings) for i, strings in zip(ids, found) if strings}

    def _anchored_from(self, text: str) -> _PatternRuns:
        """The anchored entries ("^...") that may match at the text's start, in alternation order.

        Tried there one by one, the first to match is what their one alternation would match (each keeps
        _LEFT and _RIGHT), and only the entries that can open with the text's first character are tried
        or ever compiled: promo/call-to-action's 31 compiled as one alternation ignoring case took a
        third of its cold start.
        """
        by_first, anywhere = self._anchored_by_first
        first = text[:1]
        if not first.isascii():  # ignoring case, re equates a few letters outside ASCII with ASCII ones
            return self._anchored_all
        return by_first.get(first.lower() if self.ignore_case else first, anywhere)

    @cached_property
    def _anchored_all(self) -> _PatternRuns:
        return self._runs_of(tuple((i, self._entry_pattern(i)) for i in self._anchored))

    @cached_property
    def _anchored_by_first(self) -> tuple[dict[str, _PatternRuns], _PatternRuns]:
        """The anchored entries by a character they may open with (openings.first_characters), and those
        whose first characters cannot be read (tried whatever the text opens with)."""
        firsts: dict[int, frozenset[str] | None] = {}
        for i in self._anchored:
            chars = first_characters(self.entries[i].pattern or "")
            if chars is not None and self.ignore_case:
                chars = frozenset(c.lower() for c in chars) if all(c.isascii() for c in chars) else None
            firsts[i] = chars
        keys = {c for chars in firsts.values() if chars for c in chars}

        def opening_with(c: str | None) -> _PatternRuns:  # None: whatever the text opens with
            ids = [i for i in self._anchored if (chars := firsts[i]) is None or (c is not None and c in chars)]
            return self._runs_of(tuple((i, self._entry_pattern(i)) for i in ids))

        return {c: opening_with(c) for c in keys}, opening_with(None)

    def _free_shut(self, text: str, low: str | None) -> bool:
        """Whether no free entry can match in the text: it holds none of the literal strings their matches hold.

        The free alternation has no opening word to wait for, so re tries it at every character
        (promo/call-to-action's, 70 µs a block); most blocks hold none of its strings ("read more",
        "here)", "forget to "), found by one scan of a prefix tree of them.  Ignoring case, the strings
        are looked for in lower case over text lowered() allows, which equates only ASCII letters.
        """
        gate = self._free_gate
        if gate is None:
            return False
        if self.ignore_case:
            return low is not None and gate.shut(low)
        return gate.shut(text)

    @cached_property
    def _free_gate(self) -> ListGate | None:
        """A gate of the free entries' required strings (openings.required); None when one entry's cannot be read."""
        sources = [self.entries[i].pattern or phrase_regex(self.entries[i].phrase, self._inflect) for i in self._free_ids]
        strings = gate_strings(sources, self.ignore_case)
        return ListGate(sources, strings) if strings is not None else None

    def _resolve(self, key: str) -> tuple[_Tails | int | None, _PatternRuns | None]:
        """The tails and the pattern bucket of an opening word, looked up once per lexicon, not once per block."""
        bucket = self._pattern_bucket(key)
        resolved = self._resolved[key] = (self._tails(key), self._runs_of(bucket) if bucket is not None else None)
        return resolved

    def _tails_in(self, text: str, key: str, starts: list[int], tails: _Tails, found: list[tuple[int, int, int]]) -> None:
        """The phrases opening with the word `key` where it starts, after the word (see _Tails), into found."""
        width = len(key)
        for at in starts:
            if at > 0 and ((c := text[at - 1]).isalnum() or c in _LEFT_ALSO):
                continue
            ids = tails.candidates(text, at + width, self.ignore_case)
            if not ids:
                continue
            m = tails.pattern(ids).match(text, at + width)
            if m is not None and m.lastgroup:
                found.append((at, m.end(), int(m.lastgroup[1:])))

    def finditer(self, text: str, index: Mapping[str, list[int]] | None = None) -> Iterator[tuple[int, int, Entry]]:
        """(start, end, entry) for each match, in order, never overlapping.

        index is text's word_positions (folded as this lexicon folds case); a Block
        keeps one, shared by every lexicon, and one is built here when none is given.
        """
        if index is None:
            index = word_positions(text, self.ignore_case)
        # C-speed, and over the text's few dozen words, not the lexicon's hundreds: set.intersection
        # walks its argument when that is not a set.
        keys = self._openers.intersection(index)
        if not keys and not self._anchored and self._free is None:
            return  # most blocks, for most lexicons
        # Index keys spell the text's words at their offsets, unless lower-casing changed a length ("İ").
        exact = text.isascii() or not self.ignore_case or len(text.lower()) == len(text)
        # Ignoring case, a word of the text other than the index's may match an ASCII phrase ("ſee" is "see")
        indexed = not self.ignore_case or no_ascii_lookalikes(text)
        found: list[tuple[int, int, int]] = []
        size = len(text)
        # {pattern} entries run over the lower-cased text where casefold.py allows (see __init__)
        low = lowered(text) if self.ignore_case and self._patterned else None
        gated = low if self.ignore_case else text  # where _PatternRuns.runs_in looks for an entry's strings
        for key in keys:
            tails, patterns = self._resolved.get(key) or self._resolve(key)
            if isinstance(tails, int) and exact:  # a one-word entry: the word, bounded as _LEFT and _RIGHT say
                end = len(key)
                for at in index[key]:
                    # _refused_before and _continues, inline: this loop runs for every indexed word of every lexicon
                    if at > 0 and ((c := text[at - 1]).isalnum() or c in _LEFT_ALSO):
                        continue
                    after = at + end
                    if after < size and ((c := text[after]).isalnum() or c in _RIGHT_ALSO):
                        continue
                    found.append((at, after, tails))
            elif isinstance(tails, _Tails) and exact:
                # passed over when no phrase's next word stands in the text (most opening words, in most blocks)
                if tails.nexts is None or not indexed or not index.keys().isdisjoint(tails.nexts):
                    self._tails_in(text, key, index[key], tails, found)
            elif tails is not None:  # lower-casing changed the text's length: the whole bucket, from the word's start
                whole = self._phrase_bucket_pattern(key)
                assert whole is not None
                for at in index[key]:
                    m = whole.match(text, at)
                    if m is not None and m.lastgroup:
                        found.append((at, m.end(), int(m.lastgroup[1:])))
            if patterns is not None:
                runs = patterns.runs_in(low is not None, gated)
                folded_text = low if low is not None else text  # (an entry runs folded only where low is set)
                for at in index[key]:
                    for i, compiled, folded in runs:
                        m = compiled.match(folded_text if folded else text, at)
                        if m is not None:
                            found.append((at, m.end(), i))
                            break
        if self._anchored:
            folded_text = low if low is not None else text
            for i, compiled, folded in self._anchored_from(text).runs_in(low is not None, gated):
                m = compiled.match(folded_text if folded else text)
                if m is not None:
                    found.append((0, m.end(), i))
                    break
        if self._free is not None and not self._free_shut(text, low):
            compiled, subject = self._free.over(text, low)
            found.extend((m.start(), m.end(), int(m.lastgroup[1:])) for m in compiled.finditer(subject) if m.lastgroup)
        found.sort(key=lambda t: (t[0], -t[1]))
        last_end = -1
        for start, end, idx in found:
            if start >= last_end and end > start:
                last_end = end
                yield start, end, self.entries[idx]


_GATES_VERSION = 1  # name the cached gate strings anew when gate_strings answers differently


def gate_strings(sources: list[str], fold: bool) -> list[list[str]] | None:
    """Per regex source, the literal strings every match of it holds (openings.required, lower-cased with fold);
    None when a source's cannot be read or, with fold, one lies outside what lowered text shows as re sees it.

    Kept in the disk cache by the sources' digest: reading them is slower than compiling them (7 ms for
    promo/call-to-action's free entries), and a cold check of one article would pay it every time.
    """
    name = f"lexicon-gates-{_GATES_VERSION}-{READER_VERSION}-{cache.digest(chr(0).join([str(fold), *sources]))}"
    # in a 1-tuple: None is an answer (no strings), and the cache's own "nothing kept"
    return cache.kept(name, lambda: (_read_gate_strings(sources, fold),), _one_tuple)[0]


def entry_strings(sources: list[str], fold: bool) -> list[list[str] | None]:
    """Per regex source, the strings gate_strings reads for it, or None for one whose cannot be read (or are
    none); kept in the disk cache as gate_strings keeps its."""
    name = f"lexicon-entry-gates-{_GATES_VERSION}-{READER_VERSION}-{cache.digest(chr(0).join([str(fold), *sources]))}"
    return cache.kept(name, lambda: ([_entry_strings(source, fold) for source in sources],), _one_tuple)[0]


def _entry_strings(source: str, fold: bool) -> list[str] | None:
    read = _read_gate_strings([source], fold)
    return read[0] if read and read[0] else None


def _one_tuple(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 1


def _read_gate_strings(sources: list[str], fold: bool) -> list[list[str]] | None:
    strings = []
    for source in sources:
        found = required(source, fold=fold)
        if found is None or (fold and not all(_folds_plainly(s) for s in found)):
            return None
        strings.append(list(found))
    return strings


def _folds_plainly(string: str) -> bool:
    """Lower-cased text holds the string wherever re, ignoring case, matches it: ASCII, or caseless punctuation."""
    return all(c.isascii() or c in CASELESS for c in string)


def _refused_before(text: str, at: int) -> bool:
    """What _LEFT refuses just before a phrase: a letter, digit, underscore, hyphen or apostrophe."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in _LEFT_ALSO)


def _continues(text: str, at: int) -> bool:
    """What _RIGHT refuses just after a phrase: a letter, digit, underscore or hyphen."""
    return at < len(text) and (text[at].isalnum() or text[at] in _RIGHT_ALSO)


_OPENER = r"[^\W\d_][^\W_]*(?:['’][^\W_]+)?"  # a plain word: letters (digits after the first), one apostrophe
_OPENING = LazyPattern(rf"(?:(?P<one>{_OPENER})|\(\?:(?P<alts>{_OPENER}(?:\|{_OPENER})*)\))(?=[ :,]|-|\\[sb-]|$)")


def opening_words(pattern: str) -> list[str] | None:
    r"""The words a pattern must open with, when the pattern says so plainly; else None.

    "according to (?:a|an) source" -> ["according"]; "(?:stay|keep) tuned" -> ["stay", "keep"].
    The words must end where the pattern's first word ends (a space, hyphen, colon, \s
    or \b next), so "secrets? revealed" and "premier(?:e|ed)" are not read this way.
    """
    m = _OPENING.match(pattern)
    if m is None:
        return None
    return [m["one"]] if m["one"] else m["alts"].split("|")



def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]


def _first_word(phrase: str) -> str | None:
    """The first word of a phrase if it is plain letters and digits (with inner apostrophes)."""
    words = _words(phrase)
    if not words or not re.fullmatch(r"[^\W_]+(?:['’][^\W_]+)*", words[0]):
        return None
    return words[0]


ENTRY_SCHEMA: dict[str, Any] = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "phrase": {"type": "string", "minLength": 1},
                "pattern": {"type": "string", "minLength": 1},
                "suggestion": {"type": "string"},
                "note": {"type": "string"},
            },
            "oneOf": [{"required": ["phrase"]}, {"required": ["pattern"]}],
        },
    ]
}
GROUPS_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["name", "phrases"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string"},
            "why": {"type": "string"},
            "suggestion": {"type": "string"},
            "scope": {"type": "array", "items": {"enum": list(SCOPES)}, "minItems": 1,
                      "description": "Limit the group to these scopes, within the rule's own."},
            "phrases": {"type": "array", "items": ENTRY_SCHEMA},
        },
    },
}
