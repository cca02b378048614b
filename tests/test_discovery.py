"""Walking folders: non-article files, exclude globs, .gitignore, and .json files that are not articles."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from artlint.cli import main
from artlint.discovery import DEFAULT_EXCLUDE, Walk, compile_globs, expand, walk_folder

STORY = "Escape opens in July\n\nJoin Our Telegram Channel\n"


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def _repo_like(root: Path) -> Path:
    """A folder as real repositories hold them: articles beside a README, a manifest and a licence."""
    arts = root / "arts"
    (arts / "2024").mkdir(parents=True)
    (arts / "a.txt").write_text(STORY, encoding="utf-8")
    (arts / "2024" / "b.md").write_text("# Quiet news\n\nThe film opens on July 3, 2024.\n", encoding="utf-8")
    (arts / "package.json").write_text('{"name": "site", "version": "1.0.0"}', encoding="utf-8")
    (arts / "README.md").write_text("# Articles\n\nJoin Our Telegram Channel\n", encoding="utf-8")
    (arts / "LICENSE.txt").write_text("MIT License\n\nPermission is hereby granted.\n", encoding="utf-8")
    (arts / "CHANGELOG.md").write_text("# Changelog\n\n## 1.0.0\n", encoding="utf-8")
    (arts / "node_modules" / "x").mkdir(parents=True)
    (arts / "node_modules" / "x" / "readme.txt").write_text("Join Our Telegram Channel\n", encoding="utf-8")
    return arts


def test_readme_baseline_workflow_on_a_folder_with_other_files(tmp_path: Path) -> None:
    arts = _repo_like(tmp_path)
    baseline = arts / "artlint-baseline.json"
    wrote = _run("check", "--select", "promo", "--write-baseline", str(baseline), str(arts))
    assert (wrote.exit_code, wrote.stderr) == (0, f"Wrote a baseline of 1 finding to {baseline}.\n")
    again = _run("check", "--select", "promo", "--baseline", str(baseline), str(arts))
    assert (again.exit_code, again.stdout, again.stderr) == (0, "No problems found in 2 files.\n", "")


def test_walking_skips_non_articles_but_named_files_are_checked(tmp_path: Path) -> None:
    arts = _repo_like(tmp_path)
    assert walk_folder(arts) == [str(arts / "2024" / "b.md"), str(arts / "a.txt")]
    named = _run("check", "--select", "promo", "--format", "json", str(arts / "README.md"))
    assert named.exit_code == 1
    assert [f["rule"] for f in json.loads(named.stdout)["files"][0]["findings"]] == ["promo/reader-call"]


def test_json_that_is_not_an_article_is_skipped_with_one_note(tmp_path: Path) -> None:
    other = tmp_path / "settings.json"
    other.write_text('{"theme": "dark", "items": [1, 2]}', encoding="utf-8")
    article = tmp_path / "story.json"
    article.write_text(json.dumps({"headline": "Escape opens", "body": "The film opens on July 3, 2024."}),
                       encoding="utf-8")
    for args in ([str(tmp_path)], [str(other), str(article)]):
        result = _run("check", "--select", "promo", *args)
        assert result.exit_code == 0
        assert result.stderr == f"artlint: note: {other}: skipped: not an article (a JSON object with no headline and no body)\n"
        assert result.stdout == "No problems found in 1 file.\n"
    broken = tmp_path / "broken.json"
    broken.write_text('{"headline": ', encoding="utf-8")  # malformed JSON stays the parser's error
    assert _run("check", str(broken)).exit_code == 2


def test_exclude_and_extend_exclude_in_config_and_on_the_command_line(tmp_path: Path) -> None:
    arts = _repo_like(tmp_path)
    (arts / "drafts").mkdir()
    (arts / "drafts" / "c.txt").write_text(STORY, encoding="utf-8")
    (arts / "d.draft.md").write_text(STORY, encoding="utf-8")
    assert len(walk_folder(arts)) == 4
    (arts / "artlint.toml").write_text('extend-exclude = ["drafts/", "**/*.draft.md"]\n', encoding="utf-8")
    assert walk_folder(arts) == [str(arts / "2024" / "b.md"), str(arts / "a.txt")]
    assert walk_folder(arts, Walk(exclude=(str(arts / "2024"),))) == [str(arts / "a.txt")]
    # exclude replaces the default list: README.md and LICENSE.txt are articles again for this desk
    (arts / "artlint.toml").write_text('exclude = ["drafts/"]\n', encoding="utf-8")
    assert [Path(p).name for p in walk_folder(arts)] == ["b.md", "CHANGELOG.md", "LICENSE.txt", "README.md",
                                                         "a.txt", "d.draft.md", "readme.txt", "package.json"]
    result = _run("check", "--select", "promo", "--exclude", "*.md,node_modules,LICENSE*", "--format", "json", str(arts))
    assert [Path(f["path"]).name for f in json.loads(result.stdout)["files"]] == ["a.txt"]


def test_gitignore_is_respected_in_a_work_tree(tmp_path: Path) -> None:
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    arts = _repo_like(tmp_path)
    (arts / "build").mkdir()
    (arts / "build" / "copy.txt").write_text(STORY, encoding="utf-8")
    (arts / ".gitignore").write_text("build/\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(arts)], check=True)
    assert walk_folder(arts) == [str(arts / "2024" / "b.md"), str(arts / "a.txt")]
    assert walk_folder(arts, Walk(respect_gitignore=False))[-1] == str(arts / "build" / "copy.txt")
    ignored = _run("check", "--select", "promo", "--format", "json", str(arts))
    included = _run("check", "--select", "promo", "--format", "json", "--no-respect-gitignore", str(arts))
    assert len(json.loads(ignored.stdout)["files"]) == 2 and len(json.loads(included.stdout)["files"]) == 3
    named = _run("check", "--select", "promo", str(arts / "build"))  # a folder that is wholly ignored says so
    assert (named.exit_code, named.stderr) == (2, f"artlint: error: {arts / 'build'}: every article in this directory "
                                                  "is ignored by .gitignore (--no-respect-gitignore checks them)\n")


def test_artlint_reports_in_the_folder_are_not_articles(tmp_path: Path) -> None:
    arts = _repo_like(tmp_path)
    html = _run("check", "--select", "promo", "--format", "html", "-o", str(arts / "report.html"), str(arts))
    assert html.exit_code == 1
    report = _run("check", "--select", "promo", "--format", "json", "-o", str(arts / "report.json"), str(arts))
    assert report.exit_code == 1
    notes: list[str] = []
    assert list(expand([str(arts)], notes=notes)) == [(str(arts / "2024" / "b.md"), None), (str(arts / "a.txt"), None)]
    assert notes == []  # artlint's own files in the folder are expected: no note
    assert list(expand([str(arts / "report.json")], notes=notes)) == []
    assert notes == [f"{arts / 'report.json'}: skipped: written by artlint (a baseline or report), not an article"]


@pytest.mark.parametrize(("glob", "path", "hit"), [
    ("README*", "README.md", True), ("README*", "x/readme.txt", True), ("README*", "a-readme.md", False),
    ("drafts/", "drafts/a.txt", True), ("drafts/", "x/drafts/a.txt", True), ("drafts/", "drafts.txt", False),
    ("x/*.md", "x/a.md", True), ("x/*.md", "x/y/a.md", False), ("x/**/*.md", "x/y/z/a.md", True),
    ("**/*.draft.md", "a.draft.md", True), ("2024/0[1-3]/", "2024/02/a.txt", True),
    ("2024/0[1-3]/", "2024/04/a.txt", False),
])
def test_glob_semantics(tmp_path: Path, glob: str, path: str, hit: bool) -> None:
    globs = compile_globs([(glob, tmp_path)])
    assert globs.skips(tmp_path, tuple(path.split("/"))) is hit


def test_default_list_names_no_article_suffix_it_cannot_reach() -> None:
    assert "package.json" in DEFAULT_EXCLUDE and "README*" in DEFAULT_EXCLUDE

