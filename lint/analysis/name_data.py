"""The name data every names analysis reads: East Asian family names, cue phrases, honorifics, common words,
given names (rules/_data/names.toml and the word lists beside it), parsed once per process and kept in the disk cache."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import cache
from ..errors import RuleFileError
from ..resources import data_text
from ..tomlcompat import tomllib
from .casefold import FoldedPattern
from .things import ThingCues, compile_cues

DEFAULT_DATA = "_data/names.toml"
COMMON_WORDS = "_data/common-words.txt"
GIVEN_NAMES = "_data/given-names.txt"
WORLD_GIVEN_NAMES = "_data/world-given-names.txt"  # nam_dict.txt, GNU FDL: see the file's header



@dataclass(frozen=True, eq=False)  # hashed by identity: a cache key for _split_run
class NameData:
    """The name lists and cue patterns every names analysis reads, parsed once per process."""

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
