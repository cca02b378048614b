"""Severity, Location and Finding: the values every check produces."""
from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that INFO < WARNING < ERROR."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Location:
    """A span of the source file: 0-based code-point offsets plus 1-based line/column."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    pointer: str | None = None  # JSON pointer when the finding is about a metadata field


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one article."""

    rule_id: str
    severity: Severity
    message: str
    location: Location
    text: str = ""
    suggestion: str | None = None
    fix: str | None = None  # replacement text for the span when the fix is safe

    @property
    def family(self) -> str:
        return self.rule_id.split("/", 1)[0]

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.location.start, self.location.end, self.rule_id, self.message)
