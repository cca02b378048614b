"""Check kinds: one module each, registered here by name and imported on first use.

Every kind module meets the `Kind` contract below (tests/checks/test_kind_contract.py
holds each registered module to it): PARAMS_SCHEMA (JSON Schema for its params, with
descriptions that `artlint explain` prints), prepare(params) (compile them once per
rule) and check(doc, rule, env) -> Iterator[Finding]. Aggregate kinds are named in
AGGREGATE: they run last and also receive the findings that survived suppression.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from ..document import Document
    from ..env import Env
    from ..findings import Finding
    from ..rules import Rule


class Kind(Protocol):
    """What a kind module provides."""

    PARAMS_SCHEMA: dict[str, Any]

    def prepare(self, params: Mapping[str, Any]) -> Any:
        """The params compiled once per rule (patterns, lexicons, thresholds)."""

    def check(self, doc: Document, rule: Rule, env: Env, /, *found: tuple[Finding, ...]) -> Iterator[Finding]:
        """The rule's findings on one document (aggregate kinds also get the surviving findings)."""

# kind name -> module under artlint.checks
KINDS: dict[str, str] = {
    "phrases": "phrases",
    "pattern": "pattern",
    "suppression": "suppression",
    "credit-source": "credit_source",
    "credit-missing": "credit_missing",
    "credit-format": "credit_format",
    "clickbait": "clickbait",
    "headline-support": "headline_support",
    "density": "density",
    "release-date": "release_date",
    "weekday": "weekday",
    "schema": "schema",
    "readability": "readability",
    "grammar": "grammar",
    "names": "names",
    "reader-call": "reader_call",
    "stray-headline": "stray_headline",
    "pairs": "pairs",
}


# Kinds that summarise other findings (hype density): run after the others, given what survived suppression.
AGGREGATE: frozenset[str] = frozenset({"density"})


@lru_cache(maxsize=None)
def get(kind: str) -> Kind:
    """The module of a registered kind, imported on first use."""
    return cast(Kind, importlib.import_module(f"{__name__}.{KINDS[kind]}"))


@dataclass(frozen=True)
class Preparer:
    """A kind's prepare, bound by name: the kind's module is imported when a rule of it first runs.

    Binding the function itself would import every kind (and what it imports: the
    LanguageTool client, jsonschema) on each start, for rules that are off or ignored.
    A name also pickles as it is, for worker processes.
    """

    kind: str

    def __call__(self, params: Mapping[str, Any]) -> Any:
        return get(self.kind).prepare(params)


def compile_now(prepared: Any) -> None:
    """Build now every part of a prepared rule that its kind builds on first use.

    Those are cached properties of its dataclasses, CaselessPatterns and a lexicon's
    {pattern} buckets.  Kinds compile patterns lazily to keep cold starts short; a
    house rule's pattern that does not compile must still be the rule file's error,
    found when the file is loaded (rule_files.check_compiles), not on some article.
    """
    from ..analysis.lexicon import Matcher
    from ..analysis.tokens import CaselessPattern

    if isinstance(prepared, CaselessPattern):
        prepared.compile()
    elif isinstance(prepared, Matcher):
        prepared.compile_patterns()
    elif isinstance(prepared, (list, tuple, set, frozenset)):
        for item in prepared:
            compile_now(item)
    elif isinstance(prepared, dict):
        for item in prepared.values():
            compile_now(item)
    elif is_dataclass(prepared) and not isinstance(prepared, type):
        for f in fields(prepared):  # parts first: the error names the innermost pattern that fails
            compile_now(getattr(prepared, f.name))
        for klass in type(prepared).__mro__:
            for name, member in vars(klass).items():
                if isinstance(member, cached_property):
                    getattr(prepared, name)
