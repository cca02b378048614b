"""A lexicon's entries found in a text, leftmost and longest first: Matcher.

Its parts: phrase_patterns (a phrase as a regex, its inflections, the bounds), lexicon_entries (entries
from a rule's params), lexicon_buckets (entries by the words that may open them), lexicon_tails (what is
tried where an opening word stands) and lexicon_gates (the strings an entry's matches must hold).
"""
from __future__ import annotations

import re
from functools import cached_property
from collections.abc import Iterator, Mapping

from .casefold import FoldedPattern, no_ascii_lookalikes, lowered
from .lexicon_buckets import bucketed
from .lexicon_entries import Entry
from .lexicon_gates import entry_strings, gate_strings
from .lexicon_tails import PatternRuns, Tails
from .listgate import ListGate
from .openings import first_characters
from .phrase_patterns import LEFT, LEFT_ALSO, RIGHT, RIGHT_ALSO, inflections, phrase_regex, phrase_tail_regex, phrase_words
from .tokens import word_positions


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
        buckets, pattern_buckets, anchored, free = bucketed(items, ignore_case, inflect)
        # Bucket patterns are built and compiled on first use: one article needs a few dozen of hundreds.
        self._buckets = (buckets, pattern_buckets)  # phrases and patterns apart: the longer match wins at a start
        self._openers = set(buckets) | set(pattern_buckets)
        self._inflect = inflect
        self._compiled: dict[str, re.Pattern[str]] = {}  # phrase buckets, for text whose lower case is longer
        self._pattern_buckets: dict[str, tuple[tuple[int, FoldedPattern], ...]] = {}
        self._entry_patterns: dict[int, FoldedPattern] = {}
        self._tail_patterns: dict[tuple[int, ...], Tails | int] = {}
        self._resolved: dict[str, tuple[Tails | int | None, PatternRuns | None]] = {}
        self._flags = re.IGNORECASE if ignore_case else 0
        # Ignoring case, {pattern} entries run over lower-cased text where casefold.py shows it the same (cheaper
        # to compile and to run).  Compiled on first use, as the buckets are (compile_patterns for house rules):
        # the free alternation runs only over text holding one of its strings (_free_shut), most articles none.
        self._anchored = tuple(sorted(anchored, key=lambda i: -len(self.entries[i].phrase)))  # in alternation order
        self._free = self._folded(self._alternation(free, inflect)) if free else None
        self._free_ids = tuple(free)
        self._patterned = bool(pattern_buckets or anchored or free)
        self._scoped = any(e.scope is not None for e in items)  # some entries apply to some block kinds only
        self._by_kind: dict[str, Matcher] = {}

    def find_in(self, kind: str, text: str, index: Mapping[str, list[int]] | None = None) -> list[tuple[int, int, Entry]]:
        """finditer's matches in a block of this kind, overlaps settled among the entries that apply to it.

        A longer headline-only phrase never hides a body entry inside it ("Exciting news" in a
        body paragraph still holds "Exciting").  Only when the whole lexicon's reading holds an
        entry of another kind is the text read again without such entries: if none won, the
        entries that apply won exactly where they would alone (one that lost to an overlap
        loses to it in either reading), so most blocks are read once.
        """
        found = list(self.finditer(text, index))
        if not self._scoped or all(e.applies_to(kind) for _, _, e in found):
            return found
        reading = self._by_kind.get(kind)
        if reading is None:
            reading = Matcher([e for e in self.entries if e.applies_to(kind)], self.ignore_case, self._inflect)
            self._by_kind[kind] = reading
        return list(reading.finditer(text, index))

    def _alternation(self, ids: list[int], inflect: bool) -> str:
        order = sorted(ids, key=lambda i: -len(self.entries[i].phrase))
        parts = []
        for i in order:
            e = self.entries[i]
            parts.append(f"(?P<e{i}>{e.pattern if e.pattern else phrase_regex(e.phrase, inflect)})")
        return f"{LEFT}(?:{'|'.join(parts)}){RIGHT}"

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

        Tried in that order, the first to match is the alternation's match (each keeps LEFT and RIGHT, so
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
        return f"{LEFT}{opener}{self._tails_source(ids)}"

    def _tails_source(self, ids: list[int]) -> str:
        return f"(?:{'|'.join(self._tail_parts(ids).values())}){RIGHT}"

    def _tail_parts(self, ids: list[int]) -> dict[int, str]:
        """Each entry's tail as a named alternative, longest phrase first (the order the alternation tries them)."""
        order = sorted(ids, key=lambda i: -len(self.entries[i].phrase))
        return {i: f"(?P<e{i}>{phrase_tail_regex(self.entries[i].phrase, self._inflect)})" for i in order}

    def _tails(self, key: str) -> Tails | int | None:
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
            one_word = [i for i in ids if len(phrase_words(self.entries[i].phrase)) == 1]
            if len(one_word) == len(ids):
                pattern = self._tail_patterns[shared] = min(one_word, key=lambda i: -len(self.entries[i].phrase))
            else:
                parts = self._tail_parts(ids)
                pattern = self._tail_patterns[shared] = Tails(
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
            words = phrase_words(self.entries[i].phrase)
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

    def _runs_of(self, bucket: tuple[tuple[int, FoldedPattern], ...]) -> PatternRuns:
        strings = self._pattern_strings
        return PatternRuns(bucket, tuple(strings.get(i) for i, _ in bucket))

    @cached_property
    def _pattern_strings(self) -> dict[int, tuple[str, ...]]:
        """Per {pattern} entry tried at an opening word or at the start, the literal strings every match of it
        holds (entry_strings); an entry whose strings cannot be read is left out, and always tried."""
        ids = sorted({i for bucket in self._buckets[1].values() for i in bucket} | set(self._anchored))
        found = entry_strings([self.entries[i].pattern or "" for i in ids], self.ignore_case)
        return {i: tuple(strings) for i, strings in zip(ids, found) if strings}

    def _anchored_from(self, text: str) -> PatternRuns:
        """The anchored entries ("^...") that may match at the text's start, in alternation order.

        Tried there one by one, the first to match is what their one alternation would match (each keeps
        LEFT and RIGHT), and only the entries that can open with the text's first character are tried
        or ever compiled: promo/call-to-action's 31 compiled as one alternation ignoring case took a
        third of its cold start.
        """
        by_first, anywhere = self._anchored_by_first
        first = text[:1]
        if not first.isascii():  # ignoring case, re equates a few letters outside ASCII with ASCII ones
            return self._anchored_all
        return by_first.get(first.lower() if self.ignore_case else first, anywhere)

    @cached_property
    def _anchored_all(self) -> PatternRuns:
        return self._runs_of(tuple((i, self._entry_pattern(i)) for i in self._anchored))

    @cached_property
    def _anchored_by_first(self) -> tuple[dict[str, PatternRuns], PatternRuns]:
        """The anchored entries by a character they may open with (openings.first_characters), and those
        whose first characters cannot be read (tried whatever the text opens with)."""
        firsts: dict[int, frozenset[str] | None] = {}
        for i in self._anchored:
            chars = first_characters(self.entries[i].pattern or "")
            if chars is not None and self.ignore_case:
                chars = frozenset(c.lower() for c in chars) if all(c.isascii() for c in chars) else None
            firsts[i] = chars
        keys = {c for chars in firsts.values() if chars for c in chars}

        def opening_with(c: str | None) -> PatternRuns:  # None: whatever the text opens with
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

    def _resolve(self, key: str) -> tuple[Tails | int | None, PatternRuns | None]:
        """The tails and the pattern bucket of an opening word, looked up once per lexicon, not once per block."""
        bucket = self._pattern_bucket(key)
        resolved = self._resolved[key] = (self._tails(key), self._runs_of(bucket) if bucket is not None else None)
        return resolved

    def _tails_in(self, text: str, key: str, starts: list[int], tails: Tails, found: list[tuple[int, int, int]]) -> None:
        """The phrases opening with the word `key` where it starts, after the word (see Tails), into found."""
        width = len(key)
        for at in starts:
            if at > 0 and ((c := text[at - 1]).isalnum() or c in LEFT_ALSO):
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
        gated = low if self.ignore_case else text  # where PatternRuns.runs_in looks for an entry's strings
        for key in keys:
            tails, patterns = self._resolved.get(key) or self._resolve(key)
            if isinstance(tails, int) and exact:  # a one-word entry: the word, bounded as LEFT and RIGHT say
                end = len(key)
                for at in index[key]:
                    # phrase_patterns._refused_before and _continues, inline: this loop runs for every indexed word of every lexicon
                    if at > 0 and ((c := text[at - 1]).isalnum() or c in LEFT_ALSO):
                        continue
                    after = at + end
                    if after < size and ((c := text[after]).isalnum() or c in RIGHT_ALSO):
                        continue
                    found.append((at, after, tails))
            elif isinstance(tails, Tails) and exact:
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
