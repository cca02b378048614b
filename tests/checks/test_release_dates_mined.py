"""The dates family on release sentences mined from text the rules were not tuned on (issue 17).

Every sentence is copied from ../shared/corpus/bbc-entertainment (BBC NNN) or
../shared/corpus/celebrity-news (legit/NNN, fake/NNN), shortened only where said; the
expectation is the GOLD-GUIDELINES release-date convention's answer for it.
"""
from __future__ import annotations

import pytest

from artlint.analysis.bare_titles import bare_title_subject
from artlint.analysis.date_expr import Precision
from artlint.analysis.dates import find_dates
from artlint.analysis.release_vocabulary import vocabulary
from artlint.engine import run
from artlint.env import Env
from conftest import make_doc, rule

DATES = ["dates/missing-release-date", "dates/vague-release-date", "dates/conflicting-release-dates"]


def _found(text: str, rules: list[str] = DATES) -> list[tuple[str, str]]:
    doc = make_doc(text, "txt")
    return [(f.rule_id.split("/")[1], f.text) for f in run(doc, [rule(r) for r in rules], Env())]


# A work named without quotes (US and UK copy loses the italics), a bare "due out", a passive after "to be".
FOUND = [
    ("All We Had is set to be released in December.", "December"),  # legit/047
    ("Second Chance is scheduled to debut at the end of 2018.", "2018"),  # fake/117
    ("The two met when Aronofsky cast Lawrence in a leading role for his film Mother, due out later this year.",
     "later this year"),  # legit/027
    ("Why We Fight is due to be screened on BBC Four in March.", "March"),  # BBC 336
    # legit/227: a picture in cinemas is a film (a relative day with no dateline is vague).
    ("The picture — out in theaters on Friday — currently holds a 94% positive rating on Rotten Tomatoes.",
     "on Friday"),
    ("Milo Ventimiglia will be playing the longtime boyfriend of Jennifer Lopez's character in Second Act, "
     "which is slated to come out next year.", "next year"),  # legit/117
]


@pytest.mark.parametrize("sentence,vague", FOUND, ids=[s[:24] for s, _ in FOUND])
def test_vague_timings_of_unquoted_works(sentence: str, vague: str) -> None:
    assert _found(f"Story\n\n{sentence}\n") == [("vague-release-date", vague)]


# Dates beside a release word that are no timing of a current release.
SILENT = [
    # fake/176 and fake/138: "coming out" of a place, or as a couple.
    "Kanye has cancelled all tour dates after coming out of hospital at the end of November.",
    # fake/022: the relative clause's past launch, though the sentence speaks of the future.
    "She said that the tech giant, which launched Apple Music in June 2015, will not pay for songs streamed "
    "during a free three-month trial period for new subscribers.",
    # legit/060: "since" gives a starting point.
    "It'll be out someday, but I've been saying \"Seaside Woman\" will be released since 1971 and we still "
    "haven't bothered.",
    # legit/069: a release after "following" is an earlier event.
    "Earlier this week Harry was reported to be planning a more rock 'n' roll direction for the band's next "
    "album, following the release of third record 'Midnight Memories' in late 2013.",
    # legit/102: a preview is promotional material, like a trailer.
    "The 27-year-old US pop star on Monday released a preview of a music video for her latest single, "
    "Ready For It, in which she appears unclothed.",
    # BBC 364: a period that picks works out of a set ("the first ... released this year") times no release.
    "Smith's comedy will be the first US movie released this year to top the $100m (£52.7m) mark.",
    # BBC 034: the subject is a ceremony, broadcast or not.
    "The awards, which were hosted by Jack Dee, are to be screened on ITV London on Tuesday at 2300 GMT.",
    # legit/169: a tax return is no comeback.
    "He also acknowledged failing to file a federal income tax return in April 2005 after making almost $245,000 "
    "in the previous year, court records say.",
    # legit/107: a contest's "comeback artists" are people, not a comeback release.
    "Judges Blake Shelton and Jennifer Hudson revealed their comeback artists during The Voice playoffs Monday "
    "night, giving them an extra shot at competing on the live show.",
]


@pytest.mark.parametrize("sentence", SILENT, ids=[s[:24] for s in SILENT])
def test_dates_that_are_no_current_release_timing(sentence: str) -> None:
    assert _found(f"Story\n\n{sentence}\n", ["dates/vague-release-date"]) == []


@pytest.mark.parametrize("sentence", [
    "On Wednesday, Seal was in London to pre-record a performance of his new single Backstabbers for Jonathan "
    "Ross's ITV chat show, which was broadcast on Saturday night.",
    "Staying professional: Seal was in London last week to pre-record his performance on Jonathan Ross' show, "
    "which was broadcast on Saturday night.",
])
def test_a_relative_clause_release_verb_dates_only_its_own_clause(sentence: str) -> None:
    # fake/072: the broadcast is the show's (a relative day with no dateline: vague); the visit's days are not.
    assert _found(f"Story\n\n{sentence}\n", ["dates/vague-release-date"]) == [("vague-release-date", "on Saturday")]


def test_a_release_date_in_apposition_covers_a_vaguer_mention() -> None:
    # BBC 025, shortened: "16 July" is the book's release date though the sentence reports its announcement.
    text = ("New Harry Potter tops book chart\n\n"
            "Harry Potter and the Half-Blood Prince has topped Amazon's book chart less than 24 hours after its "
            "release date - 16 July - was announced.\n\n"
            "Customers who pre-order Harry Potter and the Half-Blood Prince avoid standing in long queues at "
            "bookshops on the day of the book's release next July.\n")
    assert _found(text) == []


@pytest.mark.parametrize("sentence,cue,expected", [
    ("All We Had is set to be released in December.", "released", "All We Had"),  # legit/047
    ("Meet The Fockers opens in the UK on Friday.", "opens in", "Meet The Fockers"),  # BBC 315
    ("Milo Ventimiglia plays a boyfriend in Second Act, which is slated to come out next year.", "come out",
     "Second Act"),  # legit/117, shortened: the antecedent of "which"
    ("Taylor Swift will release her sixth album in November.", "release", None),  # an object follows
    ("It is set to be released in December.", "released", None),  # a pronoun is no title
    ("Distributor Sony Pictures said the film is due out in May.", "due out", None),  # the subject is a clause
])
def test_bare_title_subject(sentence: str, cue: str, expected: str | None) -> None:
    at = sentence.index(cue)
    span = bare_title_subject(sentence, at, at + len(cue))
    assert (sentence[span[0]:span[1]] if span else None) == expected


def test_an_event_with_a_title_shape_is_no_work() -> None:
    # BBC 058: the festival opens; the sentence names no work to release.
    text = ("Berlin hails European cinema\n\nOrganisers say this year's Berlin Film Festival, which opens on Thursday "
            "with period epic Man to Man, will celebrate a revitalised European cinema.\n")
    assert _found(text) == []


def test_a_screening_date_is_a_timing_and_a_refusal_is_no_release() -> None:
    # BBC 224, shortened: the episode's screening date answers the article's release question.
    farrell = ("Farrell due to make US TV debut\n\nActor Colin Farrell is to make his debut on US television in "
               "medical sitcom Scrubs, according to Hollywood newspaper Daily Variety.\n\nThe episode featuring "
               "the 28-year-old will be screened on 25 January.\n")
    assert _found(farrell) == []
    # BBC 248: "refuse to release or stage concerts" negates both verbs.
    reggae = ("Deal to ban 'homophobic' reggae\n\nThe reggae industry is to refuse to release or stage concerts "
              "featuring homophobic songs under a global deal struck with gay rights groups.\n")
    assert _found(reggae) == []


# Shapes of vague timing the extractor lacked, each in a sentence of the kind the corpora hold.
NEW_SHAPES = [
    ("The series will premiere in the fourth quarter.", "the fourth quarter", Precision.PART),
    ("Season 2 will drop later in the year.", "later in the year", Precision.YEAR),
    ("The film will premiere in the new year.", "new year", Precision.YEAR),
    ("The film arrives in cinemas at the end of the month.", "end of the month", Precision.RELATIVE),
    ("The show will return in a couple of weeks.", "in a couple of weeks", Precision.RELATIVE),
    ("The film arrives this holiday season.", "this holiday season", Precision.RELATIVE),
    ("The film is slated for a festive release.", "festive release", Precision.RELATIVE),
]


@pytest.mark.parametrize("sentence,text,precision", NEW_SHAPES, ids=[t for _, t, _ in NEW_SHAPES])
def test_new_vague_shapes(sentence: str, text: str, precision: Precision) -> None:
    assert [(d.text, d.precision) for d in find_dates(sentence)] == [(text, precision)]
    assert _found(f"Story\n\n{sentence}\n") == [("vague-release-date", text)]


def test_an_upcoming_work_in_a_quoted_source_does_not_make_release_coverage() -> None:
    # fake/248, shortened: a romance story whose source mentions "her upcoming album".
    text = ("Did Taylor Swift Leak Her Romance With Joe Alwyn for Publicity?\n\n"
            "Is Taylor Swift thirsty for attention? The 27-year-old singer reportedly leaked her secret romance "
            "with Joe Alwyn for publicity. \"Then her camp leaked the news in preparation for her upcoming album,\" "
            "the source added.\n")
    assert _found(text) == []
    # The same lede in the writer's voice is release coverage with no timing (gold-dev w21's shape).
    own = text.replace("\"Then her camp leaked the news in preparation for her upcoming album,\" the source added.",
                       "Her camp leaked the news in preparation for her upcoming album.")
    assert [r for r, _ in _found(own)] == ["missing-release-date"]


@pytest.mark.parametrize("stamp", ["2017-11-07T01:52:40+0000", "2017-11-16 08:52:00", "2013-06-17T14:07:39-04:00"])
def test_a_scraped_timestamp_line_pins_relative_days(stamp: str) -> None:
    # celebrity-news fake/117, legit/101, legit/066: the timestamp under the headline dates the writing.
    text = (f"Keeping Up With the Kardashians returns\n\n{stamp}\n\n"
            "The Season 14 premiere of \"Keeping Up With the Kardashians\" airs Sunday at 9 p.m. ET.\n")  # legit/176
    assert _found(text) == []
    assert _found(text.replace(f"{stamp}\n\n", "")) == [("vague-release-date", "Sunday")]


def test_its_premiere_is_a_works_release() -> None:
    # legit/205: "its" owns the premiere, so the sentence is about a work though it names it without quotes.
    sentence = ("Excitement for Justice League continues to mount ahead of its fall premiere this year, and the "
                "introduce of Matt Reeves to The Batman has fans fired up as well.")
    assert _found(f"Story\n\n{sentence}\n") == [("vague-release-date", "fall"), ("vague-release-date", "this year")]
    # A person's premiere appearance is not: "his" or "her" owns it.
    assert _found("Story\n\nExcitement continues to mount ahead of her premiere appearance this year.\n") == []


def test_live_cues_come_from_the_vocabulary() -> None:
    # Review item 28: the live cues are release-language.toml's "live" list, scanned with "release" and told apart.
    vocab = vocabulary()
    sentence = "The band performs at the festival tonight, and its album is released in May."
    cues = {m[0]: vocab.is_live(sentence, m) for m in vocab.finditer("release", sentence)}
    assert cues == {"performs": True, "released": False}
    # Review item 6: a work's takings and the noun "headlines" are no live cue.
    for text in ("The film is performing at the box office better than expected this week.",
                 "The sequel is performing on par with the original this weekend.",
                 "The singer made headlines this week."):
        assert [m[0] for m in vocab.finditer("release", text)] == [], text
