"""The hostile-input suite: each input checked beside a good article in one run, in a subprocess with a timeout.

Whatever the input, the good article's findings are reported, the hostile file
gets its own result (an error line, or findings when it is an article with bad
metadata), the exit code says so, and nothing prints a traceback or hangs.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import CASES, Case, stored

FIXTURES = Path(__file__).parent / "fixtures"
ARTLINT = [sys.executable, "-c", "from artlint.cli import main; main()"]
TIMEOUT = 60
GOOD = "Escape is the must-see film of the summer\n\nThe must-see film opens on Friday.\n"


def _place(case: Case, root: Path) -> str:
    """Write (or make) the hostile file under root/bad and return the path to name on the command line."""
    bad = root / "bad"
    bad.mkdir()
    if case.config:
        (bad / "artlint.toml").write_text(case.config, encoding="utf-8")
    for name, text in case.files.items():
        (bad / name).parent.mkdir(parents=True, exist_ok=True)
        (bad / name).write_text(text, encoding="utf-8")
    if case.special == "devzero":
        return "/dev/zero"
    target = os.path.join(os.fsencode(bad), os.fsencode(case.filename))
    if case.special == "fifo":
        os.mkfifo(target)
    elif case.special == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(target)  # left bound: nothing connects, and reading it must not block
    else:
        with open(target, "wb") as handle:
            handle.write(case.data)
    return os.fsdecode(target)


def run_beside_good(case: Case, root: Path, fmt: str = "json", jobs: int = 1) -> subprocess.CompletedProcess[bytes]:
    (root / "good").mkdir()
    (root / "good" / "good.txt").write_text(GOOD, encoding="utf-8")
    target = _place(case, root)
    args = [*ARTLINT, "check", "--format", fmt, str(root / "good" / "good.txt"), target, "--reference-date", "2026-11-24"]
    if jobs > 1:
        args += ["--jobs", str(jobs)] + [str(root / "good" / "good.txt")] * 3  # a pool needs two units per job
    return subprocess.run([os.fsencode(a) for a in args], capture_output=True, timeout=TIMEOUT, cwd=root)


def _expectations(case: Case, proc: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")[-2000:]
    out = proc.stdout.decode("utf-8")  # the report is valid UTF-8 whatever the input
    report = json.loads(out)
    files = report["files"]
    good = [f for f in files if f["path"].endswith("good.txt")]
    assert good and all(f.get("error") is None for f in good)
    assert any(x["rule"] == "hype/puffery" for x in good[0]["findings"])
    bad = [f for f in files if not f["path"].endswith("good.txt")]
    assert bad
    errors = [f.get("error") for f in bad if f.get("error")]
    if case.expect in ("error", "skipped"):
        assert errors, bad
        assert any(case.error.lower() in e.lower() for e in errors), errors
        assert all("\n" not in e for e in errors)
        assert proc.returncode == 2
        lines = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.startswith("artlint: error:")]
        assert len(lines) == len(errors), proc.stderr
    elif case.expect == "findings":
        assert not errors, errors
        found = {x["rule"] for f in bad for x in f["findings"]}
        assert set(case.rules) <= found, (case.rules, found)
        assert proc.returncode in (0, 1)
    else:
        assert proc.returncode in (0, 1, 2)


@pytest.mark.parametrize("case", CASES + stored(), ids=lambda c: c.name)
def test_hostile_input_beside_a_good_article(case: Case, tmp_path: Path) -> None:
    _expectations(case, run_beside_good(case, tmp_path))


@pytest.mark.parametrize("case", [c for c in CASES if c.name in (
    "json-deep-array", "json-people-null", "yaml-billion-laughs", "house-pattern-timeout", "fifo")], ids=lambda c: c.name)
def test_hostile_input_with_jobs(case: Case, tmp_path: Path) -> None:
    _expectations(case, run_beside_good(case, tmp_path, jobs=2))


@pytest.mark.parametrize("fmt", ["text", "github", "sarif", "junit", "html", "jsonl"])
@pytest.mark.parametrize("name", ["name-newline", "name-latin1", "txt-terminal-escapes", "txt-github-injection",
                                  "json-lone-surrogate", "json-deep-array"])
def test_every_format_is_clean(fmt: str, name: str, tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == name)
    proc = run_beside_good(case, tmp_path, fmt=fmt)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")[-2000:]
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out
    if fmt != "html":  # HTML escapes by markup; a CI log never runs a line of it
        assert not any(line.lstrip().startswith("::error file=x") for line in out.splitlines()), out
    if fmt in ("text", "github"):
        assert not any(ch in out for ch in "\r\x07"), out
    assert "puffery" in out


def test_bad_bytes_on_stdin_are_one_error_line() -> None:
    proc = subprocess.run([*ARTLINT, "check", "-"], input=b"Caf\xe9 opens\n", capture_output=True, timeout=TIMEOUT)
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "UTF-8" in lines[0], lines
