"""The README's examples run, and print what the README says they print, so the README stays true.

Every fenced block of README.md is either run here or listed in SKIPPED with the
reason; a new block fails test_every_block_is_run_or_skipped_for_a_reason until
it is one or the other.  Blocks are found by their first line, not their place.
Commands run in a fresh interpreter or shell with no LanguageTool configured.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = [(m[1], m[2]) for m in re.finditer(r"^```(\w*)\n(.*?)^```", README, re.S | re.M)]

SKIPPED = {
    "bash scripts/setup": "installs the project; the suite itself is the second line",
    "<!-- artlint-disable hype/puffery -->": "syntax summary with '...' elisions; tests/test_suppress.py runs each form",
    "lint/        the artlint package": "the project layout, not a command",
    "scripts/languagetool start": "needs Java and Maven; tests/test_grammar_real.py and "
                                  "tests/test_languagetool_script.py run the script and the server",
}
RUN = ("artlint check article.txt", "$ artlint check tests/fixtures/seed.txt", "$ artlint check --select promo --format github",
       "jobs:", "- repo: <this repository>", "artlint check articles/ -j 4", '[rules."names/second-reference"]',
       'select = ["credits", "hype", "promo"]', "# house-rules/style.toml", "import artlint")

STORY = "Escape opens in July\n\nJoin Our Telegram Channel\n"


def block(first_line: str) -> str:
    found = [text for _, text in BLOCKS if text.startswith(first_line)]
    assert len(found) == 1, f"README has {len(found)} blocks starting {first_line!r}"
    return found[0]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ARTLINT_LANGUAGETOOL", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def _sh(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=120)


def _workspace(tmp: Path) -> Path:
    """The files the README's commands name: an article, a folder of them, a Markdown file, an archive."""
    seed_md = (FIXTURES / "seed.md").read_text(encoding="utf-8")
    (tmp / "article.txt").write_text(STORY, encoding="utf-8")
    (tmp / "article.md").write_text(seed_md, encoding="utf-8")
    (tmp / "more.md").write_text(seed_md, encoding="utf-8")
    (tmp / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp / "articles").mkdir()
    (tmp / "articles" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp / "articles" / "b.md").write_text(seed_md, encoding="utf-8")
    (tmp / "archive.jsonl").write_text(json.dumps({"headline": "Escape opens", "body": "Join Our Telegram Channel"})
                                       + "\n", encoding="utf-8")
    return tmp


def _commands(text: str) -> list[str]:
    return [line.split("  #", 1)[0].strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_block_is_run_or_skipped_for_a_reason() -> None:
    for _, text in BLOCKS:
        assert text.startswith(RUN) or text.startswith(tuple(SKIPPED)), f"README block not covered: {text[:60]!r}"


def test_usage_commands_run(tmp_path: Path) -> None:
    work = _workspace(tmp_path)
    for command in _commands(block("artlint check article.txt")):
        done = _sh(command, work)
        assert done.returncode in (0, 1), (command, done.stderr)
        assert "Traceback" not in done.stderr
    assert json.loads((work / "report.json").read_text(encoding="utf-8"))["tool"]["name"] == "artlint"


def _entries(lines: list[str]) -> list[list[str]]:
    """Text report lines cut into findings: a 'path:line:col:' line and the lines under it."""
    out: list[list[str]] = []
    for line in lines:
        if re.match(r"\S+:\d+:\d+: ", line) or not out:
            out.append([line])
        else:
            out[-1].append(line)
    return out


def _seed_transcript() -> tuple[list[str], list[str], list[str]]:
    text = block("$ artlint check tests/fixtures/seed.txt")
    command, *shown = text.rstrip("\n").split("\n")
    done = subprocess.run(command[2:].split(), cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120)
    cut = shown.index("...")
    return done.stdout.rstrip("\n").split("\n"), shown[:cut], shown[cut + 1:]


def test_seed_transcript_findings_are_printed_as_shown() -> None:
    actual, head, _ = _seed_transcript()
    printed = _entries(actual)
    for entry in _entries(head):  # the README shows a selection of the findings, each exactly as printed
        assert entry in printed


def test_seed_transcript_ends_as_shown() -> None:
    actual, _, tail = _seed_transcript()
    assert actual[-len(tail):] == tail


def test_github_annotation_example(tmp_path: Path) -> None:
    command, *shown = block("$ artlint check --select promo --format github").rstrip("\n").split("\n")
    done = _sh(command[2:], _workspace(tmp_path))
    assert done.stdout.rstrip("\n").split("\n") == shown


def test_github_actions_steps_that_need_no_git_history(tmp_path: Path) -> None:
    work = _workspace(tmp_path)
    steps = [line.split("- run:", 1)[1].strip() for line in block("jobs:").splitlines() if "- run: artlint" in line]
    assert len(steps) == 2
    local = [s for s in steps if "${{" not in s]  # the --diff-base step needs the pull request's git history
    assert local == ["artlint check --format sarif -o artlint.sarif --fail-on never articles/"]
    done = _sh(local[0], work)
    assert done.returncode == 0, done.stderr
    assert json.loads((work / "artlint.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_pre_commit_hook_id_exists() -> None:
    import yaml

    used = yaml.safe_load(block("- repo: <this repository>"))[0]["hooks"][0]["id"]
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert used in {h["id"] for h in hooks}


def test_batch_commands_run(tmp_path: Path) -> None:
    work = _workspace(tmp_path)
    commands = _commands(block("artlint check articles/ -j 4"))
    local = [c for c in commands if not c.startswith("artlint audit")]  # audit starts a Dask cluster or needs one
    assert len(local) == 2
    for command in local:
        done = _sh(command, work)
        assert done.returncode in (0, 1) and "Traceback" not in done.stderr, (command, done.stderr)
    jsonl = _sh(local[1], work)
    assert [json.loads(line)["path"] for line in jsonl.stdout.splitlines()] == ["archive.jsonl:1"]


@pytest.mark.parametrize("first_line", ['[rules."names/second-reference"]', 'select = ["credits", "hype", "promo"]'])
def test_config_examples_are_valid(first_line: str, tmp_path: Path) -> None:
    from artlint.config import active_rules, load_file

    (tmp_path / "house-rules").mkdir()
    (tmp_path / "house-profiles").mkdir()
    config = tmp_path / "artlint.toml"
    config.write_text(block(first_line), encoding="utf-8")
    assert active_rules(load_file(config))


def test_house_rules_example_passes_its_own_examples(tmp_path: Path) -> None:
    text = block("# house-rules/style.toml")
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "house-rules" / "style.toml").write_text(text, encoding="utf-8")
    done = _sh("artlint test-rules house-rules/", tmp_path)
    assert (done.returncode, done.stdout) == (0, "4 passed, 0 failed\n")


def test_library_example_and_the_names_the_readme_shows(tmp_path: Path) -> None:
    work = _workspace(tmp_path)
    section = README.split("## Library use", 1)[1].split("\n## ", 1)[0]
    inline = re.findall(r"`(artlint\.[a-z_.]+\([^`]*)`", section)  # calls; `artlint.toml` is a file name
    assert inline == ['artlint.formatters.get("json")(report)']
    # the block uses a `text` it does not define: the Markdown seed stands in for it
    program = (f"text = open({str(FIXTURES / 'seed.md')!r}, encoding='utf-8').read()\n"
               + block("import artlint")
               + "".join(f"\nprint(type({expr}).__name__)" for expr in inline))
    done = subprocess.run([sys.executable, "-c", program], cwd=work, env=_env(), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("credits/vague-source 19 ") and "'Google'" in lines[0]  # the seed's "(Photo : Google )"
    assert re.fullmatch(r"1 \{'error': \d+, 'warning': \d+, 'info': \d+, 'total': \d+\}", lines[-2])
    assert lines[-1] == "str"
