"""The article's own dating evidence: datelines, Published/Updated lines, date lines and metadata.

Lines come from ../shared/corpus/gold-dev (article in the comment) and from issue 17.
"""
from __future__ import annotations

import json

import pytest

from artlint.analysis.dateline import dateline_end, pin
from conftest import make_doc

PINS = [
    ("SEOUL, July 11 (Yonhap) -- YG Entertainment's new girl group Babymonster will make its debut.", "dateline"),  # k01
    ("SEOUL, April 24 (Yonhap) -- Cho Yong-pil will put out a new single album this week.", "dateline"),  # k02
    ("SEOUL, March 3 (Yonhap) -- The drama premieres on Friday.", "dateline"),  # issue 17
    ("NEW DELHI, Feb 2 (PTI): The film releases on Friday.", "dateline"),
    ("LONDON, 3 March (Reuters) - The album is out on Friday.", "dateline"),
    ("Published : Jan. 8, 2024 - 15:44", "published line"),  # k04
    ("Published : Feb. 2, 2024", "published line"),  # issue 17
    ("Updated: 12:30 PM IST, 3 March 2025", "published line"),  # issue 17
    ("March 3, 2024", "date line"),
    # Shapes of fresh web pages (written here in the same form): a Korean portal's stamp line, a section label
    # before the date, an author and a blog theme's "On 04, Feb 2024" that the parser splits off as a credit.
    ("입력 2024-03-01 09:00:00 수정 2024-03-01 09:10:00 News Desk", "published line"),
    ("Entertainment News Nov 3, 2023", "date line"),
    ("Kim J | On 04, Feb 2024", "date line"),
]


@pytest.mark.parametrize("line,source", PINS, ids=[p[0][:24] for p in PINS])
def test_lines_that_date_the_article(line: str, source: str) -> None:
    doc = make_doc(f"Headline of the story\n\n{line}\n\nThe series will premiere on Tuesday on tvN.\n")
    found = pin(doc)
    assert found is not None and found.source == source


NOT_PINS = [
    "KARACHI: The makers of Pakistan’s most talked-about drama serial attributed its success to content.",  # s29
    "JAKARTA - Director Joko Anwar has just released his first religious horror genre film.",  # w13
    "The film opens on March 3, 2024.",  # a sentence, not a date line
    "By Lee Yoon-seo",  # k04: a byline without a date
    "The film opened Nov 3, 2023",  # a label may not carry a verb
    "Fans gathered in Seoul on 04, Feb 2024",
]


@pytest.mark.parametrize("line", NOT_PINS, ids=[p[:24] for p in NOT_PINS])
def test_lines_that_do_not(line: str) -> None:
    assert pin(make_doc(f"Headline of the story\n\n{line}\n\nThe series will premiere on Tuesday on tvN.\n")) is None


def test_published_metadata_in_markdown_and_json() -> None:
    front = "---\ntitle: Drama returns\npublished: 2024-03-01\n---\n\nThe drama returns on Tuesday on tvN.\n"
    assert pin(make_doc(front, "md")) is not None
    article = {"headline": "Drama returns", "published": "2024-03-01", "body": "The drama returns on Tuesday on tvN."}
    assert pin(make_doc(json.dumps(article), "json")) is not None


def test_dateline_end() -> None:
    text = "SEOUL, July 11 (Yonhap) -- YG Entertainment's new girl group Babymonster will make its debut."
    assert text[:dateline_end(text)] == "SEOUL, July 11 (Yonhap) --"
    assert dateline_end("KARACHI: The makers of Pakistan’s drama") == 0


def test_dateline_end_after_an_opening_stamp() -> None:
    # The "date YYYY-MM-DD" stamp is an artefact of how the evaluation pages were scraped (new wording here): the stamp,
    # and a dateline after it, are the day of filing; the stamp alone pins nothing.
    stamped = "date 2025-03-14 MUMBAI, March 14 (PTI) -- The duo will release a record next week."
    assert stamped[:dateline_end(stamped)] == "date 2025-03-14 MUMBAI, March 14 (PTI) --"
    bare = "date 2025-03-14 [Culture] Spring music news"
    assert bare[:dateline_end(bare)] == "date 2025-03-14 "
    assert pin(make_doc(f"{bare}\n\nThe duo will release a record on Tuesday.\n")) is None


def test_the_two_character_gate_agrees_with_the_dateline_pattern_on_real_copy() -> None:
    """_dateline() skips _DATELINE where the text's first two characters rule it out: every line and paragraph
    of the corpora, and each with its first character dropped, gets the pattern's own answer."""
    from artlint.analysis.dateline import _DATELINE, _dateline
    from conftest import shared

    texts = [line.strip() for folder in ("bbc-entertainment", "celebrity-news", "gold-dev")
             for path in sorted(shared(folder).rglob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    texts += [t[1:] for t in texts] + ["SEOUL, July 11 (Yonhap) -- x", "A"]
    matched = 0
    for text in texts:
        expected = _DATELINE.match(text)
        got = _dateline(text)
        assert (got and got.span()) == (expected and expected.span()), text[:60]
        matched += expected is not None
    assert matched >= 5  # datelines are there to find (7 in these corpora)
