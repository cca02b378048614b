"""Report formatters: render(report, **options) -> str, one module per format."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..textsafe import clean_output

# The one list of report formats (name -> module here); `artlint check --format` offers them in this order.
FORMATS: dict[str, str] = {"text": "text", "json": "json_report", "jsonl": "jsonl", "sarif": "sarif",
                           "github": "github", "junit": "junit", "html": "html"}


def get(name: str) -> Callable[..., str]:
    """The format's render function; what it returns holds no stray control character or lone surrogate."""
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    render: Callable[..., str] = module.render

    def safe_render(report: Any, **options: Any) -> str:
        return clean_output(render(report, **options), keep_colour=bool(options.get("colour")))

    return safe_render


def finding_dict(f: Any) -> dict[str, Any]:
    """The JSON shape of a finding, shared by every machine-readable format."""
    loc = f.location
    return {
        "rule": f.rule_id, "family": f.family, "severity": str(f.severity), "message": f.message,
        "start": loc.start, "end": loc.end, "line": loc.line, "column": loc.column,
        "end_line": loc.end_line, "end_column": loc.end_column, "text": f.text,
        "suggestion": f.suggestion, "pointer": loc.pointer, "fix": f.fix,
    }
