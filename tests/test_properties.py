"""Property test: arbitrary text and bytes through every parser and the engine never escape
as exceptions, and every finding's offsets lie inside the file and slice to its text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artlint.config import bundled_rules
from artlint.engine import run
from artlint.env import Env
from artlint.errors import InputError
from artlint.parsers import decode, parse
from conftest import TODAY

RULES = list(bundled_rules())
PIECES = st.sampled_from([
    "Join Our Telegram Channel", "(Photo : Google )", "cinematic gem", "“", "”", '"', "\n", "\n\n", "# ", "> ",
    "![a](b.jpg \"Photo: X\")", "<p>", "</p>", "&amp;", "&lsquo;", "<!-- artlint-disable hype -->", "---\n",
    "{", "}", "[", "]", "\\u2018", "\r\n", "Lee Je Hoon", "July 2024", " ", "\t", "é", "🎬",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join)


def _check(text: str, fmt: str) -> None:
    try:
        doc = parse(text, f"x.{fmt}", fmt)
    except InputError:
        return
    for f in run(doc, RULES, Env(today=TODAY)):
        loc = f.location
        assert 0 <= loc.start <= loc.end <= len(text)
        assert text[loc.start:loc.end] == f.text, (f.rule_id, loc)
        assert loc.line >= 1 and loc.column >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["txt", "md", "html", "json"]))
def test_any_text_in_any_format(text: str, fmt: str) -> None:
    _check(text, fmt)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes(data: bytes) -> None:
    try:
        text = decode(data, "x.txt")
    except InputError:
        return
    for fmt in ("txt", "md", "html", "json"):
        _check(text, fmt)
