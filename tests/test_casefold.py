"""casefold.py: the facts it rests on, derived again from every code point, and its answers on real copy."""
from __future__ import annotations

import re

import pytest

from artlint.analysis.casefold import CASELESS, UNFOLDABLE, FoldedPattern, folds_exactly, lowered
from artlint.parsers import parse

from conftest import rule, shared



def test_the_sets_casefold_rests_on_are_what_re_and_str_do_over_every_code_point() -> None:
    caseless = re.compile("[" + "".join(sorted(CASELESS)) + "]", re.IGNORECASE)
    ascii_ignoring = re.compile("[\x00-\x7f]", re.IGNORECASE)
    folds_to_caseless, lowers_to_caseless, unfoldable, classes_changed = set(), set(), set(), []
    for code in range(0x80, 0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        low = c.lower()
        if caseless.match(c):
            folds_to_caseless.add(c)
        if low in CASELESS:
            lowers_to_caseless.add(c)
        if ascii_ignoring.match(c) or any(ch.isascii() for ch in low):
            unfoldable.add(c)
        if len(low) == 1 and (c.isalnum() != low.isalnum() or c.isspace() != low.isspace()
                              or c.isdecimal() != low.isdecimal()):
            classes_changed.append(c)
    # The punctuation allowed in patterns matches itself alone, ignoring case or lower-cased.
    assert folds_to_caseless == CASELESS and lowers_to_caseless == CASELESS
    # Ignoring case, re equates these letters (and these only) with ASCII ones.
    assert unfoldable == UNFOLDABLE
    # Lower case keeps \w, \s and \d as they were.
    assert classes_changed == []


@pytest.mark.parametrize(("source", "folds"), [
    (r"(?:follow|like) us", True),
    (r"[\w’' ]{1,24},", True),
    (r"(?P<Call>sign up)\b", True),
    (r"[!-~]+", True),           # a range holding capitals and small letters alike
    (r"[^a-z]", True),
    (r"Follow us", False),       # a capital
    (r"(?-i:Watch Now)", False),  # an inline flag
    (r"[?-_]", False),           # capitals without their small letters
    (r"\x41", False),            # a capital spelled as an escape
    (r"(\w+) \1", False),        # a backreference
    (r"café", False),            # a letter outside ASCII
])
def test_folds_exactly_refuses_what_could_fold_differently(source: str, folds: bool) -> None:
    assert folds_exactly(source) is folds


def test_text_with_an_unfoldable_letter_keeps_ignoring_case() -> None:
    assert lowered("Follow US on ‘Insta’") == "follow us on ‘insta’"
    assert lowered("Ignoring case, re matches ſ with s") is None
    assert lowered("İstanbul") is None  # lower case is longer


def _spans(pattern: FoldedPattern, text: str) -> list[tuple[int, int]]:
    compiled, subject = pattern.over(text, lowered(text))
    return [m.span() for m in compiled.finditer(subject)]


def test_reader_call_patterns_find_what_ignoring_case_finds_on_real_copy() -> None:
    prep = rule("promo/reader-call").prepared
    sources = [prep.opening_source] + [s for c in prep.calls for s in (c.verb_source, c.object_source) if s]
    patterns = [(FoldedPattern(s), re.compile(s, re.IGNORECASE)) for s in sources]
    # The opening and every verb list fold; object lists that name brands in capitals ("Instagram") do not.
    assert patterns[0][0].folds and sum(not p.folds for p, _ in patterns) == 4
    paths = sorted(shared("celebrity-news", "fake").glob("*.txt"))[:20]
    texts = [b.text for path in paths for b in parse(path.read_text(encoding="utf-8"), str(path)).blocks]
    # and the letters re folds its own way: long s, Kelvin sign, capitals
    texts += ["FOLLOW US ON INSTAGRAM", "Subſcribe to our newsletter", "Share this with your \u212aids", "İstanbul"]
    found = 0
    for text in texts:
        for folded, ignoring in patterns:
            expected = [m.span() for m in ignoring.finditer(text)]
            assert _spans(folded, text) == expected, (folded.source[:60], text[:80])
            # finditer and search lower the text themselves: the same spans as over() with the caller's lowering
            assert [m.span() for m in folded.finditer(text)] == expected
            assert folded.search(text) is bool(expected)
            found += len(expected)
    assert found > 50  # real matches were compared, not only empty lists


def test_a_pattern_not_ignoring_case_is_run_as_written() -> None:
    # Lexicons and phrase exceptions of either kind hold FoldedPatterns; ignore_case False is the plain pattern.
    pattern = FoldedPattern(r"(?:follow|like) us", ignore_case=False)
    assert not pattern.folds
    text = "Follow us on Instagram, or like us there; FOLLOW US"
    assert [text[m.start():m.end()] for m in pattern.finditer(text)] == ["like us"]
    assert pattern.search("FOLLOW US") is False
    assert pattern.over(text, lowered(text))[1] is text  # never the lowered text


def test_a_folded_pattern_compiles_when_first_run_or_when_its_rule_file_loads() -> None:
    from artlint.checks import compile_now

    broken = FoldedPattern("fol(low")  # decides and compiles nothing yet: data holds many patterns never run
    with pytest.raises(re.error, match="missing \\)"):
        compile_now({"cues": [broken]})  # as checks.compile_now reaches one inside a rule's prepared options
    with pytest.raises(re.error):
        FoldedPattern("(?i)fol(low").search("follow")


def test_lexicon_pattern_entries_find_what_ignoring_case_finds() -> None:
    from artlint.analysis.lexicon import Matcher
    from artlint.analysis.lexicon_entries import Entry

    matcher = Matcher([Entry("according to", pattern=r"according to (?:a|an) (?:source|insider)"),
                       Entry("sources say", pattern=r"(?:sources?|insiders?) (?:say|said|tell)")],
                      ignore_case=True, inflect=False)
    bucket = matcher._pattern_bucket("according")
    assert bucket is not None and all(pattern.folds for _, pattern in bucket)
    # Celebrity news (fake) shapes; the long s and dotless i are folded by re its own way.
    text = "According to an INSIDER, the pair split. Sources said so. According to a ſource, no; Insıders tell."
    found = [text[i:j] for i, j, _ in matcher.finditer(text)]
    assert found == ["According to an INSIDER", "Sources said", "According to a ſource", "Insıders tell"]


def test_the_one_call_check_accepts_nothing_the_full_check_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    from artlint.analysis import casefold
    from artlint.config import Config, active_rules

    sources = [r"[?-_]", r"\x41", "(?i)a", "A", "é", r"(\w)\1", r"[\w.+-]+@", r"[-a]", r"[!-~]"]
    for r in active_rules(Config()):
        if r.kind == "phrases":
            m = r.prepared.matcher
            sources += [m._alternation(ids, m._inflect) for ids in m._buckets[1].values()]
    quick = [s for s in sources if casefold._PLAIN.fullmatch(s)]
    monkeypatch.setattr(casefold, "_PLAIN", re.compile("(?!)"))  # the full check alone
    assert len(quick) > 300 and all(folds_exactly(s) for s in quick)
    assert not folds_exactly(r"[?-_]") and folds_exactly(r"[!-~]") and folds_exactly(r"[-a]")
