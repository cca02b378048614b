"""Credits in one article written in different shapes: 'Photo :' vs 'Photo:' vs 'PHOTO:'."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..analysis.credits import parse_credit
from ..document import Block, Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "separator": {"type": "string", "description": "House separator after the label, e.g. ': '."},
        "label_case": {"enum": ["title", "upper", "lower", "keep"], "description": "House case of the label ('Photo', 'PHOTO')."},
        "always": {"type": "boolean", "description": "Flag every credit off the house shape, not only mixed shapes."},
    },
}


@dataclass(frozen=True)
class Options:
    """credit-format params."""

    separator: str = ": "
    label_case: str = "title"
    always: bool = False


def _case(label: str, how: str) -> str:
    if how == "upper":
        return label.upper()
    if how == "lower":
        return label.lower()
    if how == "title":
        return " ".join(w.capitalize() for w in label.split())
    return label


def normalised(block: Block, prep: Options) -> str | None:
    """The credit in house shape, or None when it has no 'Label:' form to normalise."""
    credit = parse_credit(block.text)
    if credit.label is None or credit.label_span is None or ":" not in credit.separator or not credit.sources:
        return None
    body = block.text[credit.sources[0][0]:credit.sources[-1][1]]
    text = _case(" ".join(credit.label.split()), prep.label_case) + prep.separator + body
    return f"({text})" if credit.parenthesised else text


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag credits whose shape departs from the house shape when the article mixes shapes."""
    prep = rule.prepared_as(Options)
    shaped = [(b, normalised(b, prep)) for b in doc.blocks_in(("credits",))]
    shaped = [(b, n) for b, n in shaped if n is not None]
    shapes = {_shape(b.text) for b, _ in shaped}
    if not prep.always and len(shapes) < 2:
        return
    for block, fixed in shaped:
        if fixed is not None and block.text != fixed:
            yield rule.finding(doc.block_location(block, 0, len(block.text)), block.text, fixed, fix=fixed)


def _shape(text: str) -> tuple[str, str, bool]:
    credit = parse_credit(text)
    padded = text.startswith("( ") or text.endswith(" )")
    return (credit.label or "", credit.separator, padded)
