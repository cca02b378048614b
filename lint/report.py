"""Report and FileResult: what a run found, ready for any formatter."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .findings import Finding, Severity

if TYPE_CHECKING:
    from .rules import Rule

EXIT_CODES = ("Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or input "
              "errors, or a file --fix refused to rewrite.")


def exit_code(fail_on: str, errors: int = 0, worst: Severity | None = None, refused: int = 0) -> int:
    """The one exit-code policy of a run (EXIT_CODES says it to the user).

    2 when a file could not be checked (errors) or --fix refused to rewrite one
    (refused); else 1 when the worst finding is at or above fail_on ("never":
    no finding fails); else 0.  worst is None when findings do not count (a run
    that writes a baseline, an audit).  Usage and config errors never reach
    here: they are ArtlintErrors (exit_code 2) or click's own usage errors (2).
    """
    if errors or refused:
        return 2
    if worst is None or fail_on == "never":
        return 0
    return 1 if worst >= Severity.parse(fail_on) else 0


def worst_severity(findings: Iterable[Finding], worst: Severity | None = None) -> Severity | None:
    """The highest severity among findings (and worst, a running value), None when there are none."""
    for f in findings:
        if worst is None or f.severity > worst:
            worst = f.severity
    return worst


SCORE_WEIGHTS = {"error": 5.0, "warning": 2.0, "info": 0.5}
# Calibrated with benchmarks/score_distribution.py on the shared corpora: edited BBC copy mostly 85 or
# more (89%), the gossip half of celebrity-news spread from about 60 to 100, the "Escape" seed 11.
SCORE_MIN_WORDS = 150  # shorter bodies count as this long, so a brief piece is not punished twice
SCORE_SCALE = 5.0  # weighted findings per 100 words that bring the score down to 100/e (37)
SCORE_EXPLANATION = ("100 × e^(−d/5), where d is the weighted findings per 100 words of body (error 5, warning 2, "
                     "info 0.5; n findings of one rule count √n; bodies under 150 words count as 150)")


@dataclass
class FileResult:
    """The outcome for one article: findings and metrics, or the error that stopped it."""

    path: str
    format: str | None = None
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)
    error: str | None = None
    profile: dict[str, str] | None = None  # the profile the schema rules used, and why
    baseline_suppressed: int = 0  # findings hidden because the baseline records them
    source: str | None = None  # kept for formatters that show source lines

    def counts(self) -> dict[str, int]:
        c = Counter(str(f.severity) for f in self.findings)
        return {"error": c["error"], "warning": c["warning"], "info": c["info"], "total": len(self.findings)}

    @property
    def score(self) -> int | None:
        """Quality score 0-100, falling smoothly with the density of weighted findings.

        d = sum over rules of weight(severity) x sqrt(findings of that rule), per 100 words of
        body (at least SCORE_MIN_WORDS); score = 100 x e^(-d / SCORE_SCALE).  The square root
        makes one habit repeated (four given-name references) cost less than four different
        faults, and the exponential never pins a bad article at 0, so the worst still rank.
        None when the file could not be checked.
        """
        if self.error:
            return None
        per_rule = Counter((f.rule_id, str(f.severity)) for f in self.findings)
        penalty = sum(SCORE_WEIGHTS[severity] * math.sqrt(n) for (_, severity), n in per_rule.items())
        density = penalty / (max(int(self.metrics.get("words", 0)), SCORE_MIN_WORDS) / 100)
        return round(100 * math.exp(-density / SCORE_SCALE))


@dataclass
class Report:
    """Every file of a run, in a deterministic order, and the rules that ran (for formatters to describe)."""

    files: list[FileResult] = field(default_factory=list)
    fail_on: str = "warning"
    rules: tuple[Rule, ...] = ()  # bundled and house rules, one per id

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    def counts(self) -> dict[str, int]:
        totals = {"error": 0, "warning": 0, "info": 0, "total": 0}
        for r in self.files:
            for k, v in r.counts().items():
                totals[k] += v
        return totals

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.files if r.error]

    def exit_code(self, refused: int = 0) -> int:
        """This run's exit code under the one policy, exit_code()."""
        return exit_code(self.fail_on, len(self.errors), worst_severity(self.findings), refused)
