"""The first line of a plain-text article is its headline unless it reads as the opening paragraph.

Web-page copies often lose their title, so the lead paragraph comes first; judged as a headline it
drew headline findings (clickbait, title case) over a whole paragraph.
"""
from __future__ import annotations

from artlint.parsers.plain import parse

# gold-dev k01's lead paragraph (Yonhap), standing first as in a copy without its headline.
LEAD = ("SEOUL, July 11 (Yonhap) -- YG Entertainment's new girl group Babymonster will make its debut "
        "in September, the K-pop label said Tuesday.")
BODY = "The group was formed through a survival show."


def kinds(source: str) -> list[str]:
    return [b.kind for b in parse(source, "a.txt").blocks]


def test_a_lead_sentence_first_is_a_paragraph() -> None:
    assert kinds(f"{LEAD}\n\n{BODY}\n") == ["paragraph", "paragraph"]


def test_a_cut_off_lead_ending_in_an_ellipsis_is_a_paragraph() -> None:
    cut = "Every week the station picks three new singles for its playlist, and this week one of them comes from..."
    assert kinds(f"{cut}\n\n{BODY}\n") == ["paragraph", "paragraph"]


def test_a_headline_stays_a_headline() -> None:
    # gold-dev k01's headline; a long headline without a full stop (celebrity-news/fake 006's shape).
    assert kinds(f"Babymonster to debut in September\n\n{LEAD}\n") == ["headline", "paragraph"]
    long_one = ("Taylor Swift Wembley shows: fans gather in London for the last leg of the tour as the "
                "singer returns to the stage")
    assert kinds(f"{long_one}\n\n{BODY}\n") == ["headline", "paragraph"]


def test_a_short_headline_with_a_full_stop_stays_a_headline() -> None:
    assert kinds(f"Babymonster to debut in September.\n\n{BODY}\n") == ["headline", "paragraph"]


def test_an_abbreviation_at_the_end_is_not_a_sentence_end() -> None:
    line = "Korean star and his band announce eleven new concert dates across the whole of the U.S."
    assert kinds(f"{line}\n\n{BODY}\n") == ["headline", "paragraph"]


def test_a_first_line_longer_than_any_headline_is_a_paragraph() -> None:
    # A lead run on into a source line, with no full stop at the end (a web-page copy's shape).
    run_on = " ".join(["The festival opened with a screening of the new film and a concert"] * 4) + " Source: Agency"
    assert len(run_on.split()) > 40
    assert kinds(f"{run_on}\n\n{BODY}\n") == ["paragraph", "paragraph"]
