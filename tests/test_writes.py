"""Safe writes (lint/adopt/writes.py): every write hazard the CLI met, one test each, with exact outcomes."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from artlint.adopt.fixer import fix_results
from artlint.adopt.writes import Snapshot, WriteError, write_text
from artlint.cli import main
from artlint.config import Config
from artlint.runner import Runner

# gold-dev d04's promo line inside a shortened article: promo/call-to-action removes the line.
ARTICLE = "Jisoo returns\n\nJoin Our Telegram Channel\n\nThe show airs Friday.\n"
FIXED = "Jisoo returns\n\n\n\nThe show airs Friday.\n"  # a line standing alone loses its text; its break joins the blank line
PROMO = ["--select", "promo", "--fail-on", "never"]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _arts(tmp_path: Path) -> Path:
    arts = tmp_path / "arts"
    arts.mkdir()
    for name in ("a.txt", "keep.txt"):
        (arts / name).write_text(ARTICLE, encoding="utf-8")
    return arts


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("option", [["-o"], ["--format", "jsonl", "-o"], ["--write-baseline"]])
def test_a_checked_file_found_by_walking_a_folder_is_never_overwritten(tmp_path: Path, option: list[str]) -> None:
    arts = _arts(tmp_path)
    code, out = _run("check", str(arts), *option, str(arts / "a.txt"))
    assert code == 2
    assert out.splitlines()[-1] == f"artlint: error: {arts / 'a.txt'}: refusing to overwrite a file being checked " \
        f"with the {'baseline' if option == ['--write-baseline'] else 'report'}"
    assert (arts / "a.txt").read_text(encoding="utf-8") == ARTICLE
    code, _ = _run("check", str(arts), *option, str(arts / ".." / "arts" / "keep.txt"))  # another spelling
    assert code == 2 and (arts / "keep.txt").read_text(encoding="utf-8") == ARTICLE


def test_a_symlink_or_hard_link_to_a_checked_file_is_refused_as_output(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    (tmp_path / "link.txt").symlink_to(arts / "a.txt")
    os.link(arts / "keep.txt", tmp_path / "hard.txt")
    for target in ("link.txt", "hard.txt"):
        code, out = _run("check", str(arts), "-o", str(tmp_path / target))
        assert code == 2 and "refusing to overwrite a file being checked with the report" in out
    assert (arts / "a.txt").read_text(encoding="utf-8") == (arts / "keep.txt").read_text(encoding="utf-8") == ARTICLE


def test_audit_output_and_summary_never_truncate_an_input(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    for option in ("-o", "--summary"):
        code, out = _run("audit", str(arts), option, str(arts / "keep.txt"))
        assert code == 2 and "refusing to overwrite a file being checked" in out
        assert (arts / "keep.txt").read_text(encoding="utf-8") == ARTICLE
    code, out = _run("audit", str(tmp_path / "arts" / "*.txt"), "-o", str(arts / "a.txt"))  # a glob, too
    assert code == 2 and (arts / "a.txt").read_text(encoding="utf-8") == ARTICLE


def test_a_report_is_written_with_the_umask_mode_and_no_temporary_file_left(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    out = tmp_path / "report.json"
    mask = os.umask(0o022)
    try:
        code, _ = _run("check", str(arts), *PROMO, "--format", "json", "-o", str(out))
    finally:
        os.umask(mask)
    assert code == 0 and len(json.loads(out.read_text(encoding="utf-8"))["files"]) == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o644 and _leftovers(tmp_path) == []


def test_fix_keeps_the_mode_and_writes_through_a_symlink(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    (arts / "a.txt").chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(arts / "a.txt")
    code, out = _run("check", *PROMO, "--fix", str(link))
    assert code == 0 and "Fixed 1 file." in out
    assert link.is_symlink() and os.readlink(link) == str(arts / "a.txt")
    assert (arts / "a.txt").read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE((arts / "a.txt").stat().st_mode) == 0o640
    assert _leftovers(arts) == []


def test_a_planted_symlink_at_the_old_temporary_name_is_never_followed(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    for name in (".a.txt.artlint-tmp", ".report.txt.artlint-tmp"):
        (arts / name).symlink_to(victim)
    assert _run("check", *PROMO, "--fix", str(arts / "a.txt"))[0] == 0
    assert _run("check", *PROMO, str(arts / "keep.txt"), "-o", str(arts / "report.txt"))[0] == 0
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (arts / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (arts / ".a.txt.artlint-tmp").is_symlink() and _leftovers(arts) == [".a.txt.artlint-tmp",
                                                                              ".report.txt.artlint-tmp"]


def test_fix_refuses_a_read_only_file_and_fixes_the_others(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    (arts / "a.txt").chmod(0o444)
    code, out = _run("check", *PROMO, "--fix", str(arts))
    assert code == 2
    assert f"artlint: error: {arts / 'a.txt'}: refusing to write a read-only file" in out.splitlines()
    assert "Fixed 1 file." in out
    assert (arts / "a.txt").read_text(encoding="utf-8") == ARTICLE
    assert (arts / "keep.txt").read_text(encoding="utf-8") == FIXED


def test_fix_refuses_a_hard_linked_file_unless_asked_then_keeps_the_link(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    other = tmp_path / "other-name.txt"
    os.link(arts / "a.txt", other)
    code, out = _run("check", *PROMO, "--fix", str(arts / "a.txt"))
    assert code == 2 and "refusing to write a file with 2 hard links" in out and "--allow-hard-links" in out
    assert other.read_text(encoding="utf-8") == ARTICLE
    code, out = _run("check", *PROMO, "--fix", "--allow-hard-links", str(arts / "a.txt"))
    assert code == 0 and other.read_text(encoding="utf-8") == FIXED
    assert (arts / "a.txt").stat().st_ino == other.stat().st_ino
    assert "--allow-hard-links" in _run("check", "--help")[1]


def test_fix_skips_a_file_edited_since_it_was_checked(tmp_path: Path) -> None:
    arts = _arts(tmp_path)
    runner = Runner(config=Config(select=("promo",)))
    results = [runner.check_file(str(arts / "a.txt")), runner.check_file(str(arts / "keep.txt"))]
    edited = ARTICLE + "\nAn editor's new paragraph.\n"
    (arts / "a.txt").write_text(edited, encoding="utf-8")  # saved in an editor while artlint ran
    done = fix_results(results, write=True)
    assert done.errors == [f"{arts / 'a.txt'}: changed since it was checked; not fixed (run artlint again)"]
    assert done.written == [str(arts / "keep.txt")]
    assert (arts / "a.txt").read_text(encoding="utf-8") == edited


def test_a_write_is_refused_when_the_file_changed_after_its_snapshot(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text(ARTICLE, encoding="utf-8")
    before = Snapshot.of(str(target))
    target.write_text(ARTICLE.replace("Friday", "Monday"), encoding="utf-8")  # same size, new content
    with pytest.raises(WriteError, match="changed since it was read"):
        write_text(str(target), FIXED, expected=before)
    assert target.read_text(encoding="utf-8") == ARTICLE.replace("Friday", "Monday") and _leftovers(tmp_path) == []


ARCHIVE = (json.dumps({"headline": "Jisoo returns", "body": "The show airs Friday."}) + "\n"
           + json.dumps({"headline": "Jisoo returns", "body": "Join Our Telegram Channel\n\nThe show airs Friday."})
           + "\r\n")


def test_fix_on_json_lines_rewrites_the_right_line_of_the_archive(tmp_path: Path) -> None:
    archive = tmp_path / "x.jsonl"
    archive.write_bytes(ARCHIVE.encode("utf-8"))
    planted = tmp_path / "x.jsonl:2"
    planted.write_text("not to be touched\n", encoding="utf-8")
    code, out = _run("check", *PROMO, "--fix", str(archive))
    assert code == 0 and "Fixed 1 file." in out
    lines = archive.read_bytes().decode("utf-8").split("\n")
    assert lines[0] == ARCHIVE.split("\n")[0]  # the clean record is untouched
    assert json.loads(lines[1]) == {"headline": "Jisoo returns", "body": "\n\nThe show airs Friday."}
    assert lines[1].endswith("\r") and lines[2] == ""  # line breaks kept as they were
    assert planted.read_text(encoding="utf-8") == "not to be touched\n"
    assert _run("check", *PROMO, "--fix", str(archive))[1].count("Fixed 0 files.") == 1  # nothing left to do


def test_fix_on_json_lines_refuses_an_archive_changed_since_it_was_checked(tmp_path: Path) -> None:
    archive = tmp_path / "x.jsonl"
    archive.write_text(ARCHIVE, encoding="utf-8")
    runner = Runner(config=Config(select=("promo",)))
    results = list(runner.iter_results([str(archive)]))
    archive.write_bytes(("\n" + ARCHIVE).encode("utf-8"))  # a line added on top: every record moved down
    done = fix_results(results, write=True)
    assert done.errors == [f"{archive}:2: changed since it was checked; not fixed (run artlint again)"]
    assert archive.read_bytes() == ("\n" + ARCHIVE).encode("utf-8")
