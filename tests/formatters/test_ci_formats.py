"""SARIF, GitHub annotations, JUnit, quality score, statistics: all from the same report object."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from artlint import check_text
from artlint.cli import main
from artlint.formatters import get
from artlint.formatters.github import escape_data, escape_property
from conftest import FIXTURES, shared


@pytest.fixture(scope="module")
def seed_report():  # type: ignore[no-untyped-def]
    text = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    return check_text(text, config={"ignore": ["grammar"]}, path="tests/fixtures/seed.txt")


def test_sarif_validates_against_the_official_schema(seed_report) -> None:  # type: ignore[no-untyped-def]
    schema = json.loads(shared("..", "schemas-external", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    doc = json.loads(get("sarif")(seed_report))
    jsonschema.Draft7Validator(schema).validate(doc)
    run = doc["runs"][0]
    assert len(run["results"]) == len(seed_report.findings)
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["hype/puffery"]["fullDescription"]["text"].startswith("Praise, anticipation")
    first = run["results"][0]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength"} <= set(region)
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == first["ruleId"]


def test_github_annotations_golden() -> None:
    report = check_text("Title\n\nJoin Our Telegram Channel\n", config={"select": ["promo"]}, path="a,b:c.txt")
    assert get("github")(report) == (
        "::warning file=a%2Cb%3Ac.txt,line=3,col=1,endLine=3,endColumn=26,title=promo/reader-call::"
        "'Join Our Telegram Channel' is a call to action, not part of the story. "
        "Suggestion: remove it; the site template can carry it.\n")


def test_github_escaping() -> None:
    assert escape_data("50% off\r\nnow") == "50%25 off%0D%0Anow"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_junit_one_case_per_article_and_a_failure_per_finding(seed_report) -> None:  # type: ignore[no-untyped-def]
    root = ET.fromstring(get("junit")(seed_report))
    cases = root.findall(".//testcase")
    assert len(cases) == 1 and cases[0].get("name") == "tests/fixtures/seed.txt"
    assert len(cases[0].findall("failure")) == len(seed_report.findings)


def test_quality_score_formula() -> None:
    clean = check_text("The Title Is Long Enough\n\n" + "The film opens on July 3, 2024 in Seoul. " * 30,
                       config={"select": ["promo"]})
    assert clean.files[0].score == 100
    text = "Title here\n\nJoin Our Telegram Channel\n\n" + "The film opens on July 3, 2024 in Seoul. " * 30
    one = check_text(text, config={"select": ["promo"]}).files[0]
    # one warning (2 points) over 300 words: 2 / 3 per 100 words -> 100 - 6.7
    assert one.metrics["words"] >= 200 and one.score == round(100 - 10 * 2 / (one.metrics["words"] / 100))
    data = json.loads(get("json")(check_text(text, config={"select": ["promo"]})))
    assert data["files"][0]["score"] == one.score


def test_statistics_count_per_rule(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nJoin Our Telegram Channel\n\nAlso read: Other news\n\nA cinematic masterpiece.\n",
                    encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--select", "promo,hype/puffery", "--statistics", "-q", str(path)]).output
    assert out.rstrip().splitlines()[-3:] == ["1  hype/puffery", "1  promo/call-to-action", "1  promo/reader-call"]
