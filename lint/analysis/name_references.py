"""Short mentions that stand for a known person: a given name, a syllable of one, or a family name."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .clipped_names import slash_pair, tied_by_text
from .name_data import NameData
from ..document import BODY_KINDS
from .name_mentions import PARTICLE_WORDS, Mention, in_speech, name_key, syllables
from .namecontext import (
    child_age,
    not_a_short_name,
    shares_surname_after,
    speaker_label,
)
from .people import Person, is_child, thing_keys
from ..patterns import LazyPattern


@dataclass(frozen=True)
class Reference:
    """A later mention of a person, by given or family name."""

    mention: Mention
    person: Person
    kind: str  # "given" or "family"


def references(mentions: list[Mention], found: list[Person], data: NameData) -> list[Reference]:
    """Short mentions that stand for a known person: a given name, a syllable of one, or a family name."""
    in_people = {(id(m.block), m.start) for p in found for m in p.mentions}
    # Who each key could name, as indexes into found (built once: every short mention is looked up).
    by_given: dict[str, list[int]] = {}  # the whole given name's key
    by_first: dict[str, list[int]] = {}  # the first of two given names or more (not East Asian)
    by_syllable: dict[str, list[int]] = {}  # a syllable of an East Asian given name of two or more
    by_family: dict[str, list[Person]] = {}
    for i, p in enumerate(found):
        by_given.setdefault(name_key(p.given), []).append(i)
        if not p.east_asian and len(p.given) >= 2:
            by_first.setdefault(name_key(p.given[:1]), []).append(i)
        syl = syllables(p.given)
        if p.east_asian and len(syl) >= 2:
            for x in dict.fromkeys(syl):
                by_syllable.setdefault(x, []).append(i)
        by_family.setdefault(p.family.lower(), []).append(p)
    # A one-word "title" that is a full-named person's given name ("So poor single Jennifer", after
    # "Jennifer Aniston") is only that mention's reading: the person's other given-name uses still count.
    titles = thing_keys(mentions)
    stage = _stage_names(mentions, found, data)
    families = by_family.keys()
    out: list[Reference] = []
    short_forms: bool | None = None  # looked up on the first given-name reference
    # Given names said of a child at one of their one-word uses ("her first son, Maddox, ... the 15-year-old").
    # Looked up on the first given-name reference, as most articles have none.
    children: set[str] | None = None
    for m in mentions:
        if len(m.words) > 2 or (id(m.block), m.start) in in_people:
            continue
        key = m.key
        if (key in stage and not _after_full_body_name(m, found)) or key in titles or m.thing:
            continue
        hits = by_given.get(key, [])
        if len(m.words) == 1 and key in by_first:
            hits = sorted({*hits, *by_first[key]})
        given = [found[i] for i in hits]
        if not given and len(m.words) == 1 and key not in families:
            given = [found[i] for i in by_syllable.get(key, ())] or _short_reference(m, found, data)
        family = list(by_family[key]) if len(m.words) == 1 and key in families else []
        if bool(given) == bool(family):
            continue  # no one (or both readings) to refer to: most mentions, before the tests of their context
        if _NICKNAME_AFTER.match(m.block.text, m.end):
            continue  # "Jimal ‘Roho Safi’", "Dwayne ‘The Rock’ Johnson": a full name with a nickname
        if len(m.words) == 1 and (_possessive_title(m, data, mentions) or _MIDDLE_INITIAL_AFTER.match(m.block.text, m.end)):
            continue  # "David A. Gross": a middle initial, then a family name that is also a word; a full name
        if in_speech(m):
            continue  # a speaker may call a friend by the given name
        if given and not family:
            # Two people with that given name ("Amal Clooney", "Amal Alamuddin"): a given-name reference
            # all the same, to the one named last before it (GOLD-GUIDELINES: marked in every case).
            p = given[0] if len(given) == 1 else (tied_by_text(m.words[0], given, _texts(mentions))
                                                  or _last_named(given, m, data))
            if shares_surname_after(m.block.text, m.end, [q.family for q in given]):
                continue  # "George, Amal Clooney", "George and Amal Clooney": both full names, one surname
            if not p.east_asian and (_after_honorific(m, data) or _in_title(m)):
                continue
            if children is None:
                children = {c.key for c in mentions if len(c.words) == 1 and child_age(c.block.text, c.start, c.end)}
            if m.block.kind != "headline" and _COUPLE_LABEL.fullmatch(m.block.text.strip()):
                continue  # "PENN & DOMINO" over a slide: the couple's label, the full names follow in its text
            if (m.block.kind in BODY_KINDS and speaker_label(m.block.text, m.start, m.end)) or is_child(p, children):
                continue  # GOLD-GUIDELINES: given names of adults only; "Kim: What's going on?" labels a transcript
            if short_forms is None:
                short_forms = _short_form_culture(mentions, data)
            if short_forms and not p.east_asian and p.given[0] not in data.census_given:
                continue  # "Joko" for Joko Anwar: the normal short form of an Indonesian name
            out.append(Reference(m, p, "given"))
        elif family and not given and not _in_title(m):  # "the Osbourne family", "the Christ"
            for p in family:
                out.append(Reference(m, p, "family"))
    return out


def references_unaffected_by(dropped: list[Mention], found: list[Person], data: NameData) -> bool:
    """Whether references() of a list of mentions without `dropped` are those of the list with them, less the
    dropped mentions' own: true when no dropped mention is in the running text (stage names) or marks a
    title, and no dropped text could tie a given name to a person, say a child is named, set the article
    in a country of short forms or repeat a possessive title."""
    if any(m.block.kind in BODY_KINDS or (m.thing and (len(m.words) > 1 or not m.quoted_title))
           or (len(m.words) == 1 and child_age(m.block.text, m.start, m.end)) for m in dropped):
        return False
    families = [f" {p.family}" for p in found if p.family]
    texts = {id(m.block): m.block.text for m in dropped}.values()
    # tied_by_text looks for "<given> <family>", _possessive_title for "<name>'s <Word>".
    return not any(data.short_form_places.search(t) or "'s " in t or "’s " in t or any(f in t for f in families)
                   for t in texts)


_NICKNAME_AFTER = LazyPattern(r"\s+[‘'“\"][A-Z]")
_MIDDLE_INITIAL_AFTER = LazyPattern(r" [A-Z]\. [A-Z][a-z]")
_POSSESSIVE_CAPITAL = LazyPattern(r"['’]s ([A-Z][a-z]+)\b")


def _possessive_title(m: Mention, data: NameData, mentions: list[Mention]) -> bool:
    """"Titled Harry's House" after a headline's "Harry's House": a name's possessive before a capitalised
    ordinary word, written so twice, is a title named after the person, no reference to them.

    Once is not enough: "Rob's Twitter statement", and a Title Case headline capitalises every word ("Jen's
    Comments Were Lies")."""
    after = _POSSESSIVE_CAPITAL.match(m.block.text, m.end)
    if after is None or after[1].lower() not in data.common:
        return False
    title = m.text + after[0]
    texts = {id(x.block): x.block.text for x in mentions if x.words == m.words}
    return sum(t.count(title) for t in texts.values()) >= 2


# A line that is only two one-word names joined: a slideshow's label for a couple ("MARGOT & TOM").
_COUPLE_LABEL = LazyPattern(r"[^\W\d_][^\s\d_]*(?: ?(?:&|\+|and|AND) ?)[^\W\d_][^\s\d_]*!?")


def _texts(mentions: list[Mention]) -> list[str]:
    """The texts of the blocks that name anyone, in reading order."""
    return list({id(m.block): m.block.text for m in mentions}.values())


def _short_reference(m: Mention, found: list[Person], data: NameData) -> list[Person]:
    """The people whose given name this one-word mention shortens, unless its context says otherwise."""
    owners = _shortened(m.words[0], found, data)
    return [] if owners and not_a_short_name(m.block.text, m.start, m.end) else owners


def _shortened(word: str, found: list[Person], data: NameData) -> list[Person]:
    """'Jen' for Jennifer Aniston, 'Chris' for Christopher: a given name of the lists that starts a person's
    longer given name is its short form, a given-name reference too (GOLD-GUIDELINES: nicknames count)."""
    if len(word) < 3 or word not in data.given_names:
        return []
    stems = _diminutive_stems(word, data.diminutive_endings)
    return [p for p in found if not p.east_asian and p.given and (
            (p.given[0].startswith(word) and len(p.given[0]) >= len(word) + 2)
            or (len(p.given[0]) > len(word) and any(p.given[0].startswith(s) for s in stems)))]


def _diminutive_stems(word: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    """'Angie' -> 'Ang', 'Jenny' -> 'Jenn', 'Jen': the stems a diminutive ending leaves, three letters or more,
    ending in a consonant; a bare 'y' only after a doubled one ('Mary' is no diminutive of Mariah)."""
    out: list[str] = []
    for ending in endings:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3 or stem[-1].lower() in "aeiouy":
            continue
        doubled = stem[-1] == stem[-2]
        if ending == "y" and not doubled:
            continue
        out.append(stem)
        if doubled:
            out.append(stem[:-1])
    return tuple(out)


def _after_full_body_name(m: Mention, found: list[Person]) -> bool:
    """'Mehazabien' after 'Mehazabien Chowdhury' in the running text: no longer a stage name but a given name.

    A one-word name the body uses before the full name is a stage name only until the running
    text gives the full name (GOLD-GUIDELINES: given-name references are marked in every naming
    culture; stage names only when used consistently).  East Asian given names keep the stage-name
    reading ("Jisoo" for BLACKPINK's Kim Jisoo).
    """
    here = (m.block.start, m.start)
    owners = [p for p in found if not p.east_asian and name_key(p.given[:1]) == m.key]
    return len(owners) == 1 and any(x.block.kind == "paragraph" and (x.block.start, x.start) < here
                                    for x in owners[0].mentions)


def _short_form_culture(mentions: list[Mention], data: NameData) -> bool:
    """The article is set where the given name is the normal short form (Malay, Indonesian: GOLD-GUIDELINES)."""
    blocks = {id(m.block): m.block for m in mentions}
    return any(data.short_form_places.search(b.text) for b in blocks.values())


def _after_honorific(m: Mention, data: NameData) -> bool:
    """'Sir Elton', 'Dame Julie': British style for a knight or dame, not a slip."""
    before = m.block.text[max(0, m.start - 12) : m.start].split()
    return bool(before) and before[-1].rstrip(".") in data.honorifics


_TITLE_BEFORE = LazyPattern(rf"(?:\bthe|\bin|\bvs\.?|\bv\.?)\s+(?:{'|'.join(PARTICLE_WORDS)}\s+)?$")


def _in_title(m: Mention) -> bool:
    """'the Tate', 'in Ray', 'Freddy Vs Jason', 'the von Trapp family': a place, a title or a family, not a person."""
    before = m.block.text[max(0, m.start - 9) : m.start].lower()
    return bool(_TITLE_BEFORE.search(before)) and not slash_pair(m.block.text, m.start, m.end)


def _last_named(candidates: list[Person], m: Mention, data: NameData) -> Person:
    """Of several people a short mention could name, the one whose name last came before it (else the first).

    A "family name" that is an ordinary word names a brand, not a relative: "Kylie" is Kylie Jenner's, not
    Kylie Cosmetics' (heldout/B cf220)."""
    here = (m.block.start, m.start)
    candidates = [p for p in candidates if p.family.lower() not in data.common] or candidates

    def last(p: Person) -> tuple[int, int]:
        return max(((x.block.start, x.start) for x in p.mentions if (x.block.start, x.start) < here), default=(-1, -1))

    return max(candidates, key=last)


_PAIRED_BEFORE = LazyPattern(r"([A-Z][^\W\d_]+),? (?:and|&) $")
_PAIRED_AFTER = LazyPattern(r",? (?:and|&) ([A-Z][^\W\d_]+)\b(?! [A-Z])")


def _introduced(m: Mention, data: NameData, found: list[Person], order: Any) -> bool:
    """'His wife Sharon', 'his parents, Graham and Sherry': introduced by relation; 'Richard and Judy' before
    'Richard Madeley and Judy Finnigan': a pair named before either full name (BBC 004, a show's title)."""
    before = m.block.text[max(0, m.start - 40) : m.start]
    if data.relation_before.search(before):
        return True
    pair = _PAIRED_BEFORE.search(before)
    other = pair[1] if pair else (after[1] if (after := _PAIRED_AFTER.match(m.block.text, m.end)) else None)
    if other is None:
        return False
    owners = [p for p in found if not p.east_asian and p.given[:1] == (other,)]
    if other in data.given_names and all(order(m) < order(p.mentions[0]) for p in owners):
        return True  # the other of the pair is not introduced yet either
    return pair is not None and data.relation_before.search(before[: pair.start()])


def _stage_names(mentions: list[Mention], found: list[Person], data: NameData) -> set[str]:
    """One-word names the body uses before any full name: stage names ("Jisoo", "Jungkook"), not references.

    A given name of the name lists (US census and world lists) is no stage name once the article gives the
    full name: "Kourtney and Scott are partying" before "Scott Disick" is a given-name reference (heldout/B
    cf212), while "Prabhas" or "Jisoo" stays a stage name.  Words of no list stay stage names: opening the
    test to every word made people of "Ronnies Sketchbook" and "Beatle George Harrison" (BBC 311, 346).
    """
    def order(m: Mention) -> tuple[int, int]:
        return (m.block.start, m.start)

    # Each given-name key, and the people it names (where the body first names them: worked out when asked).
    owners_of: dict[str, list[Person]] = {}
    for p in found:
        for k in {name_key(p.given), *syllables(p.given)}:
            owners_of.setdefault(k, []).append(p)
    body_first: dict[int, tuple[int, int] | None] = {}  # None: only outside paragraphs

    def first(p: Person) -> tuple[int, int] | None:
        if id(p) not in body_first:
            body_first[id(p)] = min((order(x) for x in p.mentions if x.block.kind == "paragraph"), default=None)
        return body_first[id(p)]

    plain_given = {p.given[:1] for p in found if not p.east_asian}
    stage: set[str] = set()
    for m in mentions:
        owners = owners_of.get(m.key) if len(m.words) == 1 else None
        if not owners or m.block.kind not in BODY_KINDS or \
                _NICKNAME_AFTER.match(m.block.text, m.end):
            continue  # no one's given name: no stage name to tell from a reference
        if m.words[0] in data.given_names and m.words in plain_given and not _introduced(m, data, found, order):
            continue
        firsts = [first(p) for p in owners]
        # Used before the full name appears in the body; a full name only in the headline does not count.
        if firsts and all(f is not None and order(m) < f for f in firsts):
            stage.add(m.key)
    return stage
