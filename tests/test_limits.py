"""Bounds and cleaning, unit by unit: depth scans, lone surrogates, typed metadata, printable text, time limits."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from artlint.errors import InputError
from artlint.limits import MAX_DEPTH, time_limit, too_deep
from artlint.parsers import parse, read
from artlint.parsers.jsonpos import replace_lone_surrogates
from artlint.parsers.typed import clean
from artlint.textsafe import clean_output, printable


def test_depth_counts_brackets_outside_strings_only() -> None:
    assert too_deep('{"a": "' + "[" * 500 + '"}') is None
    assert too_deep("[" * MAX_DEPTH + "]" * MAX_DEPTH) is None
    assert too_deep("[" * (MAX_DEPTH + 1)) == MAX_DEPTH
    assert too_deep('{"a\\"[": ' + "[" * MAX_DEPTH) == 9 + MAX_DEPTH - 1  # the { is the first level


def test_lone_surrogate_escapes_become_replacement_characters_of_the_same_length() -> None:
    text = r'{"a": "x\ud800y \\ud800 \ud83c\udfac \udc00"}'
    fixed = replace_lone_surrogates(text)
    assert fixed == r'{"a": "x\ufffdy \\ud800 \ud83c\udfac \ufffd"}'
    assert len(fixed) == len(text)


def test_wrong_types_are_left_out_and_reported_on_their_field() -> None:
    meta, problems = clean({"headline": "Escape opens", "kind": ["film"], "published": "2024-02-30",
                            "people": [None, {"name": 5}, {"name": "Lee Je Hoon", "aliases": [1, "Lee"]}],
                            "subject": {"title": ["Escape"], "release_date": "2024-07-03"}, "extra": [None]})
    assert meta == {"headline": "Escape opens", "published": "2024-02-30",
                    "people": [{"name": "Lee Je Hoon", "aliases": ["Lee"]}],
                    "subject": {"release_date": "2024-07-03"}, "extra": [None]}
    assert problems == [
        ("type", "/kind", "kind", "kind should be one of film, series, music, celebrity, awards, general, other, not array"),
        ("format", "/published", "published", "published '2024-02-30' is not a date that exists"),
        ("type", "/people/0", "people[0]", "people[0] should be object, not null"),
        ("type", "/people/1/name", "people[1].name", "people[1].name should be string, not number"),
        ("type", "/people/2/aliases/0", "people[2].aliases[0]", "people[2].aliases[0] should be string, not number"),
        ("type", "/subject/title", "subject.title", "subject.title should be string, not array"),
    ]


def test_rules_see_only_typed_metadata() -> None:
    doc = parse('{"headline": "Escape opens", "people": [null, 5], "body": "Lee Je Hoon stars."}', "a.json")
    assert doc.meta["people"] == []
    assert [p[1] for p in doc.meta_problems] == ["/people/0", "/people/1"]


def test_yaml_alias_bomb_and_impossible_date() -> None:
    bomb = "---\ntitle: x\na: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + "".join(
        f"{c}: &{c} [{', '.join('*' + p for _ in range(10))}]\n" for p, c in zip("abcdef", "bcdefg")) + "---\n\nBody.\n"
    with pytest.raises(InputError, match="expands to more than 100,000 values"):
        parse(bomb, "a.md")
    doc = parse("---\ntitle: x\npublished: 2024-02-30\n---\n\nBody.\n", "a.md")
    assert doc.meta["published"] == "2024-02-30"
    assert doc.meta_problems == [("format", "/published", "published", "published '2024-02-30' is not a date that exists")]


def test_printable_and_clean_output() -> None:
    assert printable("a\nb\rc\x1b[31m\udce9") == "a\\nb\\rc\\u001b[31m\\xe9"
    assert clean_output("line\n\tx\x1b\x9b\ud800") == "line\n\tx\\u001b\\u009b\\ud800"


def test_time_limit_stops_a_runaway_pattern() -> None:
    import re

    start = time.monotonic()
    with pytest.raises(TimeoutError, match="pattern took over 0.2s"):
        with time_limit(0.2, "pattern"):
            re.match(r"(a|aa)+$", "a" * 60 + "!")
    assert time.monotonic() - start < 5


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"not a regular file \(a named pipe\); skipped"):
        read(str(fifo))
