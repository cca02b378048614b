"""The check command's one Settings object, its one exit-code policy, the walk done once, and SARIF for house rules."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from artlint import discovery
from artlint.cli import check, main
from artlint.findings import Severity
from artlint.report import EXIT_CODES, exit_code
from artlint.settings import Settings
from conftest import shared

# "Join Our Telegram Channel" is the reader call of tests/fixtures/seed.txt (promo/reader-call, a warning).
ARTICLE = "Title\n\nThe film opens on Friday in 3,000 theaters.\n\nJoin Our Telegram Channel\n"
CLEAN = "Title\n\nThe film opens on Friday in 3,000 theaters.\n"


def _run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def test_settings_fields_are_the_check_options() -> None:
    """cli.check builds Settings(**its parameters): a new option without a field (or the reverse) fails here."""
    assert sorted(p.name for p in check.params) == sorted(f.name for f in dataclasses.fields(Settings))


@pytest.mark.parametrize(("fail_on", "errors", "worst", "refused", "code"), [
    ("warning", 0, None, 0, 0),                  # nothing found
    ("warning", 0, Severity.INFO, 0, 0),         # below the fail level
    ("warning", 0, Severity.WARNING, 0, 1),      # at it
    ("warning", 0, Severity.ERROR, 0, 1),        # above it
    ("error", 0, Severity.WARNING, 0, 0),
    ("info", 0, Severity.INFO, 0, 1),
    ("never", 0, Severity.ERROR, 0, 0),          # never: findings never fail
    ("never", 1, Severity.ERROR, 0, 2),          # a file that could not be checked
    ("warning", 1, None, 0, 2),
    ("warning", 0, Severity.ERROR, 1, 2),        # a file --fix refused to rewrite
])
def test_exit_code_policy(fail_on: str, errors: int, worst: Severity | None, refused: int, code: int) -> None:
    assert exit_code(fail_on, errors, worst, refused) == code


def test_the_policy_is_in_the_help() -> None:
    assert " ".join(EXIT_CODES.split()) in " ".join(_run("check", "--help").output.split())


@pytest.mark.parametrize("fmt", ["text", "jsonl", "sarif"])  # jsonl streams, through the same function
def test_exit_codes_from_the_command_line(tmp_path: Path, fmt: str) -> None:
    found = tmp_path / "found.txt"
    found.write_text(ARTICLE, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    rules = ("--select", "promo", "--format", fmt)
    assert _run("check", *rules, str(clean)).exit_code == 0
    assert _run("check", *rules, str(found)).exit_code == 1
    assert _run("check", *rules, "--fail-on", "error", str(found)).exit_code == 0
    assert _run("check", *rules, "--fail-on", "never", str(found)).exit_code == 0
    assert _run("check", *rules, str(found), str(tmp_path / "missing.txt")).exit_code == 2
    assert _run("check", *rules, "--fail-on", "never", str(tmp_path / "missing.txt")).exit_code == 2


def test_usage_errors_exit_2() -> None:
    assert _run("check", "--no-such-option", "x.txt").exit_code == 2  # click's own usage error
    assert _run("check", "--reference-date", "soon", "x.txt").exit_code == 2
    assert _run("check", "--select", "no-such-family", "-", input=CLEAN).exit_code == 2  # an ArtlintError
    assert _run("check", "--fix", "-", input=CLEAN).exit_code == 2


def test_writing_a_baseline_exits_0_whatever_it_records(tmp_path: Path) -> None:
    found = tmp_path / "found.txt"
    found.write_text(ARTICLE, encoding="utf-8")
    result = _run("check", "--select", "promo", "--write-baseline", str(tmp_path / "base.json"), str(found))
    assert (result.exit_code, "Wrote a baseline of 1 finding" in result.output) == (0, True)


def test_folders_are_walked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    calls: list[Path] = []
    real = discovery.walk_folder

    def counted(root: Path, walk: discovery.Walk) -> list[str]:
        calls.append(root)
        return real(root, walk)

    monkeypatch.setattr(discovery, "walk_folder", counted)
    result = _run("check", "--select", "promo", "-o", str(tmp_path / "report.txt"), str(folder))
    assert (result.exit_code, calls) == (1, [folder])


def test_a_write_keeps_away_from_files_the_configured_walk_checks(tmp_path: Path) -> None:
    """With exclude = [] a README is an article; -o must not overwrite it (the writes once walked with defaults)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    readme = folder / "README.md"
    readme.write_text(ARTICLE, encoding="utf-8")
    config = tmp_path / "house.toml"
    config.write_text('select = ["promo"]\nexclude = []\n', encoding="utf-8")
    checked = json.loads(_run("check", "--config", str(config), "--format", "json", str(folder)).output)
    assert [f["path"] for f in checked["files"]] == [str(readme)]
    result = _run("check", "--config", str(config), "-o", str(readme), str(folder))
    assert result.exit_code == 2 and "refusing to overwrite a file being checked with the report" in result.output
    assert readme.read_text(encoding="utf-8") == ARTICLE


HOUSE_RULE = '''id = "house/cinemas"
kind = "phrases"
severity = "info"
summary = "British house spelling: cinemas, not theaters."
message = "'{match}': the house says 'cinemas'."
scope = ["body"]
description = "The house writes for British readers."

[params]
phrases = ["theaters"]

[examples]
fail = ["The film opens on Friday in 3,000 theaters."]
pass = ["The film opens on Friday in 3,000 cinemas."]
'''


def test_sarif_describes_house_rules_from_a_config_rule_folder(tmp_path: Path) -> None:
    (tmp_path / "house-rules" / "house").mkdir(parents=True)
    (tmp_path / "house-rules" / "house" / "cinemas.toml").write_text(HOUSE_RULE, encoding="utf-8")
    (tmp_path / "artlint.toml").write_text('select = ["house", "promo"]\nextend-rules = ["house-rules/"]\n',
                                          encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = _run("check", "--format", "sarif", str(article))
    doc = json.loads(result.output)
    schema = json.loads(shared("..", "schemas-external", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(doc)
    rules = {r["id"]: r for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert sorted(rules) == ["house/cinemas", "promo/reader-call"]
    house = rules["house/cinemas"]
    assert house["shortDescription"] == {"text": "British house spelling: cinemas, not theaters."}
    assert house["help"]["text"] == "The house writes for British readers."
    assert house["defaultConfiguration"] == {"level": "note"}
    assert house["properties"] == {"tags": ["house"], "kind": "phrases"}
    assert rules["promo/reader-call"]["shortDescription"]["text"]  # bundled rules as before


def test_stdin_takes_the_config_of_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found upward from the working directory itself (it once started from its parent and missed this one)."""
    (tmp_path / "artlint.toml").write_text('select = ["promo"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = _run("check", "--format", "json", "-", input=ARTICLE)
    assert [f["rule"] for f in json.loads(result.output)["files"][0]["findings"]] == ["promo/reader-call"]
