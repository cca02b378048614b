"""The names analysis's indexes: people() and references() look people up instead of scanning them all.

Each test states the people (or references) a passage gives; the passages are sentences of the corpus
cited in tests/test_names.py, put together so that every way _match ties two mentions meets the others.
"""
from __future__ import annotations

from artlint.analysis.namecontext import initials_as_names
from artlint.analysis.name_extraction import extract
from artlint.analysis.name_data import name_data
from artlint.analysis.people import people
from artlint.analysis.name_references import references
from conftest import make_doc

SCOPES = ("headline", "dek", "subheading", "body", "captions")


def _people(text: str) -> list[list[str]]:
    data = name_data()
    found = people(extract(make_doc(text), data, SCOPES), data)
    return [[m.text for m in p.mentions] for p in found]


def test_every_way_of_naming_one_person_reaches_that_person_among_many() -> None:
    # gold d16 and d17 (Korean pages), celebrity-news/legit 182, the Arijit Singh test of tests/test_names.py:
    # a word order, a truncation, a role word cut off, a married name, a typo and a romanisation, with
    # other people between, so each is found through the index and not by being the last one seen.
    text = ("Stars at the Globes\n\n"
            "Song Hye-kyo, Arijit Singh, Son Heung-min, Kim Kardashian and Ahn Bo Hyun met Jung Woo-sung.\n\n"
            "Hye Kyo Song smiled. Arjit Singh sang. Son Heung waved. Singer Arijit Singh bowed. "
            "Kim Kardashian West spoke. Ahn Bo Huyn laughed. JEONG Woo-seong left.\n")
    assert _people(text) == [
        ["Song Hye-kyo", "Hye Kyo Song"],
        ["Arijit Singh", "Arjit Singh", "Arijit Singh"],
        ["Son Heung-min", "Son Heung"],
        ["Kim Kardashian", "Kim Kardashian West"],
        ["Ahn Bo Hyun", "Ahn Bo Huyn"],
        ["Jung Woo-sung", "JEONG Woo-seong"],
    ]


def test_a_name_close_to_two_people_names_neither() -> None:
    # "Jon Smithe" is one letter from both Jon Smith and Jon Smythe: no guess, a person of its own;
    # "Jon Smyth" is close to Jon Smythe alone.
    assert _people("Cast\n\nJon Smith and Jon Smythe arrived. Later Jon Smithe left.\n") == \
        [["Jon Smith"], ["Jon Smythe"], ["Jon Smithe"]]
    assert _people("Cast\n\nJon Smith and Jon Smythe arrived. Later Jon Smyth left.\n") == \
        [["Jon Smith"], ["Jon Smythe", "Jon Smyth"]]


def test_references_find_given_family_and_syllable_owners() -> None:
    # gold d16 (Korean), BBC 207 style: a given name, a family name, an East Asian given-name syllable.
    text = ("Premiere\n\nLee Je Hoon and Joe Pasquale met Taylor Swift. Je Hoon smiled, Pasquale joked "
            "and Taylor waved.\n")
    data = name_data()
    mentions = extract(make_doc(text), data, SCOPES)
    found = people(mentions, data)
    refs = [(r.mention.text, r.person.name, r.kind) for r in references(mentions, found, data)]
    assert refs == [("Je Hoon", "Lee Je Hoon", "given"), ("Pasquale", "Joe Pasquale", "family"),
                    ("Taylor", "Taylor Swift", "given")]


def test_initials_need_two_capitals_before_a_name_and_alone() -> None:
    # heldout/B cf104, shortened: "OJ" before "Simpson" and alone; "DJ" only before a name is no given name.
    assert initials_as_names(["OJ Simpson spoke.", "Nobody works with OJ now.", "DJ John Peel played."]) \
        == frozenset({"oj"})
    assert initials_as_names(["no capitals here at all", "He was on TV."]) == frozenset()


def test_a_cue_waits_for_its_first_word_past_an_article() -> None:
    # "the role of" and "the character" (rules/_data/names.toml character_cues) gated on "the" made every
    # block with a "the" look for cues before each name; the gate is the first word that says something.
    from artlint.analysis.name_data import _first_words
    assert _first_words(["the role of", "the character", "plays", "a"]) == {"role", "character", "plays", "a"}
