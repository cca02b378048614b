"""The dates family on real release copy: missing, vague, stale, conflicting, claims, weekdays."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from artlint import check_text
from artlint.engine import run
from artlint.env import Env
from conftest import make_doc, rule, shared

DATES = ["dates/missing-release-date", "dates/vague-release-date", "dates/stale-release-date",
         "dates/conflicting-release-dates", "dates/unconfirmed-claim", "dates/weekday-mismatch"]


def _found(text: str, fmt: str = "txt", today: dt.date | None = None) -> list[tuple[str, str]]:
    doc = make_doc(text, fmt)
    return [(f.rule_id.split("/")[1], f.text) for f in run(doc, [rule(r) for r in DATES], Env(today=today))]


def test_seed_article(seed_text: str) -> None:
    found = _found(seed_text, today=dt.date(2026, 11, 24))
    assert ("vague-release-date", "July 2024") in found
    assert found.count(("stale-release-date", "July 2024")) == 2  # "is set to grace", "marks the countdown"
    assert ("unconfirmed-claim", "confirmed release date in July 2024") in found
    assert not any(r == "missing-release-date" for r, _ in found)


def test_vague_message_names_the_precision() -> None:
    doc = make_doc("Drama news\n\n“King the Land” is set to premiere in June of this year.\n")
    (f,) = run(doc, [rule("dates/vague-release-date")], Env())
    assert f.message.startswith("Release date is month only: 'June of this year'")


def test_missing_release_date_on_a_teaser_article() -> None:
    # gold-dev d11, shortened.
    text = ("Lifestyle: Teaser sets scene for romantic-thriller ‘W – Two Worlds’\n\n"
            "The first trailer for the MBC’s Wednesday-Thursday series sets the scene for a mysterious plot.\n")
    assert [r for r, _ in _found(text)] == ["missing-release-date"]


def test_missing_is_silent_when_metadata_gives_the_date() -> None:
    article = {"headline": "‘W – Two Worlds’ teaser sets the scene", "body": "The first trailer for the series is out.",
               "subject": {"title": "W – Two Worlds", "release_date": "2016-07-20"}}
    assert _found(json.dumps(article), "json") == []


def test_other_events_and_past_releases_are_not_release_dates() -> None:
    text = ("Harbin filming begins\n\nThe shooting of “Harbin” began in Mongolia on November 20th. "
            "The pair are best known for Crash Landing On You, which ran from 2019 to 2020.\n")
    assert _found(text) == []
    bbc = "Shows\n\nWith the Lights Out was intended to be released in 2001, to mark the anniversary.\n"  # BBC 155
    assert _found(bbc) == []


def test_vague_timings_inside_quotations_are_findings() -> None:
    # gold-dev s01: the production company's quote; a date is information the reader needs, whoever gave it.
    text = ("Shakib Khan’s new film\n\nThe production company of the film said, “We wanted to give the audience "
            "a good film. Finally, the film will be released in the local and international theatres this Eid.”\n")
    assert _found(text) == [("vague-release-date", "this Eid")]


FESTIVALS = [
    # (article, expected findings); gold-dev s01 and s07, shortened.
    ("Shakib Khan’s new film coming this Eid after one year\n\n“Leader: Ami Bangladesh” directed by Topu Khan is "
     "set to release in theatres this Eid-ul-Fitr.\n",
     [("vague-release-date", "this Eid"), ("vague-release-date", "this Eid-ul-Fitr")]),
    ("8 movies were released on Eid\n\nEight movies are being released across the country this Eid-ul-Fitr. "
     "Local movies starring Bubli and Adar released in 13 cinema halls; Bappi’s enemy is being released on 27th.\n",
     [("vague-release-date", "Eid"), ("vague-release-date", "this Eid-ul-Fitr"), ("vague-release-date", "on 27th")]),
    # A single named day is a full date.
    ("Holiday film\n\nThe film ‘Escape’ will be released in cinemas on Christmas Day.\n", []),
]


@pytest.mark.parametrize("text,expected", FESTIVALS, ids=["s01", "s07", "christmas-day"])
def test_festival_windows_are_vague_and_named_days_are_full(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_dateline_pins_relative_days() -> None:
    # gold-dev k02: the Yonhap dateline dates "Wednesday" and "this week".
    body = ("Cho Yong-pil will put out a new single album this week, his agency said. "
            "“Road to 20-Prelude 2” will hit music services Wednesday.")
    assert _found(f"Cho Yong-pil to release new single\n\n{body}\n") == [
        ("vague-release-date", "this week"), ("vague-release-date", "Wednesday")]
    dated = f"Cho Yong-pil to release new single\n\nSEOUL, April 24 (Yonhap) -- {body}\n"
    assert _found(dated) == []
    published = f"Cho Yong-pil to release new single\n\nPublished : Apr. 24, 2024\n\n{body}\n"
    assert _found(published) == []
    # Nothing pins "next month": it stays a month-level timing.
    assert _found("Tour\n\nSEOUL, May 17 (Yonhap) -- The group will hold its third world tour next month.\n") == [
        ("vague-release-date", "next month")]
    # Nor "next week": a pin names the day of "this Friday", not which day of next week (the gold reading of a
    # Korean broadcaster's page with a stamp line; sentence written here in its shape).
    stamped = ("Solo singles ahead\n\n입력 2025-03-14 09:05:12\n\nHis single lands this Friday, while hers is due "
               "to drop next week.\n")
    assert _found(stamped) == [("vague-release-date", "next week")]


def test_published_metadata_pins_relative_days() -> None:
    article = {"headline": "‘Escape’ opens", "body": "The film ‘Escape’ opens in cinemas on Tuesday."}
    assert _found(json.dumps(article), "json") == [("vague-release-date", "on Tuesday")]
    assert _found(json.dumps({**article, "published": "2024-07-01"}), "json") == []
    front = "---\ntitle: Escape opens\ndate: 2024-07-01\n---\n\nThe film ‘Escape’ opens in cinemas on Tuesday.\n"
    assert _found(front, "md") == []


def test_a_full_date_for_the_same_release_covers_vaguer_mentions() -> None:
    # gold-dev k03, shortened: "next month" is the tour that later gets its days.
    text = ("Seventeen to begin world tour next month\n\nSEOUL, May 17 (Yonhap) -- Seventeen will hold its third world "
            "tour starting next month, its star agency said Tuesday.\n\nThe \"Be the Sun\" tour will begin at Gocheok "
            "Sky Dome in Seoul on June 25-26 and continue in 12 North American cities until Sept. 6.\n")
    assert _found(text) == []


def test_another_work_or_market_keeps_its_vague_timing() -> None:
    # gold-dev d24: a full date for “Bubble Gum” does not date the two double singles.
    singles = ("NewJeans drop pre-release\n\nThe girls will drop a music video for the pre-release “Bubble Gum” on "
               "April 27, ahead of two double singles in the coming months.\n")
    assert _found(singles) == [("vague-release-date", "in the coming months")]
    # gold-dev w13, shortened: the domestic date does not date the release abroad.
    abroad = ("Joko Anwar ensures Saksa Kubur will show overseas\n\nThe Saksa Kubur film is expected to air starting "
              "April 11. Joko said that the Saksa Kubur film will also be widely displayed abroad in the near future.\n")
    assert _found(abroad) == [("vague-release-date", "in the near future")]


def test_a_moved_release_is_dated_by_its_new_date() -> None:
    # gold-dev u07, shortened: the date after "to" is the new timing; the shift it explains is not a second one,
    # and the earlier clause's "already" does not make "now moves to" a past release.
    moved = ("Disney delays Marvel movies\n\nSeeing a major delay is the Marvel slate beginning with newly-titled "
             "\"Captain America: Brave New World\" moving two months later to July 2024 therefore pushing "
             "\"Thunderbolts\" to December of that year.\n\n\"Blade\" has already suffered many delays because of "
             "production and creative changes, now compounded by the writers strike, and now moves to February 2025 "
             "with \"Fantastic Four\" following three months later.\n")
    assert _found(moved) == [("vague-release-date", "July 2024"), ("vague-release-date", "December of that year"),
                             ("vague-release-date", "February 2025"), ("vague-release-date", "three months later")]
    # gold-dev u13: a past-tense delay still gives the current timing.
    assert _found("Jurassic World: Dominion\n\nThe movie had to stop production multiple times and was then "
                  "delayed a full year to 2022.\n") == [("vague-release-date", "2022")]
    # gold-dev u07: "rather than" sets aside only the date after it.
    earlier = ("Disney calendar\n\nThe shake-up churned out an earlier release for \"Deadpool 3\" on May 2024 "
               "(replacing the original date of \"Captain America: Brave New World\") rather than November that year.\n")
    assert _found(earlier) == [("vague-release-date", "May 2024")]


def test_a_listicle_section_heading_names_the_work() -> None:
    # gold-dev u25, shortened: titles lost their italics; each heading is the work of its section, so the full
    # date of "Pitch Perfect 3" does not cover the month of "Now You See Me" or of "Pirates of the Caribbean".
    text = ("PopcultHQ Explores Upcoming Movie Sequels\n\nWe continue with Part 6 of our Look at Upcoming Movie "
            "Sequels.\n\nNow You See Me: The Second Act\n\nFilming has already started for this film that is due out "
            "in June of 2016.\n\nPirates of the Caribbean: Dead Men Tell No Tales\n\nDue to hit theaters in July "
            "2017, Johnny Depp returns as Captain Jack Sparrow.\n\nPitch Perfect 3\n\nPitch Perfect 3 is coming to "
            "theaters July 21, 2017.\n")
    assert _found(text) == [("vague-release-date", "June of 2016"), ("vague-release-date", "July 2017")]
    # Two headings are topics, not a list of works: the full date covers the untitled month.
    topics = text.replace("Pitch Perfect 3\n\n", "")
    assert _found(topics.replace("Now You See Me: The Second Act\n\n", "")) == []


def test_the_lede_borrows_the_headline_work_and_the_headline_timing_stays() -> None:
    # gold-dev w27: the lede's "projects" are the headline's drama series and movies; both years are findings.
    text = ("Interesting new pairings for upcoming 2023 drama series and movies (Part 1)\n\nMany massive projects "
            "are being produced and planned for the upcoming 2023 with interesting new pairings.\n")
    assert _found(text) == [("vague-release-date", "2023"), ("vague-release-date", "2023")]


def test_distances_sooner_and_slates_are_vague_timings() -> None:
    # gold-dev u15: "coming much sooner"; gold-dev w15: a slate of dramas over a year.
    assert _found("Renewals\n\nThere are new seasons of both shows coming much sooner!\n") == [
        ("vague-release-date", "much sooner")]
    slate = ("iQIYI lineup\n\nAs the #1 platform for local dramas, iQIYI aims to showcase more local talent while "
             "introducing a brand-new lineup of dramas throughout 2025.\n")
    assert _found(slate) == [("vague-release-date", "2025")]
    assert _found("Sequel news\n\nThe sequel is still more than a year away, the studio said.\n") == [
        ("vague-release-date", "more than a year away")]


def test_a_live_work_that_goes_ahead_is_release_coverage() -> None:
    # gold-dev w08, shortened: the concert is the news and has no date at all.
    text = ("Shatta Wale’s ‘Faith Concert’ Underway – Check Out First Photos From The Scene\n\nGhanaian Dancehall king "
            "Shatta Wale’s ‘Faith Concert’ will come on just as planned.\n\nApparently, the grounds are being fixed "
            "for the program.\n")
    assert [r for r, _ in _found(text)] == ["missing-release-date"]


NOT_RELEASE_DATES = [
    "The sequel will be released on May 2, 2026, and the comet in it is 6000 years away.",  # BBC 304: a distance, not a wait
    # BBC 311: a past cue ("published in January") keeps the sentence past, whatever "slated" means.
    "In an interview published in the Radio Times in January, Victoria Wood slated comedian Sacha Baron Cohen for his character.",
    # BBC 058: a festival is moved, not a work.
    "Organisers said the festival may be moved to January next year to avoid a similar clash.",
    "The band played from 2017 to 2018 before the hiatus.",  # "to" ends a span, not a move
    # gold-dev u13: a trailer's release is marketing, not the film's.
    "Colin Trevorrow teases the sequel’s marketing campaign will begin soon and possibly release the first trailer.",
    "Jurassic World: Dominion director Colin Trevorrow teases that the first trailer could be released soon.",
    # BBC 025: a past release in a later clause stays past.
    "Order of the Phoenix was Amazon's largest pre-ordered item ever, with 420,000 copies pre-ordered prior to its release in June 2003.",
    "Filming is due to begin in Melbourne, Australia, later this month.",  # BBC 302: production
    "Tickets for the two concerts at the city's Croke Park stadium were released at 8am on Friday morning.",  # BBC 140
    "Last week's number one, Elvis's It's Now or Never, slipped 13 places to number 14.",  # BBC 144: a chart
    "Previously, Song Kang held his solo fan meeting last June.",  # gold-dev k30: an earlier event
    "In late March, it was reported that Dreamcatcher would be making their comeback.",  # gold-dev k22
    "But there were no major releases last week to provide competition to Meet the Fockers.",  # BBC 100
]


@pytest.mark.parametrize("sentence", NOT_RELEASE_DATES, ids=[s[:20] for s in NOT_RELEASE_DATES])
def test_dates_that_are_not_release_timings(sentence: str) -> None:
    assert _found(f"Story\n\n{sentence}\n") == []


def test_missing_only_for_release_coverage_without_any_timing() -> None:
    # gold-dev s25: "‘Baby coming soon’" over a pregnancy story is no release.
    baby = ("Alia Bhatt, Ranbir Kapoor announce pregnancy, share photo from the hospital: ‘Baby coming soon’\n\n"
            "Alia Bhatt and Ranbir Kapoor have announced their pregnancy.\n")
    assert _found(baby) == []
    # gold-dev s05, shortened: the lede is about his upcoming film, and no release timing is given.
    upcoming = ("One day to go for big reveal from Prabhas' pan-India film\n\nHyderabad: Makers of his upcoming film "
                "with director Hanu Raghavapudi dropped a major update yesterday, just in time for the festivities.\n")
    assert [r for r, _ in _found(upcoming)] == ["missing-release-date"]
    # gold-dev s16, shortened: a vague timing replaces the missing finding.
    soon = ("Made in Heaven Season 2 Poster Revealed, Coming Soon to Amazon Prime Video\n\n"
            "The show will be streamed on the OTT platform Amazon Prime Video.\n")
    assert _found(soon) == [("vague-release-date", "Coming Soon")]


def test_stale_needs_a_reference_date_and_takes_it_from_metadata() -> None:
    body = "The much-anticipated film ‘Escape’ is set to grace the big screen in July 2024."
    assert not any(r == "stale-release-date" for r, _ in _found(f"Escape\n\n{body}\n"))  # no reference: silent
    front = f"---\ntitle: Escape\npublished: 2025-01-10\n---\n\n{body}\n"
    report = check_text(front, format="md", config={"select": ["dates/stale-release-date"]})
    assert [f.text for f in report.files[0].findings] == ["July 2024"]
    early = front.replace("2025-01-10", "2024-03-01")
    assert check_text(early, format="md", config={"select": ["dates/stale-release-date"]}).files[0].findings == []


def test_reschedules_and_other_works_are_not_conflicts() -> None:
    # gold-dev d08, shortened.
    text = ("‘Manmarziyaan’ Gets A New Release Date!\n\n"
            "The film which was slated to hit the screens on 21 September will now release on September 14. "
            "Earlier, Kajol's ‘Helicopter Eela’ was also supposed to release on September 14 but is now releasing "
            "a week earlier on September 7.\n")
    assert _found(text) == []


def test_conflict_between_body_and_metadata() -> None:
    article = {"headline": "Escape opens", "subject": {"title": "Escape", "release_date": "2024-07-03"},
               "body": "The film ‘Escape’ will premiere in cinemas on July 10, 2024."}
    found = run(make_doc(json.dumps(article), "json"), [rule("dates/conflicting-release-dates")], Env())
    assert [f.text for f in found] == ["July 10, 2024"]
    assert "subject.release_date" in found[0].message


def test_weekday_mismatch() -> None:
    found = run(make_doc("Escape\n\nThe film opens on Thursday, July 12, 2024.\n"), [rule("dates/weekday-mismatch")], Env())
    assert [f.message for f in found] == [
        "Thursday does not match 2024-07-12, which is a Friday; fix the weekday or the date."]


def test_cli_reference_date_option(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from artlint.cli import main

    path = tmp_path / "escape.txt"
    path.write_text("Escape\n\nThe film ‘Escape’ is set to grace the big screen in July 2024.\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--select", "dates/stale-release-date", "--format", "json",
                                    "--reference-date", "2026-11-24", str(path)])
    assert [f["rule"] for f in json.loads(out.output)["files"][0]["findings"]] == ["dates/stale-release-date"]


def test_no_dates_findings_on_award_and_court_stories() -> None:
    # BBC entertainment articles that are not about a release (awards, court, obituaries).
    folder = shared("bbc-entertainment")
    for name in ["008.txt", "016.txt", "043.txt", "048.txt", "054.txt"]:
        doc = make_doc((folder / name).read_text(encoding="utf-8"))
        found = run(doc, [rule(r) for r in DATES], Env(today=dt.date(2005, 6, 1)))
        assert found == [], (name, [(f.rule_id, f.text) for f in found])


def test_every_list_of_the_bundled_release_vocabulary_compiles() -> None:
    """The bundled vocabulary compiles each list on first use; this test uses them all."""
    import re

    from artlint.analysis.release_vocabulary import KEYS, vocabulary

    vocab = vocabulary()
    for key in KEYS:
        assert isinstance(getattr(vocab, key), re.Pattern), key
    assert vocab.release.search("The film premieres on 3 July")


def test_a_house_vocabulary_naming_a_class_it_does_not_define_is_an_error(tmp_path: Path) -> None:
    """A "{class}" the file does not define would stay literal text and silently never match (review item 22b)."""
    from artlint.analysis.release_vocabulary import vocabulary
    from artlint.errors import RuleFileError

    entry = 'release = ["airs(?= (?:{timing_openers})\\\\b)"]\n'
    undefined = tmp_path / "undefined-class.toml"
    undefined.write_text('works = ["films?"]\n' + entry, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"release: .*\{timing_openers\}.*does not define"):
        vocabulary(str(undefined))
    defined = tmp_path / "defined-class.toml"
    defined.write_text('works = ["films?"]\ntiming_openers = ["in", "this"]\n' + entry, encoding="utf-8")
    assert vocabulary(str(defined)).release.search("The film airs this week")


US_PHRASING = [
    # Constructed in the phrasing of US/UK trade press (no corpus line has these exact shapes).
    ("The album is out Friday via Republic Records.", [("vague-release-date", "Friday")]),
    ("The series returns this fall on HBO.", [("vague-release-date", "this fall")]),
    ("The sequel is slated for a 2026 release.", [("vague-release-date", "2026")]),
    ("The new album drops next month.", [("vague-release-date", "next month")]),
    ("The third season is due in 2025.", [("vague-release-date", "2025")]),
    # The date of the relative clause is the premiere's; the opening keeps its own vague timing.
    ("The movie, which premiered at Sundance on January 20, opens in theaters this fall.",
     [("vague-release-date", "this fall")]),
    # BBC 074 and 226: a category of releases and a noun "drop" are no release timings.
    ("Ocean's Twelve marks the fourth-biggest opening for a December release in the US.", []),
    ("She was predicting a drop in ratings this week for some of the network's reality shows.", []),
]


@pytest.mark.parametrize("sentence,expected", US_PHRASING, ids=[s[:24] for s, _ in US_PHRASING])
def test_intransitive_release_verbs_and_release_modifiers(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(f"Story\n\n{sentence}\n") == expected


def test_web_page_shapes_of_issue_17() -> None:
    # Shapes of the T web pages (issue 17) in articles written for the test (their text may not be copied).
    # A premiere dated at an awards show is dated: the awards are its venue, not a rival event, so nothing is missing.
    venue = ("Band teases video for its new single\n\nThe full video gets its first airing on a live show at the City "
             "Music Awards on Saturday June 14.\n")
    assert _found(venue) == []
    # A calendar's heading names the period of its works; each work has its day.
    roundup = "Film Premieres: May 2021\n\n1 | Blue Hour\n\nThe drama premieres on May 7 on KBS2.\n"
    assert _found(roundup) == []
    # A holiday inside a show's short quoted title is a word of the title; "Come Eid" before the works times them.
    eid = ("Eid on the small screen\n\nCome Eid, the channels are ready with new TV plays and films.\n\n"
           "Variety show “Eid Utsob” will be aired at 11:15am on the channel.\n")
    assert _found(eid) == [("vague-release-date", "Eid")]
    # A new season announced, and a season just launched, with no timing: one missing line each.
    season = "“Night Trains” returns for a second season\n\nThe hit series “Night Trains” is getting a second season.\n"
    assert [r for r, _ in _found(season)] == ["missing-release-date"]
    launched = ("Music show Pop Studio has launched its 9th season\n\nThe show opened with a duet of two folk singers, "
                "shared on YouTube.\n")
    assert [r for r, _ in _found(launched)] == ["missing-release-date"]
    # A work still to be announced has no release to date.
    unannounced = ("Star news\n\nFans now await the announcement of the star’s upcoming film, which he may reveal soon "
                   "after his birthday.\n")
    assert _found(unannounced) == []


def test_an_album_announced_with_a_dated_tour_still_misses_its_date() -> None:
    # The class of gold-dev u16 and the T web pages, in an article written for the test: the headline's work is a
    # recorded one, and the only coming dates are the tour's.
    text = ("Band unveils new album, plus a tour\n\nThe band will release its fourth album and go on a "
            "world tour.\n\nThe tour starts in Leeds on 3 May, with a last night in Glasgow on 28 June.\n")
    assert [r for r, _ in _found(text)] == ["missing-release-date"]
    # The album dated too: nothing is missing.
    dated = text.replace("its fourth album", "its fourth album on May 3")
    assert _found(dated) == []
    # A tour headline with a dated tour: nothing is missing either.
    assert _found(text.replace("new album, plus a tour", "tour dates")) == []


def test_a_custom_is_no_release_timing() -> None:
    # The shape of South Asian pages on festival releases (sentences written here): a habitual statement names a slot
    # in the calendar; the same window for one film is a vague timing.
    assert _found("Festival films\n\nBig films are normally released over the Diwali holiday.\n") == []
    assert _found("Festival films\n\nThe actor is known for Diwali releases.\n") == []
    assert _found("Festival films\n\nHis new film will be released over the Diwali holiday.\n") == [
        ("vague-release-date", "Diwali holiday")]


def test_a_noun_cue_takes_the_past_of_its_sentence() -> None:
    # Sentences written here in the shape of Korean and Chinese box-office pages: a past career step or a past run.
    assert _found("Actor returns\n\nHe built his fame on the big screen with a role in the film “Mother” in 2009.\n") == []
    assert _found("Box office\n\nIn May 2015, the comedy took $4 million in the first week of its release.\n") == []
    assert _found("Show returns\n\nThe show is a comeback for the host after leaving another show in February 2010.\n") == []
    # A verb that reports the news keeps the timing current: the release it confirms is still coming.
    assert _found("Film dated\n\nThe studio confirmed the film's release in March.\n") == [
        ("vague-release-date", "March")]


def test_coverage_of_a_new_work_a_renewal_or_a_tour_with_no_timing_is_missing_one() -> None:
    # Headline shapes of pages from four outlets (written here): the cue holds the work noun, or a renewal, or a tour.
    body = "\n\nThe singer shared the news with fans on social media, thanking them for their support.\n"
    for headline in ("Singer Thrills Fans By Announcing New Song", "Crime drama renewed for another season",
                     "Season 2 of the fantasy series has been renewed", "Rock veterans hit the road on a farewell tour"):
        assert [r for r, _ in _found(headline + body)] == ["missing-release-date"], headline
    # A story that names no new work stays silent.
    assert _found("Singer thanks fans" + body) == []


def test_a_page_without_a_headline_opens_with_its_cue() -> None:
    # The shape of a Pakistani page whose first line is a long lede (written here): the lede stands for the headline.
    text = ("KARACHI – Now in its ninth year, the talent show has launched its latest season, with two young qawwals "
            "opening the first episode.\n\n"
            "The producers thanked the singers and the musicians for their work on the show this year.\n")
    assert [r for r, _ in _found(text)] == ["missing-release-date"]


def test_a_trailer_date_in_a_relative_clause_is_no_timing_of_the_work() -> None:
    # The shape of a Philippine network page (written here): the trailer's air date does not date the series.
    text = ("Network releases first trailer of upcoming series\n\nThe trailer, which was aired during a Sunday show on "
            "August 31, 2014, shows the leads at sea.\n")
    assert [r for r, _ in _found(text)] == ["missing-release-date"]


def test_a_tour_conducted_or_continued_is_dated() -> None:
    # Shapes of K-pop tour pages (written here): the live work's verbs beside "hold" and "kick off".
    assert _found("Tour news\n\nThe band will conduct a six-city concert tour of Japan in February.\n") == [
        ("vague-release-date", "February")]
    assert _found("Tour news\n\nThe band's ‘Ideal Cut’ tour will continue in August.\n") == [
        ("vague-release-date", "August")]
    # Continuing on a channel is an airing of a running series, not a new release (celebrity-news legit/107).
    assert _found("Contest returns\n\nThe singing contest continues on NBC tonight at 8 p.m. ET.\n") == []


def test_a_later_part_is_a_release_of_its_own() -> None:
    # The shape of a two-part film page (written here): the first part's day does not date the second part.
    text = ("Epic in two parts\n\nThe film is slated for release on August 13, 2021, and the second instalment will "
            "come out in 2022.\n")
    assert _found(text) == [("vague-release-date", "2022")]


def test_a_weekday_years_back_is_no_recent_release() -> None:
    # Written here in the shape of a columnist's memory: the weekday of a release years ago.
    assert _found("Looking back\n\nA few years back, on a rainy Friday, the film was released to empty halls.\n") == []
    assert _found("This week\n\nThe film was released on Friday.\n") == [("vague-release-date", "on Friday")]
