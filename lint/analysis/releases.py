"""Which sentences announce a release, which dates belong to it, and in what tense.

Reads the release vocabulary (rules/_data/release-language.toml) and the date
expressions of lint/dates.py, and produces one ReleaseAnalysis per article that
the dates rules share: release sentences with their dates, whether the article
is release coverage, and the work each date belongs to.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any
from collections.abc import Iterator
from functools import cached_property, lru_cache

from .. import cache
from .bare_titles import bare_title_subject
from .dates import DateExpr, Precision, find_dates, holds_window
from .dateline import dateline_end
from ..document import TEXT_SCOPES, Block, Document
from ..errors import RuleFileError
from ..resources import data_text
from .listgate import ListGate
from .openings import READER_VERSION, required
from .casefold import FoldedPattern, folds_exactly
from .tokens import sentences
from ..tomlcompat import tomllib

DEFAULT_VOCABULARY = "_data/release-language.toml"
_KEYS = ("works", "live_works", "not_works", "platforms", "release", "future", "headline", "other_events", "reschedule", "past",
         "past_markers", "recent", "territories", "claims", "lapsed", "production", "events", "habitual")


_UNSET: Any = object()


class Vocabulary:
    """The release vocabulary, one pattern per list, each compiled on first use.

    An article without a release sentence needs two of the fourteen, and compiling
    all of them is a tenth of a cold start.
    """

    works: re.Pattern[str]
    live_works: re.Pattern[str]
    not_works: re.Pattern[str]
    platforms: re.Pattern[str]
    release: re.Pattern[str]
    future: re.Pattern[str]
    headline: re.Pattern[str]
    other_events: re.Pattern[str]
    reschedule: re.Pattern[str]
    past: re.Pattern[str]
    past_markers: re.Pattern[str]
    recent: re.Pattern[str]
    territories: re.Pattern[str]
    lapsed: re.Pattern[str]
    claims: re.Pattern[str]
    production: re.Pattern[str]
    events: re.Pattern[str]
    habitual: re.Pattern[str]

    def __init__(self, lists: dict[str, list[str]], gate_strings: dict[str, list[list[str]]] | None = None) -> None:
        self._lists = lists
        # The literal strings of each gated list (gate_strings(), kept in the disk cache by vocabulary()).
        self._gate_strings = gate_strings if gate_strings is not None else gate_strings_of(lists)

    def finditer(self, key: str, text: str) -> Iterator[re.Match[str]]:
        """Matches of one list in text, scanned as casefold.FoldedPattern scans (spans as in text)."""
        gate = self._gate(key)
        if gate is not None:
            low = text.lower()
            if len(low) == len(text):
                found = gate.finditer(low)
                if found is not None:
                    return found
        return self._caseless(key).finditer(text)

    def search(self, key: str, text: str) -> bool:
        gate = self._gate(key)
        if gate is not None:
            low = text.lower()
            if len(low) == len(text):
                return gate.search(low)
        return self._caseless(key).search(text)

    def _caseless(self, key: str) -> FoldedPattern:
        compiled: dict[str, FoldedPattern] = self.__dict__.setdefault("_caseless_patterns", {})
        if key not in compiled:
            compiled[key] = FoldedPattern(self._source(key))
        return compiled[key]

    def _gate(self, key: str) -> ListGate | None:
        """The list's gate (listgate.ListGate), for a list scanned over every block.

        A list is a long alternation behind a look-behind, which re tries at every character; its
        gate, a prefix tree of plain strings ("releas", "debut", "scheduled for"), is scanned several
        times faster, and most blocks hold none of them.  It stands in for the list only where the list
        runs over the lower-cased text (casefold.FoldedPattern does, when the lower case keeps the length).
        """
        gates: dict[str, ListGate | None] = self.__dict__.setdefault("_gates", {})
        gate = gates.get(key, _UNSET)
        if gate is _UNSET:
            strings = self._gate_strings.get(key)
            gate = gates[key] = ListGate(self._lists[key], strings) if strings else None
        return gate  # type: ignore[no-any-return]

    def _source(self, key: str) -> str:
        if key not in _KEYS:
            raise AttributeError(key)
        return _list_source(self._lists, key)

    def __getattr__(self, key: str) -> re.Pattern[str]:
        pattern = re.compile(self._source(key), re.IGNORECASE)
        setattr(self, key, pattern)  # later reads find the attribute and skip __getattr__
        return pattern


@lru_cache(maxsize=8)
def vocabulary(name: str = DEFAULT_VOCABULARY) -> Vocabulary:
    """The vocabulary by file path, or by name in the bundled rule packs."""
    try:
        lists = cache.derived("release-vocabulary-4", [name], lambda: _read(name), lambda v: isinstance(v, dict))
        gates = cache.derived(f"release-entry-gates-{READER_VERSION}", [name], lambda: gate_strings_of(lists),
                              lambda v: isinstance(v, dict) and all(isinstance(g, list) for g in v.values()))
        vocab = Vocabulary(lists, gates)
        if name != DEFAULT_VOCABULARY:  # a house vocabulary's mistakes show when it is loaded, not mid-run
            for key in _KEYS:
                getattr(vocab, key)
        return vocab
    except (OSError, ValueError, re.error) as error:
        raise RuleFileError(f"cannot load release vocabulary {name!r}: {error}") from None


# The lists scanned over every block of every article; the others run over the few release sentences, and
# a gate there would cost more to build than it saves.
_GATED = ("release", "claims")


def gate_strings_of(lists: dict[str, list[str]]) -> dict[str, list[list[str]]]:
    """For each gated list: per entry, literal strings one of which every match of the entry holds
    (openings.required).

    Only for a list that runs case-sensitively over the lower-cased text (casefold.folds_exactly), as its gate
    does, and whose every entry the reader follows; any other list is not gated.
    """
    out = {}
    for key in _GATED:
        entries = lists.get(key)
        if not entries or not folds_exactly(_list_source(lists, key)):
            continue
        strings = [required(entry) for entry in entries]
        if all(strings):
            out[key] = [list(group) for group in strings if group]
    return out


def _list_source(lists: dict[str, list[str]], key: str) -> str:
    items = lists.get(key, ["(?!)"])
    return r"(?<![\w-])(?:" + "|".join(f"(?:{i})" for i in items) + r")(?![\w-])"


def _read(name: str) -> dict[str, list[str]]:
    data = tomllib.loads(data_text(name))
    return {k: list(data[k]) for k in _KEYS if k in data}


@dataclass(frozen=True)
class ReleaseDate:
    """A date expression that belongs to a release."""

    block: Block
    date: DateExpr
    sentence: tuple[int, int]
    tense: str  # "past", "future" or "present"
    work: str  # the title it is tied to, or "" for the article's own work
    superseded: bool  # an old date in a rescheduling clause ("was slated to open on 21 September")
    territory: bool = False  # the sentence names a country: one of several national release dates
    market: str = ""  # that country or market, lower-cased ("in the us", "korean release"), "" when none
    spoken: bool = False  # inside a direct quotation

    @property
    def earlier(self) -> bool:
        """Dated in an earlier year or month ("July of last year", "last June", "last Eid"): an earlier event."""
        return self.date.year_offset is not None and self.date.year_offset < 0 and not self.date.day_relative


@dataclass(frozen=True)
class ReleaseSentence:
    block: Block
    span: tuple[int, int]
    tense: str
    dates: tuple[ReleaseDate, ...]
    in_lede: bool = False  # in the first body paragraph (or the dek)
    live: bool = False  # its only cues are a coming performance ("is to perform at a concert"): no release coverage


@dataclass(frozen=True)
class ReleaseAnalysis:
    sentences: tuple[ReleaseSentence, ...]
    headline_cue: bool
    upcoming_in_lede: bool = False  # "Makers of his upcoming film ..." in the headline or the lede

    @property
    def is_release_coverage(self) -> bool:
        """About an upcoming release: a headline cue, an upcoming work in the lede, or a future-tense
        release sentence in the lede.

        A release mentioned in passing further down (an interview that names a next film)
        does not make the article release coverage.
        """
        return (self.headline_cue or self.upcoming_in_lede
                or any(s.tense == "future" and s.in_lede and not s.live for s in self.sentences))

    @property
    def dates(self) -> list[ReleaseDate]:
        return [d for s in self.sentences for d in s.dates]

    @property
    def timings(self) -> list[ReleaseDate]:
        """Dates that time a current release: not an old date set aside, not "last June" for an earlier event."""
        return [d for d in self.dates if not d.superseded and not d.earlier]

    def main_work(self, doc: Document) -> str:
        """The work the article is about: metadata subject.title, else the first title in the headline."""
        subject = doc.meta.get("subject")
        if isinstance(subject, dict) and isinstance(subject.get("title"), str):
            return str(subject["title"]).strip().lower()
        headline = doc.headline
        m = _TITLE.search(headline.text) if headline else None
        return next(g for g in m.groups() if g).strip(" ,.").lower() if m else ""


# A title in quotes starts with a capital or a digit ("“King the Land”", "‘Escape’"); speech often does not.
_TITLE = re.compile(r"“([A-Z0-9][^”]{1,79})”|\"([A-Z0-9][^\"]{1,79})\"|‘([A-Z0-9][^’]{1,79}?)’(?![a-z])"
                    r"|(?<![\w])'([A-Z0-9][^']{1,59}?)'(?![a-z])")
_TITLE_WORDS = 5


def _in_title(sentence: str, date: DateExpr) -> bool:
    """The date is a word of a short quoted title: the variety show “Eid Utshob”, the “Summer 2024” tour.

    A quotation of more words is speech, whose timings count.
    """
    return any(m.start() < date.start and date.end < m.end() and m[0].count(" ") < _TITLE_WORDS
               for m in _TITLE.finditer(sentence))


_CLAUSE_BREAK = re.compile(r"[;,]|\bbut\b|\bnow\b|\binstead\b|\bwhile\b", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(r"\b(?:be|been|being|will|to)\s+$", re.IGNORECASE)


def analyse(doc: Document, vocab: Vocabulary) -> ReleaseAnalysis:
    headline = doc.headline
    found: list[ReleaseSentence] = []
    # The lede is the first paragraph of running text: a byline paragraph ("by. soobyn Park") is not.
    first = next((b for b in doc.blocks if b.kind == "paragraph" and b.text.count(" ") >= _LEDE_MIN_WORDS - 1), None)
    if headline is not None and not _furniture(headline.text):
        headline_cue = _headline_cue(headline.text, vocab)
    elif headline is not None:
        # Site furniture parsed as the headline ("Skip to content", "date 2022-04-12 Entertainment", "22", a byline):
        # the first block of words under it is the page's headline.
        opening = next((b for b in doc.blocks[1:1 + _HEAD_SEARCH] if b.kind in ("subheading", "paragraph", "dek")
                        and len(_ALPHA_WORD.findall(b.text)) >= _MIN_HEAD_WORDS), None)
        lead = next(iter(sentences(opening.text)), None) if opening is not None else None
        headline_cue = lead is not None and _headline_cue(opening.text[lead[0]:lead[1]], vocab)  # type: ignore[union-attr]
    else:
        # A page whose headline the parser did not find (a long first line reads as a paragraph) opens with the
        # headline or a lede that says the same: its first sentence stands in for the headline's cue.
        opening = first or next((b for b in doc.blocks if b.kind == "paragraph"), None)
        lead = next(iter(sentences(opening.text)), None) if opening is not None else None
        headline_cue = lead is not None and _headline_cue(opening.text[lead[0]:lead[1]], vocab)  # type: ignore[union-attr]
    lede = {id(b) for b in doc.blocks if b is first or b.kind == "dek"}
    sections = _sections(doc)
    for block in doc.blocks_in(TEXT_SCOPES):
        text = block.text
        if _CROSS_LINK.match(text) or not (vocab.search("release", text) or _COME.search(text) or holds_window(text)):
            continue  # "SEE ALSO: ... dramas that will air in 2022" is another story's headline
        # The dateline's date is the day of writing, not a release date.
        filed = dateline_end(text) if id(block) in lede or block.kind == "headline" else 0
        # The lede goes on from the headline: "Interesting new pairings for upcoming 2023 drama series and movies"
        # names the works that "projects are being ... planned for the upcoming 2023" speaks of (gold-dev w27).
        context = text + "\n" + headline.text if headline is not None and id(block) in lede and block.kind != "dek" else text
        for a, b in sentences(text):
            sentence = text[a:b]
            cues = [m for m in vocab.finditer("release", sentence)
                    if _is_release(sentence, m, vocab, block.kind == "headline", context)
                    and not (block.kind == "caption" and _LIVE_CUE.match(m[0]))]  # "Adele performs in Berlin, in 2016": a photo's moment
            come = _come(sentence, vocab)
            if come is not None:
                cues.insert(0, come)
            if not cues:
                cues = _window_cues(sentence, vocab, block.kind == "headline")
            if not cues:
                continue
            tense = _tense(sentence, cues, vocab)
            if block.kind == "headline" and any(_HEADLINE_TO.search(sentence, 0, c.start()) for c in cues):
                tense = "future"  # headline-ese: "Actor Song Kang to hold his first fan meeting tour"
            # Dates in quotations count: a date is information the reader needs, whoever gave it.
            own_dates = [d for d in find_dates(sentence, block.kind == "headline")
                         if a + d.start >= filed and not _in_title(sentence, d)]
            cued = _Cued(sentence, cues, vocab) if own_dates else None
            dates = tuple(_attach(block, (a, b), cued, d, vocab) for d in own_dates if cued is not None)
            kept = _drop_explained_shifts(text, tuple(d for d in dates if d is not None))
            if id(block) in sections:  # an untitled date in a listicle belongs to its section's work
                kept = tuple(dataclasses.replace(d, work=sections[id(block)]) if not d.work else d for d in kept)
            live = all(_LIVE_CUE.match(c[0]) for c in cues)
            if live and tense == "present":
                # "Adele performs in Berlin, Germany, in 2016" (a photo line, set I): the present of a caption tells a
                # past moment; only a relative day ("Performs at the final tonight") or a full date times a coming one.
                kept = tuple(d for d in kept if d.date.precision is Precision.RELATIVE or not d.date.vague)
            found.append(ReleaseSentence(block, (a, b), tense, kept, id(block) in lede or block.kind == "headline", live))
    upcoming = any(_upcoming_work(b, vocab) for b in doc.blocks_in(("headline", "dek", "body"))
                   if b.kind == "headline" or id(b) in lede)
    analysis = ReleaseAnalysis(tuple(found), headline_cue, upcoming)
    if analysis.is_release_coverage and not any(d.block.kind == "headline" for d in analysis.timings):
        # Release coverage may give its timing without a release verb: "Interesting new pairings for upcoming
        # 2023 drama series".  That timing is judged too, unless the sentence is already a release sentence.
        seen = {(id(s.block), s.span) for s in found}
        timing = tuple(t for t in _timing_sentences(doc, vocab, lede) if (id(t.block), t.span) not in seen
                       and (not analysis.timings or t.block.kind == "headline"))
        if timing:
            return ReleaseAnalysis(tuple(found) + timing, headline_cue, upcoming)
    return analysis


_HEAD_SEARCH = 5
_MIN_HEAD_WORDS = 3
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
_BYLINE = re.compile(r"(?i:by)\s+\S+.{0,40}\b(?:19|20)\d\d\W*$|(?i:skip to (?:main )?content)")


def _furniture(headline: str) -> bool:
    """The headline is site furniture, not a title: a stamp with a section name ("date 2022-04-12 Entertainment"), a
    number or a stray word ("22", "or"), a byline with its date ("by lo_ve, July 25, 2024"), a skip link (pages of sets
    J, K and L, five outlets)."""
    rest = headline[dateline_end(headline):]
    return len(_ALPHA_WORD.findall(rest)) < _FURNITURE_WORDS or _BYLINE.match(rest.strip()) is not None


# A two-word headline can be a title ("Star news"); one word or none is a section name or a stray token.
_FURNITURE_WORDS = 2


_MIN_SECTIONS = 3
_SECTION_TITLE = re.compile(r"[^.!?:]{1,60}(?::[^.!?]{1,50})?")


def _sections(doc: Document) -> dict[int, str]:
    """Paragraph -> the work its section heading names, in a listicle of works ("Ouija 2", "Pitch Perfect 3").

    US and UK copy often sets titles in italics that plain text loses (gold-dev u25), so a date in
    "Filming has already started for this film that is due out in June of 2016" names no title; under
    a run of short title-like subheadings, the heading is the work.  Fewer headings, or headings that are
    sentences, are topics, not works.
    """
    heads = [b for b in doc.blocks if b.kind == "subheading"]
    if len(heads) < _MIN_SECTIONS or not all(_SECTION_TITLE.fullmatch(h.text.strip()) and h.text.count(" ") < 10
                                             for h in heads):
        return {}
    out: dict[int, str] = {}
    current = ""
    for b in doc.blocks:
        if b.kind == "subheading":
            current = "section:" + b.text.strip().lower()
        elif current:
            out[id(b)] = current
    return out


def _drop_explained_shifts(text: str, dates: tuple[ReleaseDate, ...]) -> tuple[ReleaseDate, ...]:
    """A shift that the next date explains ("moving two months later to July 2024") is not a timing of its own."""
    out = []
    for d, e in zip(dates, (*dates[1:], None)):
        if (e is not None and d.date.precision is Precision.RELATIVE and d.date.note == "relative shift"
                and re.fullmatch(r"\s+(?:to|until|into)\s+(?:the\s+)?", text[d.date.end:e.date.start])):
            continue
        out.append(d)
    return tuple(out)


# "Come Eid-ul-Fitr, the channels are ready with TV plays and films" (T pages), "Come Christmas, three films open":
# "come" before a timing, opening a sentence that names works, is the timing of those works.
_COME = re.compile(r"(?:^|(?<=[.!?]\s))Come\s+(?=\S)")


def _come(sentence: str, vocab: Vocabulary) -> re.Match[str] | None:
    """The fronted "Come" of a sentence whose timing follows it, as a release cue, when the sentence names works."""
    m = _COME.match(sentence)
    if m is None or not any(d.start == m.end() for d in find_dates(sentence)) or not _names_work(sentence, vocab):
        return None
    return re.match(r"Come", sentence)


def _window_cues(sentence: str, vocab: Vocabulary, headline: bool) -> list[re.Match[str]]:
    """Festival windows that are the cues of their own dates: in a sentence that names works, points ahead or names a
    platform, and does not tell the past or a custom.

    The windows of rules/_data/holidays.toml are the ones trade press names as release windows, so a window beside
    works dates them with no release verb: "Three upcoming films this Eid", "films take over theatres during Tet",
    "has announced his next film for the Dussehra weekend" (web pages of sets T, H and I, three outlets).  Left to the
    release verbs: a past sentence ("were lined up as an Eid release"), a custom ("make comedies for Tet", "every
    Eid"), a day of the window ("on the first day of Eid"), a window nearer another event than any work ("said
    during a Hari Raya event that ... the drama"), and a window with no preposition or qualifier before it ("Eid on
    the small screen": the topic).
    """
    if not holds_window(sentence) or not _names_work(sentence, vocab):
        return []
    named = [d for d in find_dates(sentence, headline) if d.note == "holiday window"]
    windows = [d for d in named if not _WINDOW_SLOT.search(sentence, max(0, d.start - 30), d.start)
               and (d.year_offset is not None or _WINDOW_TIMING.search(sentence, max(0, d.start - 30), d.start))]
    if not windows or vocab.search("past_markers", sentence) or vocab.search("recent", sentence) or vocab.search("habitual", sentence):
        return []
    if _PAST_VERB.search(_PERFECT.sub(" ", sentence)) or _IRREGULAR_PAST.search(sentence) or _OFTEN.search(sentence):
        return []
    # "the upcoming Qurbani Eid" points at the holiday, not at a work.
    ahead = [m for m in vocab.finditer("future", sentence)
             if not any(0 <= d.start - m.end() <= 12 and not vocab.search("works", sentence[m.end():d.start]) for d in named)]
    if not ahead and not vocab.search("platforms", sentence):
        return []
    works = [m.span() for m in vocab.finditer("works", sentence)] + [m.span() for m in _TITLE.finditer(sentence)]
    events = [m.span() for m in vocab.finditer("other_events", sentence)]
    out = []
    for d in windows:
        if events and (not works or min(_gap(d, e) for e in events) < min(_gap(d, w) for w in works)):
            continue
        m = re.compile(re.escape(d.text)).match(sentence, d.start)
        if m is not None:
            out.append(m)
    return out


def _gap(date: DateExpr, span: tuple[int, int]) -> int:
    return max(date.start - span[1], span[0] - date.end, 0)


# The present perfect reports news ("has announced his next film"), not the past.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+|finally\s+)?\w+ed\b", re.IGNORECASE)
_WINDOW_SLOT = re.compile(r"\b(?:every|each|day\s+of(?:\s+the)?|days\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
# A window is a timing after a preposition or a qualifier ("during Tet", "for the Dussehra weekend", "this Eid"); as a
# subject ("Eid on the small screen") it is the topic.
_WINDOW_TIMING = re.compile(r"\b(?:on|over|for|during|around|ahead of|before|in time for|till|until|in|at|by)\s+"
                            r"(?:(?:the|this|a|an|this year['’]s)\s+)?$", re.IGNORECASE)
_OFTEN = re.compile(r"\b(?:often|always)\b", re.IGNORECASE)


_LEDE_MIN_WORDS = 8
_HEADLINE_TO = re.compile(r"\bto\s+$")
# Owned or pointed at: "his upcoming film", "this upcoming show"; "an upcoming movie" is any film.
_UPCOMING = re.compile(r"(?:\b(?:his|her|their|its|this|the|my|our)|['’]s)\s+(?:upcoming|forthcoming|yet-to-be-released)\s+",
                       re.IGNORECASE)


# A work still to be announced has no release to date: "fans await the announcement of the star's upcoming film",
# "to announce his next project" (T pages).
# An announcement made ("announced his upcoming album 'X'") names the work; one still to come does not.
_UNANNOUNCED = re.compile(r"\b(?:(?:to|will|would|yet to|going to)\s+(?:announce|reveal|unveil)|announcement\s+of)\s+[^,.;]{0,25}$",
                          re.IGNORECASE)


def _upcoming_work(block: Block, vocab: Vocabulary) -> bool:
    """'his upcoming film', 'this upcoming show': the text is about a work still to come.

    Only in the writer's voice: a source quoted on "her upcoming album" (celebrity-news fake/248, a romance
    story) does not make the story release coverage.
    """
    text = block.text
    for m in _UPCOMING.finditer(text):
        if block.in_speech(m.start(), m.end()) or _UNANNOUNCED.search(text, max(0, m.start() - 40), m.start()):
            continue
        window = text[m.end():m.end() + 40]
        w = next(vocab.finditer("works", window), None)
        if w is not None and not _CLAUSE_BREAK.search(window, 0, w.start()) and window[:w.start()].count(" ") <= 3:
            return True
    return False


def _headline_cue(text: str, vocab: Vocabulary) -> bool:
    """The headline announces a release of a work: "‘Baby coming soon’" over a pregnancy story does not."""
    for m in vocab.headline.finditer(text):
        if _PROMO_MATERIAL.search(m[0]) or _names_work(m[0], vocab):
            # a trailer, teaser, poster or date is always of a work ("Trailer Tuesday: Yesterday"), and so is a cue that
            # holds its work noun ("By Announcing New Song")
            return True
        rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        if _names_work(rest, vocab, exclude=m.span()):
            return True
    return False


_PROMO_MATERIAL = re.compile(r"trailer|teaser|poster|first look|date", re.IGNORECASE)


def _timing_sentences(doc: Document, vocab: Vocabulary, lede: set[int]) -> tuple[ReleaseSentence, ...]:
    """Headline and lede sentences that name a work and speak of the future, with the dates they give."""
    out = []
    for block in doc.blocks_in(("headline", "dek", "body")):
        if block.kind != "headline" and id(block) not in lede:
            continue
        for a, b in sentences(block.text):
            sentence = block.text[a:b]
            if not vocab.search("future", sentence) or not _names_work(sentence, vocab):
                continue
            dates = tuple(ReleaseDate(block, dataclasses.replace(d, start=a + d.start, end=a + d.end), (a, b),
                                      "future", _nearest_title(sentence, d), False,
                                      spoken=block.in_speech(a + d.start, a + d.end))
                          for d in find_dates(sentence, block.kind == "headline")
                          if (d.vague and d.precision is not Precision.RELATIVE or d.note == "holiday window")
                          and not _in_title(sentence, d))
            if dates:
                out.append(ReleaseSentence(block, (a, b), "future", dates, True))
    return tuple(out)


# What a sentence is about when its subject is one of these: tickets, photos and figures are released too.
_NOT_RELEASED = re.compile(r"\s*(?:the\s+)?(?:tickets?|photos?|pictures?|images?|statements?|figures|results)\b",
                           re.IGNORECASE)


# "The picture — out in theaters on Friday — currently holds a 94% rating" (celebrity-news legit/227): a picture in
# cinemas is a motion picture, not a photo.
_MOTION_PICTURE = re.compile(r"\s*(?:the\s+)?pictures?\b", re.IGNORECASE)
_CINEMA = re.compile(r"\b(?:theaters|theatres|cinemas|big screen|box office)\b", re.IGNORECASE)


# A release noun owned by "its": a thing's premiere or release is a work's (a person's would be "his" or "her").
_ITS_RELEASE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_RELEASE_NOUN = re.compile(r"(?:premiere|release|debut|opening)$", re.IGNORECASE)


_CROSS_LINK = re.compile(r"(?:SEE ALSO|READ ALSO|ALSO READ|READ MORE|RELATED|MORE)\s*:", re.IGNORECASE)


def _is_release(sentence: str, cue: re.Match[str], vocab: Vocabulary, headline: bool = False,
                paragraph: str = "") -> bool:
    """A release verb counts when the sentence names a work, a title or a platform, or the cue says 'release date'.

    The work may be named in another sentence of the same paragraph: "Ekhono Adhare is a special natok
    for Victory Day. It will be telecast anytime soon this month."
    """
    if re.search(r"date|['’]s (?:\w+ )?release", cue[0], re.IGNORECASE):
        return True  # "release date", "this Friday's release": the cue says it is a release
    # The sentence's own letter: a cue matched over lower-cased text (casefold.FoldedPattern) holds lower case.
    if not headline and sentence[cue.start()].isupper() and sentence[:cue.start()].strip():
        return False  # capitalised mid-sentence: part of a name ("Absolute Return for Kids")
    if _NOT_RELEASED.match(sentence) and not (_MOTION_PICTURE.match(sentence) and _CINEMA.search(sentence)):
        return False  # "Tickets for the two concerts were released at 8am on Friday"
    before = sentence[max(0, cue.start() - 40) : cue.start()].lower()
    if any(not _CLAUSE_BREAK.search(before, m.end()) for m in vocab.finditer("production", before)):
        return False  # "Filming is due to begin in May", "production starts": the cue's subject is another event
    if _THING_BEFORE.search(before):
        return False  # "a photo released by tvN", "the full information will soon be available"
    if _MOVE_CUE.match(cue[0]) and any(not re.search(r"[,;]|\band\b|\bbut\b", before[m.end():])
                                       for m in vocab.finditer("other_events", before)):
        return False  # "the festival may be moved to January next year" (BBC 058): an event moved, not a work
    if _event_subject(sentence, cue, vocab):
        return False  # "The awards, which were hosted by Jack Dee, are to be screened on ITV London on Tuesday" (BBC 034)
    if _PROMO_BEFORE.search(before) or _PROMO_AFTER.match(sentence, cue.end()):
        return False  # "the first trailer could be released soon": marketing, not the work (gold-dev u13)
    if re.search(r"\b(?:refuses?|refused|not|never|no|no plans to|won't|denie[sd]|cancel(?:l?ed|l?ing|s)?|scrap(?:s|ped|ping)?)\s+(?:to\s+)?(?:\w+\s+){0,1}(?:(?:or|and|nor)\s+)?$", before):
        return False  # "is to refuse to release": no release; "to refuse to release or stage concerts" (BBC 248) neither
    if _LIVE_CUE.match(cue[0]):
        return True  # a coming performance is the live work itself: "Performs at Champions League final tonight"
    blocked = [m.span() for m in vocab.finditer("not_works", sentence)]
    works = [m for m in vocab.finditer("works", sentence) if not any(a <= m.start() < b for a, b in blocked)]
    # A quoted phrase that holds the cue is a slogan, not a title: ‘Baby coming soon’.
    titles = [m for m in _TITLE.finditer(sentence) if not m.start() <= cue.start() < m.end()]
    if works or vocab.search("platforms", sentence) or titles or _bare_work(sentence, cue, vocab):
        return True
    if _ITS_RELEASE.search(before) and _RELEASE_NOUN.match(cue[0]):
        return True  # "ahead of its fall premiere this year" (celebrity-news legit/205): "its" is a work's
    # Borrowing the work from the paragraph is for sentences that speak of a coming release only.
    if not paragraph or paragraph == sentence or not vocab.search("future", sentence):
        return False
    # "Scheduled for" is no past tense, nor is a cue that points ahead ("planned for") or a present passive
    # ("are being produced"); a past cue ("published in January") is.
    ahead = re.fullmatch(r"(?:scheduled|slated|set|due|planned) for", cue[0], re.IGNORECASE)
    bare = sentence[:cue.start()] + " " * len(cue[0]) + sentence[cue.end():] if ahead else sentence
    if _PAST_VERB.search(vocab.future.sub(" ", bare)):
        return False
    return _names_work(paragraph, vocab)


# Things that are released or made available but are no work, right before the cue with at most a few auxiliaries and
# adverbs between: "a photo released by tvN", "the full information will soon be available", "tickets will be
# available from Friday", "details are expected to be released soon" (pages of sets K and L).
_THING_BEFORE = re.compile(r"\b(?:photos?|images?|statements?|pictures?|tickets?|details|information|updates)\s+"
                           r"(?:(?:will|would|be|been|is|are|was|were|soon|also|now|shortly|to|expected|set|likely)\s+){0,4}$")


# The live-performance and stage-opening cues of release-language.toml: the performance is the work, and needs no work
# noun beside it ("KPOP begins previews at Broadway's Circle in the Square Theatre on Thursday, October 13").
_LIVE_CUE = re.compile(r"(?:(?:begins?|began|starts?|started|beginning|starting) (?:its |their )?)?"
                       r"(?:perform|headlin|return(?:s|ing)? to the stage|performance|preview)|(?:official|formal) opening",
                       re.IGNORECASE)


def _bare_work(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    """The cue's subject is an unquoted name that is not an event's ("Berlin Film Festival, which opens")."""
    span = bare_title_subject(sentence, cue.start(), cue.end())
    name = sentence[span[0]:span[1]] if span else ""
    return bool(name) and not vocab.search("not_works", name) and not vocab.search("other_events", name)


_PREPOSITION_START = re.compile(r"\s*(?:at|in|on|during|after|before|from|with|since|following|ahead of|for)\b", re.IGNORECASE)
_SUBJECT_END = re.compile(r",|\b(?:is|are|was|were|will|would|has|have|had|to)\b", re.IGNORECASE)


def _event_subject(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    """The sentence's subject, before its first comma or verb, is an event (awards, a ceremony), not a work."""
    end = _SUBJECT_END.search(sentence, 0, cue.start())
    head = sentence[:end.start()] if end else ""
    if not head or _PREPOSITION_START.match(head):
        return False  # "At the press conference before his fan meet, Byeon teased ..." (gold-dev d25): no subject
    return vocab.search("events", head) and not vocab.search("works", head)


# Promotional material is released too, but its date is not the work's (GOLD-GUIDELINES: dates of events that
# are not releases are not marked): the noun right before the cue, or the cue's object.  Previews, clips and snippets
# are the same class (celebrity-news legit/102: "on Monday released a preview of a music video").
_PROMO_BEFORE = re.compile(r"\b(?:trailers?|teasers?|posters?|first look|stills|previews?|clips?|snippets?|sneak peeks?)\s+(?:(?:which|that)\s+)?(?:(?:could|will|would|may|might|to|be|is|are|was|were|been|set|soon)\s+){0,3}$",
                           re.IGNORECASE)
_PROMO_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|new|first|official|final|latest|main)\s+)*"
                          r"(?:trailers?|teasers?|posters?|first look|stills|previews?|clips?|snippets?|sneak peeks?)\b", re.IGNORECASE)


# A participle after "be" is a passive, not a past: "is set to be released in December" (celebrity-news legit/047).
_PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b|(?<!\bbeing )(?<!\bare )(?<!\bis )(?<!\bbe )(?<!\bbeen )\b\w{3,}ed\b(?! (?:by|to)\b)",
                        re.IGNORECASE)


def _names_work(text: str, vocab: Vocabulary, exclude: tuple[int, int] = (0, 0)) -> bool:
    """The text names a work, a platform or a title (a quoted phrase that holds `exclude` is a slogan)."""
    blocked = [m.span() for m in vocab.finditer("not_works", text)]
    return (any(not any(a <= m.start() < b for a, b in blocked) for m in vocab.finditer("works", text))
            or vocab.search("platforms", text)
            or any(not (m.start() <= exclude[0] < m.end()) for m in _TITLE.finditer(text)))


def _tense(sentence: str, cues: list[re.Match[str]], vocab: Vocabulary) -> str:
    if vocab.search("future", sentence):
        return "future"
    if vocab.search("recent", sentence) or vocab.search("past_markers", sentence):
        return "past"
    if all(_past_form(sentence, c, vocab) for c in cues):
        return "past"
    return "present"


def _noun_cue_past(sentence: str, cue: re.Match[str], date: DateExpr) -> bool:
    """A noun cue has no tense of its own ("earned $4m over its first three days of release", "a supporting role on
    the big screen"): the sentence's finite verb gives it, unless that verb only reports the news, or the date is the
    noun's own complement ("churned out an earlier release for “Deadpool 3” on May 2024", gold-dev u07).  The verb
    must come before the noun: in "continues to mount ahead of its fall premiere ..., and ... has fans fired up"
    (celebrity-news legit/205) a later clause's participle does not date the premiere."""
    if not _NOMINAL_BEFORE.search(sentence, 0, cue.start()) or not _told_past(sentence, cue.start()):
        return False
    return not (cue.end() <= date.start and _COMPLEMENT.fullmatch(sentence, cue.end(), date.start))


# What may stand between a release noun and its own date: "release for “Deadpool 3” on", "premiere in".
_COMPLEMENT = re.compile(r"\s+(?:(?:for|of)\s+(?:\S+\s+){1,6})?(?:on|in|for)\s+", re.IGNORECASE)


# A cue read as a noun or a phrase: a determiner, a possessive or a preposition before it.
_NOMINAL_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|of|on|in|for|with)|['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Verbs that report the news of a coming release rather than tell a past event: "confirmed the film's release in
# March" dates the release, whatever the tense of the report.
_REPORTING = re.compile(r"\b(?:announc|confirm|reveal|report|unveil|teas|said|says|tell|told|hint|share|post|updat|state|"
                        r"declar|disclos|plan|decid|schedul|slat|set)\w*", re.IGNORECASE)


# Irregular simple pasts (English grammar's closed class, the ones without a homograph base form), which the "-ed"
# pattern misses: "built his fame on the big screen".
_IRREGULAR_PAST = re.compile(r"\b(?:built|began|brought|found|gave|grew|knew|led|met|sang|spent|wrote|won|took|made|"
                             r"became|came|went|got|saw|stole|drew|broke|rose|fell)\b", re.IGNORECASE)


def _told_past(sentence: str, before: int) -> bool:
    """A past verb stands before the offset, and no verb of the sentence reports an announcement."""
    if _REPORTING.search(sentence):
        return False
    return _PAST_VERB.search(sentence, 0, before) is not None or _IRREGULAR_PAST.search(sentence, 0, before) is not None


def _past_form(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    word = cue[0].split()[0].lower()
    if _AUXILIARY_BEFORE.search(sentence[: cue.start()]):
        return False
    return word.endswith("ed") or bool(vocab.past.match(sentence, cue.start()))


# An event named as the place of the release is no rival for its date: "set to debut her new music video with a
# live broadcast at the Billboard Music Awards in Las Vegas on Sunday May 22" (T pages), "premieres at the festival
# on May 3".
_GATHERING = re.compile(r"awards?|ceremony|gala|festival|press conference|fan ?meeting", re.IGNORECASE)  # not an auction (BBC 163)
_VENUE = re.compile(r"\bat\s+(?:the\s+|this\s+year['’]s\s+)?(?:[\w'’.&-]+\s+){0,4}$", re.IGNORECASE)


class _Cued:
    """A release sentence with its cues, and what every date in it reads: found once for the sentence, not per date."""

    def __init__(self, text: str, cues: list[re.Match[str]], vocab: Vocabulary) -> None:
        self.text = text
        self.cues = cues
        self._vocab = vocab

    @cached_property
    def picks_works(self) -> bool:
        """A cue is a participle after a work noun picked from a set (_set_of_works)."""
        return any(_set_of_works(self.text, c, self._vocab) for c in self.cues)

    @cached_property
    def events(self) -> list[re.Match[str]]:
        """Other events in the sentence, outside the cues."""
        return [m for m in self._vocab.finditer("other_events", self.text)
                if not any(c.start() <= m.start() < c.end() for c in self.cues)
                and not (_GATHERING.fullmatch(m[0]) and _VENUE.search(self.text, max(0, m.start() - 50), m.start()))]

    @cached_property
    def bounds(self) -> list[int]:
        """0, where each clause break starts, and the sentence's length."""
        return [0, *(m.start() for m in _CLAUSE_BREAK.finditer(self.text)), len(self.text)]

    @cached_property
    def relative(self) -> list[bool]:
        """Per cue: its clause is a relative clause ("..., which premiered")."""
        return [_RELATIVE.match(self.clause(c.start())) is not None for c in self.cues]

    @cached_property
    def habitual(self) -> bool:
        """The sentence tells a custom ("usually", "every year", "known for"): its dates are slots, not timings."""
        return self._vocab.search("habitual", self.text)

    @cached_property
    def territories(self) -> list[re.Match[str]]:
        return list(self._vocab.finditer("territories", self.text))

    def clause(self, at: int) -> str:
        """The clause that holds the offset: the text between the clause breaks around it."""
        bounds = self.bounds
        for a, b in zip(bounds, bounds[1:]):
            if a <= at < b:
                return self.text[a:b]
        return self.text


def _attach(block: Block, span: tuple[int, int], cued: _Cued, date: DateExpr, vocab: Vocabulary) -> ReleaseDate | None:
    """The date as a release date, or None when another event is closer to it than any release cue."""
    def gap(m: re.Match[str]) -> int:
        return max(date.start - m.end(), m.start() - date.end, 0)

    sentence, cues = cued.text, cued.cues
    if any(_ROUNDUP_NOUN.fullmatch(c[0]) and _ROUNDUP_GAP.fullmatch(sentence, c.end(), date.start) for c in cues):
        return None  # "K-drama Premieres: April 2020" (T pages): a calendar's heading, the period of its works
    if cued.picks_works:
        return None  # "the first US movie released this year to top the $100m mark" (BBC 364): a period that picks works
    if date.year is not None and _PRIOR_GERUND.search(sentence, max(0, date.start - 80), date.start):
        return None  # "a comeback program for the MC after leaving the show in February 2010": an earlier step
    if _SINCE.search(sentence, 0, date.start):
        return None  # "will be released since 1971" (celebrity-news legit/060): a starting point, not a timing
    if cued.habitual:
        return None  # "films are normally released in time for the Diwali holiday": a custom, not one release's timing

    events = cued.events
    front = _fronted(sentence, date, cued.bounds[1:-1])
    if front is not None:
        # A fronted date ("On the 22nd, Kim will release ...", "In late March, it was reported that ...")
        # belongs to the clause after it: the cue and the events of that clause decide.
        cues_after = [c for c, relative in zip(cues, cued.relative) if front[0] <= c.start() < front[1] and not relative]
        if not cues_after:
            return None
        events_after = [m for m in events if front[0] <= m.start() < front[1]]
        if events_after and min(gap(m) for m in events_after) < min(gap(c) for c in cues_after):
            return None
        candidates = cues_after
    else:
        release_gap = min(gap(c) for c in cues)
        # Another event competes for the date only inside the date's own clause: in "will make its debut in
        # September, the label said Tuesday" the attribution is a clause of its own.
        own = [c for c in cues if not _broken(sentence, c, date)]
        others = [m for m in events if not (own and _broken(sentence, m, date))]
        if others and min(gap(m) for m in others) < release_gap:
            return None
        if not own and all(cued.relative):
            return None  # "Seal was in London last week to pre-record a performance for the show, which was broadcast on Saturday" (fake/072)
        candidates = own or cues
    # The cue of the date's own clause sets its tense: "The movie, which premiered at Sundance on January 20,
    # opens in theaters this fall" dates a past premiere and a coming opening.
    nearest = min(candidates, key=gap)
    clause = cued.clause(date.start)
    c0 = sentence.find(clause)
    # The date's own clause can undo a past tense when the cue is in it: in "“Blade” has already suffered many delays,
    # and now moves to February 2025" the earlier clause's "already" is about the delays (gold-dev u07).
    told = clause if c0 <= nearest.start() < c0 + len(clause) else sentence
    moved = _NEW_DATE.search(sentence, 0, date.start) is not None
    if vocab.search("lapsed", clause):
        tense = "past"
    elif _REDUCED_PARTICIPLE.match(nearest[0]) and _REDUCED_HEAD.search(sentence, max(0, nearest.start() - 40), nearest.start()):
        tense = "past"  # "the Urdu novel 'Jo Bachay Hain' published in 2013" (a page of set K): a work's past release
    elif moved and _MOVE_CUE.match(nearest[0]):
        tense = "present"  # "was then delayed a full year to 2022": the new date is the current timing
    else:
        tense = _tense(sentence, [nearest], vocab)
        if tense == "past" and told is clause and (_MOVE_CUE.match(nearest[0]) or vocab.search("future", clause)):
            tense = _tense(clause, [nearest], vocab)  # only a clause that itself points ahead: not "prior to its release in June 2003" (BBC 025)
        tense = _clause_tense(tense, sentence, clause, told is clause, nearest, date, vocab)
        if tense == "present" and _noun_cue_past(sentence, nearest, date):
            tense = "past"
        if (tense == "present" and date.year is not None and _RELATIVE.match(clause)
                and not vocab.search("future", clause) and _PAST_VERB.search(clause)):
            # "..., which he followed up with a Bollywood debut in 2008" (T pages): a relative clause in the past tells
            # a career's earlier step (a main clause's past verb may be the news: "churned out an earlier release").
            tense = "past"
    # "delayed a full year to 2022", "moved from May to July": the date after "to" is the new one; a marker
    # after the date ("on May 2024 (rather than November that year)") supersedes only what follows it.
    superseded = (not moved and any(c0 + m.start() < date.start for m in vocab.finditer("reschedule", clause)))
    shifted = dataclasses.replace(date, start=span[0] + date.start, end=span[0] + date.end)
    spoken = block.in_speech(shifted.start, shifted.end)
    return ReleaseDate(block, shifted, span, tense, _work(sentence, date, vocab), superseded, bool(cued.territories),
                       _market(cued.territories, date), spoken)


# A reduced relative clause: a past participle right after a title or a work noun, with no auxiliary, tells that work's
# past release whatever the tense of the sentence ("It will be a version of the novel 'X' published in 2013").
_REDUCED_PARTICIPLE = re.compile(r"(?:released|published|premiered|aired|launched)$", re.IGNORECASE)
_REDUCED_HEAD = re.compile(r"(?:[”’\"']|\b(?:novels?|books?|films?|movies?|albums?|singles?|songs?|series|dramas?))\s*$",
                           re.IGNORECASE)
_ROUNDUP_NOUN = re.compile(r"(?:premieres|releases|debuts|comebacks|launches)", re.IGNORECASE)
_ROUNDUP_GAP = re.compile(r"\s*[:|–—-]\s*")
_MOVE_CUE = re.compile(r"(?:mov|push|delay|postpon|shift|bump|reschedul)", re.IGNORECASE)
# A relative clause: its release verb tells of the noun before it, not of a date in the main clause.
_RELATIVE = re.compile(r"[,;]\s*(?:which|who|where|that)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# A release named as an earlier event: "following the release of third record 'Midnight Memories' in late 2013"
# (celebrity-news legit/069).  "Ahead of its release on Friday" points forward and is not here.
_PRIOR = re.compile(r"\b(?:following|after|since)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# An earlier step told with a gerund right before the date's phrase: "after leaving the show in February 2010".
_PRIOR_GERUND = re.compile(r"\b(?:after|since|following|before)\s+\w+ing\s+(?:[\w'’.-]+\s+){0,5}(?:in|on)\s+$",
                           re.IGNORECASE)
# A date set beside "release date" names it, whatever the sentence tells of the date's announcement:
# "its release date - 16 July - was announced" (BBC 025), "Swift's November 10th release date".
_APPOSED = re.compile(r"[\s(:,–—-]*(?:(?:of|is|as|on)\s+)?[\s(:,–—-]*")


# A work noun with a participle after it, under a determiner that picks from a set: "the first US movie released
# this year", "the number of Japanese films released", "every album launched in 2004".
_PICKS = re.compile(r"\b(?:first|only|last|second|third|biggest|highest[- ]grossing|best[- ]selling|most|number of|all|every|"
                    r"any|few|many|other)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:released|launched|published|issued|opened|premiered)$", re.IGNORECASE)


def _set_of_works(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    """The cue is a participle after a work noun picked from a set: the date bounds the set, it times no release."""
    if not _PARTICIPLE.match(cue[0]):
        return False
    noun = next((m for m in vocab.finditer("works", sentence[max(0, cue.start() - 30):cue.start()])
                 if m.end() == min(cue.start(), 30) - 1), None)
    return noun is not None and _PICKS.search(sentence, 0, max(0, cue.start() - 30) + noun.start()) is not None


def _clause_tense(tense: str, sentence: str, clause: str, own: bool, cue: re.Match[str], date: DateExpr,
                  vocab: Vocabulary) -> str:
    """The tense the date's own clause gives it, where it differs from the sentence's.

    "The tech giant, which launched Apple Music in June 2015, will not pay" (celebrity-news fake/022): a past
    verb in the date's clause dates a past event, though the sentence speaks of the future.  A date set beside
    "release date" names the release date, and a release after "following" or "after" is an earlier event.
    """
    if "date" in cue[0].lower():
        between = sentence[cue.end():date.start] if cue.end() <= date.start else sentence[date.end:cue.start()]
        if _APPOSED.fullmatch(between) and not vocab.search("lapsed", clause):
            return "present"
    if _PRIOR.search(sentence, 0, cue.start()):
        return "past"
    if own and tense == "future" and not vocab.search("future", clause) and _past_form(clause, _in(clause, sentence, cue), vocab):
        return "past"
    return tense


def _in(clause: str, sentence: str, cue: re.Match[str]) -> re.Match[str]:
    """The cue matched again inside its clause, so that positions are the clause's."""
    c0 = sentence.find(clause)
    m = re.compile(re.escape(cue[0])).match(clause, cue.start() - c0)
    assert m is not None
    return m
_NEW_DATE = re.compile(r"\b(?:to|until|till|into)\s+(?:the\s+)?$", re.IGNORECASE)
_FRONT_REST = re.compile(r"[\W\s]*(?:(?:in|on|by|from|since|until|as of|at|early|late|then)\s*)?[\W\s]*", re.IGNORECASE)


def _fronted(sentence: str, date: DateExpr, breaks: list[int]) -> tuple[int, int] | None:
    """When the date stands alone before a comma ("On the 22nd, ..."): the span of the clause it governs.

    breaks: where the sentence's clause breaks start.
    """
    before = max((b for b in breaks if b < date.start), default=0)
    after = [b for b in breaks if b >= date.end]
    if not after or sentence[after[0]] not in ",;":
        return None
    rest = sentence[before:date.start] + sentence[date.end:after[0]]
    if not _FRONT_REST.fullmatch(rest):
        return None
    return after[0], next((b for b in after[1:] if sentence[b] in ";"), len(sentence))


def _broken(sentence: str, event: re.Match[str], date: DateExpr) -> bool:
    """A clause break (comma, semicolon, 'but') stands between the event word and the date."""
    a, b = (event.end(), date.start) if event.end() <= date.start else (date.end, event.start())
    return _CLAUSE_BREAK.search(sentence, a, b) is not None


def _market(territories: list[re.Match[str]], date: DateExpr) -> str:
    """The market named nearest the date in its sentence ("in the US", "Korean release"), normalised."""
    best, best_gap = "", 10**9
    for m in territories:
        g = max(date.start - m.end(), m.start() - date.end, 0)
        if g < best_gap:
            best, best_gap = m[0], g
    words = best.lower().replace(".", "").split()
    return " ".join(w for w in words if w not in ("in", "the", "release", "premiere", "debut", "opening"))


# "the film", "its release": a work noun that points back at the titled work.
_GENERIC_BEFORE = re.compile(r"\b(?:the|its|this|that)\s+$", re.IGNORECASE)
# A plural work noun right before a vague date names other works than the one titled in the
# sentence: "a music video for “Bubble Gum” on April 27, ahead of two double singles in the coming months".
_PLURAL_WORK = re.compile(r"(?:films|movies|dramas|albums|singles|songs|tracks|shows|episodes|seasons|"
                          r"tours|concerts|books|games|projects|works|releases|comebacks)\W*$", re.IGNORECASE)


def _work(sentence: str, date: DateExpr, vocab: Vocabulary) -> str:
    title = _nearest_title(sentence, date)
    # "“Road to 20-Prelude 2” will hit music services ahead of the release of his 20th full-length album at the
    # end of this year": a work noun after the title and before the date names another, untitled work.
    lead = sentence[:date.start]
    last_title = max((m.end() for m in _TITLE.finditer(lead)), default=-1)
    if title and last_title >= 0:
        nouns = [m for m in vocab.finditer("works", lead) if m.start() > last_title + 15]  # not "“Be the Sun” tour"
        if nouns and not _CLAUSE_BREAK.search(lead, nouns[-1].end()) and not _GENERIC_BEFORE.search(lead, 0, nouns[-1].start()):
            return "works:" + nouns[-1][0].lower()
    before = sentence[max(0, date.start - 40):date.start]
    part = _NEXT_PART.search(sentence, max(0, date.start - 60), date.start)
    if part is not None and not _CLAUSE_BREAK.search(sentence, part.end(), date.start):
        return "part:" + part[0].lower()  # "the film ... on August 13, the second instalment will come out in 2022"
    m = _PLURAL_WORK.search(before.rstrip(" ,"))
    if m is None:
        return title
    # The plural noun wins when no title stands between it and the date.
    tail = before[m.start():]
    return title if _TITLE.search(tail) else "works:" + m[0].strip(" ,").lower()


# A later part of a work in two or more releases is a release of its own: its date is not the first part's, and
# the first part's full date does not cover it (a South Asian page of set T; gold-dev u07 and u25 mark sequels' years).
_NEXT_PART = re.compile(r"\b(?:second|third|fourth|final|next|concluding|last)\s+(?:instal(?:l)?ments?|parts?|chapters?|volumes?|sequels?)\b",
                        re.IGNORECASE)


def _nearest_title(sentence: str, date: DateExpr) -> str:
    best = ""
    best_gap = 10**9
    for m in _TITLE.finditer(sentence):
        title = next(g for g in m.groups() if g)
        if find_dates(title):
            continue
        g = max(date.start - m.end(), m.start() - date.end, 0)
        if g < best_gap:
            best, best_gap = title.strip(" ,."), g
    return best.lower()
