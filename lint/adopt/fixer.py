"""Autofix: apply the safe fixes findings carry (rules marked fixable = true), never losing text.

Fixes are applied from the end of the file backwards, skipping any that overlap
one already taken.  Replacement text is escaped for the format (HTML entities,
JSON string escapes).  A fix that removes a whole line in plain text or
Markdown also removes that line's break (only: the blank line after it stays).
"""
from __future__ import annotations

import difflib
import html
import json
import os
import tempfile
from pathlib import Path

from ..findings import Finding


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
    """Widen an emptied span that is a whole line to take its own line break, and nothing more.

    The blank line that separated it from the next paragraph stays: plain text
    and Markdown read two blank lines as one, and a fix must not touch text
    outside its line (the report shows exactly what --fix removes).
    """
    at_line_start = start == 0 or text[start - 1] == "\n"
    at_line_end = end == len(text) or text[end] == "\n"
    if not (at_line_start and at_line_end):
        return start, end
    if end < len(text):
        end += 1
    elif start > 0:
        start -= 1  # last line: take the break before it instead
    return start, end


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


def write_atomically(path: str, text: str) -> None:
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
