"""Clipped names ("Sel", "Biebs", "Bey", "JAY"), slash pairs ("Ben/Jen") and captions that list two people.

Sentences come from ../shared/corpus (eval/celebrity-heldout set D, BBC entertainment), shortened.
"""
from __future__ import annotations

from artlint.analysis.clipped_names import clip_forms, slash_pair
from artlint.engine import run
from artlint.env import Env
from conftest import make_doc, rule


def _hits(rule_id: str, text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in run(make_doc(text, "txt"), [rule(rule_id)], Env())]


def test_clip_forms() -> None:
    assert list(clip_forms("Bieber")) == ["Bie", "Bies", "Biez", "Bieb", "Biebs", "Biebz"]
    assert list(clip_forms("JAY-Z")) == ["JAY"]
    assert list(clip_forms("Beyonce", 4, ("",))) == ["Bey", "Beyo"]
    # A capital inside: a compound or an address, not a name to clip; a lower-case tail after the hyphen.
    assert list(clip_forms("RadarOnline")) == [] and list(clip_forms("Yale-bound")) == []


def test_clips_of_the_articles_own_people_are_variants() -> None:
    # heldout/D cf116: clips of a full name and of one-word stage names, none glossed.
    text = ("Selena Gomez Is In Love\n\n"
            "If Selena Gomez seems like she’s living her best life since reuniting with Justin Bieber — she is! "
            "We’ve got the EXCLUSIVE that Sel’s in ‘love’ and happy to be back with Biebs.\n\n"
            "Are Selena Gomez, 25, and Justin Bieber, 23, the new Beyonce and JAY-Z? To Sel, they are because "
            "like JAY and Bey, a Selena insider tells us.\n")
    assert _hits("names/variant-spelling", text) == [
        ("Sel", "Selena Gomez"), ("Biebs", "Justin Bieber"), ("Sel", "Selena Gomez"), ("JAY", "JAY-Z"),
        ("Bey", "Beyonce")]
    # heldout/D cf024: "Kourt" for Kourtney Kardashian.
    kourt = ("Justin Bieber at church\n\nIt was fortunate he opted for jeans, as rumored love interest Kourtney "
             "Kardashian was also there.\n\nThere was also no missing Kourt with the 37-year-old wearing a sheer "
             "top.\n")
    assert _hits("names/variant-spelling", kourt) == [("Kourt", "Kourtney Kardashian")]


def test_what_is_no_clip() -> None:
    # BBC 207: glossed, even as a pair ("known as Ant and Dec").
    glossed = ("Show wins\n\nIts hosts Anthony McPartlin and Declan Donnelly, known as Ant and Dec, said Monday's vote "
               "was close.\n")
    assert _hits("names/variant-spelling", glossed) == []
    # BBC 253: a given name with an 's' is a possessive without its apostrophe, not a clip of Robbie.
    robs = "Robbie Williams hit\n\nRobbie Williams sang it. I love Robs voice, the lyrics and tune.\n"
    assert _hits("names/variant-spelling", robs) == []
    # A clip inside a run of capitalised words belongs to another name: the "Sel Kaya Hall", not Selena Gomez.
    other = "Selena Gomez sings\n\nSelena Gomez sang at the Sel Kaya Hall on Monday. Sel was happy.\n"
    assert _hits("names/variant-spelling", other) == [("Sel", "Selena Gomez")]


def test_a_slash_pair_of_given_names_is_no_title() -> None:
    text = "100 percent #TeamJen in the Ben/Jen split"
    at = text.index("Ben")
    assert slash_pair(text, at, at + 3) and slash_pair(text, at + 4, at + 7)
    assert not slash_pair("the Tate gallery", 4, 8)
    # heldout/D cf150, shortened: "the Ben/Jen split" does not make "Ben" a thing; a caption listing two people
    # ("Ben Affleck Jen Garner Getty Images") is cut after the first; "Jen Garner" ties "Jen" to Garner.
    cf150 = ("Chelsea Handler Has Nothing Nice to Say About Ben Affleck\n\n"
             "Comedian Chelsea Handler is ready to tear into her best friend, Jennifer Garner's ex, Ben Affleck. "
             "She is 100 percent #TeamJen in the Ben/Jen split. During a dinner with Jen, at the same restaurant "
             "where Ben took Lindsay, she said nothing.\n\n"
             "Ben Affleck Jen Garner Getty Images\n\n"
             "This behavior isn't surprising. She was vocal about her support of friend Jennifer Aniston.\n")
    assert _hits("names/given-name-reference", cf150) == [
        ("Ben", "Ben Affleck"), ("Jen", "Jennifer Garner"), ("Jen", "Jennifer Garner"), ("Ben", "Ben Affleck"),
        ("Jen", "Jennifer Garner")]
