"""Which sentences announce a release, which dates belong to it, and in what tense.

Reads the release vocabulary (release_vocabulary.py) and the date expressions of dates.py, and produces one
ReleaseAnalysis (release_records.py) per article that the dates rules share: release sentences with their dates,
whether the article is release coverage (release_coverage.py), and the work each date belongs to.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from .date_expr import Precision
from .date_holidays import holds_window
from .dates import find_dates
from .dateline import dateline_end
from ..document import TEXT_SCOPES, Document
from .release_coverage import headline_announces, timing_sentences, upcoming_work
from .release_cues import COME, come_cue, is_release, window_cues
from .release_records import ReleaseAnalysis, ReleaseSentence
from .release_tense import sentence_tense
from .release_timing import Cued, attach, drop_explained_shifts
from .release_vocabulary import Literals, Vocabulary
from .release_works import in_title, section_works
from .tokens import sentences
from ..patterns import LazyPattern

_LEDE_MIN_WORDS = 8
_HEADLINE_TO = LazyPattern(r"\bto\s+$")
# A live cue in the progressive ("The band is touring Europe in July") is a coming performance, not a photo line's
# moment (the paradigm grid's live row).
_PROGRESSIVE = LazyPattern(r"\b(?:is|are|am)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?$", re.IGNORECASE)
_CROSS_LINK = LazyPattern(r"(?:SEE ALSO|READ ALSO|ALSO READ|READ MORE|RELATED|MORE)\s*:", re.IGNORECASE)


def block_literals(doc: Document, vocab: Vocabulary) -> dict[int, Literals | None]:
    """Where the strings of the release cues and of the claims stand in each block (by id): one scan per block, for
    the release analysis and release-claim."""
    return {id(b): vocab.literals(b.text) for b in doc.blocks_in(TEXT_SCOPES)}


def analyse(doc: Document, vocab: Vocabulary, literals: Mapping[int, Literals | None] | None = None) -> ReleaseAnalysis:
    """The article's release sentences with their dates, and whether it is release coverage.

    literals: block_literals(doc, vocab), when the caller has them already.
    """
    if literals is None:
        literals = block_literals(doc, vocab)
    headline = doc.headline
    found: list[ReleaseSentence] = []
    # The lede is the first paragraph of running text: a byline paragraph ("by. soobyn Park") is not.
    first = next((b for b in doc.blocks if b.kind == "paragraph" and b.text.count(" ") >= _LEDE_MIN_WORDS - 1), None)
    headline_cue = headline_announces(doc, first, vocab)
    lede = {id(b) for b in doc.blocks if b is first or b.kind == "dek"}
    sections = section_works(doc)
    for block in doc.blocks_in(TEXT_SCOPES):
        text = block.text
        scanned = literals.get(id(block))
        if _CROSS_LINK.match(text) or not (vocab.search("release", text, scanned) or COME.search(text) or holds_window(text)):
            continue  # "SEE ALSO: ... dramas that will air in 2022" is another story's headline
        # The dateline's date is the day of writing, not a release date.
        filed = dateline_end(text) if id(block) in lede or block.kind == "headline" else 0
        # The lede goes on from the headline: "Interesting new pairings for upcoming 2023 drama series and movies"
        # names the works that "projects are being ... planned for the upcoming 2023" speaks of (gold-dev w27).
        context = text + "\n" + headline.text if headline is not None and id(block) in lede and block.kind != "dek" else text
        for a, b in sentences(text):
            sentence = text[a:b]
            cues = [m for m in vocab.finditer("release", sentence, scanned, a)
                    if is_release(sentence, m, vocab, block.kind == "headline", context)
                    and not (block.kind == "caption" and vocab.is_live(sentence, m))]  # "Adele performs in Berlin, in 2016": a photo's moment
            come = come_cue(sentence, vocab)
            if come is not None:
                cues.insert(0, come)
            if not cues:
                cues = window_cues(sentence, vocab, block.kind == "headline")
            if not cues:
                continue
            tense = sentence_tense(sentence, cues, vocab)
            if block.kind == "headline" and any(_HEADLINE_TO.search(sentence, 0, c.start()) for c in cues):
                tense = "future"  # headline-ese: "Actor Song Kang to hold his first fan meeting tour"
            # Dates in quotations count: a date is information the reader needs, whoever gave it.
            own_dates = [d for d in find_dates(sentence, block.kind == "headline")
                         if a + d.start >= filed and not in_title(sentence, d, cues)]
            cued = Cued(sentence, cues, vocab) if own_dates else None
            dates = tuple(attach(block, (a, b), cued, d, vocab) for d in own_dates if cued is not None)
            kept = drop_explained_shifts(text, tuple(d for d in dates if d is not None))
            if id(block) in sections:  # an untitled date in a listicle belongs to its section's work
                kept = tuple(dataclasses.replace(d, work=sections[id(block)]) if not d.work else d for d in kept)
            live = all(vocab.is_live(sentence, c) for c in cues)
            if live and tense == "present" and not any(_PROGRESSIVE.search(sentence, 0, c.start()) and c[0].lower().endswith("ing")
                                                       for c in cues):
                # A photo line's present ("The singer performs in Paris, France, in 2019", set I's shape) tells a
                # past moment; only a relative day ("performs at the final tonight") or a full date times a coming one.
                kept = tuple(d for d in kept if d.date.precision is Precision.RELATIVE or not d.date.vague)
            found.append(ReleaseSentence(block, (a, b), tense, kept, id(block) in lede or block.kind == "headline", live))
    upcoming = any(upcoming_work(b, vocab) for b in doc.blocks_in(("headline", "dek", "body"))
                   if b.kind == "headline" or id(b) in lede)
    analysis = ReleaseAnalysis(tuple(found), headline_cue, upcoming)
    if analysis.is_release_coverage and not any(d.block.kind == "headline" for d in analysis.timings):
        # Release coverage may give its timing without a release verb: "Interesting new pairings for upcoming
        # 2023 drama series".  That timing is judged too, unless the sentence is already a release sentence.
        seen = {(id(s.block), s.span) for s in found}
        timing = tuple(t for t in timing_sentences(doc, vocab, lede) if (id(t.block), t.span) not in seen
                       and (not analysis.timings or t.block.kind == "headline"))
        if timing:
            return ReleaseAnalysis(tuple(found) + timing, headline_cue, upcoming)
    return analysis
