"""The Rule value: an id, the kind that runs it, its params and the finding it makes.

Reading and validating rule files is `rule_files`, one layer up: it needs the kinds'
own param schemas, and checks import this module for the Rule type.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from .errors import RuleFileError
from .findings import Finding, Location, Severity

DEFAULT_SCOPE = ("headline", "subheading", "body")
T = TypeVar("T")


# A rule example: body text (snippet), or a table with text, format and reference_date.
Example = str | Mapping[str, str]


class _Keep(dict[str, object]):
    """format_map helper: unknown {fields} stay as written instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Rule:
    """One rule: an id, the kind of check that runs it, and everything that check needs."""

    id: str
    kind: str
    severity: Severity
    summary: str
    message: str
    description: str = ""
    link: str = ""
    scope: tuple[str, ...] = DEFAULT_SCOPE
    enabled: bool = True
    fixable: bool = False
    exclusive: bool = False  # one finding per fault within the family (lint/overlap.py)
    params: Mapping[str, Any] = field(default_factory=dict)
    fail_examples: tuple[Example, ...] = ()
    pass_examples: tuple[Example, ...] = ()
    source: str = ""
    build: Callable[[Mapping[str, Any]], object] | None = field(default=None, compare=False, repr=False)
    bundled: bool = False  # shipped with artlint (tested, trusted to run in linear time), not a house rule

    @property
    def family(self) -> str:
        return self.id.split("/", 1)[0]

    @cached_property
    def prepared(self) -> object:
        """The kind's options dataclass, or its compiled form (patterns, lexicons), built once per rule."""
        if self.build is None:  # a Rule built by hand, not read through rule_files
            raise RuleFileError(f"rule {self.id}: not bound to its kind {self.kind!r}", self.source)
        return self.build(self.params)

    def prepared_as(self, cls: type[T]) -> T:
        """`prepared`, checked to be the type the kind's check reads."""
        prepared = self.prepared
        if not isinstance(prepared, cls):
            raise TypeError(f"rule {self.id}: kind {self.kind!r} prepared a {type(prepared).__name__}, not a {cls.__name__}")
        return prepared

    def finding(self, location: Location, text: str, suggestion: str | None = None,
                fix: str | None = None, *, sub_id: str | None = None, severity: Severity | None = None,
                **fields: object) -> Finding:
        """A Finding of this rule; the message template is filled from fields.

        sub_id names a finding inside the family (grammar/<LanguageTool rule id>); severity
        overrides the rule's for kinds that grade their own findings.
        """
        values = _Keep(match=text, suggestion=suggestion or "", **fields)
        rule_id = f"{self.family}/{sub_id}" if sub_id else self.id
        return Finding(rule_id, severity or self.severity, self.message.format_map(values), location, text,
                       suggestion, fix if self.fixable else None)


__all__ = ["DEFAULT_SCOPE", "Example", "Rule"]
