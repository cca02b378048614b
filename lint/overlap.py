"""One finding per fault: a finding inside another of the same family, where both rules ask for it, is dropped.

Two hype rules often report the same words: "flooded the internet" is a crowd claim and
puffery, "bombshell" is puffery inside the epithet "blonde bombshell", "amazing" inside
the intensified "absolutely amazing".  A reader (or an editor working through a ruff or
ESLint report) expects one finding per fault, so among the rules that set `exclusive =
true` in their rule file, a finding that lies wholly inside a finding of another such rule
of the same family is dropped, and the outer, longer one stays: it names the fault more
exactly.  Of two findings on the very same span, the one whose rule id sorts first stays
("hype/crowd-claims" before "hype/puffery"), whatever order the rules ran in.

Findings that only overlap in part are both kept: neither holds the other's evidence.  So is
a finding strictly inside one of a rule that pairs two words (a kind whose registry entry says
`spans_pair`, as `pairs` does: "anticipation ... palpable"), touching neither end: the pair's
evidence is its two ends, and the words between them are another fault ("The anticipation for
the much-anticipated finale is palpable", review 9).
A rule without `exclusive` (the default, and every house rule that does not set it)
keeps all its findings and hides none of another rule's.  Only findings no directive
suppressed take part, so an `artlint-disable` of the outer rule brings the inner finding
back, as it would if the outer rule had not fired.
"""
from __future__ import annotations

from collections import defaultdict

from .checks import PAIRED
from .findings import Finding
from .rules import Rule


def drop_nested(findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """The findings without those inside (or on the span of) another of the same family's exclusive rules."""
    exclusive_ids = {r.id for r in rules if r.exclusive}
    if not exclusive_ids:
        return findings
    paired = {r.id for r in rules if r.exclusive and r.kind in PAIRED}
    by_family: defaultdict[str, list[tuple[int, int, str, Finding]]] = defaultdict(list)
    for f in findings:
        if f.rule_id in exclusive_ids and f.location is not None and f.location.end > f.location.start:
            by_family[f.rule_id.split("/", 1)[0]].append((f.location.start, f.location.end, f.rule_id, f))
    dropped: set[int] = set()
    for group in by_family.values():
        if len(group) < 2:
            continue
        kept: list[tuple[int, int, bool]] = []
        # Outer first: the longest span, then the rule id that sorts first, then the earlier span.
        for start, end, rule_id, f in sorted(group, key=lambda g: (g[0] - g[1], g[2], g[0])):
            if any(a <= start and end <= b and not (pair and a < start and end < b) for a, b, pair in kept):
                dropped.add(id(f))
            else:
                kept.append((start, end, rule_id in paired))
    return [f for f in findings if id(f) not in dropped] if dropped else findings


__all__ = ["drop_nested"]
