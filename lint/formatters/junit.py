"""JUnit XML: one test case per article, one failure per finding, for CI systems that read it."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from ..report import Report


def render(report: Report, **_: Any) -> str:
    counts = report.counts()
    suites = ET.Element("testsuites", name="artlint", tests=str(len(report.files)),
                        failures=str(sum(1 for r in report.files if r.findings)), errors=str(len(report.errors)))
    suite = ET.SubElement(suites, "testsuite", name="artlint", tests=str(len(report.files)),
                          failures=suites.get("failures", "0"), errors=str(len(report.errors)), skipped="0")
    for r in report.files:
        case = ET.SubElement(suite, "testcase", classname="artlint", name=r.path)
        if r.error:
            ET.SubElement(case, "error", message=r.error, type="input-error").text = r.error
            continue
        for f in r.findings:
            loc = f.location
            failure = ET.SubElement(case, "failure", message=f"{f.rule_id}: {f.message}", type=str(f.severity))
            failure.text = (f"{r.path}:{loc.line}:{loc.column}: {f.rule_id} {f.message}"
                            + (f"\nsuggestion: {f.suggestion}" if f.suggestion else "") + f"\ntext: {f.text}")
        for s in r.skipped:
            ET.SubElement(case, "system-out").text = f"{s['family']} skipped: {s['reason']}"
    suites.set("findings", str(counts["total"]))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
