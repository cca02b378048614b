"""Name mentions in an article: runs of capitalised words (cut into names by name_runs.py), with what their
context says of them (a character, a title, initials, names a scraper glued together).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from ..document import BODY_KINDS, Block, Document
from .name_data import NameData
from .name_mentions import PARTICLE_WORDS, PARTICLES, Mention, syllables
from .name_runs import POSSESSIVE, ROMANISED, bare, cut_run, sentence_initial
from .namecontext import (
    PLAYED_BY_WORDS,
    initials_as_names,
    played_by_after,
    role_in_title_after,
    web_address_at,
)
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
_PARTICLE = rf"(?:(?:{'|'.join(PARTICLE_WORDS)}) (?:(?:der|den|de|la) )?)"  # "van", "von der": inside a name
# The look-behind sits after the first capital, so re can skip through the text to capitals.
# An apostrophe before a capital is inside a word ("O'Brien") only after a letter: "drama 'Bhul Bojha'" opens a quote.
_RUN = LazyPattern(rf"{_UP}(?<![\w@#-]{_UP})(?<!\w['’]{_UP}){_WORD_TAIL}(?: {_PARTICLE}?{_TOKEN})*")
# Look-behinds sit after the first character, so re can skip through the text to candidates.
_LOWER_WORD = LazyPattern(rf"{_LOW}(?<![\w'’-]{_LOW})(?:{_LOW}|['’-])*")
_SINGLE_QUOTED = LazyPattern(r"[‘'](?<!\w[‘'])[^’'\n]{1,80}[’'](?![a-z])")


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
            if (_plain_word(m[0], data) and bare(m[0]).lower() not in names_here) or not m[0][0].isupper():
                continue
            for a, b in cut_run(text, m.start(), m.end(), data, lower_words, names_here):
                near = bool(cues) and _near(cues, a - 40, a)
                before = text[max(0, a - 40) : a] if near or casting else ""  # read only by the cue patterns
                if near and data.name_talk.search(before):
                    continue
                span = text[a:b]
                tokens = span.split(" ")
                words = tuple(bare(w) for w in tokens) if "'" in span or "’" in span else tuple(tokens)
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
        first, rest = bare(m[1]), m[2].split(" ")
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
        left, right = m.text[:at].split(" "), POSSESSIVE.sub("", m.text[cut.end():]).split(" ")
        east = m.words[0] in data.families and bool(ROMANISED.fullmatch(right[0]))  # "Lee Jae-Wook"
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
    """A lone capitalised ordinary word ("The", "But", "Critics'"): cut_run would drop it whatever its context."""
    if " " in run or "-" in run or "‐" in run:
        return False
    word = bare(run)
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
            word = bare(m[0])
            plain = word.lower()
            if plain in data.common and plain not in lower_words and word not in data.stopwords and \
                    word not in data.honorifics and "'" not in word and "’" not in word and \
                    not sentence_initial(block.text, m.start()):
                out.add(plain)
    return frozenset(out)
