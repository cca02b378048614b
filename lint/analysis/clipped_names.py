"""Short forms of the article's own people: clipped names ("Sel", "Bey", "Biebs", "Kourt"), slash pairs ("Ben/Jen").

GOLD-GUIDELINES Conventions mark an alternative name with no gloss against the full
name, and every given-name reference.  Gossip copy clips a star's name in the same
way in every outlet: the first three letters or more of a given name, a family name or
a one-word stage name, sometimes with an "s" or "z" added ("Sel" for Selena Gomez,
"Biebs" for Justin Bieber, "Bey" for Beyoncé, "JAY" for JAY-Z).  No list of nicknames:
the forms are derived from the names the article itself gives, and a form is left
alone when it is an ordinary word (rules/_data/common-words.txt), a given name of the
name lists (those are read by name_references._shortened), or a name word someone in the article
has in full.  A form glossed by the text ("Selena Gomez, or Sel") is the article's own,
as with nicknames.py.

A slash joins two given names into a couple's name ("the Ben/Jen split"): each half is
still the person's given name, not a title after "the".
"""
from __future__ import annotations

import re
from collections.abc import Collection, Container, Iterator, Mapping, Sequence
from typing import Protocol, TypeVar

from .namefold import fold
from .nicknames import GLOSS_WORDS
from ..patterns import LazyPattern

B = TypeVar("B")  # the caller's block type

_MIN = 3  # letters in a clip: "Sel", "Bey"; two letters ("Se", "Be") are words and initials
_ADDED = ("", "s", "z")
_STAGE_LONGEST = 4  # letters in a clip of a one-word name: "Bey" of "Beyonce"  # "Biebs", "Kimz": a clip with a letter of endearment added
# A clip stands alone: no letter, apostrophe-letter or hyphen before it; after it, none but a possessive.
_ALONE_AFTER = LazyPattern(r"(?![^\W\d_]|-[^\W\d_]|['’](?![sS]\b)[^\W\d_])")
# "known as Ant and Dec": a gloss may name a pair.
_GLOSS_BEFORE = LazyPattern(rf"(?:{GLOSS_WORDS}|\bor|\()\s*[‘'“\"]?"
                           r"(?:[A-Z][^\W\d_]* (?:and|&) )?$", re.IGNORECASE)
_SLASH_PAIR = LazyPattern(r"/[A-Z][^\W\d_]+")


class _Person(Protocol):
    given: tuple[str, ...]
    family: str


def slash_pair(text: str, start: int, end: int) -> bool:
    """'the Ben/Jen split': a name joined by a slash to another capitalised name, a couple's name."""
    return bool(_SLASH_PAIR.match(text, end)) or (start > 1 and text[start - 1] == "/" and text[start - 2].isalpha())


_P = TypeVar("_P", bound=_Person)


def tied_by_text(word: str, candidates: Sequence[_P], texts: Sequence[str]) -> _P | None:
    """Of several people a short given name could be, the one the text writes it with: "Jen Garner" in a
    caption ties "Jen" to Jennifer Garner, though Jennifer Aniston is named too (heldout/D cf150)."""
    tied = [p for p in candidates if p.family and any(f"{word} {p.family}" in t for t in texts)]
    return tied[0] if len(tied) == 1 else None


def clip_forms(word: str, longest: int = 99, added: tuple[str, ...] = _ADDED) -> Iterator[str]:
    """The clips a name word makes: its first three letters or more (up to `longest`), short of the whole
    word, with an 's' or 'z' added or not; a hyphened stage name's first part ("JAY" of "JAY-Z")."""
    head = re.split(r"[-‐]", word, maxsplit=1)[0]
    if head != word and len(head) >= _MIN and word[len(head) + 1 : len(head) + 2].isupper():
        yield head
    # A word with a capital inside is a compound or an address ("RadarOnline", "HollywoodLife"): its start
    # is a word of its own, not a clip.
    if head != word or not head.isalpha() or not head[:1].isupper() or (not head.isupper() and not head[1:].islower()):
        return
    for k in range(_MIN, min(len(head) - 1, longest + 1)):  # two letters short at least: "Gome" is no clip
        for extra in added:
            if k + len(extra) < len(head):
                yield head[:k] + (extra.upper() if head.isupper() else extra)


def owners(people: Sequence[_Person], stage_names: Mapping[str, int], common: frozenset[str],
           given_names: frozenset[str], vocabulary: Collection[str],
           families: Container[str] = frozenset()) -> dict[str, str]:
    """Each clipped form and the name it shortens, when the text ties it to one name.

    people: the article's people with a full name; stage_names: its one-word names that no person
    owns ("Beyonce", "JAY-Z"), with how often each is used.  Forms that are a person's whole name word
    are left out, and so are ordinary words and given names of the lists.  A person's full name ties a
    clip to them before a one-word name does ("Sel" is Selena Gomez's, though her fans' "Selenators"
    start the same way); among one-word names, the one the text uses most ("Bey" is Beyonce's, named
    four times, not the "Beyhive"'s, named once; "Beyoncé" and "BEYONCÉ" count as Beyonce).  vocabulary:
    the text's words in lower case; only forms the text uses are worked out.  families: family names that are
    names of their own ("Jung" of "Jungkook" is Jung Hae-in's, or nobody's)."""
    full = {w for p in people for w in (*p.given, p.family)}
    by_person: dict[str, set[str]] = {}
    for p in people:
        name = " ".join((*p.given, p.family))
        for word in (p.given[0], p.family):
            for form in _forms(word, full, common, given_names, vocabulary, families):
                if not word.startswith(form + "-"):  # "Goldsmith" of "Goldsmith-Thomas" is a family name
                    by_person.setdefault(form, set()).add(name)
    uses: dict[str, int] = {}  # by folded spelling
    spelling: dict[str, str] = {}  # the spelling used most, by folded spelling
    for word, n in stage_names.items():
        key = fold(word)
        uses[key] = uses.get(key, 0) + n
        if n > stage_names.get(spelling.get(key, ""), 0):
            spelling[key] = word
    by_stage: dict[str, dict[str, int]] = {}
    for word in stage_names:
        # A one-word name is a weaker source than a full name: its short clips only, as written ("Bey"), as
        # longer ones are words of their own ("Korea" of "Koreaboo", "Radar" of "RadarOnline").
        for form in _forms(word, full, common, given_names, vocabulary, families, _STAGE_LONGEST, ("",)):
            by_stage.setdefault(form, {})[fold(word)] = uses[fold(word)]
    out = {form: next(iter(names)) for form, names in by_person.items() if len(names) == 1}
    for form, counts in by_stage.items():
        if form in by_person:
            continue
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] > ranked[1]:
            out[form] = spelling[max(counts, key=lambda k: counts[k])]
    return out


def _forms(word: str, full: set[str], common: frozenset[str], given_names: frozenset[str],
           vocabulary: Container[str], families: Container[str], longest: int = 99,
           added: tuple[str, ...] = _ADDED) -> Iterator[str]:
    def listed(form: str) -> bool:
        return form in given_names or form.capitalize() in given_names

    if not _starts_a_shorter_word(word.lower(), vocabulary):
        return  # most names, at once
    for form in clip_forms(word, longest, added):
        if form.lower() not in vocabulary:
            continue
        # A letter added to a word or a given name is that word's plural or possessive ("Robs voice").
        base = form[:-1] if len(form) > _MIN and form[-1] in "sSzZ" and word[len(form) - 1] != form[-1] else form
        # The first part of a hyphened stage name may be a given name: "JAY" of "JAY-Z" names him alone.
        head = word.startswith(form + "-")
        if form not in full and form not in families and not any(f.lower() in common or (listed(f) and not head) for f in {form, base}):
            yield form


def _starts_a_shorter_word(low: str, vocabulary: Container[str]) -> bool:
    """Whether the text has a shorter word of three letters or more that starts the name, an 's' or 'z' added or
    not ("sel", "sels" for "selena").  Asked of the name's own prefixes, a dozen look-ups, not of every word."""
    return any(low[:k] in vocabulary or (k > _MIN and (low[: k - 1] + "s" in vocabulary or low[: k - 1] + "z" in vocabulary))
               for k in range(_MIN, len(low)))


def unglossed(blocks: Sequence[tuple[B, str, dict[str, list[int]]]], forms: dict[str, str],
              common: frozenset[str]) -> Iterator[tuple[B, int, int, str]]:
    """(block, start, end, name) of each clipped form standing alone in the text, unless the text glosses it.

    blocks: (block, text, lower-cased word index) in reading order.  A form inside a run of capitalised
    words is part of another name or title ("Jesus Christ"), not a clip."""
    if not forms:
        return
    by_lower: dict[str, list[str]] = {}
    for form in forms:
        by_lower.setdefault(form.lower(), []).append(form)
    hits: list[tuple[B, int, int, str]] = []
    glossed: set[str] = set()
    for block, text, index in blocks:
        for low in by_lower.keys() & index.keys():
            for at in index[low]:
                end = at + len(low)
                word = text[at:end]
                if word not in by_lower[low] or not _ALONE_AFTER.match(text, end) or \
                        (at and (text[at - 1].isalpha() or text[at - 1] in "-‐'’#@/")) or _in_run(text, at, end, common):
                    continue
                if _GLOSS_BEFORE.search(text, max(0, at - 30), at):
                    glossed.add(forms[word])
                    continue
                hits.append((block, at, end, forms[word]))
    for hit in hits:
        if hit[3] not in glossed:
            yield hit


_WORD_BEFORE = LazyPattern(r"([A-Z][^\W\d_]*)[ \u00a0]$")
_WORD_AFTER = LazyPattern(r"['’]?s?[ \u00a0]([A-Z][^\W\d_]*)")
_EPITHET_BEFORE = LazyPattern(r"([A-Z][^\W\d_]*)[ \u00a0]the[ \u00a0]$")


def _in_run(text: str, start: int, end: int, common: frozenset[str]) -> bool:
    """A capitalised word right before or after: one name or title of several words ("Sel Kaya Hall", "Slow
    Jamz").  An ordinary word starting a sentence is no part of it ("To Sel,"), nor one after it, which a
    headline in title case capitalises ("Jumps on Sark’s Neck", gold-dev w08)."""
    after = _WORD_AFTER.match(text, end)
    if after is not None and after[1].lower() not in common:
        return True
    byname = _EPITHET_BEFORE.search(text, max(0, start - 40), start)
    if byname is not None and byname[1].lower() not in common:
        return True  # the end of a title or byname "<Name> the <Word>": "Noggin the Nog" (BBC 353), not "With the Biebs"
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and (before[1].lower() not in common or not _sentence_start(text, before.start(1)))


def _sentence_start(text: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?:;“\"‘'(—–-|"
