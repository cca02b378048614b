"""The date shapes' gates (date_shapes._NEEDS) are a speed device: a shape skipped over a text must find nothing there."""
from __future__ import annotations

import re
from re import _constants as C  # re's own parse of a pattern: the test reads what a shape opens with
from re import _parser as re_parser
from typing import Any

from artlint.analysis.date_shapes import _AT_WORD_START, _CASELESS, _STARTS, _patterns, FOLD, _scanners
from artlint.analysis.dates import find_dates

from conftest import shared


def _skipped_but_matching(text: str) -> list[tuple[str, str]]:
    """(shape, match) for each shape its gate skips over the text although the shape matches there."""
    low = text.lower().translate(FOLD)
    out = []
    for (name, _), (scanner, caseless, gate) in zip(_patterns(), _scanners()):
        if gate is not None and not gate.search(low if caseless else text):
            m = scanner.search(text)
            if m is not None:
                out.append((name, m[0]))
    return out


def test_a_gated_shape_finds_nothing_where_its_words_are_missing_on_real_copy() -> None:
    paths = sorted(shared("celebrity-news", "fake").glob("*.txt"))[:40] + \
        sorted(shared("celebrity-news", "legit").glob("*.txt"))[:40] + \
        sorted(shared("bbc-entertainment").glob("*.txt"))[:60] + sorted(shared("gold-dev", "articles").glob("*.txt"))
    paragraphs = [p for path in paths for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    assert len(paragraphs) > 1000
    assert [(p[:60], bad) for p in paragraphs if (bad := _skipped_but_matching(p))] == []


def test_gates_read_case_as_their_shapes_do() -> None:
    # Each of these is found by a shape whose gate looks for a word in another case, or in a letter
    # re takes for an ASCII one when it ignores case (dotless ı, long ſ).
    texts = ["Summer 2024 is when it lands.", "It lands in SUMMER.", "The show airs TONIGHT.", "It airs tonıght.",
             "Coming ſoon.", "Out Sept. 5 on Netflix.", "A Summer release is planned.", "Due Tues. night.",
             "Out 2025-07-12.", "In the Second Half of 2025.", "Its Q3 2025 debut.", "On the 22nd.",
             "Out Sep 5, not in Sept or Mar.", "Mark and Maya met in March.", "It arrives in a fortnight."]
    for text in texts:
        assert _skipped_but_matching(text) == [], text
    assert [e.text for e in find_dates("It lands in SUMMER.")] == ["SUMMER"]
    assert [e.text for e in find_dates("A SUMMER blockbuster.")] == []  # a bare season needs a qualifier or a year
    assert [e.text for e in find_dates("It airs tonıght.")] == ["tonıght"]
    assert [e.text for e in find_dates("Summer 2024 is when it lands.")] == ["Summer 2024"]
    assert [e.text for e in find_dates("Out Sep 5, not in Sept or Mar.")] == ["Sep 5"]
    # "in a fortnight" was found only beside another gate word ("Monday", "holiday"): its gate lacked the word.
    assert [e.text for e in find_dates("The album arrives in a fortnight.")] == ["fortnight"]
    assert [e.text for e in find_dates("It lasts for a fortnight.")] == []  # only "in a fortnight" dates


def _first_characters(items: list[tuple[Any, Any]], caseless: bool) -> tuple[list[tuple[str, bool]], bool] | None:
    """The classes a match of a parsed pattern can open with, as (class text, read ignoring case), and
    whether it can match nothing at all; None when any character may open it.  Reads re's own parse."""
    found: list[tuple[str, bool]] = []
    for op, av in items:
        one = _first_of_node(op, av, caseless)
        if one is None:
            return None
        found += one[0]
        if not one[1]:
            return found, False
    return found, True


def _first_of_node(op: Any, av: Any, caseless: bool) -> tuple[list[tuple[str, bool]], bool] | None:
    if op is C.LITERAL:
        return [(re.escape(chr(av)), caseless)], False
    if op is C.IN:
        parts = []
        for o, a in av:
            if o is C.LITERAL:
                parts.append((re.escape(chr(a)), caseless))
            elif o is C.RANGE:
                parts.append((f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}", caseless))
            elif o is C.CATEGORY and a in _CATEGORIES:
                parts.append((_CATEGORIES[a], caseless))
            else:  # a negated class, or a category not listed: anything may open it
                return None
        return parts, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # \b and look-arounds take no character
        return [], True
    if op is C.SUBPATTERN:
        _, add, remove, sub = av
        return _first_characters(sub.data, (caseless or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op is C.BRANCH:
        parts, empty = [], False
        for alternative in av[1]:
            one = _first_characters(alternative.data, caseless)
            if one is None:
                return None
            parts += one[0]
            empty = empty or one[1]
        return parts, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, sub = av
        one = _first_characters(sub.data, caseless)
        return None if one is None else (one[0], one[1] or low == 0)
    return None


_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}


def test_each_shapes_look_ahead_lets_through_every_character_the_shape_can_open_with() -> None:
    # Over every code point, so case folding (ı, ſ, the Kelvin sign) is covered as re applies it.
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for name, body in _patterns():
        flags = re.IGNORECASE if name in _CASELESS else 0
        first = _first_characters(re_parser.parse(body, flags).data, bool(flags))
        assert first is not None and not first[1], name  # a shape that can open anywhere needs no look-ahead
        plain = "".join(p for p, caseless in first[0] if not caseless)
        folded = "".join(p for p, caseless in first[0] if caseless)
        derived = "|".join(([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else []))
        opens = set(re.findall(f"(?={derived}).", everything, flags))
        allowed = set(re.findall(f"(?={_STARTS[name]}).", everything, flags))
        assert opens <= allowed, (name, sorted(opens - allowed)[:10])
        assert len(allowed) < len(everything) // 100, name  # and the look-ahead refuses something


def test_the_look_aheads_change_no_date_on_real_copy() -> None:
    paths = sorted(shared("bbc-entertainment").glob("*.txt"))[:80] + sorted(shared("gold-dev", "articles").glob("*.txt"))
    paragraphs = [p for path in paths for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    bare = [re.compile(f"(?P<{name}>{body})", re.IGNORECASE if name in _CASELESS else 0) for name, body in _patterns()]
    shown = 0
    for text in paragraphs:
        for plain, (scanner, _, _) in zip(bare, _scanners()):
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in scanner.finditer(text)] == expected, text[:80]
            shown += len(expected)
    assert shown > 500


def _opens_at_word_boundary(items: list[tuple[Any, Any]]) -> bool:
    """Every match of the parsed node sequence starts at a word boundary (read off re's own parse; False when unsure)."""
    if not items:
        return False
    (op, av), rest = items[0], items[1:]
    if op is C.AT:
        return av is C.AT_BOUNDARY or _opens_at_word_boundary(rest)
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, sub = av
        if (op is C.ASSERT and direction < 0 and sub.data and sub.data[-1][0] is C.LITERAL
                and not re.match(r"\w", chr(sub.data[-1][1])) and rest and rest[0][0] is C.LITERAL
                and re.match(r"\w", chr(rest[0][1]))):
            return True  # "(?<=in a )fortnight": a look-behind that ends in a space, then a letter
        return _opens_at_word_boundary(rest)  # a look-around takes no character
    if op is C.SUBPATTERN:
        return _opens_at_word_boundary(list(av[3].data) + rest)
    if op is C.BRANCH:
        return all(_opens_at_word_boundary(list(alternative.data) + rest) for alternative in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _, sub = av
        return _opens_at_word_boundary(list(sub.data) + rest) and (low > 0 or _opens_at_word_boundary(rest))
    return False


def test_a_shape_scanned_from_word_boundaries_only_opens_at_one() -> None:
    flags = {name: re.IGNORECASE if name in _CASELESS else 0 for name, _ in _patterns()}
    opening = {name for name, body in _patterns() if _opens_at_word_boundary(list(re_parser.parse(body, flags[name]).data))}
    assert _AT_WORD_START <= opening, sorted(_AT_WORD_START - opening)
    # The reader is no yes-man: shapes that may open inside a word, or after a hyphen, are refused.
    assert not {"half", "quarter", "mdy", "dmy", "my"} & opening
    assert not _opens_at_word_boundary(list(re_parser.parse(r"(?:\bthe )?first", 0).data))
    assert _opens_at_word_boundary(list(re_parser.parse(r"(?:\bthe )?\bfirst|(?<=in a )fortnight", 0).data))
