"""An entry scoped to other block kinds never hides a match of this kind.

A lexicon's entries may be limited to some block kinds (a group's `scope`: a headline-only device).
Overlaps are settled after those entries are left out, so in a body paragraph a longer headline-only
phrase does not swallow the body entry inside it (found by the eighth session's hype work: a headline-only
"<word> news" entry hid the body's "Exciting" in gold-dev d07).
"""
from __future__ import annotations

from artlint.analysis.lexicon import Matcher
from artlint.analysis.lexicon_entries import Entry

HEADLINE = frozenset({"headline"})


def _found(matcher: Matcher, text: str, kind: str | None) -> list[str]:
    return [text[i:j] for i, j, _ in (matcher.find_in(kind, text) if kind else matcher.finditer(text))]


def test_a_headline_only_phrase_does_not_hide_a_body_match_inside_it() -> None:
    matcher = Matcher([Entry("exciting news", scope=HEADLINE), Entry("exciting")], ignore_case=True, inflect=False)
    text = "Exciting news for fans of the show."
    assert _found(matcher, text, "body") == ["Exciting"]
    assert _found(matcher, text, "headline") == ["Exciting news"]


def test_without_a_kind_every_entry_takes_part() -> None:
    matcher = Matcher([Entry("exciting news", scope=HEADLINE), Entry("exciting")], ignore_case=True, inflect=False)
    assert _found(matcher, "Exciting news for fans.", None) == ["Exciting news"]


def test_a_block_where_only_entries_that_apply_match_is_read_once() -> None:
    matcher = Matcher([Entry("exciting news", scope=HEADLINE), Entry("exciting")], ignore_case=True, inflect=False)
    assert _found(matcher, "An exciting day for fans.", "body") == ["exciting"]
    assert matcher._by_kind == {}  # no second reading was needed


def test_a_scoped_pattern_entry_is_left_out_of_other_kinds() -> None:
    matcher = Matcher([Entry("digital diva", pattern=r"[a-z]+ diva!", scope=HEADLINE), Entry("diva")],
                      ignore_case=True, inflect=False)
    assert _found(matcher, "Digital diva! She sang.", "body") == ["diva"]
