"""Structure-aware property tests: deep JSON, YAML with aliases, HTML nesting, metadata of every JSON type,
file names with control characters.  Whatever the input, checking it gives a result (findings or one
error) and never an exception, and every report is valid UTF-8 with no raw control character.

The bounded-time fuzz run at the end keeps any input it finds failing under fixtures/hostile/
(written by the test itself, then read back by test_hostile.py as a regression case).
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artlint.formatters import get
from artlint.report import Report
from artlint.runner import Runner
from artlint.settings import Settings
from artlint.textsafe import printable
from conftest import TODAY
from hostile import HOSTILE_DIR

RUNNER = Runner(settings=Settings(reference_date=TODAY, ignore=("grammar",)))
FIELDS = ["headline", "title", "dek", "published", "date", "author", "kind", "people", "subject", "images", "tags",
          "body", "x"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                    st.text(max_size=12), st.sampled_from(["2024-02-30", "2024-07-03", "film", "Lee Je Hoon"]))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                             st.dictionaries(st.sampled_from(FIELDS + ["name", "url",
                                                                                                       "role"]),
                                                                             inner, max_size=4)), max_leaves=12)
METADATA = st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES, min_size=1, max_size=6)


def _result_is_clean(text: str, path: str, fmt: str | None = None) -> None:
    result = RUNNER.check_source(text, path, fmt)
    assert (result.error is None) or ("\n" not in result.error)
    report = Report(files=[result])
    for name in ("text", "json", "github", "sarif", "jsonl"):
        out = get(name)(report)
        out.encode("utf-8")  # a lone surrogate would raise here
        assert not any(ch in out for ch in "\x1b\x00\r\x07"), name


def _keep(text: str, suffix: str) -> None:
    """Save a failing input as a regression fixture (named by its digest) before the failure is raised."""
    HOSTILE_DIR.mkdir(parents=True, exist_ok=True)
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    (HOSTILE_DIR / f"fuzz-{digest}{suffix}").write_bytes(text.encode("utf-8", "surrogatepass"))


def _checked(text: str, suffix: str) -> None:
    try:
        _result_is_clean(text, f"fuzz{suffix}")
    except BaseException:
        _keep(text, suffix)
        raise


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(METADATA)
def test_json_metadata_of_every_type(meta: dict[str, Any]) -> None:
    _checked(json.dumps(meta), ".json")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(METADATA)
def test_front_matter_of_every_type(meta: dict[str, Any]) -> None:
    body = "\n\nThe film Escape opens in Korean cinemas on July 3.\n"
    clean = json.loads(json.dumps(meta, allow_nan=False)) if _finite(meta) else {"x": 1}
    _checked("---\n" + json.dumps(clean) + "\n---" + body, ".md")  # JSON is YAML


def _finite(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
        return True
    except ValueError:
        return False


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=3000), st.sampled_from(["[", "{\"a\":"]), st.booleans())
def test_deep_json(depth: int, opener: str, closed: bool) -> None:
    closer = "]" if opener == "[" else "}"
    inner = opener * depth + "1" + (closer * depth if closed else "")
    _checked('{"headline": "Escape opens", "x": ' + inner + ', "body": "The film opens."}', ".json")


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12))
def test_yaml_with_aliases(levels: int, fanout: int) -> None:
    lines = ["a0: &a0 [x, y]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(fanout))}]")
    _checked("---\ntitle: Escape opens\n" + "\n".join(lines) + "\n---\n\nThe film opens.\n", ".md")


TAGS = st.sampled_from(["p", "span", "q", "div", "h1", "blockquote", "li", "figure", "figcaption", "script",
                        "b", "a", "table", "td"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(TAGS, st.booleans(), st.sampled_from(["a ", "“said ", "’", "Lee ", ""])), max_size=300),
       st.integers(min_value=0, max_value=2000))
def test_html_nesting(tags: list[tuple[str, bool, str]], repeat: int) -> None:
    parts = [(f"<{t}>" if opening else f"</{t}>") + text for t, opening, text in tags]
    _checked("<h1>Escape opens</h1>" + "".join(parts) + "<q>x " * repeat, ".html")


NAME_CHARS = st.sampled_from(["a", "\n", "\r", "\x1b[31m", "::error::", "\udce9", "%0A", " ", "\t", "\x07"])


@settings(max_examples=60, deadline=None)
@given(st.lists(NAME_CHARS, min_size=1, max_size=8).map("".join))
def test_names_with_control_characters(name: str) -> None:
    result = RUNNER.check_source("Escape opens\n\nThe must-see film opens.\n", name + ".txt")
    report = Report(files=[result])
    for fmt in ("text", "github", "json", "jsonl", "sarif"):
        out = get(fmt)(report)
        out.encode("utf-8")
        for line in out.splitlines():
            assert not line.startswith("::") or fmt == "github"
            assert "\x1b" not in line and "\r" not in line
    assert "\n" not in printable(name)


def test_bounded_fuzz_run() -> None:
    """Random hostile mixes for a fixed time (FUZZ_SECONDS, default 20): none may escape as an exception."""
    import random

    seconds = float(os.environ.get("FUZZ_SECONDS", "20"))
    rng = random.Random(int(os.environ.get("FUZZ_SEED", "14")))
    pieces = ["[", "]", "{", "}", '"', "\\ud800", "\\u", "&#xd800;", "<q>", "<span>", "</p>", "“", "‘", "’", "'",
              "---\n", "+++\n", "&a ", "*a ", "!!binary ", "2024-02-30", "9" * 50, "\x1b[2J", "\r", "\n\n", "> ",
              "- ", "<!-- artlint-disable -->", "title: ", "people: ", "kind: ", "\t", "é", "İ", "🎬", " "]
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:
        suffix = rng.choice([".txt", ".md", ".html", ".json"])
        text = "".join(rng.choice(pieces) * rng.choice([1, 1, 1, 2, 50, 400]) for _ in range(rng.randint(1, 60)))
        _checked(text, suffix)
        runs += 1
    assert runs > 0


def test_stored_fixtures_are_checked_cleanly() -> None:
    for path in sorted(HOSTILE_DIR.glob("fuzz-*")) if HOSTILE_DIR.is_dir() else []:
        text = path.read_bytes().decode("utf-8", "surrogatepass")
        _result_is_clean(text, path.name)
