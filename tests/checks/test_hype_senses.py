"""Hype entries kept to the sense the Conventions mark, and the classes added from heldout B and gold-dev misses.

Every sentence is real: heldout B articles are celebrity-news/legit (cl) and fake (cf) files, gold-dev
articles are ../shared/corpus/gold-dev; BBC sentences are ../shared/corpus/bbc-entertainment.
"""
from __future__ import annotations

from artlint.engine import run
from artlint.env import Env
from conftest import TODAY, make_doc, rule

HYPE = ["hype/puffery", "hype/superlatives", "hype/superlative-praise", "hype/epithets", "hype/crowd-claims",
        "hype/intensified-praise"]


def _found(text: str) -> list[str]:
    return [f.text for f in run(make_doc(text), [rule(r) for r in HYPE], Env(today=TODAY))]


def test_plain_senses_of_prediction_and_certainty_words_are_left_alone() -> None:
    # cf142, cf220, cl007, cl143 (heldout B): an errand, a plain forecast, a hedge, an idiom.
    assert _found("As fans of the sportswoman may already know, Williams and Ohanian made sure to invite Vogue "
                  "editor Anna Wintour at the wedding as one of the honor guests.") == []
    assert _found("If there’s any sort of drama or tension on Kylie’s show, Kendall is sure to keep her distance "
                  "because she doesn’t want to be seen in that light.") == []
    assert _found("While a pregnancy would undoubtedly be good news for the couple, they would probably want to "
                  "keep it undercover.") == []
    assert _found("And the two took the PDA to the next level: they were spotted kissing at the rink.") == []
    # cf157: "most" before a preposition ranks nothing.
    assert _found("Kim admitted the evening with the 27-year-old actress was the most under the influence she had "
                  "ever seen her mother before.") == []


def test_praising_senses_are_still_caught() -> None:
    # gold-dev d07, d18, k20.
    assert _found("With its intriguing storyline, it’s sure to be a hit among K-drama enthusiasts.") == [
        "intriguing storyline", "sure to be a hit"]
    assert _found("For fans of the drama, this is undoubtedly their favourite OST.") == [
        "undoubtedly their favourite"]


def test_a_crowd_word_and_a_word_inside_a_quotation_do_not_pair() -> None:
    # cf157 (heldout B): "audience" is the writer's, "obsessed" the guest's.
    assert _found("The actress started her interview telling the audience: “I have been obsessed with our guest "
                  "and her family for over a decade.”") == []


def test_a_crowd_that_reports_is_not_a_source() -> None:
    # cl173 (heldout B): the fans are the speakers; gold-dev d25: a named speaker's hope is reported speech.
    assert _found("While many of Selena's fans expressed their excitement on social media for the newest addition "
                  "to her family, others were disappointed.") == ["fans expressed their excitement"]
    assert _found("Though he remained tight-lipped about the details, he expressed hope that fans would also fall "
                  "in love with his new character.") == []


def test_quantified_crowds_that_wonder() -> None:
    # cf185 and cf212 (heldout B); "With that being said" is the writer's link, not an attribution.
    assert _found("With that being said, a lot of Nicole’s fans can’t help but wonder if she might be throwing a "
                  "little shade.") == ["lot of Nicole’s fans can’t help but"]
    assert _found("That might be the case, especially since a lot of people are pointing out that both Kourtney "
                  "and Scott are acting like children themselves.") == ["lot of people are pointing out"]
    assert _found("Fans are wondering, a source said.") == []


def test_rankings_crowns_and_idioms_from_other_outlets() -> None:
    # cf220, cl011, cl041, cl235, cl071, cf185 (heldout B); gold-dev k24, w15, u19, k20, w06.
    assert _found("Kendall Jenner has found herself modeling for some of the biggest campaigns in fashion for the "
                  "past two years.") == [
        "some of the biggest campaigns in fashion"]
    assert _found("Jennifer Lopez and recently retired baseball hero Alex Rodriguez are dating.") == ["baseball hero"]
    assert _found("The lipstick queen and Blac Chyna's ex-fiancé split in early May.") == ["lipstick queen"]
    assert _found("But here's where it gets interesting.") == ["where it gets interesting"]
    assert _found("The Mad Max: Fury Road star showed off a radiant glow, wearing minimal make-up.") == [
        "radiant glow"]
    assert _found("He previously had been killing it as a guest host teamed with Pete Rose.") == ["killing it"]
    assert _found("No one else can play a troubled, yet sexy husband, father, and businessman the way Alexander "
                  "does.") == ["No one else can play", "sexy"]
    assert _found("It's been a few months since Seohyun revealed her new hairdo, but we still can't get over how "
                  "good she looks with this style.") == ["we still can't get over"]
    assert _found("Puteh and Wanna Ali continue to shine bright with new projects.") == ["continue to shine"]
    assert _found("Kristen Stewart definitely saved the best for last.") == ["saved the best for last"]
    assert _found("Did someone say perfect?") == ["Did someone say"]
    assert _found("The anticipation is palpable, and fans are eagerly awaiting the musical magic these two maestros "
                  "are about to unleash.") == ["anticipation is palpable", "fans are eagerly awaiting",
                                               "musical magic", "maestros"]


def test_bbc_copy_stays_clean() -> None:
    # BBC entertainment: a measured ranking and an idiom of luck (the quotation marks dropped, so the writer's).
    assert _found("The band have done everything in their considerable powers to ensure they remain the biggest "
                  "band in the world, according to Q magazine editor Paul Rees.") == []
    assert _found("For some reason the Oscar gods always shine on Sunday.") == []
    # Constructed: Maestro capitalised alone is a film title (2023); "Having said that" is no attribution but
    # the sentence holds no hype either.
    assert _found("Bradley Cooper directs and stars in Maestro, about the composer Leonard Bernstein.") == []
    assert _found("Having said that, the director added that the sequel would open in May.") == []


def test_memorable_occasions_and_hailed_readers() -> None:
    # cf142 and cl155 (heldout B); gold-dev d07.
    assert _found("Serena Williams and Alexis Ohanian’s wedding was one to remember for sure, and Kim Kardashian was "
                  "also there.") == [
        "one to remember"]
    assert _found("Rise and shine TV lovers!") == ["TV lovers!"]
    # One finding per fault (lint/overlap.py): puffery's "Exciting news" lies inside the crowd claim and is dropped;
    # the hailed readers overlap it only in part and stay.
    assert _found("Exciting news for K-drama fans!") == ["Exciting news for K-drama fans", "K-drama fans!"]
    # BBC entertainment: the verb after a person.
    assert _found("Critics such as Variety are urging them to remember particular performances.") == []
