"""The command line through click's CliRunner, and once through the installed console script."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from artlint.cli import main
from conftest import FIXTURES

SEED = str(FIXTURES / "seed.txt")


def _run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input)


def test_check_seed_prints_findings_and_exits_1() -> None:
    result = _run("check", SEED)
    assert result.exit_code == 1
    assert f"{SEED}:5:1: warning promo/reader-call 'Join Our Telegram Channel' is a call to action" in result.output
    assert "    5 | Join Our Telegram Channel\n      | ^^^^^^^^^^^^^^^^^^^^^^^^^" in result.output
    assert result.output.rstrip().splitlines()[-1].startswith("Found ")
    assert "\x1b[" not in result.output  # no colour when not a terminal


def test_select_ignore_and_fail_on() -> None:
    only_promo = _run("check", "--select", "promo", "--format", "json", SEED)
    rules = {f["rule"] for f in json.loads(only_promo.output)["files"][0]["findings"]}
    assert rules == {"promo/reader-call"}
    assert _run("check", "--ignore", "hype,promo,credits,dates,names", SEED).exit_code == 0
    assert _run("check", "--select", "promo", "--fail-on", "error", SEED).exit_code == 0
    assert _run("check", "--fail-on", "never", SEED).exit_code == 0


def test_bad_inputs_one_line_each_and_run_continues(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe headline")
    empty = tmp_path / "empty.md"
    empty.write_text("")
    broken = tmp_path / "broken.json"
    broken.write_text('{"headline": "x",')
    result = _run("check", str(bad), str(empty), str(broken), str(tmp_path / "missing.txt"), SEED)
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("artlint: error:")]
    assert errors == [
        f"artlint: error: {bad}: not UTF-8 text (bad byte 0xff at byte 0)",
        f"artlint: error: {empty}: empty file",
        f"artlint: error: {broken}: malformed JSON (line 1, column 18): Expecting property name enclosed in double quotes",
        f"artlint: error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]
    assert "promo/reader-call" in result.output  # the good file was still checked
    assert "Traceback" not in result.output


def test_empty_directory_and_size_limit(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = _run("check", str(tmp_path / "empty"))
    assert result.exit_code == 2 and "directory has no articles" in result.output
    (tmp_path / "artlint.toml").write_text("max-file-size = 100\n")
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "word " * 100)
    result = _run("check", str(big))
    assert result.exit_code == 2 and "over the 100-byte limit" in result.output


def test_broken_config_is_exit_2_with_the_key(tmp_path: Path) -> None:
    cfg = tmp_path / "artlint.toml"
    cfg.write_text("colour = true\n")
    result = _run("check", "--config", str(cfg), SEED)
    assert result.exit_code == 2
    assert result.output == f"artlint: error: {cfg}: unknown key 'colour'\n"


def test_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = _run("check", "-", "--format", "json", "-o", str(out), input="Title\n\nJoin Our Telegram Channel\n")
    assert result.exit_code == 1
    report = json.loads(out.read_text())
    assert report["files"][0]["path"] == "-"
    assert [f["rule"] for f in report["files"][0]["findings"] if f["family"] != "schema"] == ["promo/reader-call"]


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody.\n")
    result = _run("check", str(article), "-o", str(article))
    assert result.exit_code == 2 and "refusing to overwrite" in result.output
    assert article.read_text() == "Title\n\nBody.\n"


def test_rules_explain_schema_init(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    listing = _run("rules")
    assert listing.exit_code == 0 and "promo/call-to-action" in listing.output
    as_json = json.loads(_run("rules", "--format", "json").output)
    assert {"id", "severity", "kind", "summary"} <= set(as_json[0])
    explained = _run("explain", "hype/puffery")
    assert explained.exit_code == 0 and "Fails:" in explained.output and "Passes:" in explained.output
    unknown = _run("explain", "hype/nope")
    assert unknown.exit_code == 2 and "unknown rule 'hype/nope'" in unknown.output
    schema = json.loads(_run("schema", "report").output)
    assert schema["title"] == "artlint JSON report"
    monkeypatch.chdir(tmp_path)
    assert _run("init").exit_code == 0
    assert (tmp_path / "artlint.toml").read_text().startswith("# artlint configuration")
    again = _run("init")
    assert again.exit_code == 2 and "already exists" in again.output


def test_test_rules_runs_house_examples(tmp_path: Path) -> None:
    house = tmp_path / "house.toml"
    house.write_text(
        '[[rule]]\nid = "house/no-netizens"\nkind = "phrases"\nseverity = "info"\nsummary = "s"\n'
        'message = "m"\nparams = { phrases = ["netizens"] }\n'
        'examples = { fail = ["Netizens reacted."], pass = ["Readers reacted.", "Some netizens reacted."] }\n')
    result = _run("test-rules", str(house))
    assert result.exit_code == 1
    assert "FAIL house/no-netizens [pass] 'Some netizens reacted.': fired" in result.output
    assert result.output.strip().endswith("2 passed, 1 failed")


def test_house_rules_from_the_command_line(tmp_path: Path) -> None:
    house = tmp_path / "house.toml"
    house.write_text('[[rule]]\nid = "house/conclusion"\nkind = "phrases"\nseverity = "info"\nsummary = "s"\n'
                     'message = "Cut \'{match}\'."\nparams = { phrases = ["in conclusion"] }\n')
    result = _run("check", "--rules", str(house), "--select", "house", SEED)
    assert f"{SEED}:48:1: info house/conclusion Cut 'In conclusion'." in result.output


def test_installed_console_script() -> None:
    exe = shutil.which("artlint", path=str(Path(sys.executable).parent))
    assert exe, "the artlint console script is installed next to this Python"
    done = subprocess.run([exe, "check", "--format", "json", SEED], capture_output=True, text=True)
    assert done.returncode == 1
    assert json.loads(done.stdout)["files"][0]["path"] == SEED
