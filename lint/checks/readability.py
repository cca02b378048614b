"""Readability: long sentences (span = the sentence) and an article-level grade (textstat).

One kind; `finds` picks which.  Sentences that are mostly direct speech are the
speaker's and are left alone.  The grade is Flesch-Kincaid over the body.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..analysis.flesch import stats
from ..rules import Rule

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["finds"],
    "properties": {
        "finds": {"enum": ["long-sentence", "grade"]},
        "max_words": {"type": "integer", "minimum": 5, "description": "long-sentence: words above which a sentence is long."},
        "max_grade": {"type": "number", "minimum": 1, "description": "grade: Flesch-Kincaid grade above which the article is flagged."},
        "min_words": {"type": "integer", "minimum": 0, "description": "grade: skip articles shorter than this."},
    },
}


def prepare(params: Mapping[str, Any]) -> dict[str, Any]:
    return {"finds": params["finds"], "max_words": params.get("max_words", 35),
            "max_grade": params.get("max_grade", 12.0), "min_words": params.get("min_words", 80)}


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    p = rule.prepared
    blocks = list(doc.blocks_in(rule.scope))
    if p["finds"] == "long-sentence":
        for block in blocks:
            speech = block.speech
            for a, b, n in block.sentence_spans:
                spoken = sum(min(b, e) - max(a, s) for s, e in speech if s < b and e > a)
                if n > p["max_words"] and spoken < (b - a) / 2:
                    yield rule.finding(doc.block_location(block, a, b), block.text[a:b], "split it in two",
                                       words=n, max=p["max_words"])
        return
    words = sum(b.word_total for b in blocks)
    if words < p["min_words"]:
        return
    figures = stats(blocks, p["max_words"])
    grade = figures.get("flesch_kincaid_grade")
    if grade is not None and grade > p["max_grade"]:
        loc = doc.article_location()
        yield rule.finding(loc, doc.source[loc.start:loc.end], "shorter sentences and plainer words",
                           grade=grade, max=f"{p['max_grade']:g}", ease=figures["flesch_reading_ease"])
