"""A lexicon's entries by the words that may open them: every inflected form of a phrase's first word, and the
words a {pattern} entry plainly opens with; the rest anchored at the start or free.  Kept in the disk cache."""
from __future__ import annotations

import re

from .. import cache
from .lexicon_entries import Entry
from .phrase_patterns import inflections, phrase_words
from ..patterns import LazyPattern

# (phrase buckets, pattern buckets, anchored patterns, free entries): see _buckets_of
Buckets = tuple[dict[str, list[int]], dict[str, list[int]], list[int], list[int]]
_BUCKETS_VERSION = 1  # name it anew when _buckets_of answers differently (inflections, opening_words and _first_word too)
_CACHED_FROM = 40  # entries: a smaller lexicon (a test's, a house rule's) is bucketed at once, not kept on disk


def bucketed(items: list[Entry], ignore_case: bool, inflect: bool) -> Buckets:
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
        forms = inflections(first) if inflect and len(phrase_words(e.phrase)) >= 1 else [first]
        for form in forms:
            buckets.setdefault(_bucket_key(form, ignore_case), []).append(i)
    return buckets, pattern_buckets, anchored, free


def _bucket_key(word: str, ignore_case: bool) -> str:
    word = word.replace("’", "'")
    return word.lower() if ignore_case else word


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


def _first_word(phrase: str) -> str | None:
    """The first word of a phrase if it is plain letters and digits (with inner apostrophes)."""
    words = phrase_words(phrase)
    if not words or not re.fullmatch(r"[^\W_]+(?:['’][^\W_]+)*", words[0]):
        return None
    return words[0]
