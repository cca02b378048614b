"""Readability: long sentences (span = the sentence) and an article-level grade (textstat's Flesch-Kincaid).

Two kinds, one function each: readability-sentence and readability-grade.
Sentences that are mostly direct speech are the speaker's and are left alone.
The grade is Flesch-Kincaid over the body.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..analysis.flesch import stats
from ..rules import Rule
from .contribution import Contribution

SENTENCE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "max_words": {"type": "integer", "minimum": 5, "description": "Words above which a sentence is long."},
    },
}
GRADE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "max_grade": {"type": "number", "minimum": 1, "description": "Flesch-Kincaid grade above which the article is flagged."},
        "min_words": {"type": "integer", "minimum": 0, "description": "Skip articles shorter than this."},
    },
}


@dataclass(frozen=True)
class SentenceOptions:
    """readability-sentence params."""

    max_words: int = 35


@dataclass(frozen=True)
class GradeOptions:
    """readability-grade params."""

    max_grade: float = 12.0
    min_words: int = 80


def check_long_sentences(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """readability-sentence: each sentence over max_words words that is not mostly direct speech."""
    p = rule.prepared_as(SentenceOptions)
    for block in doc.blocks_in(rule.scope):
        speech = block.speech
        for a, b, n in block.sentence_spans:
            spoken = sum(min(b, e) - max(a, s) for s, e in speech if s < b and e > a)
            if n > p.max_words and spoken < (b - a) / 2:
                yield rule.finding(doc.block_location(block, a, b), block.text[a:b], "split it in two",
                                   words=n, max=p.max_words)


def check_grade(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """readability-grade: the article's Flesch-Kincaid grade over max_grade (articles of min_words or more)."""
    p = rule.prepared_as(GradeOptions)
    blocks = list(doc.blocks_in(rule.scope))
    words = sum(b.word_total for b in blocks)
    if words < p.min_words:
        return
    figures = stats(blocks)  # the grade does not depend on stats' long-sentence threshold
    grade = figures.get("flesch_kincaid_grade")
    if grade is not None and grade > p.max_grade:
        loc = doc.article_location()
        yield rule.finding(loc, doc.source[loc.start:loc.end], "shorter sentences and plainer words",
                           grade=grade, max=f"{p.max_grade:g}", ease=figures["flesch_reading_ease"])


def describe(doc: Document, rules: tuple[Rule, ...], env: Env) -> Contribution:
    """The body's readability figures (Flesch ease and grade, sentence length) as the article's metrics."""
    return Contribution(metrics=stats(doc.blocks_in(("body",))))
