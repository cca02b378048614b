"""JUnit XML: one test suite per article, one test case per finding, for CI systems that read it.

Many CI parsers (GitLab, Jenkins, Azure) show one line per test case and read only
the first <failure> of a case, so each finding is its own case; an article with no
findings gets one passing case, so it still shows as checked.  Article text, file
names and messages are untrusted: characters XML 1.0 forbids (control characters,
lone surrogates, U+FFFE/U+FFFF) are written as visible escapes, so the document
always parses.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from ..report import Report
from ..textsafe import printable

# Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: object) -> str:
    """The text with every character XML cannot carry written as \\xNN or \\uNNNN."""
    return _FORBIDDEN.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", str(text))


def _element(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_safe(text)
    return el


def render(report: Report, **_: Any) -> str:
    counts = report.counts()
    n_cases = sum(1 if r.error or not r.findings else len(r.findings) for r in report.files)
    suites = ET.Element("testsuites", name="artlint", tests=str(n_cases), failures=str(counts["total"]),
                        errors=str(len(report.errors)))
    for r in report.files:
        failures = 0 if r.error else len(r.findings)
        suite = _element(suites, "testsuite", name=r.path, tests=max(1, failures), failures=failures,
                         errors=1 if r.error else 0, skipped=0)
        if r.error:
            case = _element(suite, "testcase", classname=r.path, name="artlint")
            _element(case, "error", printable(r.error), message=r.error, type="input-error")
            continue
        if not r.findings:
            _element(suite, "testcase", classname=r.path, name="artlint")
        for f in r.findings:
            loc = f.location
            case = _element(suite, "testcase", classname=r.path, name=f"{f.rule_id} at {loc.line}:{loc.column}",
                            file=r.path, line=loc.line)
            # Each field on its own line, its own newlines escaped: a file name or flagged text holding
            # "\n::error" must not start a line a CI log would run as a command.
            _element(case, "failure", (f"{printable(r.path)}:{loc.line}:{loc.column}: {f.rule_id} {printable(f.message)}"
                                       + (f"\nsuggestion: {printable(f.suggestion)}" if f.suggestion else "")
                                       + f"\ntext: {printable(f.text)}"),
                     message=f"{f.rule_id}: {f.message}", type=str(f.severity))
        if r.skipped:
            _element(suite, "system-out", "\n".join(f"{s['family']} skipped: {printable(s['reason'])}" for s in r.skipped))
    suites.set("findings", str(counts["total"]))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
