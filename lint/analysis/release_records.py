"""What the release analysis gives the dates rules: release dates, release sentences, and the article's analysis."""
from __future__ import annotations

from dataclasses import dataclass

from .date_expr import DateExpr
from ..document import Block, Document
from .release_works import TITLE


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
    """A sentence that announces a release, with its tense and the dates that belong to it."""

    block: Block
    span: tuple[int, int]
    tense: str
    dates: tuple[ReleaseDate, ...]
    in_lede: bool = False  # in the first body paragraph (or the dek)
    live: bool = False  # its only cues are a coming performance ("is to perform at a concert"): no release coverage


@dataclass(frozen=True)
class ReleaseAnalysis:
    """An article's release sentences, and what tells whether the article is release coverage."""

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
        m = TITLE.search(headline.text) if headline else None
        return next(g for g in m.groups() if g).strip(" ,.").lower() if m else ""
