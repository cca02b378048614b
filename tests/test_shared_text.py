"""The per-block text index every check shares (text.word_positions), and lexicon matching through it.

The index is a speed device: these tests hold that it changes nothing, by comparing
lexicon matches found through it with a plain scan of each entry's own regex.
"""
from __future__ import annotations

import re

from artlint.analysis.phrase_patterns import LEFT, RIGHT, phrase_regex
from artlint.parsers import parse
from artlint.analysis.tokens import word_positions

from conftest import rule, shared


def test_word_positions_folds_case_and_curly_apostrophes() -> None:
    index = word_positions("Star’s rise: the star's STAR power", True)
    assert index["star's"] == [0, 17]
    assert index["star"] == [0, 17, 24]  # the possessive is also indexed under its stem
    assert index["the"] == [13] and "The" not in index


def test_word_positions_keeps_case_when_asked() -> None:
    index = word_positions("The the THE", False)
    assert index == {"The": [0], "the": [4], "THE": [8]}


def test_word_positions_survives_letters_whose_lower_case_is_longer() -> None:
    text = "İstanbul premiere of Escape"
    index = word_positions(text, True)
    assert index["premiere"] == [text.index("premiere")] and index["escape"] == [text.index("Escape")]


# id -> (the matcher, kept alive so that no later matcher takes its id, and its entries' patterns)
_COMPILED: dict[int, tuple[object, list[tuple[re.Pattern[str], str]]]] = {}


def _entry_patterns(matcher) -> list[tuple[re.Pattern[str], str]]:  # type: ignore[no-untyped-def]
    """Each entry's own regex, compiled once per matcher (re's cache holds 512, a lexicon has thousands)."""
    if id(matcher) not in _COMPILED:
        _COMPILED[id(matcher)] = (matcher, [
            (re.compile(f"{LEFT}(?:{e.pattern if e.pattern else phrase_regex(e.phrase, matcher._inflect)}){RIGHT}",
                        matcher._flags), e.phrase)
            for e in matcher.entries])
    return _COMPILED[id(matcher)][1]


def _reference(matcher, text: str) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """Every entry's own regex over the whole text; leftmost, then longest, never overlapping."""
    found = []
    for pattern, phrase in _entry_patterns(matcher):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), phrase))
    found.sort(key=lambda t: (t[0], -t[1]))
    out, last = [], -1
    for start, end, phrase in found:
        if start >= last:
            out.append((start, end, phrase))
            last = end
    return out


def test_lexicon_matches_through_the_index_equal_a_full_scan_on_real_copy() -> None:
    paths = sorted(shared("celebrity-news", "fake").glob("*.txt"))[:25] + \
        sorted(shared("bbc-entertainment").glob("*.txt"))[:25]
    matchers = [rule(r).prepared.matcher for r in ("hype/puffery", "promo/call-to-action", "attribution/anonymous-source")]
    checked = 0
    for path in paths:
        doc = parse(path.read_text(encoding="utf-8"), str(path), "txt")
        for block in doc.blocks:
            for matcher in matchers:
                index = block.word_index if matcher.ignore_case else block.word_index_cased
                got = [(i, j, e.phrase) for i, j, e in matcher.finditer(block.text, index)]
                assert got == _reference(matcher, block.text), (path.name, block.text[:80])
                checked += len(got)
    assert checked > 50  # the comparison saw real matches, not only empty lists


def test_opening_words_are_read_only_from_plain_pattern_openings() -> None:
    from artlint.analysis.lexicon_buckets import opening_words

    assert opening_words("according to (?:an? )?source") == ["according"]
    assert opening_words("(?:stay|keep) tuned") == ["stay", "keep"]
    assert opening_words("must-(?:see|watch)") == ["must"]
    assert opening_words("(?:you|you’re)") == ["you", "you’re"]
    # Not plain: a quantifier, a group glued to the word, an optional opening, inline flags, an anchor.
    for pattern in ("secrets? revealed", "premier(?:e|ed)", "(?:a|an)? source", "(?-i:Watch Now)", "^top \\d", "made\\w+"):
        assert opening_words(pattern) is None, pattern


def test_folding_patterns_have_no_capitals_or_inline_flags_of_their_own() -> None:
    from artlint.analysis.casefold import folds_exactly

    assert folds_exactly(r"(?<![\w-])(?:premier(?:e|ed)|set to (?:air|open))\W")
    assert folds_exactly(r"(?P<e1>must-see)")
    assert not folds_exactly(r"[A-Z]\w+")  # capitals in a class
    assert not folds_exactly(r"(?-i:Watch Now)")
    assert not folds_exactly(r"(?:we|I)'ve ever seen")


def test_word_count_counts_what_words_finds_on_real_copy() -> None:
    from artlint.analysis.tokens import word_count, words

    texts = [p.read_text(encoding="utf-8") for p in sorted(shared("celebrity-news", "fake").glob("*.txt"))[:40]]
    texts.append("a- -b _c_ d'e’f g--h 'i' ‘j’ k_l 12-3 --")
    for text in texts:
        for line in text.splitlines():
            assert word_count(line) == len(words(line)), line


def test_lexicon_offsets_hold_when_lower_case_changes_the_length() -> None:
    """"İ" lower-cases to two characters: the index is then built word by word, and matches keep their offsets."""
    from artlint.analysis.lexicon import Matcher
    from artlint.analysis.lexicon_entries import Entry

    matcher = Matcher([Entry("must see"), Entry("star")], ignore_case=True, inflect=True)
    text = "İstanbul: a must-see show, and a STAR's welcome"
    found = [(text[i:j], e.phrase) for i, j, e in matcher.finditer(text)]
    assert found == [("must-see", "must see"), ("STAR", "star")]


def test_folded_pattern_finds_what_ignoring_case_finds() -> None:
    from artlint.analysis.casefold import FoldedPattern

    for source in (r"(?<![\w-])(?:premieres?|set to air)(?![\w-])", r"[A-Z]\w+ (?:plays|stars)"):
        pattern, reference = FoldedPattern(source), re.compile(source, re.IGNORECASE)
        for text in ("It PREMIERES on tvN; set to Air in May.", "İstanbul: Lee Stars and Kim plays Gyu Nam."):
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def test_etc_before_a_capital_ends_its_sentence() -> None:
    from artlint.analysis.tokens import sentences

    # heldout/B cl007: the call to action after "etc." is a sentence of its own (GOLD: one promo line each).
    text = ("they'll be able to use the pregnancy to sell their movies, TV shows, etc. Come back to CDL for all your "
            "Jennifer Aniston news and updates. Do you think Jennifer is pregnant this time?")
    assert [text[a:b] for a, b in sentences(text)] == [
        "they'll be able to use the pregnancy to sell their movies, TV shows, etc.",
        "Come back to CDL for all your Jennifer Aniston news and updates.",
        "Do you think Jennifer is pregnant this time?"]
    # Before a small letter it stays inside: "books etc. and more".
    assert sentences("films, books etc. and more.") == ((0, 27),)


def test_word_before_a_point_is_the_run_a_search_finds() -> None:
    r"""sentences() reads the word before a point backwards from it: the run ([\w.]+)\.$ finds from the sentence's start."""
    from artlint.analysis.tokens import _word_before_point

    reference = re.compile(r"([\w.]+)\.$")
    texts = [p.read_text(encoding="utf-8") for p in sorted(shared("celebrity-news", "fake").glob("*.txt"))[:40]]
    texts += ["U.S. e.g. a_b. ٣٣. Élan. x_. 2.5. . .. Mr.", "www.example.co.uk. " + "ab" * 40 + ". Next", "_. é. 1."]
    for text in texts:
        for at in (i for i, c in enumerate(text) if c == "."):
            for start in (0, max(0, at - 3), at):
                found = reference.search(text, start, at + 1)
                assert _word_before_point(text, start, at) == (found[1] if found else None), (text[max(0, at - 40):at + 1], start)
