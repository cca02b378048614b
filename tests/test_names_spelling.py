"""Names spelt two ways: the letter tests, one-word names, case forms and which form a fix proposes.

Articles are our own words unless a comment names a file of ../shared/corpus.
"""
from __future__ import annotations

import pytest

from artlint.analysis.namefold import one_typo, unaccented
from artlint.analysis.name_slips import misspelt_one_word_names, typo_inside
from artlint.analysis.name_spellings import case_forms
from artlint.checks.names import _people, check_variants
from artlint.env import Env
from conftest import make_doc, rule

VARIANT = "names/variant-spelling"


def _fixes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(flagged text, suggestion, fix) of each finding the check proposes (before the engine's fix guard)."""
    return [(f.text, f.suggestion, f.fix) for f in check_variants(make_doc(text), rule(VARIANT), Env())]


@pytest.mark.parametrize("a,b,expected", [
    ("ravichnadran", "ravichandran", True),  # two neighbours swapped
    ("arjit", "arijit", True),  # one letter dropped
    ("sarah", "sahar", False),  # swapped across a third letter: two names (review item 1)
    ("sonam", "soman", False),
    ("jisoo", "jiwoo", True),  # one letter changed: the test alone cannot tell two people apart
    ("kim", "kin", False),  # under five letters
    ("rogers", "rogers", False),
])
def test_one_typo(a: str, b: str, expected: bool) -> None:
    assert one_typo(a, b) is expected


@pytest.mark.parametrize("a,b,expected", [
    ("seongwha", "seonghwa", True),  # two neighbours swapped past the first letter
    ("mammooty", "mammootty", True),  # one letter dropped inside
    ("rodgers", "rogers", True),
    ("obamas", "obama", False),  # an ending added: a plural
    ("ugandan", "uganda", False),  # a demonym
    ("aiden", "iaden", False),  # the first letter swapped
])
def test_typo_inside(a: str, b: str, expected: bool) -> None:
    assert typo_inside(a, b) is expected


def test_unaccented_keeps_case() -> None:
    assert [unaccented(w) for w in ("Beyoncé", "BEYONCÉ", "Zoë", "Adele")] == ["Beyonce", "BEYONCE", "Zoe", "Adele"]


def _one_word(text: str) -> list[tuple[str, str, bool]]:
    doc = make_doc(text)
    prep, mentions, found = _people(doc, rule(VARIANT), Env())
    return [(m.text, other, sure) for m, other, sure in misspelt_one_word_names(mentions, found, prep.data)]


@pytest.mark.parametrize("text,expected", [
    # Two people whose one-word names are one letter apart (review item 2): no finding.
    ("K-pop stars at the awards\n\nBLACKPINK's Jisoo arrived first. Later NMIXX's Jiwoo joined the red carpet.\n", []),
    ("Fan meeting\n\nStray Kids member Jisung and actor Jinsung were also there.\n", []),
    # BBC 277, shortened: one use each, so nothing says which is the slip.
    ("Sound of Music musical\n\nJulie Andrews starred in the 1965 film version of the Rogers and Hammerstein "
     "classic. The song was actually an invention by Rodgers and Hammerstein.\n", []),
    # Swapped letters against a form used more often: reported, but no fix.
    ("Concert review\n\nThe singer Shakira opened the night. Later Shakira thanked the crowd, and Shakria waved "
     "goodbye.\n", [("Shakria", "Shakira", False)]),
    # A romanisation equivalence ("eo" and "u") against a form used more often: reported with a fix.
    ("Drama news\n\nThe actress Jihyeon won. Jihyeon thanked her fans, and Jihyun cried.\n",
     [("Jihyun", "Jihyeon", True)]),
    # The same on a tie: reported, the first form proposed, but no fix.
    ("Drama news\n\nThe actress Jihyeon won, and Jihyun cried.\n", [("Jihyun", "Jihyeon", False)]),
])
def test_misspelt_one_word_names(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _one_word(text) == expected


def test_case_forms_of_a_one_word_name() -> None:
    # BBC 355's shape: capitals of five letters beside the name standing alone; a stylised form opening in lower case.
    doc = make_doc("Concert news\n\nADELE has a new album. Adele will tour. The boy band iKON plays Seoul. "
                   "IKON then goes to Japan.\n")
    _, mentions, _ = _people(doc, rule(VARIANT), Env())
    single = [m for m in mentions if len(m.words) == 1]
    spellings: dict[str, set[str]] = {}
    for m in single:
        spellings.setdefault(m.words[0].lower(), set()).add(m.words[0])
    assert [m.text for m in case_forms(doc.blocks_in(rule(VARIANT).scope), spellings, single)] == ["ADELE", "iKON", "IKON"]


def test_a_diacritic_is_the_names_spelling_however_often_it_is_dropped() -> None:
    # celebrity-news/legit 061's shape (review item 3): "Beyonce" written more often than "Beyoncé".
    text = ("Pregnancy news\n\nLast night Beyoncé announced twins. Beyonce will attend the Grammys. "
            "Beyonce opened her jacket in 2011. In all fairness to Beyoncé, she may announce it when she likes. "
            "Beyonce smiled.\n")
    assert _fixes(text) == [("Beyonce", "Beyoncé", "Beyoncé")] * 3


def test_no_fix_on_a_tie_of_case_forms() -> None:
    assert _fixes("Band news\n\nBLACKPINK will tour. Blackpink sold out Seoul.\n") == [
        ("Blackpink", "BLACKPINK", None)]
    # A consistent body fixes the odd form.
    assert _fixes("Band news\n\nBLACKPINK will tour. BLACKPINK sold out Seoul. Blackpink fans cheered.\n") == [
        ("Blackpink", "BLACKPINK", "BLACKPINK")]


def test_two_people_one_swap_apart_are_not_variants() -> None:
    # Review item 1: "Sahar Khan" was fixed to "Sarah Khan".
    assert _fixes("New drama announced\n\nThe drama stars Sarah Khan and Sahar Khan. Sarah Khan plays a doctor, "
                  "and Sahar Khan plays her sister.\n") == []


@pytest.mark.parametrize("text,expected", [
    ("Fans of BLACKPINK’s Jisoo cheered. Blackpink thanked them.", ["Blackpink"]),  # a possessive: the group's member
    ("Fans sang BLACKPINK TOUR songs. Blackpink thanked them.", []),  # capitals before a title's word
])
def test_capitals_before_a_capital_are_a_titles_word_only_without_a_possessive(text: str,
                                                                                expected: list[str]) -> None:
    assert [t for t, _, _ in _fixes(f"Band news\n\n{text}\n")] == expected
