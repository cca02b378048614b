"""SARIF 2.1.0 for GitHub code scanning: one run, rule metadata from the rules that ran, results with regions.

The metadata comes from the Report (report.rules), so a house rule from a
config's rule folder is described exactly as a bundled one is.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..report import Report
from ..rules import Rule

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def _rules(report: Report) -> list[dict[str, Any]]:
    known = {r.id: r for r in report.rules}
    used = sorted({f.rule_id for f in report.findings})
    out = []
    for rule_id in used:
        rule = known.get(rule_id) or known.get(_family_rule(rule_id, known))
        entry: dict[str, Any] = {"id": rule_id, "name": rule_id.replace("/", "-")}
        if rule is not None:
            entry["shortDescription"] = {"text": rule.summary}
            entry["fullDescription"] = {"text": rule.description or rule.summary}
            entry["help"] = {"text": rule.description or rule.summary,
                             "markdown": f"**{rule.summary}**\n\n{rule.description}\n\n`artlint explain {rule.id}`"}
            entry["defaultConfiguration"] = {"level": _LEVELS[str(rule.severity)]}
            entry["properties"] = {"tags": [rule.family], "kind": rule.kind}
            if rule.link:
                entry["helpUri"] = rule.link
        out.append(entry)
    return out


def _family_rule(rule_id: str, known: dict[str, Rule]) -> str:
    """grammar/EN_A_VS_AN is documented by the family's one rule file."""
    family = rule_id.split("/", 1)[0]
    return next((k for k in known if k.startswith(family + "/")), rule_id)


def _uri(path: str) -> str:
    return "stdin" if path == "-" else Path(path).as_posix()


def as_dict(report: Report) -> dict[str, Any]:
    rules = _rules(report)
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for r in report.files:
        for f in r.findings:
            loc = f.location
            region: dict[str, Any] = {"startLine": loc.line, "startColumn": loc.column,
                                      "endLine": loc.end_line, "endColumn": max(loc.end_column, 1),
                                      "charOffset": loc.start, "charLength": max(loc.end - loc.start, 0)}
            if f.text:
                region["snippet"] = {"text": f.text}
            result: dict[str, Any] = {
                "ruleId": f.rule_id, "ruleIndex": index[f.rule_id], "level": _LEVELS[str(f.severity)],
                "message": {"text": f.message + (f" Suggestion: {f.suggestion}." if f.suggestion and f.suggestion not in f.message else "")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}, "region": region}}],
                "partialFingerprints": {"artlint/v1": hashlib.sha1(
                    f"{f.rule_id}\0{f.text}".encode("utf-8")).hexdigest()},
            }
            if f.fix is not None:
                result["fixes"] = [{"description": {"text": f"Replace with '{f.fix}'" if f.fix else "Remove"},
                                    "artifactChanges": [{"artifactLocation": {"uri": _uri(r.path)},
                                                         "replacements": [{"deletedRegion": {
                                                             "charOffset": loc.start, "charLength": loc.end - loc.start},
                                                             "insertedContent": {"text": f.fix}}]}]}]
            results.append(result)
    notifications = [{"level": "note", "message": {"text": f"{s['family']} skipped: {s['reason']}"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]}
                     for r in report.files for s in r.skipped]
    errors = [{"level": "error", "message": {"text": f"{r.path}: {r.error}"}} for r in report.errors]
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if notifications or errors:
        invocation["toolExecutionNotifications"] = errors + notifications
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "artlint", "version": __version__, "semanticVersion": __version__,
                                "informationUri": "https://github.com/artlint/artlint", "rules": rules}},
            "invocations": [invocation],
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def render(report: Report, **_: Any) -> str:
    return json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n"
