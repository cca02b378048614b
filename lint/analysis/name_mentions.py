"""Name mentions in an article: runs of capitalised words, cut into names.

No model and no download: a mention is a run of capitalised words, cut where a
word is an ordinary English word (rules/_data/common-words.txt), an honorific,
or a word that names an organisation or place (rules/_data/names.toml).  A
name that starts with an East Asian family name and continues with one or two
romanised syllables ("Lee Je Hoon", "Son Heung-min", "Jo Yuri") is read family
name first.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ..document import BODY_KINDS, Block, Document
from .name_data import NameData
from .namecontext import (
    PLAYED_BY_WORDS,
    initials_as_names,
    played_by_after,
    role_in_title_after,
    single_quote_open,
    web_address_at,
)
from .namefold import fold
from .things import quoted_titles, title_spans
from ..patterns import LazyPattern

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
PARTICLE_WORDS = ("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "ter", "bin", "binti",
              "al", "el", "la", "le")
PARTICLES = frozenset(PARTICLE_WORDS)
_PARTICLE = rf"(?:(?:{'|'.join(PARTICLE_WORDS)}) (?:(?:der|den|de|la) )?)"
# An apostrophe before a capital is inside a word ("O'Brien") only after a letter: "drama 'Bhul Bojha'" opens a quote.
_RUN = LazyPattern(rf"{_UP}(?<![\w@#-]{_UP})(?<!\w['’]{_UP}){_WORD_TAIL}(?: {_PARTICLE}?{_TOKEN})*")
_PAIR = LazyPattern(r"(.+?)[-‐]([A-Z][a-z]+)$")
_GROUP_NOUN = LazyPattern(r"(?:ians|ans|ers|ists|ites|ees)$")
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_SYLLABLE = r"(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiou]{1,3}(?:ng|n|m|k|l|p|t|r|h(?![aeiou]))?)"
_ROMANISED = LazyPattern(rf"{_SYLLABLE}{{1,2}}", re.IGNORECASE)
_ONE_SYLLABLE = LazyPattern(_SYLLABLE, re.IGNORECASE)


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
def sorted_syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(_syllables(words)))


# Look-behinds sit after the first character, so re can skip through the text to candidates.
_LOWER_WORD = LazyPattern(rf"{_LOW}(?<![\w'’-]{_LOW})(?:{_LOW}|['’-])*")
_SINGLE_QUOTED = LazyPattern(r"[‘'](?<!\w[‘'])[^’'\n]{1,80}[’'](?![a-z])")
_HYPHEN = LazyPattern(r"[-‐]")
_POSSESSIVE = LazyPattern(r"['’]s?$")


def extract(doc: Document, data: NameData, scopes: tuple[str, ...]) -> list[Mention]:
    """Name mentions in reading order, with leading function words and honorifics removed."""
    lower_words = _lower_words(doc)
    blocks = list(doc.blocks_in(scopes))
    runs = [list(_RUN.finditer(_unglued(b.text, data) if _GLUED.search(b.text) else b.text)) for b in blocks]
    initials = initials_as_names(b.text for b in blocks if b.kind in BODY_KINDS or b.kind == "headline")
    proper = _proper_words(blocks, runs, data, lower_words) | initials
    found: list[Mention] = []
    for block, block_runs in zip(blocks, runs):
        text = block.text
        names_here = proper if block.kind in BODY_KINDS else initials
        index = block.word_index  # shared with the lexicons: cues are looked for only where their words are
        cues = sorted(at for w in data.cue_words.intersection(index) for at in index[w])
        casting = bool(cues) and not data.character_words.isdisjoint(index)
        played = not PLAYED_BY_WORDS.isdisjoint(index)
        titles: list[tuple[int, int, bool]] | None = None  # worked out at the block's first name: many have none
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
                if titles is None:
                    titles = _title_ranges(block, data, [at for w in data.title_words.intersection(index) for at in index[w]])
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
    stopwords, honorifics, not_people = data.stopwords, data.honorifics, data.not_people
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
        stop = (w in stopwords or w in honorifics or w.rstrip(".") in honorifics) and \
            not (_given_part(parts[-1], w, data) and i + 1 < len(words) and bool(_ROMANISED.fullmatch(words[i + 1][2])))
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
        if block.kind not in BODY_KINDS:
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




def lede_capitals(m: Mention) -> bool:
    """'KIM Kardashian fails to ...': a tabloid lede sets its first word in capitals; a style, not a spelling."""
    return m.start == 0 and m.block.kind in BODY_KINDS and len(m.words[0]) > 1 and m.words[0].isupper() and \
        not all(w.isupper() for w in m.words)


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
