"""Slips in the article's names: a name misspelt against another of its names, two names run together, a
possessive mistyped.

The names-variant kind (checks/names.py) reads these; a slip is one letter off, two neighbours swapped, a
romanisation equivalence ("Jihyun" for "Jihyeon"), or a scraper's glue ("Stray KidsJisung").
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..document import Document
from .namecontext import web_address_at
from .namefold import fold, one_edit, one_typo, sound
from .name_mentions import Mention, in_speech
from .name_data import NameData
from .people import Person
from ..patterns import LazyPattern

_GLUE = LazyPattern(r"(?<=[a-z])(?=[A-Z][a-z]{2})")


def run_together(doc: Document, mentions: list[Mention],
                 common: frozenset[str] = frozenset()) -> Iterator[tuple[Mention, int, int, str]]:
    """"Stray KidsJisung": two names glued by a scraper, each written apart elsewhere in the article.

    The right half must be no ordinary word: a title or an organisation glued on ("Business ProposalMarry Me Now",
    "the SamroFoundation") is a scraper's slip too, but no spelling of a person's name."""
    names = {w for m in mentions for w in m.words}
    text = ""
    for m in mentions:
        if m.glued is not None:  # cut apart in extraction: "Ranbir KapoorAlia Bhatt"
            left, right = m.words[-1], m.glued.words[0]
            if right.lower() in common:
                continue
            text = text or "\n".join(b.text for b in doc.blocks)
            apart = re.search(rf"\b{re.escape(left)}(?:['’]s?)?\s+{re.escape(right)}\b", text)
            rest = m.glued.text[len(right):]
            name = (m.text[: len(m.text) - len(left)] + apart[0] if apart else f"{m.text} {right}") + rest
            yield m, m.start, m.glued.end, name
            continue
        for word in m.words:
            cut = _GLUE.search(word)
            if not cut or word[cut.start():] not in names or word[cut.start():].lower() in common:
                continue
            left, right = word[: cut.start()], word[cut.start():]
            start = m.block.text.find(word, m.start)
            if web_address_at(m.block.text, start + len(word)):
                continue  # "KylieCosmetics.com", "EstéeLauder.com": an address, written without spaces
            text = text or "\n".join(b.text for b in doc.blocks)
            apart = re.search(rf"\b{re.escape(left)}(?:['’]s?)?\s+{re.escape(right)}\b", text)
            if apart:
                yield m, m.start, start + len(word), f"{m.block.text[m.start:start]}{apart[0]}"
                break



def misspelt_family_names(mentions: list[Mention], found: list[Person], data: NameData) -> Iterator[tuple[Mention, Person]]:
    """'Bulchnikov' after 'Stella Bulochnikov' (heldout/B cl156), 'Pascuale' after 'Joe Pasquale' (BBC 207): a
    family name alone, one letter off one person's inside the word, or two neighbours swapped ("Ravichnadran").

    Words of the name lists and ordinary words are left alone ("Jolie"/"Julie" are both names), and so is a
    word as close to two people's family names."""
    families = {p.family.lower() for p in found}
    known = families | {w.lower() for p in found for w in p.given}
    for m in mentions:
        word = m.words[0]
        if len(m.words) != 1 or len(word) < 6 or m.thing or word.lower() in known or word in data.given_names \
                or word.lower() in data.common or word.isupper() or in_speech(m):
            continue
        low = word.lower()
        # Inside the word: an ending changed is a plural ("Beckhams"), another person's ("Hoffmann"), a new word.
        owners = [p for p in found if not p.east_asian and len(p.canonical.words) >= 2
                  and low[:2] == p.family[:2].lower() and low[-2:] == p.family[-2:].lower()
                  and one_typo(low, p.family.lower())]
        if len(owners) == 1:
            yield m, owners[0]


def misspelt_one_word_names(mentions: list[Mention], found: list[Person],
                            data: NameData) -> Iterator[tuple[Mention, str, bool]]:
    """'Mammooty' beside 'Mammootty', 'Seongwha' beside 'Seonghwa', 'Jihyun' beside 'Jihyeon', 'Ritesh' beside
    'Riteish Deshmukh': a name standing alone spelt as another of the article's name words, one letter off, two
    neighbours swapped or by a romanisation equivalence, with whether a fix is safe.

    One letter off or two letters swapped counts only against a form the article uses more often: one-word
    given names one letter apart are often two people ("Jisoo" and "Jiwoo", "Jisung" and "Jinsung"), and with
    one use each nothing says which is the slip.  A romanisation equivalence sounds the same, so it counts on a
    tie too (against the first form), but only a form used strictly more often is proposed as a fix.  Words of
    the name lists and ordinary words are left alone ("Karan" and "Kiran" are two names), as are the words of
    the article's own full names."""
    order: dict[str, int] = {}
    uses: Counter[str] = Counter()
    for i, m in enumerate(mentions):
        if m.thing or m.character:
            continue
        for w in m.words:
            if len(w) >= 5 and not w.isupper() and "-" not in w:
                order.setdefault(w, i)
                uses[w] += 1
    if len(uses) < 2:
        return
    known = {w for p in found if len(p.canonical.words) >= 2 for w in p.canonical.words}
    alone = [m for m in mentions if len(m.words) == 1 and m.words[0] in uses and m.words[0] not in known
             and m.words[0] not in data.given_names and m.words[0].lower() not in data.common and not in_speech(m)]
    if not alone:
        return  # no one-word name that could be a slip: nothing to compare
    families = {fold(p.family) for p in found if len(p.canonical.words) >= 2}  # misspelt_family_names' part
    by_start: dict[str, list[tuple[str, str]]] = defaultdict(list)  # (word, folded) by the folded first letter
    for w in uses:
        folded = fold(w)
        by_start[folded[:1]].append((w, folded))
    for m in alone:
        word = m.words[0]
        low = fold(word)
        heard = sound(word, data.equivalents)
        for other, folded in by_start[low[:1]]:
            if folded == low or abs(len(folded) - len(low)) > 1 or folded in families or \
                    (uses[other], -order[other]) < (uses[word], -order[word]):
                continue
            more = uses[other] > uses[word]
            if sound(other, data.equivalents) == heard:
                yield m, other, more
                break
            if more and typo_inside(low, folded):
                yield m, other, False
                break


def typo_inside(a: str, b: str) -> bool:
    """Two neighbours swapped past the first letter ("seongwha"), or one letter off inside the word, its first
    two and last two letters kept: an ending added or changed is a plural or a demonym ("Obamas", "Ugandan")."""
    if len(a) == len(b) and one_typo(a, b) and not one_edit(a, b):
        return a[0] == b[0]
    return a[:2] == b[:2] and a[-2:] == b[-2:] and one_edit(a, b)


_BROKEN_POSSESSIVE = LazyPattern(r"['’]([abcefghijklnopqruvwxyz])\b")  # not 's, 't, 'd, 'm


def broken_possessives(doc: Document, mentions: list[Mention]) -> Iterator[tuple[Mention, int, int, str]]:
    """"Aespa'a Karina": a known one-word name with a typo for its possessive."""
    names = {m.words[0] for m in mentions if len(m.words) == 1}
    for m in mentions:
        hit = _BROKEN_POSSESSIVE.match(m.block.text[m.end : m.end + 3]) if len(m.words) == 1 else None
        if hit and m.words[0] in names:
            yield m, m.start, m.end + hit.end(), m.words[0]
