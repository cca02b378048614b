"""Every bundled rule file is valid, has a unique id equal to its path, and has examples."""
from __future__ import annotations

from pathlib import Path

import pytest

from artlint.config import bundled_rules
from artlint.errors import RuleFileError
from artlint.rule_files import parse_rule_file

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"


def test_ids_equal_paths_and_are_unique() -> None:
    rules = bundled_rules()
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    on_disk = sorted(str(p.relative_to(RULES_DIR).with_suffix("")) for p in RULES_DIR.rglob("*.toml")
                     if not p.relative_to(RULES_DIR).parts[0].startswith("_"))  # rules/_data/ is shared data
    assert sorted(ids) == on_disk


@pytest.mark.parametrize("rule", bundled_rules(), ids=lambda r: r.id)
def test_rule_has_docs_and_examples(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.summary and rule.description, "summary and description are the rule's documentation"
    if rule.kind == "grammar":
        return  # its examples need a LanguageTool server: tests/test_grammar.py runs them against one
    assert rule.fail_examples and rule.pass_examples, "every rule shows what fails and what passes"


def test_broken_rule_file_names_file_rule_and_path() -> None:
    text = 'kind = "phrases"\nseverity = "loud"\nsummary = "x"\nmessage = "x"\n'
    with pytest.raises(RuleFileError) as info:
        parse_rule_file(text, "rules/hype/bad.toml", "hype/bad")
    assert str(info.value) == "rules/hype/bad.toml: rule hype/bad: /severity: 'loud' is not one of 'error', 'warning', 'info'"


def test_bad_params_name_the_param_path() -> None:
    text = 'kind = "phrases"\nseverity = "info"\nsummary = "x"\nmessage = "x"\n[params]\nphrases = ["ok", 3]\n'
    with pytest.raises(RuleFileError) as info:
        parse_rule_file(text, "house.toml", "house/bad")
    assert str(info.value) == "house.toml: rule house/bad: /params/phrases/1: expected string, got int"


def test_unknown_kind_and_id_mismatch() -> None:
    with pytest.raises(RuleFileError, match="unknown check kind 'magic'"):
        parse_rule_file('kind = "magic"\nseverity = "info"\nsummary = "x"\nmessage = "x"\n', "r.toml", "a/b")
    with pytest.raises(RuleFileError, match="does not match its path"):
        parse_rule_file('id = "a/c"\nkind = "phrases"\nseverity = "info"\nsummary = "x"\nmessage = "x"\n', "r.toml", "a/b")
    with pytest.raises(RuleFileError, match="invalid TOML"):
        parse_rule_file("kind = \n", "r.toml", "a/b")


def test_readme_rule_table_is_current() -> None:
    from artlint.docs import README_BEGIN, README_END, rules_markdown

    readme = (RULES_DIR.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split(README_BEGIN, 1)[1].split(README_END, 1)[0]
    assert table.strip() == rules_markdown(list(bundled_rules())).strip(), "run scripts/update_readme.py"


def test_architecture_kinds_table_is_current() -> None:
    from artlint.docs import KINDS_BEGIN, KINDS_END, kinds_markdown

    text = (RULES_DIR.parent / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text.split(KINDS_BEGIN, 1)[1].split(KINDS_END, 1)[0]
    assert table.strip() == kinds_markdown(list(bundled_rules())).strip(), "run scripts/update_readme.py"


def test_explain_names_the_code_of_every_rule() -> None:
    from artlint.docs import explain_text

    for r in bundled_rules():
        code = explain_text(r).rsplit("Code: ", 1)[1].split(",", 1)[0]
        assert (RULES_DIR.parent / code).is_file(), (r.id, code)
