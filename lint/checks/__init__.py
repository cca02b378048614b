"""Check kinds: a literal registry of where each kind's code is, resolved on first use.

A kind is one behaviour: one function that decides every rule of that kind (no
param picks between behaviours). Its entry in KINDS names the module, that
function, the frozen dataclass of its options and the JSON Schema of its params;
`artlint explain` prints the function, so a rule id leads to its code in one step.

The contract (tests/checks/test_kind_contract.py holds every entry to it):

- params are validated against the schema (descriptions there are the params' docs),
  then built into the options dataclass, whose field defaults are the only defaults;
- `prepare(options)`, when the entry names one, compiles the options once per rule
  (patterns, lexicons, data files); otherwise the options are what the check reads;
- the check is `check(doc, rule, env) -> Iterator[Finding]`; an aggregate kind's
  check also gets the findings that survived suppression, and runs last;
- an engine kind has no check: the engine makes its findings itself
  (`suppression`: directives that suppressed nothing, made by `suppress.apply`);
- `describe(doc, rules, env) -> Contribution`, when the entry names one, is what the
  kind adds to the article's result besides findings (metrics, the profile it used,
  skip notes); the runner calls it once per article for all the rules naming it, so
  the runner knows no family by name;
- `uses_grammar` says the check reads `env.grammar`, the LanguageTool client the
  runner connects (once per run) only when a rule of such a kind is active;
- `spans_pair` says a finding's span runs from one listed word to another, so the words
  between are no part of its evidence (`overlap.drop_nested` keeps a finding among them).
"""
from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields, is_dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..findings import Finding
    from ..rules import Rule

    from .contribution import DescribeFunction

    CheckFunction = Callable[..., Iterator[Finding]]  # (doc, rule, env) or, aggregate, (doc, rule, env, findings)


@dataclass(frozen=True)
class Kind:
    """A registry entry: where a kind's code is and how the engine runs it (data, no import)."""

    module: str  # dotted, under artlint
    function: str = "check"  # the function that decides the kind's rules
    options: str = "Options"  # frozen dataclass of the params, in the same module
    schema: str = "PARAMS_SCHEMA"  # JSON Schema of the params, in the same module
    prepare: str | None = None  # function in the module: options -> compiled form, once per rule
    aggregate: bool = False  # runs last and is handed the findings that survived suppression
    requires: str | None = None  # aggregate: function rule -> the rule ids and families it counts
    engine: bool = False  # findings made by the engine itself: no check runs
    describe: str | None = None  # function in the module: (doc, rules, env) -> Contribution, once per article
    uses_grammar: bool = False  # the check reads env.grammar: the runner connects LanguageTool for it
    spans_pair: bool = False  # a finding spans two listed words; the words between are not its evidence

    @property
    def path(self) -> str:
        """The source file, as a newcomer opens it from the repository root."""
        return "lint/" + self.module.replace(".", "/") + ".py"

    @property
    def where(self) -> str:
        """File and function: `lint/checks/names.py, check_given_names()`."""
        return f"{self.path}, {self.function}()"


_CHECK = "checks."

# kind name -> where its code is.  One behaviour per kind: the names, dates and readability
# families share their analyses (env.shared) across kinds, not a `finds` switch.
KINDS: dict[str, Kind] = {
    "phrases": Kind(_CHECK + "phrases", prepare="prepare"),
    "pattern": Kind(_CHECK + "pattern", prepare="prepare"),
    "pairs": Kind(_CHECK + "pairs", prepare="prepare", spans_pair=True),
    "reader-call": Kind(_CHECK + "reader_call", prepare="prepare"),
    "stray-headline": Kind(_CHECK + "stray_headline", prepare="prepare"),
    "clickbait": Kind(_CHECK + "clickbait", prepare="prepare"),
    "headline-support": Kind(_CHECK + "headline_support", prepare="prepare"),
    "density": Kind(_CHECK + "density", aggregate=True, requires="requires"),
    "credit-source": Kind(_CHECK + "credit_source", prepare="prepare"),
    "credit-missing": Kind(_CHECK + "credit_missing", prepare="prepare"),
    "credit-format": Kind(_CHECK + "credit_format"),
    "names-variant": Kind(_CHECK + "names", "check_variants", prepare="prepare"),
    "names-given": Kind(_CHECK + "names", "check_given_names", prepare="prepare"),
    "names-ambiguous": Kind(_CHECK + "names", "check_ambiguous_surnames", prepare="prepare"),
    "names-before": Kind(_CHECK + "names", "check_before_introduction", prepare="prepare"),
    "names-second": Kind(_CHECK + "names", "check_second_references", "SecondOptions", "SECOND_SCHEMA",
                         prepare="prepare"),
    "release-missing": Kind(_CHECK + "release_date", "check_missing", prepare="prepare"),
    "release-vague": Kind(_CHECK + "release_date", "check_vague", "VagueOptions", "VAGUE_SCHEMA", prepare="prepare"),
    "release-stale": Kind(_CHECK + "release_date", "check_stale", prepare="prepare"),
    "release-conflict": Kind(_CHECK + "release_date", "check_conflicts", prepare="prepare"),
    "release-claim": Kind(_CHECK + "release_date", "check_claims", prepare="prepare"),
    "weekday": Kind(_CHECK + "weekday"),
    "readability-sentence": Kind(_CHECK + "readability", "check_long_sentences", "SentenceOptions",
                                 "SENTENCE_SCHEMA", describe="describe"),
    "readability-grade": Kind(_CHECK + "readability", "check_grade", "GradeOptions", "GRADE_SCHEMA",
                              describe="describe"),
    "schema": Kind(_CHECK + "schema", describe="describe"),
    "grammar": Kind(_CHECK + "grammar", prepare="prepare", describe="describe", uses_grammar=True),
    "suppression": Kind("suppress", "apply", "NoOptions", "NO_PARAMS", engine=True),
}

# An engine kind takes no params.
NO_PARAMS: dict[str, Any] = {"type": "object", "additionalProperties": False}


@dataclass(frozen=True)
class NoOptions:
    """The options of a kind that takes no params."""


@dataclass(frozen=True)
class Bound:
    """A kind resolved to its code: what rule_files and the engine call."""

    name: str
    entry: Kind
    schema: Mapping[str, Any]
    options: type[Any]  # the frozen dataclass (a class object; its fields are the params)
    compile: Callable[[Any], object] | None
    check: CheckFunction | None  # None for an engine kind
    requires: Callable[[Rule], frozenset[str]] | None = None  # what an aggregate rule's examples run alongside
    describe: DescribeFunction | None = None  # what the kind adds to an article's result besides findings

    def build(self, params: Mapping[str, Any]) -> object:
        """Validated params as the kind's options dataclass, then compiled if the kind compiles them.

        Top-level arrays become tuples, so options hold no shared mutable list.
        """
        options = self.options(**{k: tuple(v) if isinstance(v, list) else v for k, v in params.items()})
        return options if self.compile is None else self.compile(options)


@lru_cache(maxsize=None)
def get(kind: str) -> Bound:
    """A registered kind bound to its code, imported on first use (KeyError for an unknown kind)."""
    entry = KINDS[kind]
    if entry.engine:
        return Bound(kind, entry, NO_PARAMS, NoOptions, None, None)
    module = importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.{entry.module}")
    options = getattr(module, entry.options)
    if not (isinstance(options, type) and dataclasses.is_dataclass(options)):
        raise TypeError(f"kind {kind}: {entry.module}.{entry.options} is not a dataclass")
    return Bound(kind, entry, getattr(module, entry.schema), options,
                 getattr(module, entry.prepare) if entry.prepare else None, getattr(module, entry.function),
                 getattr(module, entry.requires) if entry.requires else None,
                 getattr(module, entry.describe) if entry.describe else None)


def defaults(kind: str) -> dict[str, object]:
    """Each param's default, as the kind's options dataclass states it (the only place it is stated)."""
    found: dict[str, object] = {}
    for f in dataclasses.fields(get(kind).options):
        if f.default is not dataclasses.MISSING:
            found[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            found[f.name] = f.default_factory()
    return found


AGGREGATE: frozenset[str] = frozenset(name for name, k in KINDS.items() if k.aggregate)
ENGINE: frozenset[str] = frozenset(name for name, k in KINDS.items() if k.engine)
PAIRED: frozenset[str] = frozenset(name for name, k in KINDS.items() if k.spans_pair)


@dataclass(frozen=True)
class Builder:
    """A kind's build (options, then prepare), bound by name: the kind's module is imported when a rule of it first runs.

    Binding the function itself would import every kind (and what it imports: the
    LanguageTool client, jsonschema) on each start, for rules that are off or ignored.
    A name also pickles as it is, for worker processes.
    """

    kind: str

    def __call__(self, params: Mapping[str, Any]) -> object:
        return get(self.kind).build(params)


def compile_now(prepared: Any) -> None:
    """Build now every part of a prepared rule that its kind builds on first use.

    Those are cached properties of its dataclasses, FoldedPatterns and a lexicon's
    {pattern} buckets.  Kinds compile patterns lazily to keep cold starts short; a
    house rule's pattern that does not compile must still be the rule file's error,
    found when the file is loaded (rule_files.check_compiles), not on some article.
    """
    from ..analysis.lexicon import Matcher
    from ..analysis.casefold import FoldedPattern

    if isinstance(prepared, FoldedPattern):
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
