"""Hype behaviours of round 2 on the web-page tuning set (issue #16): gates and guards that transfer.

The tuning pages are third-party text, so the sentences here are written for the test in the same shape, or
taken from gold-dev where it holds one; each test names its shape.
"""
from __future__ import annotations

from conftest import headline_spans, spans


def test_reader_address_is_an_effect_on_the_reader_not_a_bare_you() -> None:
    # gold-dev d18: the reader's heart is acted on.
    assert headline_spans("6 handsome Korean actors that will set your heart aflutter") == ["your heart"]
    # Shapes of pages H: a list the reader may check out, and a film title holding "your".
    assert headline_spans("9 new Filipino albums you should hear this month") == []
    assert headline_spans("Two more films by the 'Your Name' team come to cinemas") == []


def test_a_list_headline_that_names_what_it_counts_is_not_given_to_the_model() -> None:
    # gold-dev k20 and s07 (unmarked by the annotators; the model flagged both); "Top 5" is not hype either.
    assert headline_spans("8 K-Pop Artists That Have Sung For Drama OSTs") == []
    assert headline_spans("8 movies were released on Eid") == []
    assert headline_spans("Top 7 Korean Drama Weddings Of The Decade") == []
    # A count of generic teaser nouns is still the teaser device.
    assert headline_spans("7 Things You Missed In The New BTS Video") == ["7 Things"]


def test_an_ordinal_or_a_record_makes_a_superlative_a_measured_rank() -> None:
    assert spans("hype/superlatives", "Takings made it the 14th best weekend of the year.") == []
    assert spans("hype/superlatives", "It was the second biggest movie of the year in Indonesia.") == []
    assert spans("hype/superlatives", "It broke the record for the biggest local film ever made there.") == []
    # The Conventions' own example stays hype.
    assert spans("hype/superlatives", "It is the biggest comeback of the year.") == ["biggest comeback of the year"]


def test_expectations_declared_high_are_manufactured_anticipation() -> None:
    assert spans("hype/crowd-claims", "Expectations are high for the second season.") == ["Expectations are high"]
    assert spans("hype/crowd-claims", "The sequel arrives with high expectations.") == ["high expectations"]
    # A scene with no verb (BBC entertainment 239's shape) is left alone.
    assert spans("hype/crowd-claims", "With the queues long and expectations high, the band came on.") == []


def test_nothing_short_of_only_before_praise() -> None:
    assert spans("hype/puffery", "The finale was nothing short of spectacular.") == ["nothing short of spectacular"]
    assert spans("hype/puffery", "The winner seemed nothing short of overjoyed at the result.") == []
