"""Baselines: record today's findings, then report only new ones.

A finding is keyed by file, rule and a fingerprint of its text and the words
around it on its line, not by line number, so findings stay matched when text
above them moves.  Counts are kept per fingerprint, so a second copy of the
same phrase is a new finding.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..findings import Finding
from ..report import Report
from .writes import Inputs, write_text

VERSION = 1


def fingerprint(f: Finding, source: str | None) -> str:
    context = ""
    if source is not None:
        line_start = source.rfind("\n", 0, f.location.start) + 1
        line_end = source.find("\n", f.location.end)
        line = source[line_start : len(source) if line_end == -1 else line_end]
        context = " ".join(line.split())
    text = " ".join(f.text.split())
    return hashlib.sha1(f"{f.rule_id}\0{text}\0{context}".encode("utf-8")).hexdigest()[:16]


def _key(path: str) -> str:
    return Path(path).as_posix()


def write(report: Report, target: str, inputs: Inputs | None = None) -> int:
    """Record the report's findings in target (never over a file being checked); the number recorded."""
    data: dict[str, Any] = {"version": VERSION, "tool": "artlint", "files": {}}
    total = 0
    for r in report.files:
        if r.error or not r.findings:
            continue
        counts = Counter(fingerprint(f, r.source) for f in r.findings)
        data["files"][_key(r.path)] = dict(sorted(counts.items()))
        total += len(r.findings)
    write_text(target, json.dumps(data, indent=1, sort_keys=True) + "\n", inputs=inputs, what="baseline")
    return total


def load(path: str) -> dict[str, dict[str, int]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError("no such baseline file", path) from None
    except (ValueError, UnicodeDecodeError) as error:
        raise UsageError(f"not a baseline file: {error}", path) from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("files"), dict):
        raise UsageError("not an artlint baseline (version 1)", path)
    return {k: {fp: int(n) for fp, n in v.items()} for k, v in data["files"].items()}


def apply(report: Report, baseline: dict[str, dict[str, int]]) -> int:
    """Drop findings the baseline records; returns how many were dropped."""
    dropped = 0
    for r in report.files:
        left = Counter(baseline.get(_key(r.path), {}))
        kept = []
        for f in r.findings:
            fp = fingerprint(f, r.source)
            if left[fp] > 0:
                left[fp] -= 1
                r.baseline_suppressed += 1
                dropped += 1
            else:
                kept.append(f)
        r.findings = kept
    return dropped


