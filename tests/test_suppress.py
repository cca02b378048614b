"""Inline suppression comments, in Markdown and plain text, and unused-suppression findings."""
from __future__ import annotations

from artlint.config import bundled_rules
from artlint.engine import run
from artlint.env import Env
from conftest import make_doc

RULES = [r for r in bundled_rules() if r.id in ("hype/puffery", "suppression/unused", "promo/reader-call")]


def _found(text: str, fmt: str = "md") -> list[tuple[str, int]]:
    return [(f.rule_id, f.location.line) for f in run(make_doc(text, fmt), RULES, Env())]


def test_disable_enable_block() -> None:
    text = ("# Title\n\n<!-- artlint-disable hype/puffery -->\n\nA cinematic gem.\n\n"
            "<!-- artlint-enable hype/puffery -->\n\nAnother cinematic gem.\n")
    assert _found(text) == [("hype/puffery", 9)]


def test_disable_next_line_with_reason_and_family() -> None:
    text = "# Title\n\n<!-- artlint-disable-next-line hype -- quoting the ad copy -->\nA cinematic gem.\n\nA cinematic gem.\n"
    assert _found(text) == [("hype/puffery", 6)]


def test_plain_text_marker_line() -> None:
    text = "Title\n\n<!-- artlint-disable-next-line promo/reader-call -->\nJoin Our Telegram Channel\n"
    assert _found(text, "txt") == []


def test_unused_suppression_is_reported() -> None:
    text = "# Title\n\n<!-- artlint-disable promo -->\n\nA quiet, factual paragraph.\n"
    assert _found(text) == [("suppression/unused", 3)]
