"""Every registered kind meets the contract in artlint.checks: one function, typed options, defaults in one place."""
from __future__ import annotations

import dataclasses
import inspect
import re
from pathlib import Path

import pytest

from artlint.checks import AGGREGATE, ENGINE, KINDS, defaults, get
from artlint.config import bundled_rules
from artlint.docs import explain_text, param_docs
from artlint.validation import validate

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_kind_meets_the_contract(kind: str) -> None:
    bound = get(kind)
    schema = bound.schema
    assert schema.get("type") == "object" and schema.get("additionalProperties") is False
    fields = dataclasses.fields(bound.options)
    # The schema's params are the options' fields, and a param is required exactly when its field has no default.
    assert sorted(schema.get("properties", {})) == sorted(f.name for f in fields)
    assert sorted(schema.get("required", [])) == sorted(f.name for f in fields if f.name not in defaults(kind))
    assert bound.options.__dataclass_params__.frozen  # type: ignore[attr-defined]
    # explain and the kinds table print each param's description: every param has one.
    assert [n for n, spec in schema.get("properties", {}).items() if not spec.get("description")] == []
    if bound.compile is not None:
        assert list(inspect.signature(bound.compile).parameters) == ["options"]
    if kind in ENGINE:
        assert bound.check is None
        return
    assert bound.check is not None and bound.check.__doc__, "the deciding function says what it flags"
    params = list(inspect.signature(bound.check).parameters.values())
    assert [p.name for p in params[:3]] == ["doc", "rule", "env"]
    assert (len(params) == 4) == (kind in AGGREGATE)  # only aggregate kinds are handed the surviving findings
    if bound.describe is not None:  # what the kind adds to the result besides findings, for all its rules at once
        assert list(inspect.signature(bound.describe).parameters) == ["doc", "rules", "env"]
        assert bound.describe.__doc__


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_defaults_are_stated_once_and_are_valid_params(kind: str) -> None:
    """The dataclass states each default; the schema states none, and accepts every one the dataclass states."""
    schema = dict(get(kind).schema)
    assert '"default"' not in repr(schema).replace("'", '"')
    # An empty default (None, (), {}) stands for an absent param; the others must be legal values.
    stated = {k: list(v) if isinstance(v, tuple) else v for k, v in defaults(kind).items() if v not in (None, (), {})}
    alone = {k: v for k, v in schema.items() if k not in ("required", "oneOf")}  # judged without the required params
    assert validate(stated, alone) == [], kind


def test_no_kind_switches_behaviour_on_a_finds_param() -> None:
    for kind in KINDS:
        assert "finds" not in get(kind).schema.get("properties", {}), kind


def test_every_bundled_rule_names_a_registered_kind_and_builds_its_options() -> None:
    for rule in bundled_rules():
        assert rule.kind in KINDS, rule.id
        assert validate(dict(rule.params), dict(get(rule.kind).schema)) == [], rule.id
        assert dataclasses.is_dataclass(rule.prepared), rule.id  # options, or the kind's compiled form of them


def test_options_are_built_from_params_with_the_dataclass_defaults() -> None:
    """readability/long-sentence sets max_words; readability-grade without params takes 12 and 80 from GradeOptions."""
    from artlint.checks.readability import GradeOptions, SentenceOptions

    assert get("readability-sentence").build({"max_words": 40}) == SentenceOptions(max_words=40)
    assert get("readability-grade").build({}) == GradeOptions(max_grade=12.0, min_words=80)
    assert get("credit-missing").options(ignore_src=("logo",)).ignore_src == ("logo",)


def test_explain_shows_the_function_that_decides_each_rule() -> None:
    """`Code: <file>, <function>()`: the file exists and defines that function (for an engine kind, the engine's)."""
    for rule in bundled_rules():
        code = explain_text(rule).rsplit("Code: ", 1)[1]
        found = re.match(r"(\S+), (\w+)\(\)", code)
        assert found is not None, (rule.id, code)
        source = (ROOT / found[1]).read_text(encoding="utf-8")
        assert re.search(rf"^def {found[2]}\(", source, re.M), (rule.id, code)


def test_explain_of_a_split_kind_names_its_own_function() -> None:
    rules = {r.id: r for r in bundled_rules()}
    assert "Code: lint/checks/names.py, check_ambiguous_surnames()" in explain_text(rules["names/ambiguous-surname"])
    assert "Code: lint/checks/release_date.py, check_vague()" in explain_text(rules["dates/vague-release-date"])
    assert "Code: lint/suppress.py, apply()" in explain_text(rules["suppression/unused"])
    assert "the engine makes these findings" in explain_text(rules["suppression/unused"])


def test_param_docs_carry_the_schema_description_and_the_dataclass_default() -> None:
    assert ("max_words", "Words above which a sentence is long.", "35") in param_docs("readability-sentence")
    assert ("min_precision", "The least precise date that is acceptable.", '"day"') in param_docs("release-vague")
    assert param_docs("suppression") == []


def test_rules_json_documents_each_rules_code_and_params() -> None:
    from artlint.docs import rules_json

    rule = next(r for r in rules_json(list(bundled_rules())) if r["id"] == "readability/long-sentence")
    assert rule["code"].startswith("lint/checks/readability.py, check_long_sentences()")
    assert rule["params"] == [{"name": "max_words", "description": "Words above which a sentence is long.",
                               "default": "35"}]


def test_a_check_reading_the_wrong_options_type_fails_loudly() -> None:
    """prepared_as names the rule and both types instead of letting a check read a field that is not there."""
    from artlint.checks.readability import GradeOptions

    rule = next(r for r in bundled_rules() if r.id == "readability/long-sentence")
    with pytest.raises(TypeError, match=r"rule readability/long-sentence: .* SentenceOptions, not a GradeOptions"):
        rule.prepared_as(GradeOptions)
