"""Changed lines since a git revision, for --diff-base: judge a pull request on what it touched."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ..errors import UsageError
from ..report import Report

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise UsageError("--diff-base needs git, which is not installed") from None


def changed_lines(path: str, rev: str) -> set[int] | None:
    """1-based line numbers added or changed since rev; None when the whole file is new."""
    file = Path(path).resolve()
    folder = file.parent
    top = _git(["rev-parse", "--show-toplevel"], folder)
    if top.returncode != 0:
        raise UsageError(f"--diff-base: {path} is not in a git repository")
    if _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], folder).returncode != 0:
        raise UsageError(f"--diff-base: unknown revision {rev!r}")
    rel = file.relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    if _git(["cat-file", "-e", f"{rev}:{rel}"], folder).returncode != 0:
        return None  # not in rev: every line is new
    diff = _git(["diff", "-U0", "--no-color", "--no-ext-diff", rev, "--", rel], Path(top.stdout.strip()))
    lines: set[int] = set()
    for m in _HUNK.finditer(diff.stdout):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def restrict(report: Report, rev: str) -> None:
    """Keep only findings that touch a line added or changed since rev."""
    for r in report.files:
        if r.error or r.path == "-":
            continue
        changed = changed_lines(r.path, rev)
        if changed is None:
            continue
        r.findings = [f for f in r.findings
                      if any(line in changed for line in range(f.location.line, f.location.end_line + 1))]
