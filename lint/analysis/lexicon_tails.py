"""What a lexicon tries where one of its opening words stands (and at a text's start): the tails of the phrases
that word opens, and its {pattern} entries in the compiled form a text needs."""
from __future__ import annotations

import re

from .casefold import FoldedPattern
from .phrase_patterns import RIGHT, RIGHT_ALSO
from ..patterns import LazyPattern

_NEXT_WORD = LazyPattern(r"[\s\-‐‑]*(\w*)")  # a gap as phrase_patterns spells it, then the run of word characters after it


class Tails:
    """What may follow one opening word in its lexicon's phrases: at each place, the alternation of only the
    phrases that can match there, compiled when a text first needs it.

    Most opening words ("the", "to", "new") stand in every article, yet the phrases
    they open almost never follow them; and where one does, the rest of its bucket
    cannot match there.  Right after the opening word a one-word entry can end only
    where nothing RIGHT refuses follows, and a longer phrase only where a gap follows
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
        """The alternation of these entries' tails (in alternation order), bounded as RIGHT says."""
        pattern = self._compiled.get(ids)
        if pattern is None:
            source = "|".join(self.parts[i] for i in ids)
            pattern = self._compiled[ids] = re.compile(f"(?:{source}){RIGHT}", self.flags)
        return pattern

    def candidates(self, text: str, at: int, folded: bool) -> tuple[int, ...]:
        """The entries whose tail may match at `at`, in alternation order (the others cannot)."""
        if self.by_word is None:
            return self.every
        found: tuple[int, ...] = ()
        if self.one_words and not (at < len(text) and ((c := text[at]).isalnum() or c in RIGHT_ALSO)):
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


class PatternRuns:
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
