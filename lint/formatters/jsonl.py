"""JSON Lines: one file result per line, in the JSON report's per-file shape, written as results arrive."""
from __future__ import annotations

import json
from typing import Any

from ..report import FileResult, Report
from ..textsafe import clean_output
from .json_report import file_dict


def line(result: FileResult) -> str:
    """One result as one line of JSON, valid UTF-8 whatever its path and text hold."""
    return clean_output(json.dumps(file_dict(result), ensure_ascii=False)) + "\n"


def render(report: Report, **_: Any) -> str:
    return "".join(line(r) for r in report.files)
