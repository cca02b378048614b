"""Grammar and spelling from LanguageTool: grammar/<LanguageTool rule id>, with its replacements.

The body is sent as one text (blocks joined by blank lines) and each match is
mapped back to its block, so offsets are exact in the source file.  Spelling
matches on names the names check knows ("Je Hoon", "Koo Kyo Hwan") are dropped:
LanguageTool does not know Korean names.  Severity comes from LanguageTool's
category (a param).  With no server (Env.grammar is None) the kind yields
nothing; the runner records the skip.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding, Severity
from ..analysis.people import extract, name_data
from ..rules import Rule

KIND = "grammar"
PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "severities": {"type": "object", "additionalProperties": {"enum": ["error", "warning", "info"]},
                       "description": "LanguageTool category id -> severity; others get the rule's severity."},
        "spelling_categories": {"type": "array", "items": {"type": "string"},
                                "description": "Categories whose matches on known names are dropped."},
        "disabled": {"type": "array", "items": {"type": "string"}, "description": "LanguageTool rule ids to drop."},
    },
}


def prepare(params: Mapping[str, Any]) -> dict[str, Any]:
    return {"severities": {k: Severity.parse(v) for k, v in params.get("severities", {}).items()},
            "spelling": frozenset(params.get("spelling_categories", ["TYPOS"])),
            "disabled": frozenset(params.get("disabled", []))}


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    client = env.grammar
    if client is None:
        return
    p = rule.prepared
    blocks = list(doc.blocks_in(rule.scope))
    if not blocks:
        return
    starts, pos = [], 0
    for b in blocks:
        starts.append(pos)
        pos += len(b.text) + 2
    text = "\n\n".join(b.text for b in blocks)
    matches = client.check(text)
    if not matches:
        return
    names = _name_words(doc)
    for m in matches:
        if m.rule_id in p["disabled"]:
            continue
        i = max(k for k, s in enumerate(starts) if s <= m.offset)
        block, a = blocks[i], m.offset - starts[i]
        b = min(a + m.length, len(block.text))
        if a >= len(block.text) or b <= a:
            continue  # a match on the separator between blocks
        flagged = block.text[a:b]
        if m.category in p["spelling"] and all(w in names for w in re.findall(r"[\w'’-]+", flagged)):
            continue
        suggestion = ", ".join(m.replacements[:3]) if m.replacements else None
        yield rule.finding(doc.block_location(block, a, b), flagged, suggestion, sub_id=m.rule_id,
                           severity=p["severities"].get(m.category), detail=m.message.rstrip("."))


def _name_words(doc: Document) -> frozenset[str]:
    """Every word of every name mention: the words LanguageTool should not call misspelt."""
    data = name_data()
    words: set[str] = set()
    for m in extract(doc, data, ("headline", "dek", "subheading", "body", "captions")):
        for w in m.words:
            words.add(w)
            words.update(w.split("-"))
    return frozenset(words)
