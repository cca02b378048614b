"""Article schema: the article's structured model checked against its profile (schemas/profiles/).

One kind for the schema family; `keywords` names the JSON Schema keywords a
rule reports, so each rule (required, format, length, ...) has its own id,
severity and message while validation (lint/analysis/profiles.py) is shared.
`keywords` is data (which of the validator's errors), not a switch between
behaviours: one function reports every keyword the same way.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..analysis.profiles import choose, location, problems
from ..rules import Rule
from .contribution import Contribution, skip_notes

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["keywords"],
    "properties": {
        "keywords": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                     "description": "JSON Schema keywords whose violations this rule reports."},
    },
}


@dataclass(frozen=True)
class Options:
    """schema params."""

    keywords: tuple[str, ...]


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Each problem the article's profile reports with one of the rule's keywords, on the field it concerns."""
    keywords = rule.prepared_as(Options).keywords
    choice = env.shared(("profile", env.kind, env.profiles), lambda: choose(doc, env.kind, env.profiles))
    found, _ = env.shared(("profile-problems", env.kind, env.profiles), lambda: problems(doc, choice, env.profiles))
    for p in found:
        if p.keyword not in keywords:
            continue
        loc = location(doc, p.pointer)
        why = f"; {p.description[0].lower()}{p.description[1:].rstrip('.')}" if p.description else ""
        yield rule.finding(loc, doc.source[loc.start:loc.end], None, detail=p.detail, field=p.field,
                           profile=choice.profile.name, why=why)


def describe(doc: Document, rules: tuple[Rule, ...], env: Env) -> Contribution:
    """Which profile the schema rules used and why, and what a file without metadata could not show them."""
    choice = env.shared(("profile", env.kind, env.profiles), lambda: choose(doc, env.kind, env.profiles))
    _, unchecked = env.shared(("profile-problems", env.kind, env.profiles), lambda: problems(doc, choice, env.profiles))
    skipped = skip_notes(rules, f"no metadata in this {doc.format} file: could not check "
                         f"{', '.join(unchecked)} ({choice.profile.name} profile)") if unchecked else ()
    return Contribution(profile=choice.as_dict(), skipped=skipped)
