"""People in an article: full-name mentions clustered into people, each with its canonical spelling.

Full names (two words or more) become people (name_extraction.py finds the mentions); shorter
mentions are matched to them in name_references.py.  rapidfuzz finds romanisation and typing
variants ("Ahn Bo Huyn" for "Ahn Bo Hyun").
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .clipped_names import slash_pair
from .name_data import NameData
from ..document import BODY_KINDS
from .name_mentions import (
    PARTICLES,
    Mention,
    in_speech,
    lede_capitals,
    name_key,
    sorted_syllables,
    syllables,
)
from .name_runs import east_asian
from .namecontext import (
    age_after,
    child_age,
    played_by_after,
)
from .namefold import one_edit, similarity, sound
from ..patterns import LazyPattern


@dataclass
class Person:
    """Someone the article introduces: the full-name mention, family and given names, and every later mention."""

    canonical: Mention
    family: str
    given: tuple[str, ...]
    east_asian: bool
    mentions: list[Mention] = field(default_factory=list)
    metadata: str | None = None  # spelling from the article's metadata `people`
    character: bool = False

    @property
    def name(self) -> str:
        text = self.canonical.text
        return self.metadata or (" ".join(self.canonical.words) if "[" in text else text)  # "Kris [Jenner]"


def people(mentions: list[Mention], data: NameData, meta_people: list[dict[str, Any]] | None = None) -> list[Person]:
    """Cluster full-name mentions into people.

    Longer and family-name-first names are taken first, so "Dong Hee" after "Kim Dong Hee"
    is a reference, not a new person.  The canonical form is the first full mention in the
    body (headlines and captions carry most typos), else the first anywhere.
    """
    # "the Tate" is a thing; "the Ben/Jen split" names a couple (clipped_names.slash_pair).
    things = {m.words[0] for m in mentions if len(m.words) == 1 and _after_article(m)
              and not slash_pair(m.block.text, m.start, m.end)}
    titles = thing_keys(mentions)
    full = [m for m in mentions if 2 <= len(m.words) <= 4 and m.key not in titles and m.key[:-1] not in titles and (
            east_asian(m.words, data) or (
            m.words[0] not in things and (not _not_a_name(m.words, data) or age_after(m.block.text, m.end) is not None)
            and not _after_article(m, _ARTICLES)))]
    strength = sorted(full, key=lambda m: (-len(m.words) if east_asian(m.words, data) else 0, -len(m.words)))
    found: list[Person] = []
    # A two-word mention that is a known East Asian person's given name ("Je Hoon") is a
    # reference, not a new person.
    given_names: set[str] = set()
    index = _PeopleIndex()
    for m in strength:
        if m.key in given_names:
            continue
        person = _match(m, found, data, index)
        if person is None:
            ea = east_asian(m.words, data)
            family, given = (m.words[0], m.words[1:]) if ea else (m.words[-1], tuple(
                w for w in m.words[:-1] if w not in PARTICLES))  # "Theo van Gogh": Theo, (van) Gogh
            person = Person(m, family, given, ea)
            found.append(person)
            index.add(person, _canon(person, data))
            if ea:
                given_names.add(name_key(given))
        person.mentions.append(m)
        person.character = person.character or m.character
    # "Den, played by Leslie Grantham": a short name cast after it makes its owner a character ("Dirty" Den Watts).
    for m in mentions:
        if len(m.words) == 1 and m.character and played_by_after(m.block.text, m.end):
            for p in found:
                if p.given[:1] == m.words and not p.east_asian:
                    p.character = True
    counted: list[Counter[str]] = []  # one-word uses in the body: counted for the first person spelt two ways

    def alone() -> Counter[str]:
        if not counted:
            counted.append(Counter(m.words[0] for m in mentions if len(m.words) == 1 and m.block.kind in BODY_KINDS))
        return counted[0]

    syllables_counted: list[Counter[str]] = []  # syllables of every name mention: counted for a tie of spellings

    def syllable_counts() -> Counter[str]:
        if not syllables_counted:
            syllables_counted.append(Counter(x for m in mentions for x in syllables(m.words)))
        return syllables_counted[0]

    for p in found:
        if len(p.mentions) > 1:
            p.mentions.sort(key=lambda m: (m.block.start, m.start))
        p.canonical = _canonical(p, alone, syllable_counts)
    for entry in meta_people or []:
        name = str(entry.get("name", ""))
        key = name_key(name.split())
        for p in found:
            if p.canonical.key == key or any(name_key(a.split()) == p.canonical.key for a in entry.get("aliases", [])):
                p.metadata = name
    found.sort(key=lambda p: (p.mentions[0].block.start, p.mentions[0].start))
    return found


def unaffected_by(dropped: list[Mention]) -> bool:
    """Whether people() of a list of mentions without `dropped` can only be the same as with them (before
    same_without, which needs the people): each dropped mention is one word outside the running text that
    makes no word a thing or a title and marks no character.

    A one-word mention is never a full name, so it starts or joins no person; it counts only through the
    things, titles and characters it marks, the running text's one-word uses and the syllable counts.
    """
    return all(len(m.words) == 1 and m.block.kind not in BODY_KINDS and not m.character
               and not (m.thing and not m.quoted_title)
               and not (_after_article(m) and not slash_pair(m.block.text, m.start, m.end)) for m in dropped)


def same_without(dropped: list[Mention], found: list[Person]) -> bool:
    """Whether people() without the mentions `dropped` (unaffected_by them) is `found`, people() with them.

    The syllables of every mention are counted only to break a tie between an East Asian person's spellings
    (_habit): a dropped mention may change the count of none of their syllables.
    """
    at_stake = {x for p in found if p.east_asian for m in p.mentions for x in syllables(m.words)}
    return not at_stake or all(at_stake.isdisjoint(syllables(m.words)) for m in dropped)


def thing_keys(mentions: list[Mention]) -> frozenset[str]:
    """Names the article uses as a title, band or event somewhere: none of their mentions is a person."""
    # A one-word title in quotes (the album ‘Jay’) says nothing about the same word elsewhere
    # ("Jay's physical transition"); one named by its noun ("band Kasabian", "biopic Ray") does.
    return frozenset(m.key for m in mentions if m.thing and (len(m.words) > 1 or not m.quoted_title))


def is_child(p: Person, children: set[str] | frozenset[str] = frozenset()) -> bool:
    """Named with an age under 18 somewhere, in full or by the given name alone (`children`, the keys of one-word
    mentions with a child's cue): a child is called by the given name (GOLD-GUIDELINES: adults)."""
    return (not p.east_asian and name_key(p.given[:1]) in children) or any(
        child_age(m.block.text, m.start, m.end) for m in p.mentions)


def _not_a_name(words: tuple[str, ...], data: NameData) -> bool:
    """'Edinburgh Lectures', 'Back Stabbers': a plural noun after a word that is no given name; 'Running Man',
    'Breaking Bad': a title opening with an ordinary participle that is no given name ("Sterling", "Channing" are)."""
    last, first = words[-1], words[0]
    if len(first) >= 6 and first.endswith("ing") and first.lower() in data.common and first not in data.given_names:
        return True
    return (last.endswith("s") and (last.lower() in data.common or last[:-1].lower() in data.common)
            and words[0] not in data.given_names and words[0] not in data.families)


def _habit(words: tuple[str, ...], against: tuple[str, ...], p: Person, counted: Counter[str]) -> int:
    """How often the article writes this spelling's own syllables (those the other lacks) outside this person."""
    odd = set(syllables(words)) - set(syllables(against))
    own = Counter(x for m in p.mentions for x in syllables(m.words) if x in odd)
    return sum(counted[x] - own[x] for x in odd)


def _canonical(p: Person, count_alone: Callable[[], Counter[str]],
               syllable_counts: Callable[[], Counter[str]] | None = None) -> Mention:
    """The first full mention in the body, unless the body's own family-name references spell it another way.

    "Jung Woo-sung" once in the body, but "JEONG" alone three times and "JEONG Woo-seong" in
    the headline: the body's consistent form is JEONG, so the odd one is "Jung Woo-sung".
    """
    if len(p.mentions) == 1 or all(m.words == p.mentions[0].words for m in p.mentions):
        return next((m for m in p.mentions if m.block.kind in BODY_KINDS), p.mentions[0])  # one spelling: any will do
    # Never an all-caps form (a promo line, "BONNER BOLTON") or a quoted one while the running text has another.
    plain = [m for m in p.mentions if not m.text.isupper() and not in_speech(m) and not lede_capitals(m)] or p.mentions
    body = [m for m in plain if m.block.kind in BODY_KINDS]
    first = (body or plain)[0]
    # A first mention with a letter the body writes otherwise at least twice is a typo: the body's form is
    # canonical ("Terese Giudice", then "Teresa Giudice" in each list item).  Spacing, hyphens and case are
    # no typo: "Cha Eun Woo" first stays canonical before "Cha Eunwoo" three times (gold-dev k26).
    counts = Counter(m.words for m in body)
    usual = max(body, key=lambda m: counts[m.words]) if body else first
    if counts[first.words] == 1 and counts[usual.words] >= 2 and usual.key != first.key:
        first = usual
    # Lines under photos and list items count here too ("Kim Sun Young" under a category); headlines do not.
    lines = [m for m in plain if m.block.kind != "headline"]
    tally = Counter(m.words for m in lines)
    forms = list(tally)
    if p.east_asian and len(forms) == 2 and tally[forms[0]] == tally[forms[1]] and first.words in forms \
            and syllable_counts is not None:
        # Two spellings as often each ("Choi Jun Yoon", then "Choi Jung Yoon"): the one whose odd syllable the
        # article writes in other people's names too ("Lee Min Jung", "Jung Yumi") follows its romanisation.
        other = forms[1] if first.words == forms[0] else forms[0]
        if _habit(other, first.words, p, syllable_counts()) > _habit(first.words, other, p, syllable_counts()):
            first = next(m for m in lines if m.words == other)
    at = 0 if p.east_asian else -1
    spellings = {m.words[at] for m in p.mentions}
    if len(spellings) < 2:
        return first
    alone = count_alone()
    best = max(plain, key=lambda m: (alone[m.words[at]], m is first))
    return best if alone[best.words[at]] > alone[first.words[at]] else first


_AFTER_ARTICLE = LazyPattern(r"(?:\b(?:the|The|La|Le|Les|El|Los)\s+)$")
# Before a full name: "the Golden Globes", "an Edinburgh Lectures discussion" (not "the late Whitney Houston").
_ARTICLES = LazyPattern(r"(?:\b(?:the|The|an|An|a)\s+)$")


def _after_article(m: Mention, pattern: LazyPattern = _AFTER_ARTICLE) -> bool:
    """'the Tate', 'La Fenice': a word used as a place or a thing."""
    text = m.block.text
    # Both patterns end in white space: a mention opening its block or after a mark follows no article.
    return m.start > 0 and text[m.start - 1].isspace() and bool(pattern.search(text[max(0, m.start - 5) : m.start]))


_Canon = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _canon(p: Person, data: NameData) -> _Canon:
    """A person's canonical key, syllables (as written and sorted) and sounds (as written and sorted)."""
    c = p.canonical
    other = _sound_words(c.words, data)
    return c.key, syllables(c.words), sorted_syllables(c.words), other, tuple(sorted(other))


class _PeopleIndex:
    """The people found so far, indexed by every form _match compares, so a full mention is compared with the
    few people that share one (in the order found) instead of with everyone: people() was quadratic.

    One dict holds every kind of form: a string or tuple of one kind equal to one of another only adds a
    candidate, and every candidate is compared in full.  A person's canonical mention is fixed while
    clustering, so its forms are worked out once, when it is added.
    """

    def __init__(self) -> None:
        self.forms: list[_Canon] = []
        self._at: dict[object, list[int]] = {}

    def add(self, p: Person, forms: _Canon) -> None:
        i = len(self.forms)
        self.forms.append(forms)
        canon_key, canon, canon_sorted, other, other_sorted = forms
        at = self._at
        keys: list[object] = [canon_key, canon_sorted, other, other_sorted]
        if len(canon) > 2:  # prefixes (truncated East Asian names too) and suffixes; two words are the whole
            keys += [part for k in range(2, len(canon)) for part in (canon[:k], canon[-k:])]
        if len(canon) >= 2:
            keys.append(canon)
        if other:  # _close: the same first sound, or the same other sounds
            keys += [other[0], (len(other), other[1:])]
        for k in keys:
            found = at.get(k)
            if found is None:
                at[k] = [i]
            elif found[-1] != i:
                found.append(i)

    def candidates(self, key: str, words: tuple[str, ...], in_order: tuple[str, ...], sounds: tuple[str, ...],
                   sounds_sorted: tuple[str, ...]) -> list[int]:
        """Indexes of the people that could match or be close (a superset of them), in the order found."""
        at = self._at
        keys: list[object] = [key, in_order, sounds, sounds_sorted]
        if len(words) >= 2:
            keys.append(words)  # truncated; a prefix or suffix of a longer name; the same name
        if len(words) > 2:
            keys += [part for k in range(2, len(words)) for part in (words[:k], words[-k:])]  # a shorter name
        if len(key) >= 6 and sounds:  # _close
            keys += [sounds[0], (len(sounds), sounds[1:])]
        hits: set[int] = set()
        for k in keys:
            found = at.get(k)
            if found is not None:
                hits.update(found)
        return sorted(hits)


def _match(m: Mention, found: list[Person], data: NameData, index: _PeopleIndex) -> Person | None:
    """The person this full mention names: the same name, or a variant close to one person only.

    Only the people the index offers are compared: any other shares no form with the mention, so it
    neither matches nor is close.
    """
    key = m.key
    words = syllables(m.words)
    in_order = tuple(sorted(words))
    sounds = _sound_words(m.words, data)
    sounds_sorted = tuple(sorted(sounds))
    close: list[Person] = []
    for i in index.candidates(key, words, in_order, sounds, sounds_sorted):
        p = found[i]
        canon_key, canon, canon_sorted, other, other_sorted = index.forms[i]
        if canon_key == key or canon_sorted == in_order:
            return p  # same letters, or the same words in another order ("Hye Kyo Song")
        if _plural_of(key, canon_key):
            continue  # "Golden Globes" and "Golden Globe": a thing, not a misspelt person
        if p.east_asian and len(words) >= 2 and words == canon[: len(words)] and len(words) < len(canon):
            return p  # truncated ("Son Heung" for "Son Heung-min")
        shorter, longer = sorted((words, canon), key=len)
        if not p.east_asian and len(shorter) >= 2 and shorter in (longer[-len(shorter):], longer[: len(shorter)]):
            return p  # a title word left in front ("Novelist Arthur Hailey"), a married name added ("Kim Kardashian West")
        if sounds == other or sounds_sorted == other_sorted:
            return p  # a romanisation variant ("JEONG Woo-seong", "Jung Woo-sung")
        if _close(key, sounds, canon_key, other, data):
            close.append(p)
    return close[0] if len(close) == 1 else None  # close to two people: no guess


@lru_cache(maxsize=65536)
def _sound_words(words: tuple[str, ...], data: NameData) -> tuple[str, ...]:
    return tuple(sound(s, data.equivalents) for s in syllables(words))


def _plural_of(a: str, b: str) -> bool:
    return a == b + "s" or b == a + "s" or a == b + "es" or b == a + "es"


def _close(key: str, sounds: tuple[str, ...], other_key: str, other: tuple[str, ...], data: NameData) -> bool:
    """A typing or transliteration variant: "Ahn Bo Huyn", "Arjit Singh" for "Arijit Singh"."""
    if len(key) < 6:
        return False
    if sounds[0] == other[0]:
        return similarity("".join(sounds), "".join(other)) >= 88
    # Another first word: the rest the same, and one letter apart ("Arjit", "Arijit").
    return len(sounds) == len(other) and sounds[1:] == other[1:] and one_edit(sounds[0], other[0])
