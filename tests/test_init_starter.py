"""`artlint init`'s starter file: every commented example is valid config once uncommented."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from artlint.cli import main
from artlint.config import STARTER, active_rules, load_file
from artlint.tomlcompat import tomllib


def _is_toml(line: str) -> bool:
    """A commented line that is TOML (a key or a table header), not prose."""
    if not line.startswith("# "):
        return False
    try:
        tomllib.loads(line[2:])
    except tomllib.TOMLDecodeError:
        return False
    return True


def _examples(lines: list[str]) -> list[list[int]]:
    """Runs of consecutive commented TOML lines: each run is one example, uncommented together."""
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if _is_toml(line):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


def _uncomment(lines: list[str], rows: list[int]) -> str:
    return "\n".join(line[2:] if i in rows else line for i, line in enumerate(lines)) + "\n"


def _load(tmp_path: Path, text: str) -> None:
    """Load as a user would: the real loader, then the rules it selects (house-rule folder present, empty)."""
    (tmp_path / "house-rules").mkdir(exist_ok=True)
    path = tmp_path / "artlint.toml"
    path.write_text(text, encoding="utf-8")
    active_rules(load_file(path))


def test_each_commented_example_loads_when_uncommented(tmp_path: Path) -> None:
    lines = STARTER.splitlines()
    examples = _examples(lines)
    assert [[lines[i][2:].split(" ", 1)[0] for i in rows] for rows in examples] == [
        ["select"], ["ignore"], ["extend-rules"], ["reference-date"], ["extend-exclude", "respect-gitignore"],
        ["max-file-size"], ['[rules."hype/puffery"]', "severity"],
        ['[rules."credits/vague-source".extend-params]', "owner_words"],
    ]
    for rows in examples:
        _load(tmp_path, _uncomment(lines, rows))


def test_every_example_at_once_and_the_file_init_writes(tmp_path: Path) -> None:
    lines = STARTER.splitlines()
    _load(tmp_path, _uncomment(lines, [i for rows in _examples(lines) for i in rows]))
    target = tmp_path / "written.toml"
    assert CliRunner().invoke(main, ["init", "--path", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8") == STARTER
    assert load_file(target).fail_on == "warning"
