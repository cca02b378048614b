"""Names on web-page text: lower-case caption names, units after figures, spaced initials, couple labels,
titles in straight single quotes.

Each sentence is written for the test in the shape of a fault class seen on stored pages of Korean,
South Asian and US outlets (no page text is copied); the names are public figures'.
"""
from __future__ import annotations

import pytest

from artlint.analysis.lowercase_names import lowercase_forms
from artlint.analysis.name_extraction import extract
from artlint.analysis.name_data import name_data
from conftest import make_doc, spans

SCOPES = ("headline", "dek", "subheading", "body", "captions")


def _mentions(text: str) -> list[str]:
    return [m.text for m in extract(make_doc(text, snippet=True), name_data(), SCOPES)]


def _variants(text: str) -> list[str]:
    return spans("names/variant-spelling", text)


def _given(text: str) -> list[str]:
    return spans("names/given-name-reference", text)


# Shape: a photo's file name left as a caption line under the ranked entry ("5. Name (figure)").
RANKED = "5. Song Kang Ho (74 million viewers)\n\n{}\n\nSong Kang Ho starred in Parasite."


@pytest.mark.parametrize("caption,expected", [
    ("song kang ho", ["song kang ho"]),
    ("song kang ho-instyle", ["song kang ho"]),  # a suffix of the image's file name
    ("sang kang ho", ["sang kang ho"]),  # one letter changed, on a lower-case caption line
    ("sang kong ho", []),  # two words changed: another name, or none
    ("Song Kang Ho", []),
    ("photo of the actor", []),
])
def test_lowercase_caption_names(caption: str, expected: list[str]) -> None:
    assert _variants(RANKED.format(caption)) == expected


def test_lowercase_name_in_speech_is_silent() -> None:
    text = "Song Kang Ho arrived.\n\nShe said, “I wrote song kang ho on the card.”"
    assert _variants(text) == []


def test_lowercase_forms_needs_a_name_word() -> None:
    # "Soundtracks Sung" of a Title Case headline is found as a name; its words are ordinary ones.
    blocks = [make_doc("ten film soundtracks sung by their own stars", snippet=True).blocks[0]]
    assert [n for *_, n in lowercase_forms(blocks, ["Lee Min Ho"])] == []
    assert [(a, b) for _, a, b, _ in lowercase_forms(
        [make_doc("lee min ho at the airport", snippet=True).blocks[0]], ["Lee Min Ho"])] == [(0, 10)]


@pytest.mark.parametrize("text,rule_id", [
    # Shape: box-office tables in crores ("71.85 Cr Karnataka") and air times ("8 PM Bangla news"): a word after a
    # figure is a unit, not a given name starting a full name.
    ("Drishyam earned 62 Cr by its third week. Totals: Telangana 40.2 Cr Karnataka 9.7 Cr Overseas 12.1 Cr",
     "names/given-name-reference"),
    ("The serial starts at 9:30 PM on Channel i. Viewers can then switch to the 11 PM Bangla bulletin.",
     "names/reference-before-introduction"),
])
def test_units_after_figures(text: str, rule_id: str) -> None:
    assert spans(rule_id, text) == []


@pytest.mark.parametrize("text,expected", [
    # a given name after a year stays a name
    ("In 2017 Tom Hanks returned.", ["Tom Hanks"]),
    # Shape: South Indian initials spaced out, before a possessive and a title.
    ("director S. S. Rajamouli's Magadheera", ["S. S. Rajamouli", "Magadheera"]),
    ("music by A. R. Rahman, who", ["A. R. Rahman"]),
    # Shape: a drama's title in straight single quotes is read whole, as a title.
    # (a festival is no name: rules/_data/names.toml not_people)
    ("The drama 'Bhul Bojha' airs on Eid.", ["Bhul Bojha"]),
    # Shape: a genre or industry word set before a name as a descriptor.
    ("Fans queued overnight to see Mandopop singer Jay Chou in Taipei.", ["Jay Chou"]),
    ("The Tollywood star Mahesh Babu and the Qurbani Eid crowds", ["Mahesh Babu"]),
])
def test_mentions_on_pages(text: str, expected: list[str]) -> None:
    assert _mentions(text) == expected


def test_spaced_initials_introduce_the_family_name() -> None:
    text = "Magadheera, a 2009 hit, came from S. S. Rajamouli. Rajamouli later made Baahubali."
    assert spans("names/reference-before-introduction", text) == []


def test_quoted_title_is_no_person() -> None:
    # The title's first word alone is not a given name of "Bhul Bojha".
    text = "The drama 'Bhul Bojha' airs on Eid.\n\nBhul Bojha follows a couple. Bhul is its first word."
    assert _given(text) == []


@pytest.mark.parametrize("label,expected", [
    ("PENN & DOMINO", []),  # a slideshow's label for a couple
    ("Penn and Domino", []),
    ("DOMINO WED IN SECRET", ["DOMINO"]),  # a heading that is not a couple's label still refers by given name
])
def test_couple_labels(label: str, expected: list[str]) -> None:
    text = (f"Wedding news\n\n{label}\n\nPenn Badgley married singer Domino Kirke in a small ceremony. "
            "Domino shared a photo.")
    assert [s for s in _given(text) if s.isupper()] == expected


def test_second_person_in_the_same_sentence() -> None:
    # celebrity-news legit/072 shape: the second person with the family name comes in the reference's own sentence.
    text = ("The actor has been linked to Erica Packer. Packer, who was previously married to James Packer, "
            "spoke out.")
    assert spans("names/ambiguous-surname", text) == ["Packer"]
    # A relative named in a later sentence leaves an earlier family name alone.
    later = ("Erica Packer spoke out. Packer said little. Her former husband, James Packer, stayed away.")
    assert spans("names/ambiguous-surname", later) == []


@pytest.mark.parametrize("alone,expected", [
    ("Ravichnadran", ["Ravichnadran"]),  # two neighbouring letters swapped
    ("Ravichandan", ["Ravichandan"]),  # one letter dropped (already found before)
    ("Ravinchadran", []),  # two letters moved apart: no typo of one slip
])
def test_swapped_letters_in_a_family_name(alone: str, expected: list[str]) -> None:
    # Shape: a producer named in full, then by a mistyped family name after "says".
    text = f"Even a producer like Aascar Ravichandran agreed. \"It helps,\" says {alone}."
    assert _variants(text) == expected


def test_language_names_are_not_people() -> None:
    # Shape: a South Indian state, then the language naming its film industry.
    text = ("Cinemas across Tamil Nadu held special shows on Friday.\n\n"
            "Critics said few Tamil films had drawn such crowds in a week.")
    assert _given(text) == []


@pytest.mark.parametrize("text,expected", [
    # Shape: a photo's alt text, title and caption printed one after another under the photo.
    ("Ang LeeAng Lee Ang Lee", ["Ang Lee"]),
    # two different names run together stay one run for the glue rules to read
    ("Hyun Bin Son Ye-jin thumbnail", ["Hyun Bin", "Son Ye-jin"]),
])
def test_repeated_caption_names(text: str, expected: list[str]) -> None:
    assert _mentions(text) == expected


def test_repeated_caption_name_is_no_variant() -> None:
    assert _variants("Director Ang Lee spoke to the press.\n\nAng LeeAng Lee Ang Lee") == []


@pytest.mark.parametrize("text,expected", [
    # Shape: a guest list spelling one actor two ways once each; the article writes "Jung" in other names.
    ("At the premiere was actor Kang Jun Ho, with Jung Eun Ji, Kang Jung Ho and Bae Jung Hwa.",
     ["Kang Jun Ho"]),
    # The same with the habit the other way: the first spelling stays canonical.
    ("At the premiere was actor Kang Jun Ho, with Yoo Jun Sang, Kang Jung Ho and Seo Jun Young.",
     ["Kang Jung Ho"]),
    # No habit either way: the first mention is canonical.
    ("At the premiere was actor Kang Jun Ho. Kang Jung Ho waved.", ["Kang Jung Ho"]),
])
def test_tied_spellings_follow_the_articles_romanisation(text: str, expected: list[str]) -> None:
    assert _variants(text) == expected


def test_played_by_with_an_adverb_names_the_actor() -> None:
    # Shape: "played <adverb> by" an actor; the actor's given name alone is then a reference, not a character's.
    text = ("The lead part goes, played movingly by Nithya Menen, to a nurse. Nithya next appears in a thriller.")
    assert _given(text) == ["Nithya"]


def test_a_verb_like_shows_introduces_no_title() -> None:
    # Shape: "which shows <Name> <verb>ing": 'shows' is a verb, so the name stays the person's everywhere.
    text = ("Harry Styles released a new album. A poster which shows Harry holding a guitar went up in London.\n\n"
            "In June, Harry tours.")
    assert _given(text) == ["Harry", "Harry"]


def test_a_possessive_title_is_no_reference() -> None:
    # Shape: an album named after the singer, "<Given>'s <Word>", mid-sentence and in a Title Case headline
    # that the running text repeats; the singer's other given-name uses are still references.
    text = ("What We Know About Harry's House\n\nHarry Styles announced an album. Titled Harry's House, it is out in "
            "May. Fans saw Harry on tour.")
    assert _given(text) == ["Harry"]
    # A headline's possessive before a Title Case word the body never writes is the person's.
    assert _given("Jen's Comments Were Lies\n\nJennifer Aniston spoke on Friday.") == ["Jen"]


def test_a_title_spelt_two_ways_is_no_person() -> None:
    # Shape: a Hindi film title in an award list, its long vowel written double and single; nothing says a person.
    text = ("Two comedies shared the evening's prizes, Badhai Do among them.\n\n"
            "Jury award: Badhaai Do\n\nAudience award: Badhaai Do")
    assert _variants(text) == []
    # The same two spellings with a person's cue (a role noun) stay a variant.
    text = ("The actress Taapsee Pannu arrived.\n\nLater Tapsee Pannu left the venue.")
    assert _variants(text) == ["Tapsee Pannu"]


def test_a_middle_initial_continues_a_name() -> None:
    # Shape: a source named with a middle initial and a family name that is also a word; no reference to the
    # star with the same given name.
    text = "David Tennant is back for the special, according to David J. Baker, a fan historian."
    assert _given(text) == []


def test_a_part_in_a_quoted_title_is_a_character() -> None:
    # Shape: a filmography line, "as <character> in “<title>”"; the character's family name is no namesake.
    text = ("Kim Hye Soo took a lead part last year as Kim Min Ji in “Winter Road.” Kim said she was glad.")
    assert spans("names/ambiguous-surname", text) == []


def test_an_east_asian_namesake_named_once_makes_the_family_name_ambiguous() -> None:
    # Shape: a star and her father share the family name; the father is named once, late.
    text = ("Lin Chi-ling married in Taipei on Sunday. Lin also wanted a quiet day. "
            "Her father, Lin Fan-nan, gave a speech.")
    assert spans("names/ambiguous-surname", text) == ["Lin"]


def test_a_couple_label_of_two_family_names_is_no_reference() -> None:
    # Shape: two stars with one family name, and the press's label for the couple.
    text = ("Song Joong Ki married Song Hye Kyo in 2017. Reporters still call them the Song-Song couple "
            "today. Later, Song said he was moved.")
    assert spans("names/ambiguous-surname", text) == ["Song"]  # the last one only


def test_a_title_case_headline_phrase_is_no_name_in_lower_case() -> None:
    # Shape: a Title Case headline's noun phrase, written in lower case in the body.
    text = "How Coronavirus Pandemic Changed Film Sets\n\nSets changed during the coronavirus pandemic."
    assert _variants(text) == []


def test_a_title_opening_with_a_participle_is_no_person() -> None:
    # Shape: a variety show named with an ordinary participle; its first word alone is no given name.
    text = "Running Man is a variety show. Fans of Running have watched it for years."
    assert _given(text) == []
