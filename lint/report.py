"""Report and FileResult: what a run found, ready for any formatter."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .findings import Finding, Severity


SCORE_WEIGHTS = {"error": 5.0, "warning": 2.0, "info": 0.5}


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
        """Quality score 0-100: 100 minus 10 points per weighted finding per 100 words.

        Weights: error 5, warning 2, info 0.5.  Words are the body's, at least 100, so a
        short piece is not punished twice.  None when the file could not be checked.
        """
        if self.error:
            return None
        penalty = sum(SCORE_WEIGHTS[str(f.severity)] for f in self.findings)
        per_100_words = penalty / (max(int(self.metrics.get("words", 0)), 100) / 100)
        return max(0, round(100 - 10 * per_100_words))


@dataclass
class Report:
    """Every file of a run, in a deterministic order."""

    files: list[FileResult] = field(default_factory=list)
    fail_on: str = "warning"

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

    def exit_code(self) -> int:
        """2 when an input could not be checked, 1 for findings at or above fail-on, else 0."""
        if self.errors:
            return 2
        if self.fail_on == "never":
            return 0
        threshold = Severity.parse(self.fail_on)
        return 1 if any(f.severity >= threshold for f in self.findings) else 0
