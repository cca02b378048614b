"""A case-insensitive pattern run case-sensitively over lower-cased text, where that is provably the same.

re compiles a pattern three to four times faster without IGNORECASE (reader-call's
opening: 4.7 ms against 17.6), and an alternation of words scans faster too.  Over
text.lower() a pattern with no capitals finds what it finds ignoring case, under
two conditions, both decided here from Unicode's case data as Python's re applies
it (tests/test_casefold.py derives each set below again by going through every code point):

- the pattern (`folds_exactly`): no capital letter, inline flag, backreference or
  numeric escape; besides ASCII, only the punctuation (and currency signs) in CASELESS, which re folds
  to nothing else; and no class range that holds capitals without their small
  letters (`[?-_]` holds A-Z but not a-z);
- the text (`lowered`): lower-casing keeps its length, and it holds none of
  UNFOLDABLE, the four letters outside ASCII that re equates with ASCII letters
  when ignoring case (dotted and dotless i, long s, the Kelvin sign).

Elsewhere the pattern is compiled with IGNORECASE and run over the text itself.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from ..patterns import LazyPattern

# Punctuation and currency signs news copy and artlint's own patterns use; caseless, and equal ignoring case to itself
# alone (the pound and euro signs of reader-call's "Sign up ... costs £45" guard, so its opening folds again).
CASELESS = frozenset("’‘‐‑“”–—…£€")
# The characters outside ASCII that re, ignoring case, matches with an ASCII letter (or whose lower case is one).
UNFOLDABLE = frozenset("\u0130\u0131\u017f\u212a")
_UNFOLDABLE = LazyPattern("[" + "".join(sorted(UNFOLDABLE)) + "]")
_CLASS_ESCAPES = frozenset("wWsSdDbBAZ")  # classes and anchors: the same for a letter and its lower case
_CONTROLS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_GROUP = LazyPattern(r"\(\?(?::|=|!|<=|<!|P<\w+>)")
# The common case in one regex call: what the loop below accepts, less its rarer forms (ranges other than a-z
# and 0-9, a dash first in a class); what this refuses, the loop decides.  Plain characters are ASCII ones spelled
# as ranges (a class negated over all of Unicode took 27 ms to compile): in a class, all but \ ] - and capitals;
# outside, all but \ [ ] ( ) and capitals.
_ESCAPED = r"\\[wWsSdDbBAZntrfv]|\\[!-/:-@\[-`{-~]|[’‘‐‑“”–—…]"
_PLAIN = LazyPattern(rf"""(?:{_ESCAPED}
    | \((?!\?) | \(\?(?::|=|!|<=|<!|P<\w+>) | \)
    | \[\^?(?:{_ESCAPED}|[a-z]-[a-z]|[0-9]-[0-9]|[\x00-,.-@\[^-\x7f]|-(?=\]))*\]
    | [\x00-'*-@^-\x7f]
    )*""", re.VERBOSE)


def lowered(text: str) -> str | None:
    """text.lower(), when a pattern that folds_exactly may run over it in place of the text; else None."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _UNFOLDABLE.search(text)):
        return None
    return low


def no_ascii_lookalikes(text: str) -> bool:
    """Whether re, ignoring case, equates none of the text's letters outside ASCII with an ASCII letter."""
    return text.isascii() or not _UNFOLDABLE.search(text)


def folds_exactly(source: str) -> bool:
    """Whether the pattern, compiled without IGNORECASE, finds over lowered(text) what it finds ignoring case."""
    if _PLAIN.fullmatch(source):
        return True
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "[":
            end = class_end(source, i)
            if end is None or not _class_folds(source[i + 1:end]):
                return False
            i = end + 1
            continue
        if c == "(" and source.startswith("(?", i):
            group = _GROUP.match(source, i)
            if group is None:
                return False  # inline flags, comments, conditionals, named backreferences
            i = group.end()
            continue
        step = _member(source, i)
        if step is None:
            return False
        i += step[0]
    return True


def _member(source: str, i: int) -> tuple[int, str | None] | None:
    """(length, the one character it stands for, or None for a class escape) of the element at i; None if refused."""
    c = source[i]
    if c == "\\":
        if i + 1 >= len(source):
            return None
        e = source[i + 1]
        if e in _CLASS_ESCAPES:
            return 2, None
        if e in _CONTROLS:
            return 2, _CONTROLS[e]
        if e.isascii() and not e.isalnum():
            return 2, e
        return None  # \x41, \u0041, \N{...}, octal and backreferences, unknown escapes
    if not c.isascii():
        return (1, c) if c in CASELESS else None
    if "A" <= c <= "Z":
        return None
    return 1, c


def class_end(source: str, start: int) -> int | None:
    """Index of the ] closing the class opened at start (a ] first in the class, or escaped, is a member)."""
    i = start + 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1
    while i < len(source):
        if source[i] == "\\":
            i += 2
            continue
        if source[i] == "]":
            return i
        i += 1
    return None


def _class_folds(body: str) -> bool:
    if body.startswith("^"):
        body = body[1:]
    members: list[str | None] = []  # characters, None for class escapes, "-" kept as written
    dashes: list[bool] = []
    i = 0
    while i < len(body):
        step = _member(body, i)
        if step is None:
            return False
        members.append(step[1])
        dashes.append(body[i] == "-")
        i += step[0]
    for k, dash in enumerate(dashes):
        if not dash or k == 0 or k == len(members) - 1:
            continue
        lo, hi = members[k - 1], members[k + 1]
        if lo is None or hi is None:
            return False
        if lo <= "Z" and hi >= "A" and not (lo <= "A" and hi >= "z"):
            return False  # capitals without their small letters: ignoring case, the small ones would match too
    return True


class FoldedPattern:
    """A case-insensitive pattern, decided and compiled on first use in whichever form the text needs (see the module's note).

    Two ways to run it, for two kinds of callers: finditer(text) and search(text) take the
    text alone and lower it themselves when the pattern folds; over(text, low) serves a
    caller that runs many patterns over one text and lowers it once.  Spans are those of
    the text either way, but a match over the lower-cased text holds lower case: take text
    from the original by offset.  Text that lowered() refuses (its lower case changes its
    length, as "İ" does) is matched ignoring case.  With ignore_case False it is simply the
    pattern, compiled on first use, so callers holding lexicons of either kind run them the same way.
    """

    __slots__ = ("source", "ignore_case", "_folds", "_lowered", "_as_written")

    def __init__(self, source: str, ignore_case: bool = True) -> None:
        self.source = source
        self.ignore_case = ignore_case
        # Nothing is decided or compiled yet: name data and lexicons hold many patterns an article never needs.
        self._folds: bool | None = None
        self._lowered: re.Pattern[str] | None = None
        self._as_written: re.Pattern[str] | None = None

    @property
    def folds(self) -> bool:
        """Whether it runs over lowered(text) where the text allows (folds_exactly)."""
        if self._folds is None:
            self._folds = self.ignore_case and folds_exactly(self.source)
        return self._folds

    def compile(self) -> None:
        """Compile the form most texts need now (a house rule's broken pattern fails when its file loads, not on an article)."""
        self.over("", "")

    def over(self, text: str, low: str | None) -> tuple[re.Pattern[str], str]:
        """The compiled pattern to run and the string to run it over: low (lowered(text)) where it can."""
        compiled, runs_lowered = self.form(low is not None)
        return compiled, low if runs_lowered and low is not None else text

    def form(self, lowered_text: bool) -> tuple[re.Pattern[str], bool]:
        """The compiled pattern for text that lowered() allows (lowered_text) or refuses, and whether it runs over
        the lower-cased text (else over the text itself): over() without the text, for callers that keep it."""
        if lowered_text and self.folds:
            if self._lowered is None:
                self._lowered = re.compile(self.source)
            return self._lowered, True
        if self._as_written is None:
            self._as_written = re.compile(self.source, re.IGNORECASE if self.ignore_case else 0)
        return self._as_written, False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        compiled, subject = self.over(text, lowered(text) if self.folds else None)
        return compiled.finditer(subject)

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in text: one search, with no iterator (callers ask per block or per name)."""
        compiled, subject = self.over(text, lowered(text) if self.folds else None)
        return compiled.search(subject) is not None
