"""What a kind adds to an article's result besides findings: metrics, the profile it used, skip notes.

A kind says so through its registry entry (`Kind.describe`), so the runner asks
each kind that ran, and knows no family by name.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ..document import Document
from ..env import Env
from ..rules import Rule
from . import get  # the package registry is loaded before any of its modules


@dataclass(frozen=True)
class Contribution:
    """One kind's additions to a FileResult (each optional)."""

    metrics: Mapping[str, float | int] = field(default_factory=dict)  # merged into the result's metrics
    profile: Mapping[str, str] | None = None  # the profile the kind's rules judged the article by, and why
    skipped: tuple[Mapping[str, str], ...] = ()  # {"family", "reason"}: what the kind could not check here


def skip_notes(rules: Iterable[Rule], reason: str) -> tuple[Mapping[str, str], ...]:
    """One skip note per family of the rules that could not run, in the order they ran."""
    return tuple({"family": family, "reason": reason} for family in dict.fromkeys(r.family for r in rules))


DescribeFunction = Callable[[Document, tuple[Rule, ...], Env], Contribution]


@dataclass(frozen=True)
class Plan:
    """What one set of active rules asks of the runner besides their checks: computed once per rule set."""

    describers: tuple[tuple[DescribeFunction, tuple[Rule, ...]], ...]  # each kind's describe, with its rules
    uses_grammar: bool  # a rule's check reads env.grammar

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> Plan:
        """Each distinct describe function once, in the order its first rule runs, with every rule naming it."""
        grouped: dict[DescribeFunction, list[Rule]] = {}
        grammar = False
        for rule in rules:
            bound = get(rule.kind)
            grammar = grammar or bound.entry.uses_grammar
            if bound.describe is not None:
                grouped.setdefault(bound.describe, []).append(rule)
        return cls(tuple((f, tuple(rs)) for f, rs in grouped.items()), grammar)

    def describe(self, doc: Document, env: Env) -> Iterator[Contribution]:
        """Each describing kind's additions for this article, after its rules ran (env holds their shared analyses)."""
        for function, rules in self.describers:
            yield function(doc, rules, env)
