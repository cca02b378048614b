"""Credits that name where a picture was found (a platform, search engine, community) not who owns it.

A source is vague when, once filler words ("official", "account", "stories")
and listed vague terms are taken out, nothing naming an owner is left:
"Instagram Stories" is vague, "YouTube/HYBE LABELS" and "Instagram @handle" are not.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..analysis.credits import parse_credit
from ..document import Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule

KIND = "credit-source"
PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["groups"],
    "properties": {
        "groups": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "terms"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "description": "What these sources are, for the message."},
                    "advice": {"type": "string", "description": "What to credit instead."},
                    "terms": {"type": "array", "items": {"type": "string", "minLength": 1}},
                },
            },
        },
        "filler": {"type": "array", "items": {"type": "string"}, "description": "Words that never name an owner."},
        "accepted": {"type": "array", "items": {"type": "string"}, "description": "Sources always accepted."},
    },
}
_HANDLE = re.compile(r"@[\w.]+|'[^'\s]*[_\d][^'\s]*'")


@dataclass(frozen=True)
class Prepared:
    terms: re.Pattern[str]
    group_of: dict[str, tuple[str, str]]
    filler: re.Pattern[str] | None
    accepted: frozenset[str]


def prepare(params: Mapping[str, Any]) -> Prepared:
    group_of: dict[str, tuple[str, str]] = {}
    for group in params["groups"]:
        for term in group["terms"]:
            group_of[term.lower()] = (group["name"], group.get("advice", "credit the rights holder"))
    ordered = sorted(group_of, key=len, reverse=True)
    terms = re.compile(r"(?<![\w@])(?:" + "|".join(re.escape(t) for t in ordered) + r")(?![\w])", re.IGNORECASE)
    filler_words = params.get("filler", [])
    filler = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in filler_words) + r")(?![\w])", re.IGNORECASE) if filler_words else None
    return Prepared(terms, group_of, filler, frozenset(a.lower() for a in params.get("accepted", [])))


def judge(source: str, prep: Prepared) -> tuple[str, str] | None:
    """(group name, advice) when the source names no owner, else None."""
    if source.lower() in prep.accepted or _HANDLE.search(source):
        return None
    found = None
    for part in re.split(r"\s*/\s*", source):
        hits = list(prep.terms.finditer(part))
        rest = prep.terms.sub(" ", part)
        if prep.filler:
            rest = prep.filler.sub(" ", rest)
        if re.search(r"[^\W\d_]", rest):
            return None  # something in this part names an owner
        if hits and found is None:
            found = prep.group_of[hits[0][0].lower()]
    return found


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each credited source that is only a platform, search engine or vague place."""
    prep: Prepared = rule.prepared
    for block in doc.blocks_in(("credits",)):
        credit = parse_credit(block.text)
        for i, j in credit.sources:
            source = block.text[i:j]
            verdict = judge(source, prep)
            if verdict:
                what, advice = verdict
                yield rule.finding(doc.block_location(block, i, j), source, advice, source=source, what=what)
