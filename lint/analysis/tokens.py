"""Shared text helpers: quotations, sentences and words, with offsets into the text."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from .. import word_lists
from ..patterns import LazyPattern


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc inc ltd co corp no vol jan feb mar apr jun jul aug "
    "sep sept oct nov dec mt ft gen lt col sgt capt rev hon u.s u.k a.m p.m e.g i.e approx".split()
)
_SENTENCE_END = LazyPattern(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")
_WORD = LazyPattern(r"[^\W_](?:[\w’'\-]*[^\W_])?")


def quotation_ranges(text: str, goes_on: str = "", came_before: str = "") -> list[tuple[int, int]]:
    """Spans of direct speech in double quotes, straight or curly, marks included.

    Straight marks take their direction from context (a mark after a space opens,
    a mark before a space or punctuation closes).  A quotation left open runs to
    the next opening mark, or on to the end of the block when the block opens with
    it or `goes_on` (the mark that opens the next block) is a double mark: English
    opens each paragraph of a long quotation with a mark and closes only the last
    (see _runs_on).  Otherwise it stops at the end of its sentence, so a stray mark
    ("He said “it works. The masterpiece opens Friday.") silences no more than that.
    `came_before` is the mark that opens the block before, if one does (see _runs_on).
    A closing mark with nothing open (12" vinyl) is ignored.  Single quotes
    mostly mark titles (‘Escape’) in entertainment copy, so they count as speech
    only when what they enclose reads like speech (see _single_quoted_speech).
    """
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        # “Sanju’ closes with a single mark only when no proper ” follows: “... from fans’ eyes.” is one quotation.
        mismatched = open_at is not None and text[open_at] == "“" and text[i] != "”"
        close = _MISMATCHED_CLOSE.search(text, open_at, i) if mismatched and open_at is not None else None
        if close is not None and open_at is not None and close.start() - open_at <= 60:
            ranges.append((open_at, close.end()))  # “Sanju’ : opened with a double mark, closed with a single
            open_at = None
        if _opens(text, i):
            if open_at is not None:
                ranges.append((open_at, i))
            open_at = i
        elif open_at is not None:
            ranges.append((open_at, i + 1))
            open_at = None
    if open_at is not None and text[open_at] == "“":
        close = _MISMATCHED_CLOSE.search(text, open_at)
        if close and close.start() - open_at <= 60:
            ranges.append((open_at, close.end()))
            open_at = None
    if open_at is not None:
        if open_at == 0 or goes_on in _DOUBLE_OPENING:
            ranges.append((open_at, len(text)))
        else:
            ends = [b for a, b in sentences(text) if b > open_at]
            ranges.append((open_at, ends[0] if ends else len(text)))
    return ranges + _single_quoted_speech(text, goes_on, came_before)


# How a quotation of several paragraphs is written (gold-dev s17; celebrity-news legit/063, 016, 080, 210; BBC 009,
# 093, 319): each paragraph opens with a mark and only the last one closes, so a paragraph that opens with a mark it
# never closes is quoted to its end, and one whose quotation is left open runs on to its end when the next paragraph
# opens with a mark of the same kind.  Marks that open a paragraph: the opening ones of _opens.
_DOUBLE_OPENING = frozenset("\"“„")
_SINGLE_OPENING = frozenset("'‘")
OPENING_MARKS = _DOUBLE_OPENING | _SINGLE_OPENING


# The mark first, then what stands before it: a pattern that opens with a set of characters lets re jump from mark to
# mark (a look-behind in front made it try every position of the text, three times slower).
_SINGLE_OPEN = LazyPattern(r"[‘'](?<![\w’'][‘'])(?=\S)")
_SINGLE_CLOSE = LazyPattern(r"[’'](?<=\S[’'])(?![\w’'])")
_MAX_SINGLE = 1500  # longer than any one spoken quotation in the corpora


def _single_quoted(text: str, closes: list[int]) -> Iterator[tuple[int, int]]:
    r"""Spans of ‘...’ on one line, as the lazy regex ‘(?=\S)(.+?)(?<=\S)’ finds them, in linear time.

    That regex scanned from every unclosed mark to the end of the line, and a
    paragraph of 60,000 marks took minutes: here each opening mark looks up the
    next closing one among positions found in one pass (closes: where each closing mark stands).
    """
    if not closes:
        return
    breaks = [m.start() for m in re.finditer("\n", text)]
    after = 0
    for m in _SINGLE_OPEN.finditer(text):
        i = m.start()
        if i < after:
            continue
        k = bisect_left(closes, i + 2)  # at least one character inside
        if k == len(closes):
            return
        c = closes[k]
        if c - i - 1 > _MAX_SINGLE:
            continue
        b = bisect_left(breaks, i)
        if b < len(breaks) and breaks[b] < c:
            continue  # '.' stops at a line break
        yield i, c + 1
        after = c + 1


def _single_quoted_speech(text: str, goes_on: str = "", came_before: str = "") -> list[tuple[int, int]]:
    """British-style speech in single quotes: 'What an incredible two days!' but not ‘Escape’.

    A title is short or in Title Case; speech has five or more words, mostly in lower case, or fewer
    words in lower case that a verb of saying or a colon introduces (_short_speech).  A quotation that
    opens a paragraph and never closes in it is quoted to the paragraph's end, like a double one (_runs_on).
    """
    found = []
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text)]  # one pass, for the quotations and for _runs_on
    for start, end in _single_quoted(text, closes):
        inner = text[start + 1:end - 1]
        tokens = [inner[a:b] for a, b in words(inner)]
        if len(tokens) < 5:
            if _short_speech(text, start, tokens, inner):
                found.append((start, end))
            continue
        if mostly_title_case(tokens):
            continue
        found.append((start, end))
    left_open = _runs_on(text, goes_on, came_before, closes[-1] if closes else None)
    return found + ([left_open] if left_open is not None else [])


def _runs_on(text: str, goes_on: str, came_before: str, last_close: int | None) -> tuple[int, int] | None:
    """A single-quoted quotation left open to the paragraph's end: from a mark that opens the paragraph, or one
    opened after a colon or a sentence's end or a comma when the next paragraph opens with a single mark too.

    The quotation starts with a capital ("'Many of you won't have ever been to Manchester", celebrity-news fake/206),
    which leaves out the elisions that open with the same mark ('90s, 'cause, 'em, L.A.'s), and no closing mark
    follows it in the paragraph (a plural possessive, fans', counts as one: then nothing is assumed).  An elision
    can open a paragraph in capitals too ("'Tis the season ...", "'Allo 'Allo! star ...", "'N Sync ..."), so a
    paragraph's opening mark starts a quotation only when the paragraph is one of a run of single-quoted ones (the
    next or the one before opens with a single mark: fake/206, 108, 072, legit/064; a double mark opening the next
    is another quotation under the writer's line: "'Allo 'Allo! star Gorden Kaye has died. / "He was a joy ..."),
    or when it ends on its speaker (_ATTRIBUTED: "..., noted the insider", fake/127).  A paragraph that opens on a
    known elision (opens_on_elision) is no quotation for its neighbours: only its own speaker makes it one.
    """
    for m in _SINGLE_OPEN.finditer(text, 0 if last_close is None else last_close + 1):
        i = m.start()
        nxt = text[i + 1:i + 2]
        if not (nxt.isupper() or nxt in ("[", "…") or text.startswith("...", i + 1)):
            continue
        if i == 0 and (_SINGLE_OPENING & {goes_on, came_before} and not opens_on_elision(text)
                       or _ATTRIBUTED.search(text)):
            return i, len(text)
        if i > 0 and goes_on in _SINGLE_OPENING and _AFTER_CLAUSE.search(text, 0, i):
            return i, len(text)
    return None


_AFTER_CLAUSE = LazyPattern(r"[:,.!?…]\s+\Z")

# The aphaeretic elisions that dictionaries spell with a leading apostrophe and that can open a sentence in capitals
# (Merriam-Webster and Collins entries 'tis, 'twas, 'twill, 'twould, 'twere, 'cause, 'cos, 'til, 'bout, 'em, 'n'),
# with the dropped h of the BBC sitcom 'Allo 'Allo! and the band 'N Sync (review 9 probes: "'Tis the season ...",
# "'Allo 'Allo! star ...", "'Cos nobody does it like ...").
_ELISION_OPENING = LazyPattern(r"['‘](?:T(?:is|was|will|would|were)|C(?:ause|os|oz)|Til|Bout|Em|N|Allo)(?![\w'’-])")


def opens_on_elision(text: str) -> bool:
    """Whether a paragraph opens on an elision in capitals, not a quotation mark: "'Tis the season ..."."""
    return _ELISION_OPENING.match(text) is not None

# The verbs of saying, writing and noting that the patterns below and lint/analysis/attribution.py are built from:
# rules/_data/saying.toml, each list with where it came from and why it differs from the others.
# The verbs of saying that take a speaker (the that-clause, the closing attribution):
SAYING = ("saying_no_object", "saying_with_object", "telling")


def saying_verbs(*keys: str) -> str:
    """The verbs of the lists KEYS of rules/_data/saying.toml as one non-capturing alternation, longest first."""
    verbs = dict.fromkeys(verb for key in keys for verb in word_lists.words("saying", key))
    return f"(?:{word_lists.alternation(verbs)})"


# A reporting verb that introduces another's words, for the short quotations of _short_speech (saying.toml,
# introducing), then at most five words of the same clause before the quotation, or a colon right before it.
_INTRODUCED = LazyPattern(lambda: rf"(?:(?<![\w'’]){saying_verbs('introducing')}(?:[ \t]+[^\s.;!?:]+){{0,5}}[ \t]+"
                                  r"|:[ \t]*)\Z", re.IGNORECASE)


def _speaker_verb() -> str:
    """A speaker's verb in the attribution of a paragraph that opens on a quotation mark (_ATTRIBUTED): those that
    introduce, the verbs of saying, and "note", which reports words already given (", noted the insider", fake/127)."""
    return rf"(?<![\w'’]){saying_verbs('introducing', *SAYING, 'noting')}(?![\w'’])"


# The attribution that closes a quoted paragraph, after a comma or the closing mark: the verb first and its speaker
# ("..., noted the insider.", fake/127; ", said a source close to the couple."), or a speaker of a few words and the
# verb last, with at most two words after it (", he said.", ", the insider told us.").  A verb inside the writer's
# own clause is no attribution: "..., which this year added a new laser show.", "..., which adds a second night."
_ATTRIBUTED = LazyPattern(lambda: rf"[,”\"’'—–]\s*(?:{_speaker_verb()}(?:\s+[^\s,.;:!?]+){{0,6}}|(?!(?:which|that|"
                                  rf"who|whose|where|when)\b)(?:[^\s,.;:!?]+\s+){{1,4}}{_speaker_verb()}"
                                  r"(?:\s+[^\s,.;:!?]+){0,2})[.!?…]?[\"”’']?\s*\Z", re.IGNORECASE)
_PRONOUN_I = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})


def _short_speech(text: str, start: int, tokens: list[str], inner: str) -> bool:
    """A short single-quoted phrase in lower case that a verb of saying, writing or gushing, or a colon introduces:
    "gushing they'd make 'the cutest babies'", "the Duke exclaimed: 'As escape artist!'".

    A capital is allowed only on the first of several words when the phrase ends on its own punctuation (a whole
    utterance: 'Get him!'); any other capital reads as a title ('Look What You Made Me Do', ‘Escape’), and "rock 'n'
    roll" holds no word of two letters.
    """
    if not any(len(t) > 1 for t in tokens):
        return False
    for k, token in enumerate(tokens):
        if token[0].isupper() and token not in _PRONOUN_I and (
                k > 0 or len(tokens) < 2 or inner.rstrip()[-1:] not in ".!?,"):
            return False
    return _INTRODUCED.search(text, max(0, start - 80), start) is not None


_QUOTE_MARK = LazyPattern("[\"“”„]")
_MISMATCHED_CLOSE = LazyPattern(r"’(?<=\w’)(?![\w’])")  # the mark first, as _SINGLE_CLOSE


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    if mark in "“„":
        return True
    if mark == "”":
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:":
        return not after.isspace()
    return False


_NEXT_CHAR = LazyPattern(r"\s*(\S)")


def _capital_after(text: str, end: int) -> bool:
    nxt = _NEXT_CHAR.match(text, end)
    return nxt is not None and nxt[1].isupper()


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of a paragraph (start, end), trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        mark = m[0]
        at, end = m.span()
        if mark == ".":
            word = _word_before_point(text, start, at)
            if word is not None and _abbreviation(word.lower(), text, end):
                continue
        elif mark == "!" and at and text[at - 1].isupper() and text[at - 1] not in "IO" and (
                at < 2 or not text[at - 2].isalnum()):
            continue  # a one-letter brand, not an exclamation: "which we first saw on E! News, below" (legit/240)
        nxt = _NEXT_CHAR.match(text, end)  # not text[end:].lstrip(): that copies the rest of the block per sentence
        if nxt and nxt[1].islower():
            continue
        spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    trimmed = []
    for a, b in spans:
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            trimmed.append((a + lead, b - trail))
    return tuple(trimmed)


_INITIALISM = LazyPattern(r"(\w\.)+\w")


def _word_before_point(text: str, start: int, at: int) -> str | None:
    r"""The run of letters, digits, underscores and points before the point at `at` (not before `start`), if any.

    What a search for ([\w.]+)\.$ finds, read backwards from the point: the search tried every
    place before it, a match per place.  str.isalnum of one character is re's \w without "_".
    """
    i = at
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return text[i:at] if i < at else None


def _abbreviation(token: str, text: str, end: int) -> bool:
    """Whether the point after token (lower case) ends an abbreviation, initial or initialism, not a sentence."""
    if token in _ABBREVIATIONS:
        # "etc." before a capital ends its list and its sentence: "TV shows, etc. Come back ..."
        return not (token == "etc" and _capital_after(text, end))
    return (len(token) == 1 and token.isalpha()) or _INITIALISM.fullmatch(token) is not None


def words(text: str) -> list[tuple[int, int]]:
    """Word spans: letters and digits, with inner apostrophes and hyphens."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


_LEXICAL_TOKEN = LazyPattern(r"[^\W_]+(?:['’][^\W_]+)*")


def word_positions(text: str, fold_case: bool) -> dict[str, list[int]]:
    """Where each word starts, keyed by the word (’ read as ', lower-cased with fold_case).

    A word with an apostrophe is also indexed by its part before it ("star's" under
    "star" too), so a lexicon entry for "star" is tried there.  Built once per block
    and shared by every lexicon, it lets a lexicon try its phrases only where a word
    that opens one of them stands, instead of scanning the text once per phrase.
    """
    folded = text.lower() if fold_case else text
    word_by_word = len(folded) != len(text)  # a letter whose lower case is longer ("İ")
    if word_by_word:
        folded = text
    folded = folded.replace("’", "'")
    index: dict[str, list[int]] = {}
    get = index.get
    # finditer beat findall with str.find per word by a tenth to a fifth (CPU time, BBC corpus): one C call per word.
    for m in _LEXICAL_TOKEN.finditer(folded):
        word = m[0].lower() if word_by_word else m[0]
        starts = get(word)
        if starts is None:
            index[word] = [m.start()]
        else:
            starts.append(m.start())
    if "'" not in folded:
        return index
    for word in [w for w in index if "'" in w]:
        stem = word.split("'", 1)[0]
        index[stem] = sorted(index.get(stem, []) + index[word])
    return index


# As many matches as _WORD in any text, without its backtracking: a word runs on to the end of its
# run of word characters, where _WORD stops at the last letter or digit (no new word starts in between).
_WORD_COUNTED = LazyPattern(r"[^\W_][\w’'\-]*")


def word_count(text: str) -> int:
    return len(_WORD_COUNTED.findall(text))


_TITLE_CASE_SHARE = 0.6  # of the words of more than three letters


def mostly_title_case(words: Iterable[str], share: float = _TITLE_CASE_SHARE) -> bool:
    """At least 60% (or `share`) of the words of more than three letters start with a capital: a title's or a
    headline's Title Case ("Do You Remember Her 10 Best TV Appearances?"), not a sentence's. With share=1.0, Title
    Case throughout, where the case of no word says anything."""
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= share * len(long_words)


@lru_cache(maxsize=4096)
def mostly_capitals(text: str) -> bool:
    """More than 80% of the letters are capitals: an all-caps line is a house style, not shouting or a spelling."""
    letters = sum(map(str.isalpha, text))  # map and sum: the loop runs in C
    return letters > 0 and sum(map(str.isupper, text)) > 0.8 * letters
