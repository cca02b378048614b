"""Hype shapes added from the web-page tuning set (issue #16): each on a short sentence written in the shape.

The tuning pages are third-party text, so the sentences here are written for the test in the same shape, or
taken from BBC entertainment and gold-dev where those corpora hold one; each test names its shape.
"""
from __future__ import annotations

from conftest import spans


def _headline(text: str) -> list[str]:
    """hype/clickbait-headline's findings on an article whose first block is its headline."""
    return spans("hype/clickbait-headline", text, snippet=False)


def test_a_title_word_after_lower_case_joiners_is_part_of_the_title() -> None:
    # Shape: a praise or shock word inside a film title joined by "of the" or "and".
    text = ("It could overtake The Fate of the Furious by Sunday. The Fast and Furious actor married. "
            "The director was furious.")
    assert spans("hype/puffery", text) == ["furious"]


def test_a_praise_adjective_on_a_work_or_a_performance() -> None:
    # Shape: praise adjective + performance or work noun (the Conventions' "brilliant performance").
    assert spans("hype/puffery", "A groundbreaking performance closed the gala.") == [
        "groundbreaking performance"]
    assert spans("hype/puffery", "She ended a long and illustrious career in May.") == ["illustrious career"]
    assert spans("hype/puffery", "The film made $40m in its first week.") == []


def test_sized_attention_and_piqued_interest_are_crowd_claims() -> None:
    # Shapes: a quantity on a reaction noun; a verb that only stirs a feeling; palpable anticipation.
    assert spans("hype/crowd-claims", "Her second single drew a lot of attention.") == ["a lot of attention"]
    assert spans("hype/crowd-claims", "The teaser has piqued the audience's interest.") == [
        "piqued the audience's interest"]
    assert spans("hype/crowd-claims", "The anticipation around the awards is palpable.") == [
        "anticipation around the awards is palpable"]
    assert spans("hype/crowd-claims", "The return of the show was cause for excitement.") == ["cause for excitement"]
    # BBC entertainment: a neutral "special attention" and a reported reaction stay clean.
    assert spans("hype/crowd-claims", "The festival pays special attention to first-time directors.") == []
    assert spans("hype/crowd-claims", "The album got a lot of attention, the label said.") == []


def test_emphasis_on_a_verdict_adjective() -> None:
    # Shape: degree adverb of certainty + verdict adjective ("simply outstanding"); in quotes it is the speaker's.
    assert spans("hype/intensified-praise", "Her turn as the widow was simply outstanding.") == ["simply outstanding"]
    assert spans("hype/intensified-praise", 'He said: "It was truly remarkable."') == []


def test_group_superlatives_and_crowns() -> None:
    # Shapes: "some of the best" ranks like "one of the best"; "best known" is a plain descriptor.
    assert spans("hype/superlatives", "The jury met some of the best young cellists in Europe.") == [
        "some of the best"]
    # BBC entertainment 044: "Some of Davis's best known roles included The Joe Louis Story".
    assert spans("hype/superlatives", "Some of Davis's best known roles included The Joe Louis Story.") == []
    # A crown over a determiner is a character's rank, not a field's.
    assert spans("hype/epithets", "In the saga, the boy becomes the fifth emperor of his dynasty.") == []
    assert spans("hype/epithets", "The pop titan's tour opens in May.") == ["pop titan"]
    # The comment form under a blog post asks the reader to click an icon: site furniture, not a person.
    assert spans("hype/epithets", "To comment, click an icon to sign in.") == []


def test_a_paragraph_read_as_the_headline_is_not_judged_as_one() -> None:
    # A plain-text page that opens on a long paragraph: its first block is no headline, so "you" is no device.
    para = " ".join(["The film will thrill you: it has collected a large sum in its first weeks."] * 4)
    assert _headline(para + "\n\nMore text follows here.\n") == []
    assert _headline(para[:80] + "\n\nMore text follows here.\n") == ["will thrill you"]


def test_crowned_occasions_bare_anticipation_and_veneration() -> None:
    # Shapes: "<occasion> of the century", "history in the making", "mega-<event>", bare "anticipated <work>",
    # veneration words; a lower-case "stunner" only (capitalised after a capital it is a name).
    text = ("Gossip called it the wedding of the century. It felt like history in the making. Her mega-tour ends in May. "
            "Another anticipated film is out. The revered host retired.")
    assert spans("hype/puffery", text) == [
        "wedding of the century", "history in the making", "mega-tour", "anticipated film", "revered"]
    assert spans("hype/epithets", "The band Young Stunners played. The Slovenian stunner arrived.") == ["stunner"]
