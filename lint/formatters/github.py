"""GitHub Actions workflow commands: one ::error/::warning/::notice line per finding."""
from __future__ import annotations

from typing import Any

from ..report import Report
from ..textsafe import printable

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """GitHub's own escapes for % and line breaks, then every other control character made visible."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, **_: Any) -> str:
    lines = []
    for r in report.files:
        if r.error:
            lines.append(f"::error file={escape_property(r.path)},title=artlint::{escape_data(r.error)}")
            continue
        for f in r.findings:
            loc = f.location
            props = (f"file={escape_property(r.path)},line={loc.line},col={loc.column},endLine={loc.end_line},"
                     f"endColumn={loc.end_column},title={escape_property(f.rule_id)}")
            message = f.message + (f" Suggestion: {f.suggestion}." if f.suggestion and f.suggestion not in f.message else "")
            lines.append(f"::{_COMMANDS[str(f.severity)]} {props}::{escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
