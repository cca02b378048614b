"""Article schema: the article's structured model checked against its profile (schemas/profiles/).

One kind for the schema family; `keywords` names the JSON Schema keywords a
rule reports, so each rule (required, format, length, ...) has its own id,
severity and message while validation (lint/profiles.py) is shared.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..analysis.profiles import choose, location, problems
from ..rules import Rule

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["keywords"],
    "properties": {
        "keywords": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                     "description": "JSON Schema keywords whose violations this rule reports."},
    },
}


def prepare(params: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(params["keywords"])


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    keywords: frozenset[str] = rule.prepared
    choice = env.shared(("profile", env.kind, env.profiles), lambda: choose(doc, env.kind, env.profiles))
    found, _ = env.shared(("profile-problems", env.kind, env.profiles), lambda: problems(doc, choice, env.profiles))
    for p in found:
        if p.keyword not in keywords:
            continue
        loc = location(doc, p.pointer)
        why = f"; {p.description[0].lower()}{p.description[1:].rstrip('.')}" if p.description else ""
        yield rule.finding(loc, doc.source[loc.start:loc.end], None, detail=p.detail, field=p.field,
                           profile=choice.profile.name, why=why)
