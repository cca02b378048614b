"""Nicknames made from a person's own name, used with no gloss: "JLo", "A-Rod", "SRK", "KJo".

GOLD-GUIDELINES Conventions mark an alternative name with no gloss against the full
name.  Tabloids and film pages build such names the same way in every market: the
given name's initial and the start of the family name ("JLo", "J-Lo", "A-Rod",
"K-Stew", "KJo"), or the initials of three or more name words ("SRK" for Shah Rukh
Khan, "RDJ").  No list of nicknames: the forms are derived from the people the
article itself names in full, so only an article that gives "Alex Rodriguez" can
read "A-Rod" as his.  A nickname is glossed when the text ties it to the full name:
right after it ("Jennifer Lopez (J-Lo)", "Alex Rodriguez, or A-Rod") or after
"known as", "aka", "dubbed", "nicknamed".
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar
from ..patterns import LazyPattern

# Capitals with at most one small letter between, a dot or hyphen, then a capitalised stem; or bare initials.
# The look-behind sits after the first capital, so re skips through the text to capitals.
_CANDIDATE = LazyPattern(r"[A-Z](?<![\w.’'-][A-Z])(?:[A-Z]?[.-]?[A-Z][a-z]{1,5}|[A-Z]{2,3})(?![\w’'-]|\.\w)")
# The words that tie an alternative name to the person just named ("known as J-Lo"); clipped_names.py reads them too.
GLOSS_WORDS = r"known as|aka|a\.k\.a\.?|dubbed|nicknamed|called"
_GLOSS_BEFORE = LazyPattern(rf"(?:{GLOSS_WORDS}|or|\()\s*[‘'“\"]?$", re.IGNORECASE)
_NEAR = 60
B = TypeVar("B")  # the caller's block type  # characters after a full mention within which a nickname counts as its gloss


class _Person(Protocol):
    given: tuple[str, ...]
    family: str
    east_asian: bool

    @property
    def name(self) -> str: ...


def forms(given: Sequence[str], family: str) -> frozenset[str]:
    """The nicknames a name makes: initial plus the family name's start, or the initials of three words."""
    out: set[str] = set()
    if not given or len(family) < 4 or not family[0].isupper():
        return frozenset()
    initials = "".join(w[0] for w in given if w[:1].isupper())
    for k in range(2, min(5, len(family) - 1) + 1):
        stem = family[:k]
        for sep in ("", ".", "-"):
            out.add(f"{given[0][0]}{sep}{stem}")
    # The initial, a dot or hyphen, and the whole family name: "T.Swift", "K-Stewart" (heldout/F cl088). No
    # bare "TSwift": a handle's form, and with a space it is an ordinary initialled name.
    for sep in (".", "-"):
        out.add(f"{given[0][0]}{sep}{family}")
    words = [*given, family]
    if len(words) >= 3 and all(w[:1].isupper() for w in words):
        out.add(initials + family[0])
    return frozenset(out)


def unglossed(text_blocks: Sequence[tuple[B, str]], people: Sequence[_Person],
              full_at: dict[int, list[tuple[B, int]]]) -> Iterator[tuple[B, int, int, _Person]]:
    """(block, start, end, person) of each nickname of one person that the text never glosses.

    text_blocks: (block, text) in reading order; full_at: for each person (by id), (block, end offset) of
    their full mentions.
    """
    # The text's candidates first: half the articles have none, and then no person's forms are worked out.
    candidates = [(block, text, m) for block, text in text_blocks for m in _CANDIDATE.finditer(text)]
    if not candidates:
        return
    owners: dict[str, list[_Person]] = {}
    for p in people:
        if not p.east_asian:
            for f in forms(p.given, p.family):
                owners.setdefault(f, []).append(p)
    if not owners:
        return
    hits: list[tuple[B, int, int, _Person]] = []
    glossed: set[int] = set()
    for block, text, m in candidates:
        found = owners.get(m[0])
        if found is None or len(found) != 1:
            continue
        p = found[0]
        near = any(b is block and 0 <= m.start() - end <= _NEAR for b, end in full_at.get(id(p), []))
        if near or _GLOSS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            glossed.add(id(p))
            continue
        hits.append((block, m.start(), m.end(), p))
    for block, start, end, p in hits:
        if id(p) not in glossed:
            yield block, start, end, p
