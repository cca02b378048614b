"""Autofix: apply the safe fixes findings carry (rules marked fixable = true), never losing text.

Fixes are applied from the end of the file backwards, skipping any that overlap
one already taken.  Replacement text is escaped for the format (HTML entities,
JSON string escapes).  A fix that removes a whole line inside a paragraph in
plain text or Markdown also removes that line's break; a line standing alone
(a blank line or the file's edge beside it) keeps its break, so what was a
paragraph of its own becomes part of the blank line and nothing else moves.
"""
from __future__ import annotations

import difflib
import html
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..errors import ArtlintError
from ..findings import Finding
from ..report import FileResult
from ..runner import Unit
from .writes import Snapshot, WriteError, write_text


def _escape(text: str, fmt: str | None) -> str:
    if fmt == "html":
        return html.escape(text, quote=False)
    if fmt == "json":
        return json.dumps(text, ensure_ascii=False)[1:-1]
    return text


def apply_fixes(source: str, findings: list[Finding], fmt: str | None) -> tuple[str, int]:
    """The fixed text and the number of fixes applied."""
    fixes = sorted((f for f in findings if f.fix is not None), key=lambda f: (f.location.start, f.location.end))
    out = source
    applied = 0
    limit = len(source) + 1
    for f in reversed(fixes):
        start, end = f.location.start, f.location.end
        if end > limit or start >= end and not f.fix:
            continue
        replacement = _escape(f.fix or "", fmt)
        if not replacement and fmt in ("txt", "md", None):
            start, end = _whole_line(out, start, end)
        out = out[:start] + replacement + out[end:]
        limit = start
        applied += 1
    return out, applied


def _whole_line(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen an emptied span that is a whole line inside a paragraph to take its own line break.

    A line with a blank line or the file's edge beside it keeps its break: the
    emptied line joins the blank line, which plain text and Markdown read as
    one, and a run of such lines (a comment form, a share row) leaves every
    other character where it was, so the change is exactly the reported spans.
    """
    at_line_start = start == 0 or text[start - 1] == "\n"
    at_line_end = end == len(text) or text[end] == "\n"
    if not (at_line_start and at_line_end) or not (_text_line_before(text, start) and _text_line_after(text, end)):
        return start, end
    return start, end + 1


def _text_line_before(text: str, start: int) -> bool:
    """Whether the line above the one starting at start holds text."""
    if start == 0:
        return False
    above = text.rfind("\n", 0, start - 1) + 1
    return bool(text[above:start - 1].strip())


def _text_line_after(text: str, end: int) -> bool:
    """Whether the line below the one ending at end holds text."""
    if end >= len(text):
        return False
    below = text.find("\n", end + 1)
    return bool(text[end + 1:below if below >= 0 else len(text)].strip())


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


BOM = b"\xef\xbb\xbf"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the breaks Python's text mode reads lines by, as the runner does
_ARCHIVE_LINE = re.compile(r"(.+\.jsonl):([0-9]+)", re.IGNORECASE)


@dataclass
class FixRun:
    """What --fix (or --diff) did: files rewritten, units to check again, diffs, and refusals."""

    written: list[str] = field(default_factory=list)
    recheck: dict[int, Unit] = field(default_factory=dict)  # report index -> the unit as it now reads
    diffs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "path: problem", one line each


def fix_results(files: list[FileResult], *, write: bool, hard_links: bool = False) -> FixRun:
    """Apply (write) or show (diff) the fixes the results carry, file by file; a refusal skips only its file."""
    done = FixRun()
    archives: dict[str, list[tuple[int, int, FileResult]]] = {}
    for i, r in enumerate(files):
        if r.error or r.source is None or not any(f.fix is not None for f in r.findings):
            continue
        line = _ARCHIVE_LINE.fullmatch(r.path) if r.format == "json" else None
        if line is not None and os.path.isfile(line[1]):
            archives.setdefault(line[1], []).append((i, int(line[2]), r))
            continue
        fixed, applied = apply_fixes(r.source, r.findings, r.format)
        if applied and fixed != r.source:
            _one(done, r.path, partial(_whole_file, r.source, r.path, fixed), write, hard_links)
            done.recheck.setdefault(i, (r.path, None, None))
    for archive, lines in archives.items():
        new_lines: dict[int, str] = {}
        _one(done, archive, partial(_archive, lines, new_lines), write, hard_links)
        for i, n, r in lines:
            if n in new_lines:
                done.recheck[i] = (r.path, None, new_lines[n])
    return done


def _one(done: FixRun, path: str, change: Callable[[str, bool], str], write: bool, hard_links: bool) -> None:
    """Read path, change its text, then diff or write it back; a problem becomes one error line."""
    try:
        data = Path(path).read_bytes()
        snapshot = Snapshot.of(path, data)
        bom = data.startswith(BOM)
        text = data[len(BOM):].decode("utf-8") if bom else data.decode("utf-8")
        fixed = change(text, bom)
        if fixed == text:
            return
        if not write:
            done.diffs.append(unified_diff(path, text, fixed))
            return
        write_text(path, ("\ufeff" if bom else "") + fixed, expected=snapshot, hard_links=hard_links)
        done.written.append(path)
    except ArtlintError as error:
        done.errors.append(f"{error.path or path}: {error.message}")
    except UnicodeDecodeError:
        done.errors.append(f"{path}: changed since it was checked (no longer UTF-8); not fixed")
    except OSError as error:
        done.errors.append(f"{path}: cannot read for fixing: {error.strerror}; not fixed")


def _whole_file(checked: str, path: str, fixed: str, text: str, bom: bool) -> str:
    """The fixed text, when the file still reads as it did when it was checked."""
    if text != checked:
        raise WriteError("changed since it was checked; not fixed (run artlint again)", path)
    return fixed


def _archive(lines: list[tuple[int, int, FileResult]], new_lines: dict[int, str], text: str, bom: bool) -> str:
    """The archive with each fixed record on its own line, or WriteError naming the line that cannot be fixed."""
    if bom:  # the runner read the mark as part of line 1; put it back so the texts compare equal
        text = "\ufeff" + text
    parts = _LINE_BREAK.split(text)
    breaks = [m[0] for m in _LINE_BREAK.finditer(text)]
    for _, n, r in lines:
        where = f"{r.path}"
        if n > len(parts) or parts[n - 1] != r.source:
            raise WriteError("changed since it was checked; not fixed (run artlint again)", where)
        fixed, applied = apply_fixes(parts[n - 1], r.findings, "json")
        if not applied or fixed == r.source:
            continue
        try:
            json.loads(fixed)
            ok = _LINE_BREAK.search(fixed) is None
        except ValueError:
            ok = False
        if not ok:
            raise WriteError("the fix would break this JSON Lines record; the archive is not fixed", where)
        parts[n - 1] = new_lines[n] = fixed
    out = "".join(p + b for p, b in zip(parts, [*breaks, ""]))
    return out[1:] if bom else out
