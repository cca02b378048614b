"""Shared helpers: make_doc(), lint_one(), the seed article and the shared corpus."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from artlint.config import bundled_rules
from artlint.document import Document
from artlint.engine import run
from artlint.env import Env
from artlint.parsers import parse
from artlint.parsers.plain import parse as parse_plain

FIXTURES = Path(__file__).parent / "fixtures"
# The shared corpora (gold-dev, BBC, celebrity news) beside the clone, or wherever ARTLINT_CORPUS
# points; tests that need them skip with the path they looked at when they are absent.
SHARED = Path(os.environ.get("ARTLINT_CORPUS") or Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
TODAY = dt.date(2026, 11, 24)


def make_doc(text: str, fmt: str | None = None, snippet: bool = False) -> Document:
    """A Document from text: snippet mode treats every line as body text."""
    if snippet:
        return parse_plain(text, "<test>", snippet=True)
    return parse(text, f"<test>.{fmt or 'txt'}", fmt or "txt")


def rule(rule_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in bundled_rules() if r.id == rule_id)


def lint_one(rule_id: str, text: str, fmt: str | None = None, snippet: bool = True,
             today: dt.date = TODAY) -> list[tuple[str, int, int]]:
    """(rule, line, column) of each finding of one rule on the text."""
    doc = make_doc(text, fmt, snippet=snippet and fmt is None)
    return [(f.rule_id, f.location.line, f.location.column) for f in run(doc, [rule(rule_id)], Env(today=today))]


def spans(rule_id: str, text: str, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    """The flagged text of each finding of one rule (every line body text unless snippet=False)."""
    doc = make_doc(text, kw.get("fmt"), snippet=kw.get("snippet", True) and kw.get("fmt") is None)
    return [f.text for f in run(doc, [rule(rule_id)], Env(today=TODAY))]


# A body for headline tests: the headline is the article's first block, the body says nothing of note.
HEADLINE_BODY = "\n\nThe singer released the album on Friday, her label said."


def headline_spans(headline: str) -> list[str]:
    """hype/clickbait-headline's findings on an article whose first block is the given headline."""
    return spans("hype/clickbait-headline", headline + HEADLINE_BODY, snippet=False)


@pytest.fixture
def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared corpus not present at {path}")
    return path
