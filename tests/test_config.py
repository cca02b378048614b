"""Config discovery, validation, select/ignore and per-rule overrides."""
from __future__ import annotations

from pathlib import Path

import pytest

from artlint.config import Config, active_rules, discover, load_file, parse_config
from artlint.errors import ConfigError


def test_unknown_key_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "artlint.toml"
    cfg.write_text('fail-on = "error"\nselekt = ["hype"]\n')
    with pytest.raises(ConfigError) as info:
        load_file(cfg)
    assert str(info.value) == f"{cfg}: unknown key 'selekt'"


def test_bad_value_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"/rules/hype/severity: 'loud' is not one of"):
        parse_config({"rules": {"hype": {"severity": "loud"}}}, str(tmp_path / "artlint.toml"))


def test_discovery_walks_up_and_reads_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.artlint]\nfail-on = "error"\nignore = ["promo"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "x.txt").write_text("Headline\n\nBody.\n")
    cfg = discover(str(deep / "x.txt"))
    assert cfg.fail_on == "error" and cfg.ignore == ("promo",)


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "artlint.toml").write_text('fail-on = "info"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert discover(str(sub / "x.txt")).fail_on == "info"


def test_select_ignore_and_overrides() -> None:
    cfg = parse_config({"select": ["hype", "promo"], "ignore": ["promo/call-to-action"],
                        "rules": {"hype/puffery": {"severity": "info", "extend-params": {"phrases": ["tour de force"]}}}}, "")
    rules = {r.id: r for r in active_rules(cfg)}
    assert "promo/call-to-action" not in rules and "credits/vague-source" not in rules
    puffery = rules["hype/puffery"]
    assert str(puffery.severity) == "info" and "tour de force" in puffery.params["phrases"]


def test_unknown_selector_and_bad_override_params() -> None:
    with pytest.raises(ConfigError, match="unknown rule or family 'hyp'"):
        active_rules(Config(select=("hyp",)))
    cfg = parse_config({"rules": {"hype/puffery": {"params": {"phrases": "not a list"}}}}, "x.toml")
    with pytest.raises(ConfigError, match="/rules/hype/puffery/params/phrases: expected array"):
        active_rules(cfg)
