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
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from .. import cache
from ..document import Block, Document
from ..errors import RuleFileError
from ..resources import data_text
from .tokens import CaselessPattern
from ..tomlcompat import tomllib

DEFAULT_DATA = "_data/names.toml"
COMMON_WORDS = "_data/common-words.txt"
GIVEN_NAMES = "_data/given-names.txt"

_TOKEN = r"(?:[A-Z][A-Za-z]*(?:[-‐][A-Za-z]+)*)"
# The look-behind sits after the first capital, so re can skip through the text to capitals.
_RUN = re.compile(rf"[A-Z](?<![\w'’-][A-Z])[A-Za-z]*(?:[-‐][A-Za-z]+)*(?:['’]s?)?(?: {_TOKEN}(?:['’]s?)?)*")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_SYLLABLE = r"(?:[bcdfghjklmnprstwyz]{0,3}[aeiou]{1,3}(?:ng|n|m|k|l|p|t|r)?)"
_ROMANISED = re.compile(rf"{_SYLLABLE}{{1,2}}", re.IGNORECASE)


@dataclass(frozen=True, eq=False)  # hashed by identity: a cache key for _split_run
class NameData:
    families: frozenset[str]
    character_cues: CaselessPattern
    parallel_cues: CaselessPattern
    casting: CaselessPattern  # any character cue, anywhere in a sentence
    name_talk: CaselessPattern
    honorifics: frozenset[str]
    not_people: frozenset[str]
    stopwords: frozenset[str]
    common: frozenset[str]
    adjective_suffix: re.Pattern[str]
    given_names: frozenset[str]


@lru_cache(maxsize=4)
def name_data(name: str = DEFAULT_DATA) -> NameData:
    try:
        data, common, given = cache.derived("names-data-1", [name, COMMON_WORDS, GIVEN_NAMES], lambda: _read(name),
                                            lambda v: isinstance(v, tuple) and len(v) == 3)
    except (OSError, ValueError) as error:
        raise RuleFileError(f"cannot load name data {name!r}: {error}") from None
    return NameData(
        frozenset(data.get("east_asian_family_names", [])),
        _cue(data.get("character_cues", []), r"\s+(?!by\b)(?:the\s+)?(?:[\w-]+\s+){0,2}$"),
        _cue(data.get("parallel_character_cues", []), r"\s+$"),
        _cue(data.get("character_cues", []), r"\b(?!\s+by\b)"),
        _cue(data.get("name_talk_cues", []), r"(?:\s+(?:is|was))?\s+$"),
        frozenset(h.rstrip(".") for h in data.get("honorifics", [])),
        frozenset(data.get("not_people", [])) | frozenset(data.get("nationalities", [])),
        frozenset(data.get("stopwords", [])),
        common,
        re.compile(r"[-‐](?:" + "|".join(re.escape(x) for x in data.get("adjective_suffixes", ["(?!)"])) + r")$",
                   re.IGNORECASE),
        given,
    )


def _read(name: str) -> tuple[dict[str, Any], frozenset[str], frozenset[str]]:
    """The name data file, parsed, and the common-word and given-name lists as sets (cached: 10 ms to read)."""
    def words(text: str) -> frozenset[str]:
        return frozenset(w for w in text.split() if not w.startswith("#"))

    return tomllib.loads(data_text(name)), words(data_text(COMMON_WORDS)), words(data_text(GIVEN_NAMES))


def _cue(words: list[str], tail: str) -> CaselessPattern:
    """Cue words that end just before a mention (tail says what may sit between)."""
    if not words:
        return CaselessPattern(r"(?!)")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return CaselessPattern(rf"\b(?:{alternatives}){tail}")


@dataclass(frozen=True)
class Mention:
    """A run of name words in one block: its words, where it is, and what precedes it."""

    block: Block
    start: int
    end: int
    words: tuple[str, ...]
    character: bool = False  # introduced as a fictional character ("plays Gyu Nam")

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
    return _FOLD.sub("", " ".join(words)).lower()


@lru_cache(maxsize=65536)
def _syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.lower() for w in words for p in _HYPHEN.split(w) if p)


def syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return _syllables(tuple(words))


@lru_cache(maxsize=65536)
def _sorted_syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(_syllables(words)))


# Look-behinds sit after the first character, so re can skip through the text to candidates.
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-][a-z])[a-z'’-]*")
_SINGLE_QUOTED = re.compile(r"[‘'](?<!\w[‘'])[^’'\n]{1,80}[’'](?![a-z])")
_FOLD = re.compile(r"[\s\-‐'’]")
_HYPHEN = re.compile(r"[-‐]")
_POSSESSIVE = re.compile(r"['’]s?$")


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
        return self.metadata or self.canonical.text


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Half-open ranges merged into sorted disjoint ones, with their starts (for bisect)."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged, [a for a, _ in merged]


def extract(doc: Document, data: NameData, scopes: tuple[str, ...]) -> list[Mention]:
    """Name mentions in reading order, with leading function words and honorifics removed."""
    lower_words = _lower_words(doc)
    found: list[Mention] = []
    for block in doc.blocks_in(scopes):
        text = block.text
        titles, title_starts = _merged(_title_ranges(block))
        for m in _RUN.finditer(text):
            if _plain_word(m[0], data):
                continue
            for a, b in _split(text, m.start(), m.end(), data, lower_words):
                before = text[max(0, a - 40) : a]
                k = bisect_right(title_starts, a) - 1  # by bisection: a long paragraph has thousands of titles
                if (k >= 0 and a < titles[k][1]) or data.name_talk.search(before):
                    continue
                tokens = text[a:b].split(" ")
                words = tuple(_POSSESSIVE.sub("", w) if "'" in w or "’" in w else w for w in tokens)
                end = b - (len(tokens[-1]) - len(words[-1]))
                character = data.character_cues.search(before) or (
                    data.parallel_cues.search(before) and data.casting.search(_sentence_before(text, a)))
                found.append(Mention(block, a, end, words, character))
    return found


def _plain_word(run: str, data: NameData) -> bool:
    """A lone capitalised ordinary word ("The", "But", "Critics'"): _split would drop it whatever its context."""
    if " " in run or "-" in run or "‐" in run:
        return False
    word = _POSSESSIVE.sub("", run) if run[-1] in "'’s" else run
    return word.lower() in data.common and word not in data.families


def _sentence_before(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start:at] + " "


def _lower_words(doc: Document) -> frozenset[str]:
    words: set[str] = set()
    for block in doc.blocks:
        words.update(_LOWER_WORD.findall(block.text))
    return frozenset(words)


def _title_ranges(block: Block) -> list[tuple[int, int]]:
    """Spans in single quotes that are titles (‘Escape’), not speech."""
    speech, starts = _merged(list(block.quotations))
    out = []
    for m in _SINGLE_QUOTED.finditer(block.text):
        k = bisect_right(starts, m.start()) - 1
        if not (k >= 0 and m.start() < speech[k][1]):
            out.append(m.span())
    return out


def _split(text: str, start: int, end: int, data: NameData, lower_words: frozenset[str]) -> list[tuple[int, int]]:
    """Cut a capitalised run into name candidates at ordinary words, honorifics and organisation words."""
    run = text[start:end]
    sentence_start = _sentence_initial(text, start)
    # The article's lower-case words matter only for a run's first word at a sentence start.
    first_known = sentence_start and _first_plain(run, data) in lower_words
    return [(start + a, start + b) for a, b in _split_run(run, sentence_start, first_known, data)]


def _first_plain(run: str, data: NameData) -> str:
    """The run's first word as _split_run compares it with ordinary words."""
    word = run.split(" ", 1)[0]
    if "'" in word or "’" in word:
        word = _POSSESSIVE.sub("", word)
    suffix = data.adjective_suffix.search(word) if "-" in word or "‐" in word else None
    return (word[: suffix.start()] if suffix else word).lower()


@lru_cache(maxsize=16384)
def _split_run(run: str, sentence_start: bool, first_known: bool, data: NameData) -> tuple[tuple[int, int], ...]:
    """_split on the run alone, offsets relative to it: remembered, as names and their runs recur."""
    words: list[tuple[int, int, str]] = []  # (start, end, word without a possessive)
    possessive: list[bool] = []
    at = 0
    for token in run.split(" "):  # _RUN joins its words with single spaces
        bare = _POSSESSIVE.sub("", token) if "'" in token or "’" in token else token
        words.append((at, at + len(token), bare))
        possessive.append(bare != token)
        at += len(token) + 1
    parts: list[list[tuple[int, int, str]]] = [[]]
    for i, (a, b, w) in enumerate(words):
        suffix = data.adjective_suffix.search(w) if "-" in w or "‐" in w else None
        if suffix:  # "Jackson-style": keep "Jackson", end the name there
            w, b = w[: suffix.start()], a + suffix.start()
            words[i] = (a, b, w)
            possessive[i] = True
        plain = w.lower()
        if _next_name_starts(parts[-1], words, i, data):
            parts.append([])
        ordinary = plain in data.common or (i == 0 and first_known)
        stop = (w in data.stopwords or w in data.honorifics or w.rstrip(".") in data.honorifics) and \
            not _given_part(parts[-1], w, data)  # "So" in "Han So Hee"
        org = w in data.not_people and not (w in data.families and not parts[-1])
        # A family name that is also a word ("Peel") is lost here; letting words join names
        # made people of "Polar Express" and "Jailhouse Rock", which is worse.
        # After a known given name, an ordinary word is a family name: "Tom Cruise", "Taylor Swift".
        after_given = len(parts[-1]) == 1 and parts[-1][0][2] in data.given_names
        # A known given name starting a run of capitals is a name, though it is a word too: "Will Smith".
        given_start = not parts[-1] and w in data.given_names and i + 1 < len(words) and (i > 0 or not sentence_start)
        if stop or org or (ordinary and w not in data.families and not _given_part(parts[-1], w, data)
                           and not after_given and not given_start):
            parts.append([])
            if org:  # "National Security Agency": nothing before the organisation word is a name either
                parts[-2] = []
            continue
        parts[-1].append((a, b, w))
        if _complete_east_asian(parts[-1], data) or possessive[i]:  # "Aespa’s Karina" is two names
            parts.append([])
    out = []
    for p in parts:
        while len(p) > 1 and p[0][2].isupper() and len(p[0][2]) <= 4 and p[0][2] not in data.families:
            p = p[1:]  # "DJ John Peel"
        while len(p) > 1 and ((p[-1][2].isupper() and len(p[-1][2]) <= 4) or p[-1][2].rstrip(".") in _SUFFIXES):
            p = p[:-1]  # "Harry Potter DVD", "Harry Connick Jr"
        if p and not all(x[2].isupper() and len(x[2]) <= 5 for x in p):
            out.append((p[0][0], p[-1][1]))
    return tuple(out)


def _next_name_starts(current: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int,
                      data: NameData) -> bool:
    """'Hyun Bin Son Ye-jin': a family name followed by a romanised given name starts the next person."""
    if len(current) < 2 or current[0][2] not in data.families or words[i][2] not in data.families:
        return False
    return i + 1 < len(words) and bool(_ROMANISED.fullmatch(_HYPHEN.split(words[i + 1][2])[0]))


def _sentence_initial(text: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?:;“\"‘'(—–-|"


def _given_part(current: list[tuple[int, int, str]], word: str, data: NameData) -> bool:
    """'Song' in 'Yook Sung Jae' or 'Bin' in 'Hyun Bin': a common word that is a syllable of an East Asian given name."""
    return bool(current) and current[0][2] in data.families and len(current) <= 2 and bool(_ROMANISED.fullmatch(word))


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
    things = {m.words[0] for m in mentions if len(m.words) == 1 and _after_article(m)}
    full = [m for m in mentions if 2 <= len(m.words) <= 4 and (east_asian(m.words, data) or m.words[0] not in things)]
    strength = sorted(full, key=lambda m: (-len(m.words) if east_asian(m.words, data) else 0, -len(m.words)))
    found: list[Person] = []
    # A two-word mention that is a known East Asian person's given name ("Je Hoon") is a
    # reference, not a new person.
    given_names: set[str] = set()
    for m in strength:
        if m.key in given_names:
            continue
        person = _match(m, found, data)
        if person is None:
            ea = east_asian(m.words, data)
            family, given = (m.words[0], m.words[1:]) if ea else (m.words[-1], m.words[:-1])
            person = Person(m, family, given, ea)
            found.append(person)
            if ea:
                given_names.add(name_key(given))
        person.mentions.append(m)
        person.character = person.character or m.character
    for p in found:
        p.mentions.sort(key=lambda m: (m.block.start, m.start))
        body = [m for m in p.mentions if m.block.kind in ("paragraph", "list-item", "quote")]
        p.canonical = (body or p.mentions)[0]
    for entry in meta_people or []:
        name = str(entry.get("name", ""))
        key = name_key(name.split())
        for p in found:
            if p.canonical.key == key or any(name_key(a.split()) == p.canonical.key for a in entry.get("aliases", [])):
                p.metadata = name
    found.sort(key=lambda p: (p.mentions[0].block.start, p.mentions[0].start))
    return found


_AFTER_ARTICLE = re.compile(r"(?:\b(?:the|The|La|Le|Les|El|Los)\s+)$")


def _after_article(m: Mention) -> bool:
    """'the Tate', 'La Fenice': a word used as a place or a thing."""
    return bool(_AFTER_ARTICLE.search(m.block.text[max(0, m.start - 5) : m.start]))


def _match(m: Mention, found: list[Person], data: NameData) -> Person | None:
    key = m.key
    words = syllables(m.words)
    in_order = tuple(sorted(words))
    for p in found:
        canon = syllables(p.canonical.words)
        if p.canonical.key == key or _sorted_syllables(p.canonical.words) == in_order:
            return p  # same letters, or the same words in another order ("Hye Kyo Song")
        if p.east_asian and len(words) >= 2 and words == canon[: len(words)] and len(words) < len(canon):
            return p  # truncated ("Son Heung" for "Son Heung-min")
        shorter, longer = sorted((words, canon), key=len)
        if not p.east_asian and len(shorter) >= 2 and longer[-len(shorter):] == shorter:
            return p  # a title word left in front ("Novelist Arthur Hailey")
        if words[0] == canon[0] and len(key) >= 6 and _similarity(key, p.canonical.key) >= 88:
            return p  # a typing or romanisation variant ("Ahn Bo Huyn")
    return None


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # imported on first use: most articles never get this far (8 ms of start-up)

    return float(fuzz.ratio(a, b))


@dataclass(frozen=True)
class Reference:
    mention: Mention
    person: Person
    kind: str  # "given" or "family"


def references(mentions: list[Mention], found: list[Person], data: NameData) -> list[Reference]:
    """Short mentions that stand for a known person: a given name, a syllable of one, or a family name."""
    in_people = {(id(m.block), m.start) for p in found for m in p.mentions}
    stage = _stage_names(mentions, found)
    given_keys = [(p, name_key(p.given), syllables(p.given)) for p in found]
    families = {p.family.lower() for p in found}
    out: list[Reference] = []
    for m in mentions:
        if len(m.words) > 2 or (id(m.block), m.start) in in_people:
            continue
        key = m.key
        if key in stage or m.block.in_speech(m.start, m.end):
            continue  # a speaker may call a friend by the given name
        given = [p for p, k, _ in given_keys if k == key]
        if not given and len(m.words) == 1 and key not in families:
            given = [p for p, _, syl in given_keys if p.east_asian and len(syl) >= 2 and key in syl]
        family = [p for p in found if p.family.lower() == key] if len(m.words) == 1 and key in families else []
        if given and not family and len(given) == 1:
            p = given[0]
            if not p.east_asian and (_after_honorific(m, data) or _mononym(m.key, p, mentions) or _in_title(m)):
                continue
            out.append(Reference(m, p, "given"))
        elif family and not given:
            for p in family:
                out.append(Reference(m, p, "family"))
    return out


def _after_honorific(m: Mention, data: NameData) -> bool:
    """'Sir Elton', 'Dame Julie': British style for a knight or dame, not a slip."""
    before = m.block.text[max(0, m.start - 12) : m.start].split()
    return bool(before) and before[-1].rstrip(".") in data.honorifics


def _in_title(m: Mention) -> bool:
    """'the Tate', 'in Ray', 'Freddy Vs Jason': a place or a title, not a person."""
    before = m.block.text[max(0, m.start - 5) : m.start].lower()
    return bool(re.search(r"(?:\bthe|\bin|\bvs\.?|\bv\.?)\s+$", before))


def _mononym(key: str, person: Person, mentions: list[Mention]) -> bool:
    """A given name the article uses more than the full name, three times or more: Elvis, Ozzy, Robbie."""
    alone = sum(1 for m in mentions if m.key == key)
    return alone >= 3 and alone > len(person.mentions)


def _stage_names(mentions: list[Mention], found: list[Person]) -> set[str]:
    """One-word names the body uses before any full name: stage names ("Jisoo", "Jungkook"), not references."""
    def order(m: Mention) -> tuple[int, int]:
        return (m.block.start, m.start)

    # Each person's given-name keys, and where the body first names them (None: only outside paragraphs).
    owners_of = [({name_key(p.given), *syllables(p.given)},
                  min((order(x) for x in p.mentions if x.block.kind == "paragraph"), default=None)) for p in found]
    stage: set[str] = set()
    for m in mentions:
        if len(m.words) != 1 or m.block.kind not in ("paragraph", "list-item", "quote"):
            continue
        firsts = [first for keys, first in owners_of if m.key in keys]
        # Used before the full name appears in the body; a full name only in the headline does not count.
        if firsts and all(f is not None and order(m) < f for f in firsts):
            stage.add(m.key)
    return stage
