"""A weekday that does not fall on the date it names: "Thursday, July 12, 2024" (a Friday)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..analysis.date_expr import WEEKDAY_NAMES
from ..analysis.dates import find_dates
from ..document import Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule
from ..patterns import LazyPattern

# A weekday right before a month or a day number: the only place a mismatch can be.
# The word boundary is checked after the first three letters ((?<!\w{4})), so re can skip to candidates.
_WEEKDAY = LazyPattern(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?<!\w\w\w\w)[a-z]*\.?,?\s+(?:the\s+)?(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
PARAMS_SCHEMA: dict[str, Any] = {"type": "object", "additionalProperties": False}


@dataclass(frozen=True)
class Options:
    """weekday takes no params."""


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Dates with a year are checked always; without a year, only against a reference date."""
    for block in doc.blocks_in(rule.scope):
        if not _WEEKDAY.search(block.text):
            continue
        for d in find_dates(block.text):
            actual = d.weekday_error(env.today)
            if actual is None or d.weekday is None:
                continue
            day = d.interval(env.today)
            assert day is not None
            yield rule.finding(doc.block_location(block, d.start, d.end), d.text,
                               named=WEEKDAY_NAMES[d.weekday], actual=actual, date=day[0].isoformat())
