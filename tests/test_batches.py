"""Batches: parallel runs give the serial result, JSON Lines in and out, no progress bar off a terminal."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from artlint.cli import main
from conftest import shared


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_parallel_run_equals_serial_run_article_for_article() -> None:
    corpus = str(shared("bbc-entertainment"))
    _, serial, _ = _run("check", "--ignore", "grammar", "--format", "json", "-j", "1", corpus)
    _, parallel, _ = _run("check", "--ignore", "grammar", "--format", "json", "-j", "2", corpus)
    assert json.loads(serial) == json.loads(parallel)
    paths = [f["path"] for f in json.loads(parallel)["files"]]
    assert paths == sorted(paths) and len(paths) == 386  # the folder also holds its README.md, not an article


def test_jsonl_archive_in_and_out(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    articles = [{"headline": "Escape opens", "body": "Join Our Telegram Channel"},
                {"headline": "Quiet news", "body": "The film opens on July 3, 2024 in Seoul."},
                "not json at all"]
    archive.write_text("\n".join(a if isinstance(a, str) else json.dumps(a) for a in articles) + "\n\n",
                       encoding="utf-8")
    code, out, err = _run("check", "--select", "promo", "--format", "jsonl", str(archive))
    lines = [json.loads(line) for line in out.splitlines()]
    assert [entry["path"] for entry in lines] == [f"{archive}:1", f"{archive}:2", f"{archive}:3"]
    assert [f["rule"] for f in lines[0]["findings"]] == ["promo/reader-call"]
    assert lines[1]["findings"] == [] and "malformed JSON" in lines[2]["error"]
    assert code == 2 and f"{archive}:3" in err  # a bad line is reported, the others are checked
    target = tmp_path / "out.jsonl"
    _run("check", "--select", "promo", "--format", "jsonl", "-o", str(target), str(archive))
    assert target.read_text(encoding="utf-8") == out


def test_no_progress_bar_when_not_a_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Escape\n\nJoin Our Telegram Channel\n", encoding="utf-8")
    _, _, err = _run("check", "--select", "promo", str(tmp_path))
    assert "files checked" not in err
