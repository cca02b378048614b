"""Release dates: missing, vague, stale, conflicting, or claimed as confirmed without a day.

Five kinds, one function each (release-missing, release-vague, release-stale,
release-conflict, release-claim), so that each dates rule is its own rule file
(own id, severity, message, examples) while the analysis of release sentences
(lint/analysis/releases.py and the release_* modules beside it) and date
expressions (lint/analysis/dates.py and its date_* modules) is computed once per article and shared
through env.shared.  Vocabulary is data: rules/_data/release-language.toml.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..analysis.date_expr import Precision
from ..analysis.dates import find_dates
from ..analysis.dateline import pin
from ..document import Document
from ..env import Env
from ..findings import Finding, Location
from ..analysis.release_records import ReleaseAnalysis, ReleaseDate
from ..analysis.release_vocabulary import DEFAULT_VOCABULARY, Literals, Vocabulary, vocabulary
from ..analysis.releases import analyse, block_literals
from ..rules import Rule
from ..patterns import LazyPattern

_VOCABULARY: dict[str, Any] = {
    "vocabulary": {"type": "string", "description": "Release vocabulary: a TOML file path, or a name in the bundled rule packs."},
}
PARAMS_SCHEMA: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": _VOCABULARY}
VAGUE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **_VOCABULARY,
        "min_precision": {"enum": [p.name.lower() for p in Precision],
                          "description": "The least precise date that is acceptable."},
    },
}


@dataclass(frozen=True)
class Options:
    """Params of every release kind."""

    vocabulary: str = DEFAULT_VOCABULARY


@dataclass(frozen=True)
class VagueOptions(Options):
    """release-vague: how precise a release date must be."""

    min_precision: str = "day"


@dataclass(frozen=True)
class Prepared:
    """The vocabulary loaded, and the least precise acceptable date (release-vague)."""

    vocab: Vocabulary
    min_precision: Precision


def prepare(options: Options) -> Prepared:
    precision = options.min_precision if isinstance(options, VagueOptions) else VagueOptions.min_precision
    return Prepared(vocabulary(options.vocabulary), Precision[precision.upper()])


def _analysis(doc: Document, rule: Rule, env: Env) -> tuple[Prepared, ReleaseAnalysis]:
    """The release sentences and dates of the article, shared by every release rule."""
    prep = rule.prepared_as(Prepared)
    return prep, env.shared(("releases", id(prep.vocab)), lambda: analyse(doc, prep.vocab, _literals(doc, prep, env)))


def _literals(doc: Document, prep: Prepared, env: Env) -> dict[int, Literals | None]:
    """Where the release cues' and the claims' strings stand in each block, shared by the analysis and release-claim."""
    return env.shared(("release-literals", id(prep.vocab)), lambda: block_literals(doc, prep.vocab))


def check_missing(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """release-missing: release coverage with no date for the release at all."""
    prep, analysis = _analysis(doc, rule, env)
    yield from _missing(doc, rule, analysis, prep.vocab)


def check_vague(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """release-vague: a release date less precise than min_precision."""
    prep, analysis = _analysis(doc, rule, env)
    yield from _vague(doc, rule, analysis, prep.min_precision,
                      lambda: env.shared(("dateline",), lambda: pin(doc)) is not None)


def check_stale(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """release-stale: a future-tense release date already past."""
    _, analysis = _analysis(doc, rule, env)
    yield from _stale(doc, rule, analysis, env.today)


def check_conflicts(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """release-conflict: one work given two different release days."""
    _, analysis = _analysis(doc, rule, env)
    yield from _conflict(doc, rule, analysis, env.today)


def check_claims(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """release-claim: a date called confirmed or official that names no day."""
    prep = rule.prepared_as(Prepared)
    yield from _claim(doc, rule, _literals(doc, prep, env), prep.vocab)


def _location(doc: Document, d: ReleaseDate) -> Location:
    return doc.block_location(d.block, d.date.start, d.date.end)


def _missing(doc: Document, rule: Rule, analysis: ReleaseAnalysis, vocab: Vocabulary) -> Iterator[Finding]:
    if not analysis.is_release_coverage or _meta_release_date(doc):
        return
    main = _main_work(doc, analysis)
    timings = [d for d in analysis.timings if not _other_past_work(d, main)]
    if timings and not _only_live_timings(doc, analysis, vocab):
        return
    current = [s for s in analysis.sentences if s.tense == "future"] or [s for s in analysis.sentences if s.tense != "past"]
    if current:
        s = current[0]
        loc = doc.block_location(s.block, *s.span)
        yield rule.finding(loc, s.block.text[s.span[0]:s.span[1]], where="the first release sentence")
    else:
        loc = doc.article_location()
        yield rule.finding(loc, doc.source[loc.start:loc.end], where="the headline")


def _main_work(doc: Document, analysis: ReleaseAnalysis) -> str:
    """The article's work: the metadata's or the headline's title, else the one title its release dates name."""
    main = analysis.main_work(doc)
    if not main:  # an article whose release sentences title one work only is about that work
        titled = {d.work for d in analysis.dates if d.work and ":" not in d.work}
        main = titled.pop() if len(titled) == 1 else ""
    return main


def _other_past_work(d: ReleaseDate, main: str) -> bool:
    """A past date of another titled work: in coverage of the Avatar sequels' new dates, "The first "Avatar" came out
    in 2009" (gold-dev u07) dates an earlier film, not the coming one (the description's "dates of an earlier event");
    the same in celebrity-news legit/010, legit/084 and a page of set A."""
    return (d.tense == "past" and bool(d.work) and ":" not in d.work and d.work != main
            and d.date.note not in _RECENT_NOTES)


def _only_live_timings(doc: Document, analysis: ReleaseAnalysis, vocab: Vocabulary) -> bool:
    """The headline's work is a recorded one ("announces new album"), and every coming timing is a live work's.

    "Singer announces new album; the tour starts in Leeds on 3 May": the tour is dated, the album is not.  Each timing's
    work is the work noun nearest it in its sentence; past dates ("her last album came out in 2015") are not timings
    of the coming release.
    """
    headline = doc.headline
    first = next(vocab.finditer("works", headline.text), None) if headline is not None else None
    if first is None or vocab.live_works.fullmatch(first[0]):
        return False
    current = [d for d in analysis.timings if d.tense != "past"]
    if not current:
        return False
    for d in current:
        sentence = d.block.text[d.sentence[0]:d.sentence[1]]
        at = d.date.start - d.sentence[0]
        nouns = list(vocab.finditer("works", sentence))
        if not nouns:
            return False
        nearest = min(nouns, key=lambda m: max(at - m.end(), m.start() - at, 0))
        if not vocab.live_works.fullmatch(nearest[0]):
            return False
    return True


def _current(analysis: ReleaseAnalysis) -> list[ReleaseDate]:
    return [d for d in analysis.dates if d.tense != "past" and not d.superseded]


def _vague(doc: Document, rule: Rule, analysis: ReleaseAnalysis, min_precision: Precision,
           pinned: Callable[[], bool]) -> Iterator[Finding]:
    """Each release date less precise than a day, unless the same release has a full date somewhere."""
    main = _main_work(doc, analysis)
    # A past full date ("premiered at Sundance on January 20") dates a past event, not the coming release.
    exact = [d for d in analysis.dates if not d.superseded and not d.date.vague]
    covered = {_release_key(d, main) for d in exact if d.tense != "past"}
    covered_past = {_release_key(d, main) for d in exact}
    for d in analysis.dates:
        if d.superseded or d.date.precision >= min_precision or not _current_timing(d):
            continue
        if d.date.day_relative and not _NEXT_WEEK.search(d.date.text) and pinned():  # looked for only when needed
            continue  # "on Tuesday" under "SEOUL, March 3 (Yonhap) --" names a day
        work, market = _release_key(d, main)
        keys = covered_past if d.tense == "past" else covered
        if (work, market) in keys or (not market and any(w == work for w, _ in keys)):
            continue
        yield rule.finding(_location(doc, d), d.date.text, precision=d.date.describe())


def _release_key(d: ReleaseDate, main: str) -> tuple[str, str]:
    """One release: the work (the article's own when untitled) and the market."""
    return ("" if d.work in ("", main) else d.work), d.market


# A pin names the day of "this Friday" and settles "this week"; "next week" still names no day of it (the gold reading
# of a Korean broadcaster's page with a stamp line: a single due next week marked, "this Friday" not).
_NEXT_WEEK = LazyPattern(r"\bnext\s+week", re.IGNORECASE)

# Timings that can only be recent: a past-tense sentence with one of these reports the news
# ("screened in cinemas nationwide on Tuesday", "8 movies were released on Eid").
_RECENT_NOTES = ("relative day", "relative month", "holiday window", "day without a month")


def _current_timing(d: ReleaseDate) -> bool:
    """The date is a timing of a current or recent release, not a past work mentioned in passing."""
    if d.date.year_offset is not None and d.date.year_offset < 0 and d.date.note != "relative day":
        return False  # "July of last year", "last Eid": an earlier event
    if d.tense == "past" and _YEARS_BACK.search(d.block.text, d.sentence[0], d.sentence[1]):
        return False  # a release day recalled "a few years back": not this week's news
    return d.tense != "past" or d.date.note in _RECENT_NOTES


# A past sentence set years back: its weekday or holiday is no recent release (a South Asian column, set H).
_YEARS_BACK = LazyPattern(r"\b(?:years?|decades?)\s+(?:ago|back|earlier|before)\b", re.IGNORECASE)


def _stale(doc: Document, rule: Rule, analysis: ReleaseAnalysis, today: dt.date | None) -> Iterator[Finding]:
    if today is None:
        return  # no published date and no --reference-date: past and future are unknown
    for d in _current(analysis):
        if d.tense != "future" or d.date.precision is Precision.RELATIVE:
            continue
        span = d.date.interval(today)
        if span is not None and span[1] < today:
            yield rule.finding(_location(doc, d), d.date.text, reference=today.isoformat())


def _conflict(doc: Document, rule: Rule, analysis: ReleaseAnalysis, today: dt.date | None) -> Iterator[Finding]:
    main = analysis.main_work(doc)
    seen: dict[str, tuple[ReleaseDate, tuple[int, int, int | None]]] = {}
    meta = _meta_release_date(doc)
    if meta is not None and main is not None:
        seen[main] = (None, (meta.month, meta.day, meta.year))  # type: ignore[assignment]
    for d in _current(analysis):
        if d.date.precision is not Precision.DAY or d.date.month is None or d.date.day is None or d.territory:
            continue
        # Only dates tied to a named work (or the metadata subject) are compared: untitled
        # dates in one article are too often for different things (an album and its tour).
        work = d.work
        if not work:
            continue
        key = (d.date.month, d.date.day, d.date.year)
        if work in seen:
            first, first_key = seen[work]
            if first is not None and first.sentence == d.sentence and first.block is d.block:
                continue  # one sentence listing several dates is a schedule, not a contradiction
            same_day = first_key[:2] == key[:2]
            same_year = first_key[2] is None or key[2] is None or first_key[2] == key[2]
            if not (same_day and same_year):
                where = "the metadata (subject.release_date)" if first is None else f"'{first.date.text}' earlier"
                yield rule.finding(_location(doc, d), d.date.text, other=where, work=work or "the work")
            continue
        seen[work] = (d, key)


def _claim(doc: Document, rule: Rule, literals: Mapping[int, Literals | None], vocab: Vocabulary) -> Iterator[Finding]:
    for block in doc.blocks_in(("headline", "dek", "body", "captions", "subheading")):
        claims = list(vocab.finditer("claims", block.text, literals.get(id(block))))
        if not claims:
            continue  # most blocks: their dates are not looked for (a date scan costs far more than the claim scan)
        found = find_dates(block.text)
        starts = [d.start for d in found]
        for m in claims:
            # Only dates starting near the claim can end or start within 40 characters of it (a date
            # expression is far shorter than 500): bisection keeps a long paragraph from being quadratic.
            near = found[bisect_left(starts, m.start() - 500):bisect_right(starts, m.end() + 40)]
            dates = [d for d in near if abs(d.start - m.end()) < 40 or abs(m.start() - d.end) < 40]
            vague = [d for d in dates if d.vague]
            if not vague or any(not d.vague for d in dates):
                continue
            d = vague[0]
            start, end = min(m.start(), d.start), max(m.end(), d.end)
            yield rule.finding(doc.block_location(block, start, end), block.text[start:end], date=d.text,
                               precision=d.describe())


def _meta_release_date(doc: Document) -> dt.date | None:
    subject = doc.meta.get("subject")
    value = subject.get("release_date") if isinstance(subject, dict) else None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
