"""Inline suppression: <!-- artlint-disable RULE -->, enable, and disable-next-line.

RULE may be a rule id, a family, several of either separated by commas or
spaces, or nothing (every rule).  A directive that suppresses nothing is itself
reported as suppression/unused, as ruff and ESLint do.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Directive, Document
from .findings import Finding
from .rules import Rule

UNUSED = "suppression/unused"


@dataclass
class _Range:
    """The lines an artlint-disable directive covers for its rules, and whether it suppressed anything."""

    directive: Directive
    rules: tuple[str, ...]
    start: int
    end: int
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        if not self.start <= finding.location.start < max(self.end, self.start + 1):
            return False
        return not self.rules or finding.rule_id in self.rules or finding.family in self.rules


def _next_line(doc: Document, directive: Directive) -> tuple[int, int]:
    """The first non-blank line after the directive's own line."""
    src = doc.source
    pos = src.find("\n", directive.end)
    while pos != -1:
        end = src.find("\n", pos + 1)
        end = len(src) if end == -1 else end
        if src[pos + 1 : end].strip():
            return pos + 1, end
        pos = src.find("\n", pos + 1) if end < len(src) else -1
    return len(src), len(src)


def _ranges(doc: Document) -> list[_Range]:
    ranges: list[_Range] = []
    open_ranges: list[_Range] = []
    for d in doc.directives:
        if d.action == "disable-next-line":
            a, b = _next_line(doc, d)
            ranges.append(_Range(d, d.rules, a, b))
        elif d.action == "disable":
            r = _Range(d, d.rules, d.end, len(doc.source))
            open_ranges.append(r)
            ranges.append(r)
        else:  # enable closes the matching disables (all of them when it names no rule)
            for r in list(open_ranges):
                if not d.rules or set(r.rules) & set(d.rules) or not r.rules:
                    r.end = d.start
                    open_ranges.remove(r)
    return ranges


def unsuppressed(doc: Document, findings: list[Finding]) -> list[Finding]:
    """The findings no directive covers, without marking any directive as used."""
    if not doc.directives:
        return findings
    ranges = _ranges(doc)
    return [f for f in findings if not any(r.covers(f) for r in ranges)]


def apply(doc: Document, findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """Findings not suppressed, plus suppression/unused findings when that rule is active."""
    if not doc.directives:
        return findings
    ranges = _ranges(doc)
    kept = []
    for f in findings:
        hit = [r for r in ranges if r.covers(f)]
        for r in hit:
            r.used = True
        if not hit:
            kept.append(f)
    unused_rule = next((r for r in rules if r.id == UNUSED), None)
    if unused_rule is not None:
        for r in ranges:
            if not r.used:
                d = r.directive
                what = ", ".join(d.rules) if d.rules else "all rules"
                kept.append(unused_rule.finding(doc.location(d.start, d.end), doc.source[d.start:d.end],
                                                "remove the comment", what=what))
    return kept
