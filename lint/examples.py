"""Running a rule's own examples: every fail example must fire it, every pass example must not."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .document import Document
from .engine import run
from .env import Env
from .findings import Finding
from .rules import Example, Rule

DEFAULT_REFERENCE = dt.date(2026, 11, 24)  # examples are judged on a fixed date, never the clock


@dataclass(frozen=True)
class ExampleResult:
    rule_id: str
    expect: str  # "fail" or "pass"
    text: str
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        fired = any(f.rule_id == self.rule_id for f in self.findings)
        return fired if self.expect == "fail" else not fired


def example_document(example: Example) -> tuple[Document, dt.date]:
    """A string is body text (snippet mode); a table gives text in a full format."""
    from .parsers import parse
    from .parsers.plain import parse as parse_snippet

    if isinstance(example, str):
        return parse_snippet(example, "<example>", snippet=True), DEFAULT_REFERENCE
    fmt = example.get("format")
    ref = example.get("reference_date")
    today = dt.date.fromisoformat(ref) if ref else DEFAULT_REFERENCE
    if fmt is None:
        return parse_snippet(example["text"], "<example>", snippet=True), today
    return parse(example["text"], f"<example>.{fmt}", fmt), today


def example_text(example: Example) -> str:
    return example if isinstance(example, str) else str(example["text"])


def run_examples(rule: Rule, pool: tuple[Rule, ...] | list[Rule] = ()) -> list[ExampleResult]:
    """Run a rule's examples; an aggregate rule (hype/density) also runs the rules it counts, from pool."""
    from .checks import get

    requires = get(rule.kind).requires
    wanted = requires(rule) if requires else frozenset()
    extra_rules = tuple(r for r in pool if r.id != rule.id and (r.id in wanted or r.family in wanted))
    results = []
    for expect, items in (("fail", rule.fail_examples), ("pass", rule.pass_examples)):
        for example in items:
            doc, today = example_document(example)
            findings = run(doc, [rule, *extra_rules], Env(today=today))
            results.append(ExampleResult(rule.id, expect, example_text(example), tuple(findings)))
    return results
