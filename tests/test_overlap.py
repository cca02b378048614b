"""One finding per fault: the engine drops a finding inside one of another exclusive rule of its family."""
from __future__ import annotations

import dataclasses

import pytest

from artlint import overlap
from artlint.checks import PAIRED
from artlint.engine import run
from artlint.env import Env
from artlint.rules import Rule
from conftest import TODAY, make_doc, rule


def _found(text: str, rules: list[Rule], fmt: str | None = None) -> list[tuple[str, str]]:
    doc = make_doc(text, fmt, snippet=fmt is None)
    return [(f.rule_id, f.text) for f in run(doc, rules, Env(today=TODAY)) if f.location is not None]


def _hype(*ids: str) -> list[Rule]:
    return [rule(f"hype/{i}") for i in ids]


def test_a_finding_inside_another_exclusive_rules_finding_is_dropped() -> None:
    # celebrity-news/fake 129 and 221 (outside every set): the epithet and the intensified praise hold the puffery.
    assert _found("The blonde bombshell arrived at the party.", _hype("epithets", "puffery")) == [
        ("hype/epithets", "blonde bombshell")]
    assert _found("The show was absolutely amazing.", _hype("intensified-praise", "puffery")) == [
        ("hype/intensified-praise", "absolutely amazing")]


def test_on_the_same_span_the_rule_id_that_sorts_first_stays() -> None:
    # gold-dev w06 and w21 ("The anticipation is palpable"): a crowd claim and puffery on the same words.
    assert _found("The anticipation is palpable.", _hype("puffery", "crowd-claims")) == [
        ("hype/crowd-claims", "anticipation is palpable")]


def test_a_rule_that_does_not_ask_keeps_its_findings_and_hides_none() -> None:
    inner = dataclasses.replace(rule("hype/puffery"), exclusive=False)
    assert _found("The blonde bombshell arrived at the party.", [rule("hype/epithets"), inner]) == [
        ("hype/epithets", "blonde bombshell"), ("hype/puffery", "bombshell")]
    outer = dataclasses.replace(rule("hype/epithets"), exclusive=False)
    assert _found("The blonde bombshell arrived at the party.", [outer, rule("hype/puffery")]) == [
        ("hype/epithets", "blonde bombshell"), ("hype/puffery", "bombshell")]


def test_findings_that_overlap_in_part_are_both_kept() -> None:
    # gold-dev d07: neither span holds the other.
    assert _found("Exciting news for K-drama fans!", _hype("crowd-claims", "puffery")) == [
        ("hype/crowd-claims", "Exciting news for K-drama fans"), ("hype/puffery", "K-drama fans!")]


def test_a_finding_between_the_two_words_of_a_pair_is_another_fault() -> None:
    # Review 9 (new wording): the crowd claim pairs "anticipation" with "palpable"; the puffery between is its own.
    assert _found("The anticipation for the much-anticipated finale is palpable.", _hype("crowd-claims", "puffery")) == [
        ("hype/crowd-claims", "anticipation for the much-anticipated finale is palpable"),
        ("hype/puffery", "much-anticipated")]
    # At one end of a pair it is the pair's own word, and goes: "amazing" in "absolutely amazing" (the first test).


def test_the_kind_entry_says_that_its_findings_span_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    assert PAIRED == frozenset({"pairs"})
    # Were the pairs kind no pair, the puffery between its two words would lie inside its finding, and go.
    monkeypatch.setattr(overlap, "PAIRED", frozenset())
    assert _found("The anticipation for the much-anticipated finale is palpable.", _hype("crowd-claims", "puffery")) == [
        ("hype/crowd-claims", "anticipation for the much-anticipated finale is palpable")]


def test_suppressing_the_outer_finding_brings_the_inner_one_back() -> None:
    text = "# Title\n\n<!-- artlint-disable-next-line hype/epithets -->\nThe blonde bombshell arrived at the party.\n"
    assert _found(text, _hype("epithets", "puffery"), fmt="md") == [("hype/puffery", "bombshell")]


def test_density_counts_the_findings_before_nested_ones_are_dropped() -> None:
    # hype/density counts puffery, the three inside intensified praise included: its threshold counts what the rules
    # found (review 9, a concert story of four paragraphs lost its density finding when they were dropped first).
    text = ("The quiz night\n\nThe show was absolutely amazing. The band was absolutely amazing. "
            "The crowd was absolutely amazing.")
    rules = _hype("intensified-praise", "puffery", "density")
    assert [f.rule_id for f in run(make_doc(text), rules, Env(today=TODAY))] == [
        "hype/density", *["hype/intensified-praise"] * 3]
