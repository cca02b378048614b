"""Adopting artlint on an existing archive: baselines, --diff-base, and safe autofix."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from artlint import check_text
from artlint.cli import main

ARTICLE = ("Escape opens in cinemas\n\nThe film is a cinematic masterpiece of suspense.\n\n"
           "Join Our Telegram Channel\n\nIt opens on July 3, 2024.\n")
SELECT = ["--select", "hype/puffery,promo"]


def _run(*args: str) -> tuple[int, str]:
    """Exit code and standard output (notes such as "Fixed 1 file." go to stderr)."""
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout if result.exit_code != 2 else result.output


def _rules(output: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["text"]) for f in json.loads(output)["files"][0]["findings"]]


def test_baseline_hides_old_findings_even_when_text_moves(tmp_path: Path) -> None:
    article, base = tmp_path / "a.txt", tmp_path / "baseline.json"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _ = _run("check", *SELECT, "--write-baseline", str(base), str(article))
    assert code == 0 and json.loads(base.read_text())["version"] == 1
    assert _run("check", *SELECT, "--baseline", str(base), str(article))[0] == 0
    # Move paragraphs around and add a new problem: only the new one is reported.
    moved = ("Escape opens in cinemas\n\nA new opening paragraph pushes everything down.\n\n"
             "It opens on July 3, 2024.\n\nJoin Our Telegram Channel\n\n"
             "The film is a cinematic masterpiece of suspense.\n\nA jaw-dropping finale.\n")
    article.write_text(moved, encoding="utf-8")
    code, out = _run("check", *SELECT, "--baseline", str(base), "--format", "json", str(article))
    assert code == 1 and _rules(out) == [("hype/puffery", "jaw-dropping")]
    assert json.loads(out)["files"][0]["baseline_suppressed"] == 2
    # A second copy of an old phrase in a new sentence is new.
    article.write_text(moved + "\nAnother cinematic masterpiece arrives.\n", encoding="utf-8")
    _, out = _run("check", *SELECT, "--baseline", str(base), "--format", "json", str(article))
    assert ("hype/puffery", "cinematic masterpiece") in _rules(out)


def test_broken_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("[]", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out = _run("check", "--baseline", str(bad), str(article))
    assert code == 2 and "not an artlint baseline" in out


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args], cwd=repo, check=True,
                   capture_output=True)


@pytest.mark.skipif(subprocess.run(["git", "--version"], capture_output=True).returncode != 0, reason="git not installed")
def test_diff_base_reports_only_changed_lines(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    _git(tmp_path, "add", "a.txt")
    _git(tmp_path, "commit", "-qm", "old article")
    article.write_text(ARTICLE + "\nA breathtaking new paragraph.\n", encoding="utf-8")
    _, out = _run("check", *SELECT, "--diff-base", "HEAD", "--format", "json", str(article))
    assert _rules(out) == [("hype/puffery", "breathtaking")]
    new = tmp_path / "new.txt"  # untracked: every line is new
    new.write_text(ARTICLE, encoding="utf-8")
    _, out = _run("check", *SELECT, "--diff-base", "HEAD", "--format", "json", str(new))
    assert len(_rules(out)) == 2
    code, out = _run("check", "--diff-base", "no-such-rev", str(article))
    assert code == 2 and "unknown revision" in out


def test_fix_rewrites_only_what_is_safe_and_relints_clean(tmp_path: Path) -> None:
    text = ("Son Ye Jin gives birth\n\nActress Son Ye Jin gave birth to a son on Sunday.\n\n"
            "Join Our Telegram Channel\n\nHyun Bin Son Ye-jin thumbnail\n\n(Photo : Google )\n\nThe couple\n\n(Photo: Netflix)\n\n"
            "Meanwhile, Son Ye Jin thanked fans in a cinematic masterpiece of a letter.\n")
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    rules = ["--select", "names/variant-spelling,promo,credits/format,hype/puffery"]
    code, diff = _run("check", *rules, "--diff", str(article))
    assert "-Join Our Telegram Channel" in diff and "+Hyun Bin Son Ye Jin thumbnail" in diff
    assert article.read_text(encoding="utf-8") == text  # --diff never writes
    code, out = _run("check", *rules, "--fix", "--format", "json", str(article))
    fixed = article.read_text(encoding="utf-8")
    assert "Join Our Telegram Channel" not in fixed and "Son Ye-jin" not in fixed and "(Photo: Google)" in fixed
    assert _rules(out) == [("hype/puffery", "cinematic masterpiece")]  # not fixable: still reported
    # Nothing else changed: removing the fixes from the original gives the fixed text.
    # A removed line standing alone leaves its line break, which joins the blank line beside it.
    expected = (text.replace("Join Our Telegram Channel\n", "\n").replace("Son Ye-jin", "Son Ye Jin")
                .replace("(Photo : Google )", "(Photo: Google)"))
    assert fixed == expected


def test_fix_escapes_for_the_format() -> None:
    from artlint.adopt.fixer import apply_fixes

    doc = '{"headline": "Escape", "body": "Lee Je Hoon stars. Later Lee Je-hoon said \\"yes\\"."}'
    report = check_text(doc, format="json", config={"select": ["names/variant-spelling"]})
    fixed, n = apply_fixes(doc, report.files[0].findings, "json")
    assert n == 1 and json.loads(fixed)["body"] == 'Lee Je Hoon stars. Later Lee Je Hoon said "yes".'
