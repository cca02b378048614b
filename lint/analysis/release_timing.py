"""Which dates of a release sentence time its release, and how: tense, superseded, market, work.

A date belongs to the release cue nearest it in its own clause, unless another event is nearer, the date is a
calendar heading, a period that picks works, an earlier step or a custom.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from .date_expr import DateExpr, Precision
from ..document import Block
from .release_cues import MOVE_CUE
from .release_records import ReleaseDate
from .release_tense import CLAUSE_BREAK, PAST_VERB, clause_tense, noun_cue_past, sentence_tense
from .release_vocabulary import Vocabulary
from .release_works import work_of
from ..patterns import LazyPattern


def drop_explained_shifts(text: str, dates: tuple[ReleaseDate, ...]) -> tuple[ReleaseDate, ...]:
    """A shift that the next date explains ("moving two months later to July 2024") is not a timing of its own."""
    out = []
    for d, e in zip(dates, (*dates[1:], None)):
        if (e is not None and d.date.precision is Precision.RELATIVE and d.date.note == "relative shift"
                and re.fullmatch(r"\s+(?:to|until|into)\s+(?:the\s+)?", text[d.date.end:e.date.start])):
            continue
        out.append(d)
    return tuple(out)


# An event named as the place of the release is no rival for its date: a singer's new video that debuts during an
# awards show's live broadcast on a given day (T pages), "premieres at the festival on May 3".
_GATHERING = LazyPattern(r"awards?|ceremony|gala|festival|press conference|fan ?meeting", re.IGNORECASE)  # not an auction (BBC 163)
_VENUE = LazyPattern(r"\bat\s+(?:the\s+|this\s+year['’]s\s+)?(?:[\w'’.&-]+\s+){0,4}$", re.IGNORECASE)


class Cued:
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
        return [0, *(m.start() for m in CLAUSE_BREAK.finditer(self.text)), len(self.text)]

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


def attach(block: Block, span: tuple[int, int], cued: Cued, date: DateExpr, vocab: Vocabulary) -> ReleaseDate | None:
    """The date as a release date, or None when another event is closer to it than any release cue."""
    def gap(m: re.Match[str]) -> int:
        return max(date.start - m.end(), m.start() - date.end, 0)

    sentence, cues = cued.text, cued.cues
    if any(_ROUNDUP_NOUN.fullmatch(c[0]) and _ROUNDUP_GAP.fullmatch(sentence, c.end(), date.start) for c in cues):
        return None  # "Film Premieres: May 2021" (the shape of T pages): a calendar's heading, the period of its works
    if cued.picks_works:
        return None  # "the first US movie released this year to top the $100m mark" (BBC 364): a period that picks works
    if date.year is not None and _PRIOR_GERUND.search(sentence, max(0, date.start - 80), date.start):
        return None  # "a comeback program for the MC after leaving the show in February 2010": an earlier step
    if _SINCE.search(sentence, 0, date.start):
        return None  # "will be released since 1971" (celebrity-news legit/060): a starting point, not a timing
    if cued.habitual:
        return None  # "films are normally released in time for the Diwali holiday": a custom, not one release's timing
    if _RUN_END.search(sentence, max(0, date.start - 30), date.start):
        return None  # "the tour resumes in Europe in September and runs non-stop through the end of November" (celebrity-news fake/042): where a run ends
    if _NPI_SOON.search(sentence, max(0, date.start - 10), date.start) and _UNASSERTED.search(sentence, 0, date.start):
        return None  # "no official confirmation yet if she will be releasing a new book anytime soon" (celebrity-news legit/010)

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
        after = _COORDINATED.match(sentence, date.end)
        if after is not None and any(date.end < c.start() <= after.end() for c in own):
            # "premiered at Cannes in May and opens in UK cinemas this summer": a cue that opens the next of two
            # coordinated verb phrases is not the verb of the date before it, however near.
            own = [c for c in own if not date.end < c.start() <= after.end()]
            if not own:
                return None  # "was renewed in May and returns in the fall": the date is the renewal's
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
    elif _REDUCED_PARTICIPLE.match(nearest[0]) and _reduced_head(sentence, nearest.start(), vocab):
        tense = "past"  # "her last record '1989' released in October 2014" (celebrity-news legit/022): a work's past release
    elif moved and MOVE_CUE.match(nearest[0]):
        tense = "present"  # "was then delayed a full year to 2022": the new date is the current timing
    else:
        phrase = _coordinated_phrase(sentence, cues, date, nearest)
        # Of two verb phrases coordinated by "and", the date's own tells its tense: "The film took two years to make
        # and opens this summer" (a past first phrase), "The singer released her album in May and will tour in the
        # autumn" (a future second one).
        if phrase is not None:
            tense = sentence_tense(phrase[0], [phrase[1]], vocab)
            if tense == "present" and noun_cue_past(phrase[0], phrase[1], dataclasses.replace(
                    date, start=date.start - phrase[2], end=date.end - phrase[2])):
                tense = "past"
        else:
            tense = sentence_tense(sentence, [nearest], vocab)
            if tense == "past" and told is clause and (MOVE_CUE.match(nearest[0]) or vocab.search("future", clause)):
                tense = sentence_tense(clause, [nearest], vocab)  # only a clause that itself points ahead: not "prior to its release in June 2003" (BBC 025)
        tense = clause_tense(tense, sentence, clause, told is clause, nearest, date, vocab)
        if tense == "present" and phrase is None and noun_cue_past(sentence, nearest, date):
            tense = "past"
        if (tense == "present" and date.year is not None and _RELATIVE.match(clause)
                and not vocab.search("future", clause) and PAST_VERB.search(clause)):
            # "..., where she made a screen debut in 2003" (the shape of T pages): a relative clause in the past tells
            # a career's earlier step (a main clause's past verb may be the news: "churned out an earlier release").
            tense = "past"
    # "delayed a full year to 2022", "moved from May to July": the date after "to" is the new one; a marker
    # after the date ("on May 2024 (rather than November that year)") supersedes only what follows it.
    superseded = (not moved and any(c0 + m.start() < date.start for m in vocab.finditer("reschedule", clause)))
    shifted = dataclasses.replace(date, start=span[0] + date.start, end=span[0] + date.end)
    spoken = block.in_speech(shifted.start, shifted.end)
    return ReleaseDate(block, shifted, span, tense, work_of(sentence, date, vocab), superseded, bool(cued.territories),
                       _market(sentence, cued.territories, date), spoken)


# A reduced relative clause: a past participle right after a title or a work noun, with no auxiliary, tells that work's
# past release whatever the tense of the sentence: "her last record '1989' released in October 2014" (celebrity-news
# legit/022), "the great rock and pop songs released in the 80s" (BBC 253), and a novel published years before its
# adaptation (a page of set B).  The participles are the past forms of the release verbs of release-language.toml
# that take a work as object; the heads are the "works" nouns of the vocabulary and a title's closing quote.
_REDUCED_PARTICIPLE = LazyPattern(r"(?:released|published|premiered|aired|launched)$", re.IGNORECASE)
_QUOTE_END = LazyPattern(r"[”’\"']\s*$")


def _reduced_head(sentence: str, at: int, vocab: Vocabulary) -> bool:
    """A title (its closing quote) or a work noun of the vocabulary's "works" ends right before the participle at `at`."""
    before = sentence[max(0, at - 40):at]
    if _QUOTE_END.search(before):
        return True
    before = before.rstrip()
    # The list as every other caller runs it (vocab.finditer), not a second compiled form of it: the spans are the same.
    return any(m.end() == len(before) for m in vocab.finditer("works", before))


_ROUNDUP_NOUN = LazyPattern(r"(?:premieres|releases|debuts|comebacks|launches)", re.IGNORECASE)
_ROUNDUP_GAP = LazyPattern(r"\s*[:|–—-]\s*")


# The end of a run, not its start: a tour that "runs through the end of November", a residency "through 2027"
# (celebrity-news fake/042).  Only "through" and "thru": "until" and "by" also close a release's wait ("won't be out
# until March", "out by the end of the year"), and "throughout 2025" spreads a slate's releases (gold-dev w15).
_RUN_END = LazyPattern(r"\b(?:through|thru)\s+(?:the\s+)?(?:(?:very\s+)?end\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# "Anytime soon" is a negative polarity item: under a negation, or in an open question ("if"/"whether" it will), it
# says that no release is near, not when one is (celebrity-news legit/010, and its sense in fake/016, fake/200, fake/212,
# legit/101, legit/127 of the same corpus).  Unlicensed, it is a plain timing: "It will be telecast anytime soon this
# month" (gold-dev s23, marked).
_NPI_SOON = LazyPattern(r"\bany\s?time\s+$", re.IGNORECASE)
_UNASSERTED = LazyPattern(r"\b(?:not|no|never|nor|neither|if|whether)\b|n['’]t\b", re.IGNORECASE)


# A relative clause: its release verb tells of the noun before it, not of a date in the main clause.
_RELATIVE = LazyPattern(r"[,;]\s*(?:which|who|where|that)\b", re.IGNORECASE)
_SINCE = LazyPattern(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


# An earlier step told with a gerund right before the date's phrase: "after leaving the show in February 2010".
_PRIOR_GERUND = LazyPattern(r"\b(?:after|since|following|before)\s+\w+ing\s+(?:[\w'’.-]+\s+){0,5}(?:in|on)\s+$",
                           re.IGNORECASE)


# A work noun with a participle after it, under a determiner that picks from a set: "the first US movie released
# this year", "the number of Japanese films released", "every album launched in 2004".
_PICKS = LazyPattern(r"\b(?:first|only|last|second|third|biggest|highest[- ]grossing|best[- ]selling|most|number of|all|every|"
                    r"any|few|many|other)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PARTICIPLE = LazyPattern(r"(?:released|launched|published|issued|opened|premiered)$", re.IGNORECASE)


def _set_of_works(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    """The cue is a participle after a work noun picked from a set: the date bounds the set, it times no release."""
    if not _PARTICIPLE.match(cue[0]):
        return False
    noun = next((m for m in vocab.finditer("works", sentence[max(0, cue.start() - 30):cue.start()])
                 if m.end() == min(cue.start(), 30) - 1), None)
    return noun is not None and _PICKS.search(sentence, 0, max(0, cue.start() - 30) + noun.start()) is not None


_NEW_DATE = LazyPattern(r"\b(?:to|until|till|into)\s+(?:the\s+)?$", re.IGNORECASE)
_FRONT_REST = LazyPattern(r"[\W\s]*(?:(?:in|on|by|from|since|until|as of|at|early|late|then)\s*)?[\W\s]*", re.IGNORECASE)


# "and" opening the next of two coordinated verb phrases or clauses, with the clause's pronoun or short subject ("and it
# airs", "and the drama airs") and the auxiliaries and adverbs that may follow it.
_COORDINATED = LazyPattern(r"\s*,?\s+and\s+(?:(?:it|they|(?:the|its|their)\s+[\w-]+)\s+)?"
                           r"(?:(?:will|is|are|then|also|now|finally|officially)\s+)*", re.IGNORECASE)
_AUX_AFTER = LazyPattern(r"\s+and\s+(?:will|is|are|was|were)\b", re.IGNORECASE)


def _coordinated_phrase(sentence: str, cues: list[re.Match[str]], date: DateExpr,
                        cue: re.Match[str]) -> tuple[str, re.Match[str], int] | None:
    """When "and" coordinates verb phrases or clauses of the sentence (an "and" right before a cue, a clause subject that
    holds one, or an auxiliary): the phrase that holds both the date and its cue, the cue matched again in it, and where
    the phrase starts; None when there is no such "and", or the date and the cue stand in different phrases."""
    cuts = [m.start() for m in _COORDINATED.finditer(sentence)
            if any(m.start() < c.start() <= m.end() for c in cues) or _AUX_AFTER.match(sentence, m.start())]
    if not cuts:
        return None
    bounds = [0, *cuts, len(sentence)]
    for a, b in zip(bounds, bounds[1:]):
        if a <= date.start < b:
            if not a <= cue.start() < b:
                return None
            again = re.compile(re.escape(cue[0])).match(sentence[a:b], cue.start() - a)
            return (sentence[a:b], again, a) if again is not None else None
    return None


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
    return CLAUSE_BREAK.search(sentence, a, b) is not None


# A coordinator or a comma between a date and a territory after it: "will go nationwide in January 2015 and in the UK on
# 20 February" (celebrity-news legit/120) gives the UK to the next date, not to January.
_NEXT_CONJUNCT = LazyPattern(r"[,;]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)


def _market(sentence: str, territories: list[re.Match[str]], date: DateExpr) -> str:
    """The market named nearest the date in its sentence ("in the US", "Korean release"), normalised.

    A territory after the date counts only in the date's own conjunct; one before it also reaches the predicates
    coordinated after it ("is out in US cinemas this December but will go nationwide in January").
    """
    best, best_gap = "", 10**9
    for m in territories:
        if m.start() >= date.end and _NEXT_CONJUNCT.search(sentence, date.end, m.start()):
            continue
        g = max(date.start - m.end(), m.start() - date.end, 0)
        if g < best_gap:
            best, best_gap = m[0], g
    words = best.lower().replace(".", "").split()
    return " ".join(w for w in words if w not in ("in", "the", "release", "premiere", "debut", "opening"))
