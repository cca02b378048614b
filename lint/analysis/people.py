"""People in an article: name mentions, who they refer to, and how they depart from the first full mention.

No model and no download: a mention is a run of capitalised words, cut where a
word is an ordinary English word (rules/_data/common-words.txt), an honorific,
or a word that names an organisation or place (rules/_data/names.toml).  A
name that starts with an East Asian family name and continues with one or two
romanised syllables ("Lee Je Hoon", "Son Heung-min", "Jo Yuri") is read family
name first.  Full names (two words or more) become people; shorter mentions are
matched to them as given-name or family-name references.  rapidfuzz finds
romanisation and typing variants ("Ahn Bo Huyn" for "Ahn Bo Hyun").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from .. import cache
from ..document import Block, Document
from ..errors import RuleFileError
from ..resources import data_text
from .namecontext import initials_as_names
from .clipped_names import slash_pair, tied_by_text
from .namecontext import PLAYED_BY_WORDS, age_after, child_age, not_a_short_name, played_by_after, role_in_title_after, \
    shares_surname_after, single_quote_open, speaker_label, web_address_at
from .namefold import fold, one_edit, similarity, sound
from .things import ThingCues, compile_cues, quoted_titles, title_spans
from .casefold import FoldedPattern
from ..tomlcompat import tomllib
from ..patterns import LazyPattern

DEFAULT_DATA = "_data/names.toml"
COMMON_WORDS = "_data/common-words.txt"
GIVEN_NAMES = "_data/given-names.txt"
WORLD_GIVEN_NAMES = "_data/world-given-names.txt"  # nam_dict.txt, GNU FDL: see the file's header



# Capitals (and small letters) of the Latin, Greek and Cyrillic scripts, as ranges: Python's re has
# no \p{Lu}, and a class listing each capital takes 10 ms per pattern to compile.  The extended blocks
# mix capitals and small letters, so a run's first letter is checked with str.isupper in extract.
_EXTENDED = "Ā-ɏͰ-ϿЀ-ӿḀ-ỿ"
_UP = f"[A-ZÀ-ÖØ-Þ{_EXTENDED}]"
_LOW = f"[a-zß-öø-ÿ{_EXTENDED}]"
_L = r"[^\W\d_]"
# A word: a capital, letters, hyphens, an inner apostrophe before a capital ("O’Brien") or in a
# contraction ("Didn’t"), and a possessive when no letter follows ("James’", "Aespa’s").
# "Aespa'a" stops at the apostrophe: a typo for a possessive, found by broken_possessives.
_INNER = rf"(?:['’](?:{_UP}{_L}+|(?:t|ll|re|ve|d|m)(?!{_L})))"
_WORD_TAIL = rf"{_L}*{_INNER}*(?:[-‐]{_L}+{_INNER}*)*(?:['’]s?(?!{_L}))?"
_TOKEN = rf"(?:{_UP}{_WORD_TAIL})"
# The look-behind sits after the first capital, so re can skip through the text to capitals.
# Lower-case particles inside a name: "Theo van Gogh", "Ursula von der Leyen", "Paulo da Silva".
_PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "ter", "bin", "binti",
              "al", "el", "la", "le")
PARTICLES = frozenset(_PARTICLES)
_PARTICLE = rf"(?:(?:{'|'.join(_PARTICLES)}) (?:(?:der|den|de|la) )?)"
# An apostrophe before a capital is inside a word ("O'Brien") only after a letter: "drama 'Bhul Bojha'" opens a quote.
_RUN = LazyPattern(rf"{_UP}(?<![\w@#-]{_UP})(?<!\w['’]{_UP}){_WORD_TAIL}(?: {_PARTICLE}?{_TOKEN})*")
_PAIR = LazyPattern(r"(.+?)[-‐]([A-Z][a-z]+)$")
_GROUP_NOUN = LazyPattern(r"(?:ians|ans|ers|ists|ites|ees)$")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_SYLLABLE = r"(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiou]{1,3}(?:ng|n|m|k|l|p|t|r|h(?![aeiou]))?)"
_ROMANISED = LazyPattern(rf"{_SYLLABLE}{{1,2}}", re.IGNORECASE)
_ONE_SYLLABLE = LazyPattern(_SYLLABLE, re.IGNORECASE)


@dataclass(frozen=True, eq=False)  # hashed by identity: a cache key for _split_run
class NameData:
    families: frozenset[str]
    character_cues: FoldedPattern
    parallel_cues: FoldedPattern
    casting: FoldedPattern  # any character cue, anywhere in a sentence
    name_talk: FoldedPattern
    honorifics: frozenset[str]
    not_people: frozenset[str]
    stopwords: frozenset[str]
    common: frozenset[str]
    adjective_suffix: re.Pattern[str]
    given_names: frozenset[str]
    equivalents: tuple[tuple[str, str], ...] = ()  # transliteration equivalences, applied in order
    things: ThingCues | None = None  # context that makes a name a title, band or event
    census_given: frozenset[str] = frozenset()  # the US census names alone: Western given names
    cue_words: frozenset[str] = frozenset()  # first words of the character and name-talk cues
    character_words: frozenset[str] = frozenset()  # first words of the character cues alone
    title_words: frozenset[str] = frozenset()  # first words of the work and group nouns, and their plurals
    short_form_places: FoldedPattern = FoldedPattern(r"(?!)")
    trailing_surnames: frozenset[str] = frozenset()  # "West" ends "Kanye West" but starts "West Hollywood"
    royal_titles: frozenset[str] = frozenset()  # "Prince William": the given name is the whole name
    relation_before: FoldedPattern = FoldedPattern(r"(?!)")  # a kinship or role noun ending just before a name
    diminutive_endings: tuple[str, ...] = ()  # "ie" of "Angie" for Angelina


def name_data(name: str = DEFAULT_DATA) -> NameData:
    # One cache entry whether the default is passed or left out: credit_source's name_data() and the names
    # rules' name_data(DEFAULT_DATA) read the files once, and share one NameData (and _split_run's cache).
    return _name_data(name)


@lru_cache(maxsize=4)
def _name_data(name: str) -> NameData:
    try:
        data, common, census, given = cache.derived("names-data-8", [name, COMMON_WORDS, GIVEN_NAMES, WORLD_GIVEN_NAMES],
                                                    lambda: _read(name), lambda v: isinstance(v, tuple) and len(v) == 4)
    except (OSError, ValueError) as error:
        raise RuleFileError(f"cannot load name data {name!r}: {error}") from None
    families = data.get("east_asian_family_names", [])
    return NameData(
        # Capitalised-surname house style ("JEONG Woo-seong", "KIM is the director"); two-letter
        # forms stay out, as "AN", "OH" and "DO" are words in all-caps lines.
        frozenset(families) | frozenset(f.upper() for f in families if len(f) >= 3),
        # No "by" anywhere between: "<verb of playing> <adverb> by <name>" names the actor, not a character.
        _cue(data.get("character_cues", []), r"\s+(?!by\b)(?:the\s+)?(?:(?!by\b)[\w-]+\s+){0,2}$"),
        _cue(data.get("parallel_character_cues", []), r"\s+$"),
        _cue(data.get("character_cues", []), r"\b(?!\s+by\b)"),
        _cue(data.get("name_talk_cues", []), r"(?:\s+(?:is|was))?\s+$"),
        frozenset(h.rstrip(".") for h in data.get("honorifics", [])),
        frozenset(data.get("not_people", [])) | frozenset(data.get("nationalities", [])),
        frozenset(data.get("stopwords", [])),
        common,
        # Any participle after the hyphen too: "a Kylie Jenner-revealed secret", "Beyoncé-approved".  Five
        # letters or more, so a hyphened given-name syllable ("Xiao-ming") is none.
        re.compile(r"[-‐](?:" + "|".join(re.escape(x) for x in data.get("adjective_suffixes", ["(?!)"]))
                   + r"|[a-z]{3,}(?:ed|ing))$",
                   re.IGNORECASE),
        given,
        tuple((str(a), str(b)) for a, b in data.get("spelling_equivalents", [])),
        compile_cues(tuple(data.get("work_nouns", [])), tuple(data.get("group_nouns", [])),
                     tuple(data.get("role_nouns", []))),
        census_given=census,
        short_form_places=_cue(data.get("short_form_places", []), r"\b"),
        trailing_surnames=frozenset(data.get("trailing_surnames", [])),
        royal_titles=frozenset(data.get("royal_titles", [])),
        diminutive_endings=tuple(data.get("diminutive_endings", [])),
        relation_before=_cue(data.get("relation_nouns", []) + data.get("role_nouns", []), r"(?:['’]s)?,?\s+$"),
        cue_words=_first_words(data.get("character_cues", []) + data.get("name_talk_cues", [])),
        character_words=_first_words(data.get("character_cues", [])),
        title_words=_first_words(data.get("work_nouns", []) + data.get("group_nouns", []), plural=True),
    )


def _first_words(phrases: list[str], plural: bool = False) -> frozenset[str]:
    """What a block's word index must hold for a cue to be worth looking for: its first word past an
    article, so that "the role of" waits for "role" rather than for every "the"."""
    firsts = {_past_article(p.lower().split()) for p in phrases if p.strip()}
    return frozenset(firsts | {f + "s" for f in firsts}) if plural else frozenset(firsts)


def _past_article(words: list[str]) -> str:
    return words[1] if len(words) > 1 and words[0] in ("the", "a", "an") else words[0]


def _read(name: str) -> tuple[dict[str, Any], frozenset[str], frozenset[str], frozenset[str]]:
    """The name data file, parsed, and the common-word and given-name lists as sets (cached: 10 ms to read)."""
    def words(text: str) -> frozenset[str]:
        return frozenset(w for w in text.split() if not w.startswith("#"))

    census = words(data_text(GIVEN_NAMES))
    return tomllib.loads(data_text(name)), words(data_text(COMMON_WORDS)), census, census | words(data_text(WORLD_GIVEN_NAMES))


def _cue(words: list[str], tail: str) -> FoldedPattern:
    """Cue words that end just before a mention (tail says what may sit between)."""
    if not words:
        return FoldedPattern(r"(?!)")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return FoldedPattern(rf"\b(?:{alternatives}){tail}")


@dataclass(eq=False)  # compared by identity; not frozen: a frozen dataclass's __init__ costs twice as much
class Mention:
    """A run of name words in one block: its words, where it is, and what precedes it."""

    block: Block
    start: int
    end: int
    words: tuple[str, ...]
    character: bool = False  # introduced as a fictional character ("plays Gyu Nam")
    thing: bool = False  # a title, band or event by its context ("the film Vera Drake")
    quoted_title: bool = False  # marked as a title by quotes alone (the album ‘Jay’), or only a word of one
    glued: Mention | None = None  # the next name, glued on by a scraper ("Ranbir KapoorAlia Bhatt")

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @cached_property
    def key(self) -> str:
        return name_key(self.words)


def name_key(words: tuple[str, ...] | list[str]) -> str:
    """Spelling-insensitive key: case, spaces and hyphens folded ("Lee Je-hoon" == "Lee Je Hoon")."""
    return _key(tuple(words))


@lru_cache(maxsize=65536)
def _key(words: tuple[str, ...]) -> str:
    return fold(" ".join(words))


@lru_cache(maxsize=65536)
def _syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.lower() for w in words for p in _HYPHEN.split(w) if p)


def syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return _syllables(tuple(words))


@lru_cache(maxsize=65536)
def _sorted_syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(_syllables(words)))


# Look-behinds sit after the first character, so re can skip through the text to candidates.
_LOWER_WORD = LazyPattern(rf"{_LOW}(?<![\w'’-]{_LOW})(?:{_LOW}|['’-])*")
_SINGLE_QUOTED = LazyPattern(r"[‘'](?<!\w[‘'])[^’'\n]{1,80}[’'](?![a-z])")
_HYPHEN = LazyPattern(r"[-‐]")
_POSSESSIVE = LazyPattern(r"['’]s?$")


@dataclass
class Person:
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


def extract(doc: Document, data: NameData, scopes: tuple[str, ...]) -> list[Mention]:
    """Name mentions in reading order, with leading function words and honorifics removed."""
    lower_words = _lower_words(doc)
    blocks = list(doc.blocks_in(scopes))
    runs = [list(_RUN.finditer(_unglued(b.text, data) if _GLUED.search(b.text) else b.text)) for b in blocks]
    initials = initials_as_names(b.text for b in blocks if b.kind in _BODY or b.kind == "headline")
    proper = _proper_words(blocks, runs, data, lower_words) | initials
    found: list[Mention] = []
    for block, block_runs in zip(blocks, runs):
        text = block.text
        names_here = proper if block.kind in _BODY else initials
        index = block.word_index  # shared with the lexicons: cues are looked for only where their words are
        cues = sorted(at for w in data.cue_words.intersection(index) for at in index[w])
        casting = bool(cues) and not data.character_words.isdisjoint(index)
        played = not PLAYED_BY_WORDS.isdisjoint(index)
        titles = _title_ranges(block, data, [at for w in data.title_words.intersection(index) for at in index[w]])
        here: list[Mention] = []
        for m in block_runs:
            if (_plain_word(m[0], data) and _bare(m[0]).lower() not in names_here) or not m[0][0].isupper():
                continue
            for a, b in _split(text, m.start(), m.end(), data, lower_words, names_here):
                near = bool(cues) and _near(cues, a - 40, a)
                before = text[max(0, a - 40) : a] if near or casting else ""  # read only by the cue patterns
                if near and data.name_talk.search(before):
                    continue
                span = text[a:b]
                tokens = span.split(" ")
                words = tuple(_bare(w) for w in tokens) if "'" in span or "’" in span else tuple(tokens)
                end = b - (len(tokens[-1]) - len(words[-1]))
                character = (near and data.character_cues.search(before)) or (
                    casting and data.parallel_cues.search(before) and data.casting.search(_sentence_before(text, a))) \
                    or (played and played_by_after(text, end)) or (text[a - 3 : a] == "as " and role_in_title_after(text, end))
                # Only a word of a longer title ("Kylie" in "reality show, Life of Kylie") says nothing of
                # the same word elsewhere, as with a quoted title: "Kylie’s new show" is still Kylie Jenner.
                inside = [q or (ta < a and bool(_INNER_TITLE_WORD.search(text, max(ta, a - 6), a)))
                          for ta, tb, q in titles if ta <= a < tb] if titles else []
                if a and text[a - 1] == "'" and not any(inside):
                    continue  # a straight quote opens speech as often as a title: only a quoted title's name is read
                here.append(Mention(block, a, end, words, bool(character), bool(inside), any(inside)))
        if "(" in text:
            _cast_in_brackets(here)
        if " [" in text:
            here = _completed_in_brackets(block, here, data)
        found.extend(_things_by_neighbours(here, data) if here and data.things else here)
    found = _unjoined(found, data) if any(_JOIN.search(m.text) for m in found) else found
    if any(len(m.words) >= 3 for m in found):
        found = [_unrepeated(m) for m in found]
    return _with_initials(_cut_at_known_names(found, data), data)


_CAMEL = LazyPattern(r"(?<=[a-z])(?=[A-Z])")


def _unrepeated(m: Mention) -> Mention:
    """'Ethan ShiEthan Shi Ethan Shi': a photo's alt text, title and caption printed one after another by a scraper
    repeat one name; the name is the first of them, and the rest is no spelling of it."""
    if len(m.words) < 3:
        return m
    parts = [p for w in m.words for p in _CAMEL.split(w)]
    for n in range(1, len(parts) // 2 + 1):
        if len(parts) % n == 0 and parts == parts[:n] * (len(parts) // n):
            first = " ".join(parts[:n])
            if n >= 2 and m.text.startswith(first):
                return replace(m, end=m.start + len(first), words=tuple(parts[:n]))
            return m
    return m


# "O.J. Simpson", "J.K. Rowling": initials with dots, then a capitalised name; not "the U.S." before a name, not
# a middle initial ("George R.R. Martin") or a sentence end inside a name ("Washington D.C. Simpson").
# South Indian names space their initials: "S. S. Rajamouli", "A. R. Rahman".
_INITIALS_BEFORE = LazyPattern(r"(?<![\w.’'-])((?:[A-Z]\. ?){0,2}[A-Z]\.) $")
_AFTER_INITIALS = LazyPattern(r"(?:\b(?:the|The)|[A-Z][^\W\d_]*) $")
_CAPITAL_AFTER = LazyPattern(r" [A-Z]")  # not after a possessive: "S. S. Rajamouli's Eega" is his film


def _with_initials(found: list[Mention], data: NameData) -> list[Mention]:
    """A name after initials with dots takes them as its given name: 'O.J. Simpson' is a full name, so "Simpson"
    alone is ambiguous beside Nicole Brown Simpson (heldout/D cl121)."""
    out: list[Mention | None] | None = None
    for i, m in enumerate(found):
        if len(m.words) > 2 or m.start < 3 or m.block.text[m.start - 2] != "." or m.words[0] in data.families:
            continue
        text = m.block.text
        initials = _INITIALS_BEFORE.search(text, max(0, m.start - 8), m.start)
        if initials is None or _AFTER_INITIALS.search(text, max(0, initials.start() - 12), initials.start()) \
                or _CAPITAL_AFTER.match(text, m.end):
            continue  # "J.P. Morgan Asset & Wealth Management": a firm's name goes on
        out = list[Mention | None](found) if out is None else out
        out[i] = replace(m, start=initials.start(), words=(initials[1], *m.words))
        for j in range(i - 1, max(-1, i - 4), -1):  # an initial read as a name of its own ("O")
            if found[j].block is m.block and found[j].start >= initials.start():
                out[j] = None
    return found if out is None else [m for m in out if m is not None]


def _cut_at_known_names(found: list[Mention], data: NameData) -> list[Mention]:
    """'Ben Affleck Jen Garner Getty Images': a caption lists two people in one run.  A run that starts with
    another mention's whole name and goes on with a given name is cut after that name (heldout/D cf150)."""
    long = [m for m in found if len(m.words) >= 3]
    if not long:
        return found
    names = {m.words for m in found if 2 <= len(m.words) <= 3}
    out: list[Mention] = []
    for m in found:
        k = next((k for k in range(2, len(m.words)) if m.words[:k] in names and m.words[k] in data.given_names
                  and m.words[k - 1] not in PARTICLES), 0) if len(m.words) >= 3 and m.words[0] not in data.families else 0
        if not k:
            out.append(m)
            continue
        cut = m.start + len(" ".join(m.text.split(" ")[:k]))
        out.append(replace(m, end=cut, words=m.words[:k], glued=None))
        out.append(replace(m, start=cut + 1, words=m.words[k:]))
    return out


# A title word before a name inside a title ("Life of Kylie", "Keeping Up with the Kardashians"); not a list's
# "and" ("hits Day of the Jackal and Edward and Mrs Simpson": Edward starts the next title).
_INNER_TITLE_WORD = LazyPattern(r"\b(?:of|the|with|for|to|about|from)\s+$")


def _cast_in_brackets(here: list[Mention]) -> None:
    """'Lee Eunsoo (Han Sohee) is a lyricist': a character and, in brackets, the actor who plays the part.

    Cast lists in drama and film copy name the character first; the character is left out like
    one introduced by "plays".  Only a full name alone in the brackets counts ("Alia Bhatt (29)" does not).
    """
    for m, nxt in zip(here, here[1:]):
        text = m.block.text
        if len(m.words) >= 2 and len(nxt.words) >= 2 and text[m.end : nxt.start] == " (" and \
                text[nxt.end : nxt.end + 1] == ")" and not set(syllables(m.words)) & set(syllables(nxt.words)):
            m.character = True  # no word shared: "Zanilia Zhao (Zhao Li Ying)" glosses a real name


@lru_cache(maxsize=1)
def _completed() -> re.Pattern[str]:
    """A name word, then the rest of the name in brackets: compiled on first use, as it costs 3 ms at start-up
    and only a paragraph with " [" needs it."""
    return re.compile(rf"({_TOKEN}) \[({_TOKEN}(?: {_TOKEN}){{0,2}})\]")


def _completed_in_brackets(block: Block, here: list[Mention], data: NameData) -> list[Mention]:
    """'Taylor [Swift] being stalked', 'Kim and Kris [Jenner] want': an editor's brackets complete the name in a
    quotation, so the speaker's short form names the person in full (and stays the speaker's: in_speech)."""
    out = list(here)
    for m in _completed().finditer(block.text):
        first, rest = _bare(m[1]), m[2].split(" ")
        if first in data.stopwords or any(w in data.not_people or w in data.stopwords for w in rest) or (
                first not in data.given_names and any(w.lower() in data.common for w in rest)):
            continue  # "[Applause]", "[Laughs]" after a word are stage directions
        out = [x for x in out if not m.start() <= x.start < m.end()]
        out.append(Mention(block, m.start(), m.end(), (first, *rest)))
    return sorted(out, key=lambda x: x.start)


# Where two names meet inside one word: glued by a scraper ("KapoorAlia") or joined by a hyphen in
# a headline's pairing ("Prabhas-Hanu").  Each half must be a name word of the article elsewhere.
_JOIN = LazyPattern(rf"(?<=[a-z]{{3}})(?={_UP}[a-z]{{2}})|(?<=[a-z])[-‐](?={_UP}[a-z])")


def _unjoined(found: list[Mention], data: NameData) -> list[Mention]:
    """Cut 'Ranbir KapoorAlia Bhatt' into 'Ranbir Kapoor' and 'Alia Bhatt', and 'Prabhas-Hanu' into two names,
    when the article writes each half apart; 'McDonald', 'YouTube' and 'Jae-Wook' stay whole."""
    whole = [m for m in found if not _JOIN.search(m.text)]
    known = {w for m in whole for w in m.words}
    firsts = {m.words[0] for m in whole} - {m.words[-1] for m in whole if len(m.words) > 1}
    out: list[Mention] = []
    for m in found:
        web = web_address_at(m.block.text, m.end)  # "RadarOnline.com": an address, not two names
        cut = _JOIN.search(m.text) if not m.thing and not m.character and not web else None
        if cut is None:
            out.append(m)
            continue
        at = cut.start()
        glued = cut.end() == at  # no hyphen between the halves
        left, right = m.text[:at].split(" "), _POSSESSIVE.sub("", m.text[cut.end():]).split(" ")
        east = m.words[0] in data.families and bool(_ROMANISED.fullmatch(right[0]))  # "Lee Jae-Wook"
        # Glued halves: one of them named apart is enough ("Farhan Ahmed JovanKhairul Alam Sabuj"); a
        # hyphen is part of many names ("Smith-Jones"), so both halves must be names of their own.
        # A hyphen joins two names only at the start ("Prabhas-Hanu: ...", not "Maddox Jolie-Pitt") and
        # only names that are no family names: given names and one-word names.
        seen = (left[-1] in known) + (right[0] in known) if glued else \
            2 * (len(left) == 1 and left[0] in firsts and right[0] in firsts)
        if east or seen < (1 if glued else 2):
            out.append(m)
            continue
        second = replace(m, start=m.start + cut.end(), words=tuple(right))
        out.append(replace(m, end=m.start + at, words=tuple(left), glued=second if glued else None))
        out.append(second)
    return out


# Three small letters, then a capital and a small letter.  Matched from the capital, so re skips through the text
# to capitals instead of trying every small letter.
_GLUED = LazyPattern(rf"{_UP}(?<=[a-z]{{3}}{_UP})(?=[a-z])")
_GLUED_WORD = LazyPattern(rf"\b([a-z]{{3,}})(?={_UP}[a-z])")


def _unglued(text: str, data: NameData) -> str:
    """'imagesOprah Winfrey': a caption word glued to a name by a scraper, cut off (same length, same offsets)."""
    def cut(m: re.Match[str]) -> str:
        word = m[1]
        return word[:-1] + " " if word in data.common else word

    return _GLUED_WORD.sub(cut, text)


def _things_by_neighbours(here: list[Mention], data: NameData) -> list[Mention]:
    """Mark names that qualify the next one ("Franz Ferdinand frontman Alex Kapranos") or carry credits."""
    assert data.things is not None
    cues = data.things
    out = list(here)
    for i, m in enumerate(here):
        if m.thing:
            continue
        text = m.block.text
        nxt = here[i + 1] if i + 1 < len(here) else None
        between = text[m.end : nxt.start] if nxt else ""
        # "Franz Ferdinand's Alex Kapranos": a group's member, named by a known given name; not
        # "Karan Johar's Kabhi Khushi Kabhi Gham", a person's film.
        qualifies = nxt is not None and len(nxt.words) >= 2 and (cues.role_between.fullmatch(between) or (
            len(m.words) >= 2 and cues.possessive_between.fullmatch(between) and nxt.words[0] in data.given_names
            and m.words[0] not in data.given_names))
        if qualifies or cues.credits_after.match(text, m.end):
            out[i] = replace(m, thing=True)
    return out


def _plain_word(run: str, data: NameData) -> bool:
    """A lone capitalised ordinary word ("The", "But", "Critics'"): _split would drop it whatever its context."""
    if " " in run or "-" in run or "‐" in run:
        return False
    word = _bare(run)
    return word.lower().replace("’", "'") in data.common and word not in data.families


def _sentence_before(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start:at] + " "


def _lower_words(doc: Document) -> frozenset[str]:
    # One scan of the blocks joined: a line break starts and ends a word as a block's edges do.
    return frozenset(_LOWER_WORD.findall("\n".join(block.text for block in doc.blocks)))


def _near(positions: list[int], start: int, end: int) -> bool:
    """A cue word starts in [start, end)."""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _title_ranges(block: Block, data: NameData, starts: list[int]) -> list[tuple[int, int, bool]]:
    """Spans that are titles or group names, and whether quotes mark them: in single quotes (‘Escape’),
    in double quotes in Title Case ("Love Train"), or named after a work or group noun ("the film Vera Drake")."""
    speech = block.quotations
    out = []
    for m in _SINGLE_QUOTED.finditer(block.text):
        if not any(a <= m.start() < b for a, b in speech):
            out.append((m.start(), m.end(), True))
    if speech:
        out.extend((a, b, True) for a, b in quoted_titles(block.text, speech))
    if starts and data.things is not None:
        out.extend((a, b, False) for a, b in title_spans(block.text, data.things, sorted(starts)))
    return out


def _split(text: str, start: int, end: int, data: NameData, lower_words: frozenset[str],
           proper: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Cut a capitalised run into name candidates at ordinary words, honorifics and organisation words."""
    if start > 1 and text[start - 2].isdigit() and text[start - 1] == " ":
        start = _past_unit(text, start, end, data)
        if start >= end:
            return []
    run = text[start:end]
    sentence_start = _sentence_initial(text, start)
    # The article's lower-case words matter only for a run's first word at a sentence start.
    first_known = sentence_start and _first_plain(run, data) in lower_words
    # "Taylor Swift was moved to tears" (heldout/F cl088): at a sentence start, a given name and a word that the
    # article never writes in lower case, though the word lists have both ("taylor", "swift"), are a name.
    # Only after a full stop or at the block's start: "(Ginger Spice)" (celebrity-news/fake 139) is a nickname.
    both_unwritten = sentence_start and not first_known and " " in run and _after_stop(text, start) and \
        _bare(run.split(" ", 2)[1]).lower() not in lower_words
    names = _names_in(run, proper) if proper else _NO_NAMES
    return [(start + a, start + b) for a, b in _split_run(run, sentence_start, first_known, data, names,
                                                          both_unwritten)]


_NO_NAMES: frozenset[str] = frozenset()
_UNIT = LazyPattern(r"[A-Za-z]{1,3}\.?(?: |$)")


def _past_unit(text: str, start: int, end: int, data: NameData) -> int:
    """Where a run starts past a unit or clock word after a number: "135 Cr Karnataka", "8 PM Bangla news"
    (crores, time of day) are figures, not a given name; "2017 Tom Hanks" keeps its name."""
    unit = _UNIT.match(text, start, end)
    if unit is None or _bare(unit[0].strip()) in data.given_names:
        return start
    return unit.end() if unit[0].endswith(" ") else end


def _names_in(run: str, proper: frozenset[str]) -> frozenset[str]:
    """The run's words (as written, and without a possessive) that the article writes only as names."""
    if "'" not in run and "’" not in run and proper.isdisjoint(run.lower().split(" ")):
        return _NO_NAMES  # most runs: no possessive to take off, and no word of `proper`
    named = [w for w in run.split(" ") if _bare(w).lower() in proper]
    return frozenset(b for w in named for b in (w, _bare(w))) if named else _NO_NAMES


def _first_plain(run: str, data: NameData) -> str:
    """The run's first word as _split_run compares it with ordinary words."""
    word = run.split(" ", 1)[0]
    if "'" in word or "’" in word:
        word = _POSSESSIVE.sub("", word)
    suffix = data.adjective_suffix.search(word) if "-" in word or "‐" in word else None
    return (word[: suffix.start()] if suffix else word).lower()


@lru_cache(maxsize=16384)
def _split_run(run: str, sentence_start: bool, first_known: bool, data: NameData,
               names: frozenset[str] = frozenset(), both_unwritten: bool = False) -> tuple[tuple[int, int], ...]:
    """_split on the run alone, offsets relative to it: remembered, as names and their runs recur."""
    common, given_names, families = data.common, data.given_names, data.families  # read for every word
    words: list[tuple[int, int, str]] = []  # (start, end, word without a possessive)
    possessive: list[bool] = []
    at = 0
    for token in run.split(" "):  # _RUN joins its words with single spaces
        bare = _bare(token)
        words.append((at, at + len(token), bare))
        possessive.append(bare != token)
        at += len(token) + 1
    parts: list[list[tuple[int, int, str]]] = [[]]
    for i, (a, b, w) in enumerate(words):
        hyphened = "-" in w or "‐" in w
        suffix = data.adjective_suffix.search(w) if hyphened else None
        if suffix:  # "Jackson-style": keep "Jackson", end the name there
            w, b = w[: suffix.start()], a + suffix.start()
            words[i] = (a, b, w)
            possessive[i] = True
        pair = _PAIR.match(w) if hyphened and parts[-1] and i + 1 < len(words) else None  # _PAIR needs a hyphen
        if pair and pair[2] in given_names and words[i + 1][2].lower() not in common:
            # "Chris Pratt-Jennifer Lawrence": two people joined by a hyphen
            parts[-1].append((a, a + pair.end(1), pair[1]))
            parts.append([])
            a, w = a + pair.start(2), pair[2]
        plain = w.lower().replace("’", "'")  # the word lists write "didn't"
        if w in PARTICLES:
            if parts[-1]:
                parts[-1].append((a, b, w))
            continue
        # A possessive ends the name it is on: "Lee Min Ho's Hope Concert" is one name, not "Ho Hope" starting.
        if len(parts[-1]) >= 2 and not possessive[i] and _next_name_starts(parts[-1], words, i, data):
            parts.append([])
        # A word the article writes only as a capitalised name ("Megyn", "Drake") is no ordinary word here.
        # Only to start a name: "Seventeen-year-old Stone" stays apart.
        ordinary = (plain in common and not (w in names and not parts[-1])) or (i == 0 and first_known)
        # "So" in "Han So Hee" is a syllable; "It" in "Do It" ends nothing: a given-name syllable
        # that is a stopword needs another syllable after it.
        stop = (w in data.stopwords or w in data.honorifics or w.rstrip(".") in data.honorifics) and \
            not (_given_part(parts[-1], w, data) and i + 1 < len(words) and bool(_ROMANISED.fullmatch(words[i + 1][2])))
        # "Kanye West", "Mae West('s)": a compass word after a name word, with no name word after it.
        trailing = w in data.trailing_surnames and bool(parts[-1]) and (
            possessive[i] or i + 1 == len(words) or words[i + 1][2].lower() in common)
        org = w in data.not_people and not trailing and not (w in families and not parts[-1])
        # A family name that is also a word ("Peel") is lost here; letting words join names
        # made people of "Polar Express" and "Jailhouse Rock", which is worse.
        # After a known given name, an ordinary word is a family name: "Tom Cruise", "Taylor Swift".
        # Not after a royal title: "Prince William Marriage" names William alone.
        # After such a word only a word of the name lists joins ("Megyn Kelly", not "Sky One").
        after_given = len(parts[-1]) == 1 and (parts[-1][0][2] in given_names or (
            parts[-1][0][2] in names and w in given_names)) and not (
            parts[-1][0][0] > 0 and _word_before(words, parts[-1][0][0]) in data.royal_titles)
        # A known given name starting a run of capitals is a name, though it is a word too: "Will Smith".
        # At a sentence start only before a word that is no ordinary word: "Frank Capra was", not "Will Power".
        # Inside a run, before a word that is no ordinary word: "Colonel Jean Camus".
        given_start = w in given_names and i + 1 < len(words) and (
            (not parts[-1] and (i > 0 or not sentence_start or both_unwritten))
            or words[i + 1][2].lower() not in common)
        # (_given_part's first test inline: the run so far starts with a family name)
        if stop or org or (ordinary and not trailing and w not in families and not (
                parts[-1] and parts[-1][0][2] in families and _given_part(parts[-1], w, data))
                           and not after_given and not given_start):
            parts.append([])
            if org:  # "National Security Agency": nothing before the organisation word is a name either
                parts[-2] = []
            continue
        parts[-1].append((a, b, w))
        if possessive[i] or (parts[-1][0][2] in families and _complete_east_asian(parts[-1], data)):  # "Aespa’s Karina" is two names
            parts.append([])
    out = []
    for p in parts:
        if len(p) > 2 and _GROUP_NOUN.search(p[0][2]) and p[1][2] in given_names and p[0][2] not in given_names:
            p = p[1:]  # "Olympians Simone Biles": a plural noun of people in front of a name
        while p and p[-1][2] in PARTICLES:
            p = p[:-1]
        while len(p) > 1 and p[0][2].isupper() and len(p[0][2]) <= 4 and p[0][2] not in families \
                and p[0][2] not in names:
            p = p[1:]  # "DJ John Peel"; not "OJ Simpson" in an article that calls him "OJ" (initials_as_names)
        while len(p) > 1 and ("-" in p[0][2] or "‐" in p[0][2]) and \
                all(x.lower() in common for x in _HYPHEN.split(p[0][2])):
            p = p[1:]  # "Rapper-come-designer Kanye West", "Singer-songwriter Ed Sheeran": a descriptor in front
        while len(p) > 1 and ((p[-1][2].isupper() and len(p[-1][2]) <= 4) or p[-1][2].rstrip(".") in _SUFFIXES):
            p = p[:-1]  # "Harry Potter DVD", "Harry Connick Jr"
        # (the first word's case tested on its own first: most parts start with no word in capitals)
        if p and not (p[0][2].isupper() and all(x[2].isupper() and _acronym(x[2]) and x[2] not in families
                                                 and x[2] not in names for x in p)):
            out.append((p[0][0], p[-1][1]))
    return tuple(out)


def _word_before(words: list[tuple[int, int, str]], at: int) -> str:
    """The word of the run that ends just before offset `at`."""
    return next((w for a, b, w in words if b + 1 == at), "")


def _bare(token: str) -> str:
    return _POSSESSIVE.sub("", token) if "'" in token or "’" in token else token


def _proper_words(blocks: list[Block], runs: list[list[re.Match[str]]], data: NameData,
                  lower_words: frozenset[str]) -> frozenset[str]:
    """Ordinary words that this article writes only as names: capitalised inside a sentence of the running
    text, never in lower case ("However, Megyn, 46, has", "doesn't sit well with Drake").

    rules/_data/common-words.txt is built from lower-case uses in a corpus, where a tweet's "megyn kelly"
    is enough to make a name a word; the article's own usage decides.  Only a word standing alone
    counts: in a run ("Team Kendall", "Love Actually") a title may be what capitalises it.
    """
    out: set[str] = set()
    for block, found in zip(blocks, runs):
        if block.kind not in _BODY:
            continue
        for m in found:
            if " " in m[0]:
                continue
            word = _bare(m[0])
            plain = word.lower()
            if plain in data.common and plain not in lower_words and word not in data.stopwords and \
                    word not in data.honorifics and "'" not in word and "’" not in word and \
                    not _sentence_initial(block.text, m.start()):
                out.add(plain)
    return frozenset(out)


def _acronym(word: str) -> bool:
    """'DVD', 'BTS', call letters 'WRAZ-TV': capitals of five letters or fewer in each hyphened part."""
    return word.isupper() and all(len(part) <= 5 for part in _HYPHEN.split(word))


def _next_name_starts(current: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int,
                      data: NameData) -> bool:
    """'Hyun Bin Son Ye-jin': a family name followed by a romanised given name starts the next person."""
    if len(current) < 2 or current[0][2] not in data.families or words[i][2] not in data.families:
        return False
    return i + 1 < len(words) and bool(_ROMANISED.fullmatch(_HYPHEN.split(words[i + 1][2])[0]))


def _after_stop(text: str, at: int) -> bool:
    """At the text's start or after a sentence's final mark."""
    head = text[:at].rstrip()
    return not head or head[-1] in ".!?"


def _sentence_initial(text: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?:;“\"‘'(—–-|"


def _given_part(current: list[tuple[int, int, str]], word: str, data: NameData) -> bool:
    """'Song' in 'Yook Sung Jae' or 'Bin' in 'Hyun Bin': a common word that is a syllable of an East Asian given name.

    Only right after the family name or after a one-syllable given part: "From" in
    "Im Yoona From Girls' Generation" follows a whole given name and is a word.
    """
    if not current or current[0][2] not in data.families or not _ROMANISED.fullmatch(word):
        return False
    return len(current) == 1 or (len(current) == 2 and bool(_ONE_SYLLABLE.fullmatch(current[1][2])))


def _complete_east_asian(current: list[tuple[int, int, str]], data: NameData) -> bool:
    """Family name plus a two-syllable given name is a whole Korean name: 'Koo Kyo Hwan' | 'Take Center Stage'."""
    if not current or current[0][2] not in data.families:
        return False
    given = [p for _, _, w in current[1:] for p in _HYPHEN.split(w)]
    return len(given) >= 2 and all(_ROMANISED.fullmatch(g) for g in given)


@lru_cache(maxsize=65536)
def east_asian(words: tuple[str, ...], data: NameData) -> bool:
    if len(words) < 2 or words[0] not in data.families:
        return False
    given = [p for w in words[1:] for p in _HYPHEN.split(w) if p]
    return 1 <= len(given) <= 3 and all(_ROMANISED.fullmatch(g) for g in given)


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
            counted.append(Counter(m.words[0] for m in mentions if len(m.words) == 1 and m.block.kind in _BODY))
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


_BODY = ("paragraph", "list-item", "quote")


def thing_keys(mentions: list[Mention]) -> frozenset[str]:
    """Names the article uses as a title, band or event somewhere: none of their mentions is a person."""
    # A one-word title in quotes (the album ‘Jay’) says nothing about the same word elsewhere
    # ("Jay's physical transition"); one named by its noun ("band Kasabian", "biopic Ray") does.
    return frozenset(m.key for m in mentions if m.thing and (len(m.words) > 1 or not m.quoted_title))


def _child(p: Person, children: set[str] | frozenset[str] = frozenset()) -> bool:
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


def lede_capitals(m: Mention) -> bool:
    """'KIM Kardashian fails to ...': a tabloid lede sets its first word in capitals; a style, not a spelling."""
    return m.start == 0 and m.block.kind in _BODY and len(m.words[0]) > 1 and m.words[0].isupper() and \
        not all(w.isupper() for w in m.words)


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
        return next((m for m in p.mentions if m.block.kind in _BODY), p.mentions[0])  # one spelling: any will do
    # Never an all-caps form (a promo line, "BONNER BOLTON") or a quoted one while the running text has another.
    plain = [m for m in p.mentions if not m.text.isupper() and not in_speech(m) and not lede_capitals(m)] or p.mentions
    body = [m for m in plain if m.block.kind in _BODY]
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
    return c.key, syllables(c.words), _sorted_syllables(c.words), other, tuple(sorted(other))


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


def in_speech(m: Mention) -> bool:
    """Inside a direct quotation, or after an opening mark (curly, or straight and unpaired) that nothing closes
    in its paragraph.

    A quotation that goes on into the next paragraph leaves its closing mark off (“... My life with
    Alia is best.): for names, the rest of the paragraph is still the speaker's.
    """
    if m.block.in_speech(m.start, m.end):
        return True
    text = m.block.text
    if single_quote_open(text, m.start):
        return True
    straight = text.rfind('"', 0, m.start)
    if straight >= 0 and (straight == 0 or text[straight - 1] in " (—–") and text[straight + 1 : straight + 2].isalpha() \
            and '"' not in text[straight + 1 :] and text.count('"') % 2 and "”" not in text[straight:]:
        return True  # the same with straight marks: a statement opened with '"' that runs to the paragraph's end
    opened = text.rfind("“", 0, m.start)
    if opened < 0 or "”" in text[opened:] or '"' in text[opened:]:
        return False
    # Closed by a mismatched mark (“Sanju’ fame) is closed; cut at a sentence end is only left open.
    return not any(a == opened and text[b - 1] in "’'" for a, b in m.block.speech)


@dataclass(frozen=True)
class Reference:
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
            if (m.block.kind in _BODY and speaker_label(m.block.text, m.start, m.end)) or _child(p, children):
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


_TITLE_BEFORE = LazyPattern(rf"(?:\bthe|\bin|\bvs\.?|\bv\.?)\s+(?:{'|'.join(_PARTICLES)}\s+)?$")


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
        if not owners or m.block.kind not in ("paragraph", "list-item", "quote") or \
                _NICKNAME_AFTER.match(m.block.text, m.end):
            continue  # no one's given name: no stage name to tell from a reference
        if m.words[0] in data.given_names and m.words in plain_given and not _introduced(m, data, found, order):
            continue
        firsts = [first(p) for p in owners]
        # Used before the full name appears in the body; a full name only in the headline does not count.
        if firsts and all(f is not None and order(m) < f for f in firsts):
            stage.add(m.key)
    return stage
