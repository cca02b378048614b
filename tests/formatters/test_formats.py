"""JSON reports validate against the report schema; the text report matches its golden form."""
from __future__ import annotations

import json

import jsonschema

from artlint import check_text
from artlint.formatters import get
from artlint.resources import schema
from conftest import FIXTURES


def _report():  # type: ignore[no-untyped-def]
    return check_text((FIXTURES / "seed.txt").read_text(encoding="utf-8"), path="seed.txt")


def test_json_report_validates_and_offsets_slice_to_text() -> None:
    source = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    data = json.loads(get("json")(_report()))
    jsonschema.validate(data, schema("report"))
    findings = data["files"][0]["findings"]
    assert findings
    for f in findings:
        assert source[f["start"]:f["end"]] == f["text"]
    assert data["summary"]["findings"]["total"] == len(findings)


def test_json_report_with_an_error_entry_validates() -> None:
    from artlint.report import FileResult, Report

    data = json.loads(get("json")(Report([FileResult("x.txt", error="empty file")])))
    jsonschema.validate(data, schema("report"))
    assert data["files"][0]["error"] == "empty file" and data["summary"]["errors"] == 1


GOLDEN_PROMO = """\
<text>:3:1: warning promo/reader-call 'Join Our Telegram Channel' is a call to action, not part of the story.
    3 | Join Our Telegram Channel
      | ^^^^^^^^^^^^^^^^^^^^^^^^^
      = suggestion: remove it; the site template can carry it
Quality score: 77/100.

Found 1 problem (1 warning) in 1 file.
"""


def test_text_report_golden() -> None:
    report = check_text("Title\n\nJoin Our Telegram Channel\n", config={"select": ["promo"]})
    assert get("text")(report) == GOLDEN_PROMO


def test_text_report_clean_and_quiet() -> None:
    # "The film opens Friday." was clean here until the dates paradigm pass; a relative day with no dateline is vague
    # (GOLD-GUIDELINES, release-date Conventions), so the clean text names no release.
    report = check_text("Title\n\nThe cast met the press in Seoul.\n", config={"ignore": ["schema", "grammar", "readability"]})
    assert get("text")(report) == "No problems found in 1 file.\n"
    quiet = get("text")(check_text("Title\n\nJoin Our Telegram Channel\n", config={"select": ["promo"]}), quiet=True)
    assert "^^^" not in quiet and quiet.count("\n") == 3
