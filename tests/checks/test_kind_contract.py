"""Every registered kind meets the contract in artlint.checks.Kind."""
from __future__ import annotations

import inspect

import pytest

from artlint.checks import AGGREGATE, KINDS, get
from artlint.config import bundled_rules
from artlint.validation import validate


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_kind_module_meets_the_contract(kind: str) -> None:
    module = get(kind)
    assert isinstance(module.PARAMS_SCHEMA, dict) and module.PARAMS_SCHEMA.get("type") == "object"
    assert list(inspect.signature(module.prepare).parameters) == ["params"]
    positional = [p for p in inspect.signature(module.check).parameters.values()
                  if p.kind != p.VAR_POSITIONAL and p.name not in ("found", "findings")]
    assert [p.name for p in positional] == ["doc", "rule", "env"]
    takes_found = any(p.kind == p.VAR_POSITIONAL or p.name in ("found", "findings")
                      for p in inspect.signature(module.check).parameters.values())
    assert takes_found == (kind in AGGREGATE)  # only aggregate kinds are handed the surviving findings


def test_every_bundled_rule_names_a_registered_kind_and_valid_params() -> None:
    for rule in bundled_rules():
        assert rule.kind in KINDS, rule.id
        assert validate(dict(rule.params), get(rule.kind).PARAMS_SCHEMA) == [], rule.id
