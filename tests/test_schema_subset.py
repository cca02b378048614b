"""schema_subset.py gives jsonschema's own errors, in jsonschema's order, wherever it answers at all.

The profiles check a plain-text article without importing jsonschema (about 100 ms of a cold
start); these tests hold that shortcut to the library's answer on real articles and edge cases.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from artlint.analysis import profiles
from artlint.analysis.profiles import BASE_URI, article_model, load_profiles
from artlint.analysis.schema_subset import ANNOTATIONS, Violation, violations
from artlint.parsers import parse

from conftest import FIXTURES, shared

NAMES = sorted(load_profiles())
SCHEMAS = {f"{name}.json": p.schema for name, p in load_profiles().items()}


def _both(model: dict[str, Any], name: str) -> tuple[list[Violation] | None, list[Violation]]:
    quick = violations(SCHEMAS[f"{name}.json"], model, BASE_URI, SCHEMAS)
    return quick, profiles._jsonschema_violations(model, name, ())


def test_the_annotation_keys_skipped_are_no_validators_of_draft_2020_12() -> None:
    assert ANNOTATIONS.isdisjoint(Draft202012Validator.VALIDATORS)


@pytest.mark.parametrize("folder", ["bbc-entertainment", "celebrity-news/legit", "celebrity-news/fake",
                                    "gold-dev/articles"])
def test_every_corpus_article_gets_jsonschemas_errors_without_jsonschema(folder: str) -> None:
    paths = sorted(shared(folder).glob("*.txt"))
    assert paths
    for path in paths:
        model = article_model(parse(path.read_text(encoding="utf-8"), str(path)))
        for name in NAMES:
            quick, full = _both(model, name)
            assert quick is not None, (path, name)  # plain text: the shortcut always answers
            assert quick == full, (path, name)


def test_short_long_and_missing_fields_give_the_same_errors_in_the_same_order() -> None:
    models: list[dict[str, Any]] = [
        {},
        {"headline": "Short"},
        {"headline": "x" * 141, "body": "Too short a body."},
        {"body": "y" * 300},
        {"headline": "A headline of a sane length", "dek": "A dek", "body": "z" * 299},
        {"headline": "", "body": ""},
        {"headline": "A headline of a sane length", "body": "z" * 300, "images": [{"caption": "No credit"}, {"credit": ""}]},
        {"headline": "A headline of a sane length", "body": "z" * 300, "images": []},
    ]
    seen = set()
    for model in models:
        for name in NAMES:
            quick, full = _both(model, name)
            assert quick == full, (model, name)
            seen.update(v.validator for v in full)
    assert seen == {"required", "minLength", "maxLength"}  # the bundled profiles reach no other keyword here  # each keyword the shortcut decides was exercised


def test_metadata_beyond_the_subset_goes_to_jsonschema() -> None:
    # seed.md's front matter has a published date (a pattern) and images (arrays): not for the shortcut.
    doc = parse((FIXTURES / "seed.md").read_text(encoding="utf-8"), str(FIXTURES / "seed.md"))
    model = article_model(doc)
    assert violations(SCHEMAS["film.json"], model, BASE_URI, SCHEMAS) is None
    assert violations({"type": "object", "pattern": "x"}, {}, BASE_URI, SCHEMAS) is None  # an unknown keyword
    assert violations({"$ref": "elsewhere.json"}, {}, BASE_URI, SCHEMAS) is None  # a reference it cannot read
    assert violations({"$id": "https://example.org/p.json"}, {}, BASE_URI, SCHEMAS) is None  # another base


@pytest.mark.parametrize("fixture", ["seed.txt", "seed.md", "seed.html", "seed.json"])
def test_problems_are_the_same_through_either_path(fixture: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = FIXTURES / fixture
    doc = parse(path.read_text(encoding="utf-8"), str(path))
    for name in NAMES:
        choice = profiles.Choice(load_profiles()[name], "config", "test")
        either = profiles.problems(doc, choice)
        with monkeypatch.context() as m:  # the shortcut off: jsonschema decides everything
            m.setattr(profiles, "violations", lambda *args: None)
            assert profiles.problems(doc, choice) == either, (fixture, name)


def test_a_plain_text_article_against_film_reports_the_short_body_and_leaves_subject_unchecked() -> None:
    # Lines 1 and 3 of BBC entertainment 001.txt.
    text = ("Gallery unveils interactive tree\n\n"
            "A Christmas tree that can receive text messages has been unveiled at London's Tate Britain art gallery.\n")
    doc = parse(text, "001.txt")
    found, unchecked = profiles.problems(doc, profiles.Choice(load_profiles()["film"], "config", "test"))
    assert [(p.keyword, p.field, p.detail) for p in found] == [
        ("minLength", "body", "body is 103 characters, shorter than 300")]
    assert unchecked == ["subject.release_date", "subject.title"]


def test_a_house_profile_with_its_own_keywords_is_still_checked(tmp_path: Path) -> None:
    (tmp_path / "review.json").write_text(
        '{"$schema": "https://json-schema.org/draft/2020-12/schema", "allOf": [{"$ref": "general.json"}], "properties": {"headline": {"pattern": "^Review: "}}}',
        encoding="utf-8")
    doc = parse("Gallery unveils interactive tree\n\nA body.\n", "a.txt")
    choice = profiles.Choice(load_profiles((str(tmp_path),))["review"], "config", "test")
    found, _ = profiles.problems(doc, choice, (str(tmp_path),))
    assert [(p.keyword, p.field) for p in found] == [("minLength", "body"), ("pattern", "headline")]
