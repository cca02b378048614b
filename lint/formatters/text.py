"""The terminal report: path:line:col: severity rule message, the source line, a caret, the fix."""
from __future__ import annotations

from typing import Any

import click

from ..findings import Finding
from ..report import FileResult, Report

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
_WIDTH = 100


def _excerpt(source: str, f: Finding) -> tuple[str, int, int]:
    """The finding's first line, windowed around the span: (text, caret_start, caret_len)."""
    loc = f.location
    line_start = source.rfind("\n", 0, loc.start) + 1
    line_end = source.find("\n", loc.start)
    line_end = len(source) if line_end == -1 else line_end
    line = source[line_start:line_end].rstrip("\r")
    col = loc.start - line_start
    width = max(1, min(loc.end, line_start + len(line)) - loc.start)
    if len(line) > _WIDTH:
        left = max(0, min(col - 30, len(line) - _WIDTH))
        right = left + _WIDTH
        prefix = "…" if left else ""
        suffix = "…" if right < len(line) else ""
        line = prefix + line[left:right] + suffix
        col = col - left + len(prefix)
        width = min(width, _WIDTH - (col - len(prefix)))
    return line.replace("\t", " "), col, max(1, width)


def _file(r: FileResult, colour: bool, quiet: bool) -> list[str]:
    out = []
    for f in r.findings:
        sev = str(f.severity)
        loc = f.location
        head = (click.style(f"{r.path}:{loc.line}:{loc.column}:", bold=True) + " "
                + click.style(sev, fg=_COLOURS[sev]) + " " + click.style(f.rule_id, dim=True) + " " + f.message)
        out.append(head if colour else click.unstyle(head))
        if quiet or r.source is None:
            continue
        text, col, width = _excerpt(r.source, f)
        gutter = f"{loc.line:>5} | "
        out.append(gutter + text)
        caret = " " * len(gutter[:-2]) + "| " + " " * col + "^" * width
        out.append(click.style(caret, fg=_COLOURS[sev]) if colour else caret)
        if f.suggestion:
            out.append(" " * (len(gutter) - 2) + "= suggestion: " + f.suggestion)
    return out


def render(report: Report, colour: bool = False, quiet: bool = False, **_: Any) -> str:
    lines: list[str] = []
    for r in report.files:
        if r.error:
            continue  # errors go to stderr, one line each, from the CLI
        lines.extend(_file(r, colour, quiet))
        if r.skipped and not quiet:
            for s in r.skipped:
                lines.append(f"{r.path}: note: {s['family']} skipped: {s['reason']}")
    c = report.counts()
    checked = len(report.files) - len(report.errors)
    noun = "file" if checked == 1 else "files"
    if c["total"]:
        parts = [f"{c[k]} {k}{'s' if c[k] != 1 and k != 'info' else ''}" for k in ("error", "warning", "info") if c[k]]
        summary = f"Found {c['total']} problem{'s' if c['total'] != 1 else ''} ({', '.join(parts)}) in {checked} {noun}."
    else:
        summary = f"No problems found in {checked} {noun}."
    if report.errors:
        summary += f" {len(report.errors)} file{'s' if len(report.errors) != 1 else ''} could not be checked."
    if lines:
        lines.append("")
    lines.append(click.style(summary, bold=True) if colour else summary)
    return "\n".join(lines) + "\n"
