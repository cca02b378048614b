"""Regular expressions with a named span group, for house rules that phrases cannot express.

Patterns run on the `regex` module with a time limit per block, so a pattern
with catastrophic backtracking stops with a clear error instead of hanging a run.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..env import Env
from ..errors import ArtlintError
from ..findings import Finding
from ..limits import pattern_budget, time_limit
from ..rules import Rule

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "pattern": {"type": "string", "minLength": 1, "description": "A regular expression (the `regex` module)."},
        "patterns": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1,
                     "description": "Several regular expressions, instead of pattern."},
        "span": {"type": "string", "description": "Name of the group whose text is flagged (default: the whole match)."},
        "suggestion": {"type": "string", "description": "Template; {group} fields come from the match."},
        "ignore_case": {"type": "boolean", "description": "Match regardless of case."},
        "skip_quotes": {"type": "boolean", "description": "Leave direct quotations alone."},
        "timeout": {"type": "number", "exclusiveMinimum": 0,
                    "description": "Seconds allowed per block (per 100,000 characters of a longer block)."},
    },
    "oneOf": [{"required": ["pattern"]}, {"required": ["patterns"]}],
}


@dataclass(frozen=True)
class Options:
    """pattern params (the schema requires pattern or patterns)."""

    pattern: str | None = None
    patterns: tuple[str, ...] = ()
    span: str | None = None
    suggestion: str | None = None
    ignore_case: bool = False
    skip_quotes: bool = True
    timeout: float = 0.25


@dataclass(frozen=True)
class Prepared:
    patterns: tuple[Any, ...]
    span: str | None
    suggestion: str | None
    skip_quotes: bool
    timeout: float


def prepare(options: Options) -> Prepared:
    import regex

    sources = [options.pattern] if options.pattern is not None else list(options.patterns)
    flags = regex.IGNORECASE if options.ignore_case else 0
    compiled = []
    for source in sources:
        try:
            compiled.append(regex.compile(source, flags | regex.VERSION0))
        except regex.error as error:
            raise ArtlintError(f"invalid pattern {source!r}: {error}") from None
    return Prepared(tuple(compiled), options.span, options.suggestion, options.skip_quotes, float(options.timeout))


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each match (or its span group) in the rule's scopes."""
    prep = rule.prepared_as(Prepared)
    for block in doc.blocks_in(rule.scope):
        for pattern in prep.patterns:
            budget = pattern_budget(prep.timeout, len(block.text))
            try:
                with time_limit(0 if rule.bundled else budget, "pattern"):  # 0: only regex's own, laxer, timeout
                    matches = list(pattern.finditer(block.text, timeout=budget))
            except TimeoutError:
                raise ArtlintError(f"rule {rule.id}: pattern took over {budget:g}s on one block "
                                   "(catastrophic backtracking?); simplify it", doc.path) from None
            for m in matches:
                group = prep.span if prep.span and prep.span in pattern.groupindex else 0
                i, j = m.span(group)
                if i < 0 or (prep.skip_quotes and block.in_speech(i, j)):
                    continue
                fields = {k: v or "" for k, v in m.groupdict().items() if k not in ("match", "suggestion", "text", "fix", "location", "sub_id", "severity")}
                suggestion = prep.suggestion.format_map(fields) if prep.suggestion else None
                yield rule.finding(doc.block_location(block, i, j), block.text[i:j], suggestion, **fields)  # type: ignore[arg-type]
