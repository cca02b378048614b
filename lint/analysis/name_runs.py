"""A run of capitalised words cut into name candidates.

No model and no download: a run is cut where a word is an ordinary English word
(rules/_data/common-words.txt), an honorific, or a word that names an organisation or
place (rules/_data/names.toml).  A name that starts with an East Asian family name and
continues with one or two romanised syllables ("Lee Je Hoon", "Son Heung-min", "Jo Yuri")
is read family name first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .name_data import NameData
from .name_mentions import HYPHEN, PARTICLES
from ..patterns import LazyPattern

_PAIR = LazyPattern(r"(.+?)[-‐]([A-Z][a-z]+)$")
_GROUP_NOUN = LazyPattern(r"(?:ians|ans|ers|ists|ites|ees)$")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# A syllable of a romanised East Asian given name ("Je", "Hoon", "Heung"); ROMANISED is one or two of them.
_SYLLABLE = r"(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiou]{1,3}(?:ng|n|m|k|l|p|t|r|h(?![aeiou]))?)"
ROMANISED = LazyPattern(rf"{_SYLLABLE}{{1,2}}", re.IGNORECASE)
_ONE_SYLLABLE = LazyPattern(_SYLLABLE, re.IGNORECASE)
POSSESSIVE = LazyPattern(r"['’]s?$")


def cut_run(text: str, start: int, end: int, data: NameData, lower_words: frozenset[str],
            proper: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Cut a capitalised run into name candidates at ordinary words, honorifics and organisation words."""
    if start > 1 and text[start - 2].isdigit() and text[start - 1] == " ":
        start = _past_unit(text, start, end, data)
        if start >= end:
            return []
    run = text[start:end]
    sentence_start = sentence_initial(text, start)
    # The article's lower-case words matter only for a run's first word at a sentence start.
    first_known = sentence_start and _first_plain(run, data) in lower_words
    # "Taylor Swift was moved to tears" (heldout/F cl088): at a sentence start, a given name and a word that the
    # article never writes in lower case, though the word lists have both ("taylor", "swift"), are a name.
    # Only after a full stop or at the block's start: "(Ginger Spice)" (celebrity-news/fake 139) is a nickname.
    both_unwritten = sentence_start and not first_known and " " in run and _after_stop(text, start) and \
        bare(run.split(" ", 2)[1]).lower() not in lower_words
    names = _names_in(run, proper) if proper else _NO_NAMES
    return [(start + a, start + b) for a, b in _split_run(run, sentence_start, first_known, data, names,
                                                          both_unwritten)]


_NO_NAMES: frozenset[str] = frozenset()
_UNIT = LazyPattern(r"[A-Za-z]{1,3}\.?(?: |$)")


def _past_unit(text: str, start: int, end: int, data: NameData) -> int:
    """Where a run starts past a unit or clock word after a number: "135 Cr Karnataka", "8 PM Bangla news"
    (crores, time of day) are figures, not a given name; "2017 Tom Hanks" keeps its name."""
    unit = _UNIT.match(text, start, end)
    if unit is None or bare(unit[0].strip()) in data.given_names:
        return start
    return unit.end() if unit[0].endswith(" ") else end


def _names_in(run: str, proper: frozenset[str]) -> frozenset[str]:
    """The run's words (as written, and without a possessive) that the article writes only as names."""
    if "'" not in run and "’" not in run and proper.isdisjoint(run.lower().split(" ")):
        return _NO_NAMES  # most runs: no possessive to take off, and no word of `proper`
    named = [w for w in run.split(" ") if bare(w).lower() in proper]
    return frozenset(b for w in named for b in (w, bare(w))) if named else _NO_NAMES


def _first_plain(run: str, data: NameData) -> str:
    """The run's first word as _split_run compares it with ordinary words."""
    word = run.split(" ", 1)[0]
    if "'" in word or "’" in word:
        word = POSSESSIVE.sub("", word)
    suffix = data.adjective_suffix.search(word) if "-" in word or "‐" in word else None
    return (word[: suffix.start()] if suffix else word).lower()


@lru_cache(maxsize=16384)
def _split_run(run: str, sentence_start: bool, first_known: bool, data: NameData,
               names: frozenset[str] = frozenset(), both_unwritten: bool = False) -> tuple[tuple[int, int], ...]:
    """cut_run on the run alone, offsets relative to it: remembered, as names and their runs recur."""
    common, given_names, families = data.common, data.given_names, data.families  # read for every word
    stopwords, honorifics, not_people = data.stopwords, data.honorifics, data.not_people
    words: list[tuple[int, int, str]] = []  # (start, end, word without a possessive)
    possessive: list[bool] = []
    at = 0
    for token in run.split(" "):  # a run (name_extraction._RUN) joins its words with single spaces
        word = bare(token)
        words.append((at, at + len(token), word))
        possessive.append(word != token)
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
        stop = (w in stopwords or w in honorifics or w.rstrip(".") in honorifics) and \
            not (_given_part(parts[-1], w, data) and i + 1 < len(words) and bool(ROMANISED.fullmatch(words[i + 1][2])))
        # "Kanye West", "Mae West('s)": a compass word after a name word, with no name word after it.
        trailing = w in data.trailing_surnames and bool(parts[-1]) and (
            possessive[i] or i + 1 == len(words) or words[i + 1][2].lower() in common)
        org = w in not_people and not trailing and not (w in families and not parts[-1])
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
                all(x.lower() in common for x in HYPHEN.split(p[0][2])):
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


def bare(token: str) -> str:
    """The word without a possessive ("James’" -> "James", "Aespa's" -> "Aespa")."""
    return POSSESSIVE.sub("", token) if "'" in token or "’" in token else token


def _acronym(word: str) -> bool:
    """'DVD', 'BTS', call letters 'WRAZ-TV': capitals of five letters or fewer in each hyphened part."""
    return word.isupper() and all(len(part) <= 5 for part in HYPHEN.split(word))


def _next_name_starts(current: list[tuple[int, int, str]], words: list[tuple[int, int, str]], i: int,
                      data: NameData) -> bool:
    """'Hyun Bin Son Ye-jin': a family name followed by a romanised given name starts the next person."""
    if len(current) < 2 or current[0][2] not in data.families or words[i][2] not in data.families:
        return False
    return i + 1 < len(words) and bool(ROMANISED.fullmatch(HYPHEN.split(words[i + 1][2])[0]))


def _after_stop(text: str, at: int) -> bool:
    """At the text's start or after a sentence's final mark."""
    head = text[:at].rstrip()
    return not head or head[-1] in ".!?"


def sentence_initial(text: str, at: int) -> bool:
    """At the text's start, or after (and spaces) a sentence or clause mark, an opening quote or bracket, a dash or a bar."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?:;“\"‘'(—–-|"


def _given_part(current: list[tuple[int, int, str]], word: str, data: NameData) -> bool:
    """'Song' in 'Yook Sung Jae' or 'Bin' in 'Hyun Bin': a common word that is a syllable of an East Asian given name.

    Only right after the family name or after a one-syllable given part: "From" in
    "Im Yoona From Girls' Generation" follows a whole given name and is a word.
    """
    if not current or current[0][2] not in data.families or not ROMANISED.fullmatch(word):
        return False
    return len(current) == 1 or (len(current) == 2 and bool(_ONE_SYLLABLE.fullmatch(current[1][2])))


def _complete_east_asian(current: list[tuple[int, int, str]], data: NameData) -> bool:
    """Family name plus a two-syllable given name is a whole Korean name: 'Koo Kyo Hwan' | 'Take Center Stage'."""
    if not current or current[0][2] not in data.families:
        return False
    given = [p for _, _, w in current[1:] for p in HYPHEN.split(w)]
    return len(given) >= 2 and all(ROMANISED.fullmatch(g) for g in given)


@lru_cache(maxsize=65536)
def east_asian(words: tuple[str, ...], data: NameData) -> bool:
    """A known family name, then one to three romanised syllables: 'Lee Je Hoon', 'Son Heung-min', 'Jo Yuri'."""
    if len(words) < 2 or words[0] not in data.families:
        return False
    given = [p for w in words[1:] for p in HYPHEN.split(w) if p]
    return 1 <= len(given) <= 3 and all(ROMANISED.fullmatch(g) for g in given)
