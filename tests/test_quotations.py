"""Direct speech detection: what the hype, attribution and clickbait rules leave alone."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from artlint.analysis.tokens import quotation_ranges


def _quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quotation_ranges(text)]


def test_curly_and_straight_quotes() -> None:
    text = '“A masterpiece,” the critic said. He called it "a gem" twice.'
    assert _quoted(text) == ["“A masterpiece,”", '"a gem"']


def test_quote_resumed_after_a_break_pairs_with_the_right_mark() -> None:
    # BBC 013: an opening mark re-opens a quote that was never closed.
    text = ('Suzie Doore said: "It is great to see her win. "Fresh out of university she is certainly one to watch."'
            ' The prize is a masterpiece.')
    quoted = _quoted(text)
    assert quoted[-1] == '"Fresh out of university she is certainly one to watch."'
    assert all("masterpiece" not in q for q in quoted)


def test_unclosed_quote_stops_at_its_sentence() -> None:
    assert _quoted("He said “it works. The masterpiece opens Friday.") == ["“it works."]


def test_inch_mark_is_not_a_quote() -> None:
    assert _quoted('The 12" vinyl is a masterpiece.') == []


def test_single_quotes_are_speech_only_when_they_read_as_a_sentence() -> None:
    speech = "A spokesman said: 'What an incredible two days in Paris! Thank you to everyone.' Then they left."
    assert _quoted(speech) == ["'What an incredible two days in Paris! Thank you to everyone.'"]
    titles = "‘Escape’ stars Lee Je Hoon, and 'Crash Landing on You' returns; the fans' love is real."
    assert _quoted(titles) == []


@given(st.text(alphabet=st.sampled_from(list('ab "“”\'‘’.')), max_size=60))
def test_ranges_are_ordered_and_inside_the_text(text: str) -> None:
    for a, b in quotation_ranges(text):
        assert 0 <= a < b <= len(text)


def test_plural_possessive_inside_curly_quotes_does_not_close_them() -> None:
    # gold-dev d24 (a netizen comment): "fans’" is a possessive, and the proper ” closes the quotation.
    text = "• “Don’t make tears fall from fans’ eyes.”"
    assert _quoted(text) == ["“Don’t make tears fall from fans’ eyes.”"]
    # gold-dev d08: with no proper ” to come, a single mark still closes a title opened with a double one.
    assert _quoted("The film stars the “Sanju’ fame Vicky Kaushal.") == ["“Sanju’"]
