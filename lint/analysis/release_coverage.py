"""Whether an article is release coverage: a headline that announces a release, an upcoming work in the lede,
and the timings such coverage gives without a release verb."""
from __future__ import annotations

import dataclasses
import re

from .date_expr import Precision
from .dates import find_dates
from .dateline import dateline_end
from ..document import Block, Document
from .release_cues import production_timing
from .release_records import ReleaseDate, ReleaseSentence
from .release_tense import CLAUSE_BREAK
from .release_vocabulary import Vocabulary
from .release_works import in_title, names_work, nearest_title
from .tokens import sentences
from ..patterns import LazyPattern

# Under a furniture headline, the page's own headline is the first block of words among the next few: furniture
# comes in short runs (a skip link, a search box label, a section name, a byline), so five blocks reach past it
# without reaching into the story; three words tell a title from another label ("Search", "K-pop News").
_HEAD_SEARCH = 5
_MIN_HEAD_WORDS = 3
_ALPHA_WORD = LazyPattern(r"[^\W\d_]{2,}")
# A line of site furniture: a byline that ends with its date, or a skip link.
_FURNITURE_LINE = LazyPattern(r"(?i:by)\s+\S+.{0,40}\b(?:19|20)\d\d\W*$|(?i:skip to (?:main )?content)")


def _furniture(headline: str) -> bool:
    """The headline is site furniture, not a title: a stamp with a section name ("date 2025-03-14 Culture"; the stamp
    is an artefact of how the evaluation pages were scraped), a number or a stray word ("22", "or"), a byline with its
    date ("by kim_j, March 14, 2025"), a skip link (pages of sets J, K and L, five outlets)."""
    rest = headline[dateline_end(headline):]
    return len(_ALPHA_WORD.findall(rest)) < _FURNITURE_WORDS or _FURNITURE_LINE.match(rest.strip()) is not None


# A two-word headline can be a title ("Star news"); one word or none is a section name or a stray token.
_FURNITURE_WORDS = 2


def headline_announces(doc: Document, first: Block | None, vocab: Vocabulary) -> bool:
    """The page's headline announces a release of a work.

    first: the lede, the first paragraph of running text, or None.
    """
    headline = doc.headline
    if headline is not None and not _furniture(headline.text):
        return _headline_cue(headline.text, vocab)
    if headline is not None:
        # Site furniture parsed as the headline ("Skip to content", a scraping stamp with a section name, "22", a byline):
        # the first block of words under it is the page's headline.
        opening = next((b for b in doc.blocks[1:1 + _HEAD_SEARCH] if b.kind in ("subheading", "paragraph", "dek")
                        and len(_ALPHA_WORD.findall(b.text)) >= _MIN_HEAD_WORDS), None)
    else:
        # A page whose headline the parser did not find (a long first line reads as a paragraph) opens with the
        # headline or a lede that says the same: its first sentence stands in for the headline's cue.
        opening = first or next((b for b in doc.blocks if b.kind == "paragraph"), None)
    lead = next(iter(sentences(opening.text)), None) if opening is not None else None
    return lead is not None and _headline_cue(opening.text[lead[0]:lead[1]], vocab)  # type: ignore[union-attr]



# Owned or pointed at: "his upcoming film", "this upcoming show"; "an upcoming movie" is any film.
_UPCOMING = LazyPattern(r"(?:\b(?:his|her|their|its|this|the|my|our)|['’]s)\s+(?:upcoming|forthcoming|yet-to-be-released)\s+",
                       re.IGNORECASE)


# A work still to be announced has no release to date: "fans await the announcement of the star's upcoming film",
# "to announce his next project" (T pages).
# An announcement made ("announced his upcoming album 'X'") names the work; one still to come does not.
_UNANNOUNCED = LazyPattern(r"\b(?:(?:to|will|would|yet to|going to)\s+(?:announce|reveal|unveil)|announcement\s+of)\s+[^,.;]{0,25}$",
                          re.IGNORECASE)


def upcoming_work(block: Block, vocab: Vocabulary) -> bool:
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
        if w is not None and not CLAUSE_BREAK.search(window, 0, w.start()) and window[:w.start()].count(" ") <= 3:
            return True
    return False


def _headline_cue(text: str, vocab: Vocabulary) -> bool:
    """The headline announces a release of a work: "‘Baby coming soon’" over a pregnancy story does not."""
    for m in vocab.finditer("headline", text):
        cue = text[m.start():m.end()]  # a gated list matches over the lower-cased text: names_work reads capitals
        if _PROMO_MATERIAL.search(cue) or names_work(cue, vocab):
            # a trailer, teaser, poster or date is always of a work ("Trailer Tuesday: Yesterday"), and so is a cue that
            # holds its work noun ("By Announcing New Song")
            return True
        rest = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        if names_work(rest, vocab, exclude=m.span()):
            return True
    return False


_PROMO_MATERIAL = LazyPattern(r"trailer|teaser|poster|first look|date", re.IGNORECASE)


def timing_sentences(doc: Document, vocab: Vocabulary, lede: set[int]) -> tuple[ReleaseSentence, ...]:
    """Headline and lede sentences that name a work and speak of the future, with the dates they give."""
    out = []
    for block in doc.blocks_in(("headline", "dek", "body")):
        if block.kind != "headline" and id(block) not in lede:
            continue
        for a, b in sentences(block.text):
            sentence = block.text[a:b]
            if not vocab.search("future", sentence) or not names_work(sentence, vocab):
                continue
            dates = tuple(ReleaseDate(block, dataclasses.replace(d, start=a + d.start, end=a + d.end), (a, b),
                                      "future", nearest_title(sentence, d), False,
                                      spoken=block.in_speech(a + d.start, a + d.end))
                          for d in find_dates(sentence, block.kind == "headline")
                          if (d.vague and d.precision is not Precision.RELATIVE or d.note == "holiday window")
                          and not in_title(sentence, d) and not production_timing(sentence, d, vocab))
            if dates:
                out.append(ReleaseSentence(block, (a, b), "future", dates, True))
    return tuple(out)

