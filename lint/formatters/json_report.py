"""The JSON report (schemas/report.schema.json): what CI and evaluation tools read."""
from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..report import FileResult, Report
from . import finding_dict


def file_dict(r: FileResult) -> dict[str, Any]:
    """One file's entry: the shape shared by the JSON report and JSON Lines."""
    entry: dict[str, Any] = {"path": r.path}
    if r.format:
        entry["format"] = r.format
    if r.error:
        entry["error"] = r.error
    entry["findings"] = [finding_dict(f) for f in r.findings]
    entry["metrics"] = r.metrics
    if r.profile:
        entry["profile"] = r.profile
    if r.skipped:
        entry["skipped"] = r.skipped
    entry["summary"] = r.counts()
    if r.baseline_suppressed:
        entry["baseline_suppressed"] = r.baseline_suppressed
    if r.score is not None:
        entry["score"] = r.score
    return entry


def as_dict(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "tool": {"name": "artlint", "version": __version__},
        "files": [file_dict(r) for r in report.files],
        "summary": {"files": len(report.files), "errors": len(report.errors), "findings": report.counts()},
    }


def render(report: Report, **_: Any) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"
