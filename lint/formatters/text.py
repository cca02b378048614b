"""The terminal report: path:line:col: severity rule message, the source line, a caret, the fix."""
from __future__ import annotations

from typing import Any

from ..findings import Finding
from ..report import FileResult, Report
from ..textsafe import printable

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
# ANSI select-graphic-rendition codes, written as click.style writes them (so the CLI alone knows click)
_SGR = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "blue": "34"}


def _style(text: str, code: str) -> str:
    return f"\x1b[{_SGR[code]}m{text}\x1b[0m"
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


def _shown(line: str, col: int, width: int) -> tuple[str, int, int]:
    """The excerpt with control characters as visible escapes, the caret moved to match."""
    if printable(line) == line:
        return line, col, width
    before, span, after = printable(line[:col]), printable(line[col:col + width]), printable(line[col + width:])
    return before + span + after, len(before), max(1, len(span))


def _path(path: str) -> str:
    """The path as a line may open with it: escaped, and never opening with "::"."""
    shown = printable(path)
    return "./" + shown if shown.startswith("::") else shown  # GitHub Actions runs a line opening with ::


def _file(r: FileResult, colour: bool, quiet: bool) -> list[str]:
    out = []
    path = _path(r.path)
    for f in r.findings:
        sev = str(f.severity)
        loc = f.location
        where = f"{path}:{loc.line}:{loc.column}:"
        if colour:
            where, shown, rule = _style(where, "bold"), _style(sev, _COLOURS[sev]), _style(f.rule_id, "dim")
        else:
            shown, rule = sev, f.rule_id
        out.append(f"{where} {shown} {rule} {printable(f.message)}")
        if quiet or r.source is None:
            continue
        text, col, width = _shown(*_excerpt(r.source, f))
        gutter = f"{loc.line:>5} | "
        out.append(gutter + text)
        caret = " " * len(gutter[:-2]) + "| " + " " * col + "^" * width
        out.append(_style(caret, _COLOURS[sev]) if colour else caret)
        if f.suggestion:
            out.append(" " * (len(gutter) - 2) + "= suggestion: " + printable(f.suggestion))
    return out


def _notes(report: Report) -> list[str]:
    """Skipped families, one line per reason however many files share it."""
    by_reason: dict[tuple[str, str], list[str]] = {}
    for r in report.files:
        for s in r.skipped:
            by_reason.setdefault((s["family"], s["reason"]), []).append(r.path)
    out = []
    for (family, reason), paths in by_reason.items():
        where = paths[0] if len(paths) == 1 else f"{len(paths)} files"
        out.append(printable(f"note: {family} skipped ({where}): {reason}"))
    return out


def _readability(report: Report) -> str | None:
    """One line of readability figures: the file's, or the average over the files."""
    rows = [r.metrics for r in report.files if not r.error and "flesch_reading_ease" in r.metrics]
    if not rows:
        return None

    def mean(key: str) -> float:
        return sum(float(m[key]) for m in rows) / len(rows)

    label = "Readability" if len(rows) == 1 else f"Readability (average of {len(rows)} files)"
    return (f"{label}: Flesch reading ease {mean('flesch_reading_ease'):.1f}, grade {mean('flesch_kincaid_grade'):.1f}, "
            f"{mean('avg_sentence_length'):.1f} words per sentence, "
            f"{100 * mean('long_sentence_share'):.0f}% long sentences.")


def _scores(report: Report) -> str | None:
    """The quality score: the file's, or the spread over files with the lowest named."""
    scored = sorted((r.score, r.path) for r in report.files if r.score is not None)
    if not scored:
        return None
    if len(scored) == 1:
        return f"Quality score: {scored[0][0]}/100."
    values = [s for s, _ in scored]
    median = values[len(values) // 2]
    return f"Quality scores: lowest {scored[0][0]} ({printable(scored[0][1])}), median {median}, highest {values[-1]}."


def render(report: Report, colour: bool = False, quiet: bool = False, **_: Any) -> str:
    lines: list[str] = []
    for r in report.files:
        if r.error:
            continue  # errors go to stderr, one line each, from the CLI
        lines.extend(_file(r, colour, quiet))
        if r.profile and not quiet and any(f.family == "schema" for f in r.findings):
            lines.append(f"{_path(r.path)}: note: profile {printable(r.profile['name'])} ({printable(r.profile['reason'])})")
    if not quiet:
        lines.extend(_notes(report))
        figures = _readability(report)
        if figures:
            lines.append(figures)
        scores = _scores(report) if report.findings else None
        if scores:
            lines.append(scores)
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
    lines.append(_style(summary, "bold") if colour else summary)
    return "\n".join(lines) + "\n"
