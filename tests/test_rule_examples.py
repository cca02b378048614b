"""Each rule's own examples are its tests: every fail example fires it, every pass example does not."""
from __future__ import annotations

import pytest

from artlint.config import bundled_rules
from artlint.examples import run_examples

CASES = [(rule, result) for rule in bundled_rules() for result in run_examples(rule, bundled_rules())]


@pytest.mark.parametrize("rule,result", CASES, ids=[f"{r.id}-{x.expect}-{i}" for i, (r, x) in enumerate(CASES)])
def test_example(rule, result) -> None:  # type: ignore[no-untyped-def]
    fired = [f.message for f in result.findings if f.rule_id == rule.id]
    if result.expect == "fail":
        assert fired, f"{rule.id} did not fire on its fail example: {result.text!r}"
    else:
        assert not fired, f"{rule.id} fired on its pass example {result.text!r}: {fired}"
