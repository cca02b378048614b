"""The pattern kind: span groups, templated suggestions, and the backtracking guard."""
from __future__ import annotations

import pytest

from artlint.engine import CheckError, run
from artlint.env import Env
from artlint.rule_files import parse_rule_file
from conftest import make_doc


def _rule(params: str):  # type: ignore[no-untyped-def]
    text = ('kind = "pattern"\nseverity = "info"\nsummary = "s"\nmessage = "x {who}"\n'
            f'[params]\n{params}\n')
    return parse_rule_file(text, "house.toml", "house/p")[0]


def test_span_group_and_suggestion_template() -> None:
    rule = _rule("pattern = '(?P<who>[A-Z]\\w+) (?P<verb>slammed)'\nspan = 'verb'\nsuggestion = '{who} criticised'")
    doc = make_doc("Yesterday Nana slammed the host.", snippet=True)
    found = run(doc, [rule], Env())
    assert [(f.text, f.location.column, f.suggestion, f.message) for f in found] == [
        ("slammed", 16, "Nana criticised", "x Nana")]


def test_catastrophic_pattern_is_stopped_with_a_clear_error() -> None:
    rule = _rule("pattern = '(a|aa)+$'\ntimeout = 0.05")
    doc = make_doc("a" * 60 + "b", snippet=True)
    with pytest.raises(CheckError, match="catastrophic backtracking"):
        run(doc, [rule], Env())
