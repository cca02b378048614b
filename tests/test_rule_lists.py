"""`{list:FILE.KEY}` in a rule's params: a shared list of rules/_data, expanded when the rule file loads."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from artlint import cache, rule_files
from artlint.engine import run
from artlint.env import Env
from artlint.errors import RuleFileError
from artlint.rule_files import load_paths, parse_rule_file
from artlint.tomlcompat import tomllib
from artlint.resources import data_text
from conftest import lint_one, make_doc, rule

ALONE = "(?:" + "|".join(tomllib.loads(data_text("_data/link-labels.toml"))["alone"]) + ")"

HOUSE = '''[[rule]]
id = "house/lone-label"
kind = "pattern"
severity = "info"
summary = "A link label alone on its line."
message = "'{{match}}' is a link label."
params = {{ pattern = "^{pattern}\\\\s*$", ignore_case = true }}
'''


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def test_a_reference_is_the_list_joined_into_one_non_capturing_alternation() -> None:
    [house] = parse_rule_file(HOUSE.format(pattern="{list:link-labels.alone}"), "house.toml", None)
    assert house.params["pattern"] == "^" + ALONE + "\\s*$"


def test_the_promo_rules_name_the_shared_lone_labels() -> None:
    patterns = [p["pattern"] for g in rule("promo/call-to-action").params["groups"] for p in g["phrases"]
                if isinstance(p, dict)]
    assert "^" + ALONE + "\\s*:?\\s*$" in patterns
    assert rule("promo/stray-headline").params["label_alone"] == ALONE + "\\s*:?"


def test_no_bundled_rule_keeps_a_reference_unexpanded() -> None:
    from artlint.config import bundled_rules

    assert [r.id for r in bundled_rules() if any("{list:" in s for s in _strings(r.params))] == []


@pytest.mark.parametrize(("reference", "why"), [
    ("link-labels.nope", "rules/_data/link-labels.toml has no key 'nope'"),
    ("no-such-file.alone", "no file rules/_data/no-such-file.toml"),
    ("link-labels", "expected {list:FILE.KEY}"),
    ("../link-labels.alone", "expected {list:FILE.KEY}"),
])
def test_an_unknown_list_is_the_rule_files_error_in_one_line(reference: str, why: str) -> None:
    with pytest.raises(RuleFileError) as raised:
        parse_rule_file(HOUSE.format(pattern="{list:" + reference + "}"), "house.toml", None)
    message = str(raised.value)
    assert message.startswith("house.toml: rule house/lone-label: /rule/0/params/pattern: unknown list {list:")
    assert why in message
    assert "\n" not in message


def test_a_house_rule_file_names_a_shared_list(tmp_path: Path) -> None:
    path = tmp_path / "style.toml"
    path.write_text(HOUSE.format(pattern="{list:link-labels.alone}"), encoding="utf-8")
    [house] = load_paths([path])
    doc = make_doc("Festival line-up\n\nTickets go on sale in May.\n\nRelated Articles\n\nThe festival runs for three days.",
                   fmt="txt")
    assert [(f.rule_id, f.location.line, f.text) for f in run(doc, [house], Env()) if f.location] == [
        ("house/lone-label", 5, "Related Articles")]


def test_cached_rules_are_read_again_when_a_list_changes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    first = {r.id: r.params for r in rule_files.load_bundled()}
    [stored] = [cache.load(p.name) for p in tmp_path.iterdir() if p.name.startswith("rules-")]
    assert set(stored["lists"]) == {"english-clauses", "link-labels", "showbiz"}
    assert {r.id: r.params for r in rule_files.load_bundled()} == first  # from the cache
    stored["lists"]["link-labels"] = "an older stamp"
    [name] = [p.name for p in tmp_path.iterdir() if p.name.startswith("rules-")]
    cache.store(name, stored)
    assert {r.id: r.params for r in rule_files.load_bundled()} == first  # expanded again, same result
    assert cache.load(name)["lists"]["link-labels"] != "an older stamp"


def test_two_installs_keep_their_own_cached_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Two installs of the same rule files (two environments, two checkouts) sharing one cache each keep an entry:
    one entry for both was stale for each in turn (its lists' stamps name the other install's files), so every run
    parsed and validated every rule again."""
    import shutil

    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path / "cache"))
    first = {r.id: r.params for r in rule_files.load_bundled()}
    other = tmp_path / "other-install"
    shutil.copytree(str(rule_files.rules_root()), other)
    monkeypatch.setattr(rule_files, "rules_root", lambda: other)
    assert {r.id: r.params for r in rule_files.load_bundled()} == first
    assert len([p for p in (tmp_path / "cache").iterdir() if p.name.startswith("rules-")]) == 2


def test_a_shared_label_is_reported_and_the_title_under_it_is_not() -> None:
    text = ("Festival line-up\n\nThe festival announced its first names on Monday, with tickets on sale in May.\n\n"
            "Latest Updates\n\nSinger Cancels Autumn Tour Dates After Injury\n\nThe festival runs for three days.")
    assert lint_one("promo/call-to-action", text, fmt="txt") == [("promo/call-to-action", 5, 1)]
    assert lint_one("promo/stray-headline", text, fmt="txt") == []
