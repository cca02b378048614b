"""What names a work in a release sentence, and which work each of its dates belongs to.

A work is a quoted title, a work noun of the vocabulary ("film", "album") or a platform; a date belongs to the
title nearest it, a later part ("the second instalment"), a plural work noun ("two double singles"), or in a
listicle of works, the section heading above it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .date_expr import DateExpr
from .dates import find_dates
from ..document import Document
from .release_tense import CLAUSE_BREAK
from .release_vocabulary import Vocabulary
from ..patterns import LazyPattern

# A title in quotes starts with a capital or a digit ("“King the Land”", "‘Escape’"); speech often does not.
TITLE = LazyPattern(r"“([A-Z0-9][^”]{1,79})”|\"([A-Z0-9][^\"]{1,79})\"|‘([A-Z0-9][^’]{1,79}?)’(?![a-z])"
                    r"|(?<![\w])'([A-Z0-9][^']{1,59}?)'(?![a-z])")
_TITLE_WORDS = 5


def in_title(sentence: str, date: DateExpr, cues: Sequence[re.Match[str]] = ()) -> bool:
    """The date is a word of a short quoted title: the variety show “Eid Utshob”, the “Summer 2024” tour.

    A quotation of more words is speech, whose timings count; so is a short one that holds a release cue of the
    sentence as well as the date: "Tune in this Sunday!!!" (a star's post quoted in celebrity-news legit/176),
    "Premiering Friday on Netflix," the streamer wrote.
    """
    return any(m.start() < date.start and date.end < m.end() and m[0].count(" ") < _TITLE_WORDS
               and not any(m.start() < c.start() < m.end() for c in cues)
               for m in TITLE.finditer(sentence))


_MIN_SECTIONS = 3
_SECTION_TITLE = LazyPattern(r"[^.!?:]{1,60}(?::[^.!?]{1,50})?")


def section_works(doc: Document) -> dict[int, str]:
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


def names_work(text: str, vocab: Vocabulary, exclude: tuple[int, int] = (0, 0)) -> bool:
    """The text names a work, a platform or a title (a quoted phrase that holds `exclude` is a slogan)."""
    return (next(unblocked_works(text, vocab), None) is not None
            or vocab.search("platforms", text)
            or any(not (m.start() <= exclude[0] < m.end()) for m in TITLE.finditer(text)))


def unblocked_works(text: str, vocab: Vocabulary) -> Iterator[re.Match[str]]:
    """The work nouns of the text, but those that start inside a not-work ("box office", "film festival").

    The not-works are looked for only where a work noun stands: most sentences a release cue is judged in name none.
    """
    works = list(vocab.finditer("works", text))
    if not works:
        return iter(())
    blocked = [m.span() for m in vocab.finditer("not_works", text)]
    return (m for m in works if not any(a <= m.start() < b for a, b in blocked))


# "the film", "its release": a work noun that points back at the titled work.
_GENERIC_BEFORE = LazyPattern(r"\b(?:the|its|this|that)\s+$", re.IGNORECASE)
# A plural work noun right before a vague date names other works than the one titled in the
# sentence: "a music video for “Bubble Gum” on April 27, ahead of two double singles in the coming months".
_PLURAL_WORK = LazyPattern(r"(?:films|movies|dramas|albums|singles|songs|tracks|shows|episodes|seasons|"
                          r"tours|concerts|books|games|projects|works|releases|comebacks)\W*$", re.IGNORECASE)


def work_of(sentence: str, date: DateExpr, vocab: Vocabulary) -> str:
    """The work the date belongs to: a lower-cased title, "works:<noun>", "part:<part>", or "" for the article's own."""
    title = nearest_title(sentence, date)
    # "“Road to 20-Prelude 2” will hit music services ahead of the release of his 20th full-length album at the
    # end of this year": a work noun after the title and before the date names another, untitled work.
    lead = sentence[:date.start]
    last_title = max((m.end() for m in TITLE.finditer(lead)), default=-1)
    if title and last_title >= 0:
        nouns = [m for m in vocab.finditer("works", lead) if m.start() > last_title + 15]  # not "“Be the Sun” tour"
        if nouns and not CLAUSE_BREAK.search(lead, nouns[-1].end()) and not _GENERIC_BEFORE.search(lead, 0, nouns[-1].start()):
            return "works:" + nouns[-1][0].lower()
    before = sentence[max(0, date.start - 40):date.start]
    part = _NEXT_PART.search(sentence, max(0, date.start - 60), date.start)
    if part is not None and not CLAUSE_BREAK.search(sentence, part.end(), date.start):
        return "part:" + part[0].lower()  # "the film ... on August 13, the second instalment will come out in 2022"
    m = _PLURAL_WORK.search(before.rstrip(" ,"))
    if m is None:
        return title
    # The plural noun wins when no title stands between it and the date.
    tail = before[m.start():]
    return title if TITLE.search(tail) else "works:" + m[0].strip(" ,").lower()


# A later part of a work in two or more releases is a release of its own: its date is not the first part's, and
# the first part's full date does not cover it (a South Asian page of set T; gold-dev u07 and u25 mark sequels' years).
_NEXT_PART = LazyPattern(r"\b(?:second|third|fourth|final|next|concluding|last)\s+(?:instal(?:l)?ments?|parts?|chapters?|volumes?|sequels?)\b",
                        re.IGNORECASE)


def nearest_title(sentence: str, date: DateExpr) -> str:
    """The quoted title nearest the date, lower-cased ("" when none); a title that holds a date is none."""
    best = ""
    best_gap = 10**9
    for m in TITLE.finditer(sentence):
        title = next(g for g in m.groups() if g)
        if find_dates(title):
            continue
        g = max(date.start - m.end(), m.start() - date.end, 0)
        if g < best_gap:
            best, best_gap = title.strip(" ,."), g
    return best.lower()
