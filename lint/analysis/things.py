"""What is not a person: titles of works, bands, events and awards, told apart by their context.

A capitalised name is read as a thing, not a person, where the sentence says so:
- a work or group noun stands before it: "the film Vera Drake", "biopic, Ray", "the
  Thursday night show Bethan and Huw", "songs including Back Stabbers, Love Train and
  For the Love of Money", "indie band Kasabian";
- a work's credits follow it: "Kinsey, starring Liam Neeson", "Harry Potter and the
  Half-Blood Prince";
- it qualifies a role held by a named person: "Franz Ferdinand frontman Alex Kapranos",
  "Harry Potter director Alfonso Cuaron", "Franz Ferdinand's Alex Kapranos";
- it is a short Title Case phrase in double quotes that is no sentence: "Love Train".
The word classes (work, group and role nouns) are data in rules/_data/names.toml.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache

from .. import cache
from ..resources import data_text
from ..tomlcompat import tomllib
from ..patterns import LazyPattern


# Small words inside a title: "Day of the Jackal", "For the Love of Money", "Bethan and Huw".
_CONNECTORS = frozenset("of the a an in on at to for with from by and & me you my your is it no or not".split())
_AND = frozenset({"and", "&"})


class ThingCues:
    """Compiled cue patterns for one name data file."""

    def __init__(self, work_nouns: list[str], group_nouns: list[str], role_nouns: list[str]) -> None:
        nouns = sorted({*work_nouns, *group_nouns}, key=len, reverse=True)
        self._alternatives = "|".join(re.escape(n) for n in nouns) or "(?!)"
        self._roles = "|".join(re.escape(n) for n in sorted(role_nouns, key=len, reverse=True)) or "(?!)"
        self.possessive_between = re.compile(r"['’]s?\s+$")
        self.credits_after = re.compile(r",?\s+(?:starring|co-starring|directed by|produced by|written by|"
                                        r"and the\s+[A-Z])")
        self.word = re.compile(r"[^\W\d_][\w'’-]*|\d+")
        self.small = re.compile(r"[a-z&]+")

    # The two long alternations are compiled on first use: many articles never reach one of them.
    @cached_property
    def before(self) -> re.Pattern[str]:
        """The cue, then an optional comma (apposition) or a word that introduces titles.

        Capitals are checked in code (_title_end): a class of every capital costs 10 ms per pattern to compile.
        """
        return re.compile(rf"\b(?:{self._alternatives})(?P<plural>s)?(?:,|\s+(?:including|such as|like|called|"
                          r"titled|entitled|named))?\s+(?=[^\W\d_])")

    @cached_property
    def role_between(self) -> re.Pattern[str]:
        """A role noun between a name and a person: no possessive ("Ranbir Kapoor's co-star Alia Bhatt" relates two people)."""
        return re.compile(rf"\s+(?:{self._roles})s?\s+$")


@lru_cache(maxsize=8)
def compile_cues(work_nouns: tuple[str, ...], group_nouns: tuple[str, ...], role_nouns: tuple[str, ...]) -> ThingCues:
    return ThingCues(list(work_nouns), list(group_nouns), list(role_nouns))


MEDIA_NOUNS = "_data/media-nouns.toml"


@lru_cache(maxsize=1)
def media_nouns() -> dict[str, str]:
    """Each class of rules/_data/media-nouns.toml as a regular-expression group of its singular nouns."""
    # Kept in the disk cache until the file changes, as the other data files are: a warm start imports no TOML parser.
    return cache.derived("media-nouns-1", [MEDIA_NOUNS], _read_media_nouns,
                         lambda v: isinstance(v, dict) and all(isinstance(g, str) for g in v.values()))


def _read_media_nouns() -> dict[str, str]:
    data = tomllib.loads(data_text(MEDIA_NOUNS))
    return {name: "(?:" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + ")"
            for name, nouns in data.items()}


@lru_cache(maxsize=1)
def _subject_before() -> re.Pattern[str]:
    """A subject right before a cue word with an "s": "which shows", "it records", "she also plays" are verbs; so is
    a picture's "shows" ("The teaser shows Riteish", "the footage shows Bieber": heldout/B ts08, BBC, celebrity news).

    The media nouns in the singular only (a verb in -s follows them); besides the shared ones, the other things
    that show: a video, footage, a still, a social post and its pictures (snap, pic, selfie, screenshot).
    """
    media = media_nouns()
    return re.compile(rf"\b(?:(?:which|that|who|it|he|she)|(?:{media['promo']}|{media['pictures']}|video|post|footage|"
                      r"still|snap|pic|selfie|screenshot))\s+(?:also\s+|now\s+)?$", re.IGNORECASE)


_CLAUSE_ENDS = LazyPattern(r"\s*(?:[.,;)]|$)")
# What may follow a title's word: small words and a space, or a list's comma.
_GAP = LazyPattern(r"(?:\s+([a-z&]+))*\s+|,\s+(?:and\s+)?")


def title_spans(text: str, cues: ThingCues, starts: list[int]) -> Iterator[tuple[int, int]]:
    """Spans of titles and group names named right after a work or group noun starting at one of `starts`."""
    for at in starts:
        m = cues.before.match(text, at)
        if m is None:
            continue
        plural = bool(m.group("plural"))
        if plural and _subject_before().search(text, max(0, at - 12), at):
            continue  # "a poster which shows Harry holding": a verb after its subject, no plural noun
        apposition = "," in m[0]
        if apposition and plural:
            continue  # "After the two popular dramas, Cha Eunwoo was ...": a clause, not a title
        end = _title_end(text, m.end(), cues, plural or m[0].rstrip().endswith(("including", "like", "such as")))
        if apposition and not _CLAUSE_ENDS.match(text[end:end + 2]):
            continue  # "the biopic, Ray." is a title; "the film, Kim said" is not
        if end > m.end():
            yield m.end(), end


def _title_end(text: str, at: int, cues: ThingCues, many: bool) -> int:
    """Where the title (or, after a plural cue, the list of titles) that starts at `at` ends."""
    end = at
    i = at
    closed = False  # a list's "and" passed: its next item is the last ("such as A, B, and Velle, Mouni reveals")
    while True:
        w = cues.word.match(text, i)
        if not w or not (w[0][0].isupper() or w[0][0].isdigit()):
            return end
        end = i = w.end()
        # What may follow: a connector and another capitalised word, or a list separator.
        gap = _GAP.match(text[i:i + 40])
        if not gap:
            return end
        skipped = gap[0]
        nxt = i + len(skipped)
        if not text[nxt:nxt + 1].isupper() and not text[nxt:nxt + 1].isdigit():
            return end
        small = skipped.split()
        if "," in skipped and (not many or closed):
            return end
        if any(s not in _CONNECTORS for s in small if s != ","):
            return end
        if not many and any(s in _AND for s in small) and _two_words_follow(text, nxt, cues):
            return end  # "the film Parasite and Bong Joon-ho": a person after the title
        closed = closed or (many and any(s in _AND for s in small))
        i = nxt


def _two_words_follow(text: str, at: int, cues: ThingCues) -> bool:
    first = cues.word.match(text, at)
    after = text[first.end() : first.end() + 2] if first else ""
    return len(after) == 2 and after[0] == " " and after[1].isupper()


def quoted_titles(text: str, quotations: tuple[tuple[int, int], ...]) -> Iterator[tuple[int, int]]:
    """Double-quoted phrases in Title Case that are no sentence: "Love Train", "The Good, the Bad, the Weird"."""
    for a, b in quotations:
        inner = text[a + 1 : b - 1].strip(" ,.")
        tokens = inner.split()
        if not 1 <= len(tokens) <= 8 or any(c in inner for c in ".!?;"):  # a colon may divide a title
            continue
        long_words = [t for t in tokens if len(t) > 3]
        if long_words and all(t[0].isupper() for t in long_words) and tokens[0][0].isupper():
            yield a, b
