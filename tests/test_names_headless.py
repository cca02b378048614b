"""The names rules whose scope leaves out the headline reuse the analysis of every mention when the
headline's mentions cannot change who the people are (people.unaffected_by, people.same_without) or
what their references are (name_references.references_unaffected_by).

Each case checks the tests against people() and references() run on the mentions without the headline.
"""
from __future__ import annotations

import pytest

from artlint.analysis.name_data import name_data
from artlint.analysis.name_extraction import extract
from artlint.analysis.name_mentions import Mention
from artlint.analysis.name_references import references, references_unaffected_by
from artlint.analysis.people import Person, people, same_without, unaffected_by
from conftest import lint_one, make_doc

SCOPES = ("headline", "dek", "subheading", "body", "captions")


def _split(text: str) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """Every mention, those outside the headline, and the headline's."""
    mentions = extract(make_doc(text), name_data(), SCOPES)
    return (mentions, [m for m in mentions if m.block.kind != "headline"],
            [m for m in mentions if m.block.kind == "headline"])


def _shape(found: list[Person]) -> list[tuple[str, bool, list[str]]]:
    return [(p.name, p.character, [m.text for m in p.mentions]) for p in found]


@pytest.mark.parametrize("text", [
    # BBC style: a family name alone in the headline, the full name in the body.
    "Blunkett fury at Sheffield plan\n\nDavid Blunkett said Jane Smith had not written to him.\n",
    # A given name in the headline before the body introduces her: the finding is the body's alone.
    "Kylie back on stage\n\nThe tour opened on Friday. Kylie Minogue sang for two hours.\n",
])
def test_a_headline_of_one_word_names_leaves_the_people_as_they_are(text: str) -> None:
    mentions, body, headline = _split(text)
    data = name_data()
    found = people(mentions, data)
    assert headline and unaffected_by(headline) and same_without(headline, found)
    assert _shape(people(body, data)) == _shape(found)


def test_a_full_name_or_a_thing_in_the_headline_is_analysed_apart() -> None:
    _, _, headline = _split("David Blunkett fury\n\nDavid Blunkett said so.\n")
    assert not unaffected_by(headline)  # a full name makes a person
    text = "Record crowds at the Barbican\n\nVisitors met Barbican Jones there.\n"
    mentions, body, headline = _split(text)
    assert not unaffected_by(headline)  # "the Barbican" makes a thing of "Barbican Jones" too
    assert _shape(people(body, name_data())) != _shape(people(mentions, name_data()))


def test_a_headline_syllable_of_an_east_asian_name_is_analysed_apart() -> None:
    # Two spellings as often each: the syllables the article writes elsewhere break the tie (people._habit),
    # and the headline's "Jung" is one of them.
    text = "Jung joins cast\n\nChoi Jun Yoon stars. Choi Jung Yoon smiled.\n"
    mentions, body, headline = _split(text)
    found = people(mentions, name_data())
    assert unaffected_by(headline) and any(p.east_asian for p in found)
    assert not same_without(headline, found)


def test_the_headline_less_rule_finds_the_same_alone_as_with_the_other_names_rules() -> None:
    text = "Kylie back on stage\n\nKylie opened the tour on Friday. Kylie Minogue sang for two hours.\n"
    assert lint_one("names/reference-before-introduction", text, snippet=False) == \
        [("names/reference-before-introduction", 3, 1)]


def _references(mentions: list[Mention], found: list[Person]) -> list[tuple[str, str, str]]:
    return [(r.mention.text, r.person.name, r.kind) for r in references(mentions, found, name_data())
            if r.mention.block.kind != "headline"]


def test_a_headline_that_leaves_the_references_as_they_are() -> None:
    mentions, body, headline = _split("Kylie back on stage\n\nKylie Minogue sang. Kylie thanked fans.\n")
    found = people(mentions, name_data())
    assert references_unaffected_by(headline, found, name_data())
    assert _references(body, found) == _references(mentions, found) == [("Kylie", "Kylie Minogue", "given")]


@pytest.mark.parametrize("text", [
    # The headline repeats a possessive title: "Harry's House" twice is the album, not Harry Styles.
    "Harry's House tops chart\n\nHarry Styles released it in May. Harry's House sold well.\n",
    # The headline gives Maddox's age: a child, called by the given name.
    "Maddox, 15, steals show\n\nMaddox Jolie-Pitt arrived in Paris. Later Maddox spoke to fans.\n",
])
def test_a_headline_that_changes_a_reference_is_analysed_apart(text: str) -> None:
    mentions, body, headline = _split(text)
    found = people(mentions, name_data())
    assert unaffected_by(headline) and same_without(headline, found)
    assert not references_unaffected_by(headline, found, name_data())
    assert _references(body, found) != _references(mentions, found)
