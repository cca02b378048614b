"""Article-level density: how many findings of some rules per 100 words (hype density).

An aggregate kind: the engine runs it after the other rules and hands it the
findings that survived suppression, so it never re-implements what it counts.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["count"],
    "properties": {
        "count": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                  "description": "Rule ids or families whose findings are counted."},
        "threshold": {"type": "number", "exclusiveMinimum": 0, "description": "Findings per 100 words that trigger the rule."},
        "min_count": {"type": "integer", "minimum": 1, "description": "Never fire on fewer findings than this."},
        "words_in": {"type": "array", "items": {"type": "string"}, "description": "Scopes whose words are counted."},
    },
}


@dataclass(frozen=True)
class Options:
    """density params."""

    count: tuple[str, ...]
    threshold: float = 2.5
    min_count: int = 3
    words_in: tuple[str, ...] = ("headline", "subheading", "body")


def requires(rule: Rule) -> frozenset[str]:
    """The rule ids and families this rule counts (rule examples run them alongside)."""
    return frozenset(rule.params["count"])


def check(doc: Document, rule: Rule, env: Env, findings: tuple[Finding, ...] = ()) -> Iterator[Finding]:
    """One finding on the headline when the counted findings pass the threshold per 100 words."""
    prep = rule.prepared_as(Options)
    hits = sum(1 for f in findings if f.rule_id in prep.count or f.family in prep.count)
    words = sum(b.word_total for b in doc.blocks_in(prep.words_in))
    if hits < prep.min_count or not words:
        return
    rate = 100 * hits / words
    if rate >= prep.threshold:
        loc = doc.article_location()
        yield rule.finding(loc, doc.source[loc.start : loc.end], None, count=hits, words=words,
                           rate=f"{rate:.1f}", threshold=f"{prep.threshold:g}")
