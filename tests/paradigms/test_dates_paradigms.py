"""Paradigm grid for dates/vague-release-date: the rule's word classes crossed, not sentences read off misses.

The release-date part of the Conventions (../shared/corpus/GOLD-GUIDELINES.md) marks a vague timing of a coming or
just-released work whatever words carry it, so each row below crosses one member of a class (a work, a release verb
in one tense or voice, a position) with every member of another (the vague timings), and fails with the list of
combinations that stay silent.  The negative rows are the same words in what the Conventions leave unmarked.
The sentences are written for this grid; none is copied from an article.
"""
from __future__ import annotations

import itertools
import re

import pytest

from conftest import spans

RULE = "dates/vague-release-date"

# Conventions, release-date, "Vague:": month, season, year, half or quarter, "later this year", "next month", "soon",
# "coming soon" (grid of its own below), "in the near future", a festival or holiday window, a day with no month; and
# "Relative days ... are vague unless the text itself shows a dateline".  (timing, the span the rule must flag)
TIMINGS = (
    ("in July", "July"), ("this summer", "this summer"), ("later this year", "later this year"),
    ("next month", "next month"), ("in 2027", "2027"), ("in the second half of the year", "the second half of the year"),
    ("in early 2027", "early 2027"), ("in late July", "late July"), ("towards the end of the year", "end of the year"),
    ("soon", "soon"), ("in the coming months", "in the coming months"), ("in the near future", "in the near future"),
    ("on the 22nd", "on the 22nd"),
    # Festival and holiday windows (rules/_data/holidays.toml), after each preposition or qualifier that opens one.
    ("this Eid", "this Eid"), ("over Chuseok", "Chuseok"), ("during Diwali", "Diwali"),
    ("over the Chuseok holidays", "Chuseok holidays"), ("for the Christmas season", "Christmas season"),
    # Relative days, no dateline in the text.
    ("this Friday", "this Friday"), ("on Tuesday", "on Tuesday"), ("tonight", "tonight"), ("tomorrow", "tomorrow"),
    ("next week", "next week"),
)

# Release verbs (rules/_data/release-language.toml "release"), each in the tenses and voices the Conventions do not
# tell apart: future, present, a scheduling verb with "to", the progressive, the passive.  The subject suits the verb.
VERBS = {
    "release": ("The film", ("will release", "releases", "is set to release", "is releasing", "will be released",
                             "is being released", "is going to be released")),
    "premiere": ("The series", ("will premiere", "premieres", "is slated to premiere", "is premiering")),
    "air": ("The drama", ("will air", "airs", "is scheduled to air", "is airing", "will be aired")),
    "open": ("The film", ("will open", "opens", "is expected to open", "is opening", "opens nationwide")),
    "debut": ("The show", ("will debut", "debuts", "is due to debut")),
    "drop": ("The album", ("will drop", "drops", "is set to drop", "is dropping", "will be dropped")),
    "arrive": ("The sequel", ("will arrive", "arrives", "is set to arrive", "is arriving")),
    "land": ("The series", ("will land", "lands", "is set to land", "lands on Netflix")),
    "stream": ("The documentary", ("will stream", "streams", "is set to stream", "is streaming", "will be streamed",
                                   "streams on Netflix")),
    "launch": ("The game", ("will launch", "launches", "is set to launch", "will be launched")),
    "hit theatres": ("The film", ("will hit theatres", "hits theatres", "is set to hit screens")),
    "hit a platform": ("The series", ("will hit Netflix", "hits Netflix", "is set to hit Disney+")),
    "come out": ("The album", ("will come out", "comes out", "is going to come out")),
    "be out": ("The single", ("will be out", "is out", "is due out")),
    "go on sale": ("The book", ("will go on sale", "goes on sale")),
    "be available": ("The EP", ("will be available", "is available on Spotify")),
    "return": ("Season 2", ("will return", "returns", "is set to return")),
    "kick off": ("The tour", ("will kick off", "kicks off", "is set to kick off")),
    "kick off a season": ("The show", ("will kick off its second season", "kicks off its new season")),
}

# Works (release-language.toml "works", a quoted title, a person's debut), each with every verb in one tense or two.
WORKS = ("The film", "The movie", "The series", "The drama", "The K-drama", "The show", "Season 2", "The episode",
         "The album", "The EP", "The single", "The song", "The music video", "The documentary", "The sequel",
         "The film 'Sky'", "'Sky'", "Her debut")
WORK_VERBS = ("will be released", "releases", "premieres", "airs", "opens", "drops", "arrives", "lands", "streams",
              "will launch", "comes out", "is out", "returns", "hits Netflix")
NOT_SAID = {("Her debut", "returns")}  # a first work does not return
# An unquoted title (US and UK copy lose the italics) is a work only as the subject of a verb a person cannot be the
# subject of (lint/analysis/bare_titles.py): "Blue Hour opens over Chuseok", but "Taylor Swift arrives in Seoul next
# week" is a person's trip.
BARE_TITLE_VERBS = ("will be released", "releases", "premieres", "airs", "opens", "drops", "will launch", "comes out",
                    "hits Netflix", "hits theatres")
PERSON_VERBS = ("arrives", "lands", "streams", "is out", "returns")

# An adverb between the auxiliary and the verb (closed class of English: sentence adverbs and -ly adverbs).
ADVERBS = ("officially", "finally", "also", "now", "reportedly", "exclusively")
ADVERB_VERBS = ("The drama will {a} air", "The film is set to {a} open", "The album will {a} drop",
                "The series will {a} premiere", "The documentary will {a} stream")

# A release noun with the timing as its modifier, after a verb of scheduling or receiving (Conventions: "Diwali
# release"; release-language.toml and lint/analysis/date_shapes.py "modifier").
MODIFIED_NOUNS = ("The film is slated for a {m} release", "The series gets a {m} premiere",
                  "The film will receive a {m} release", "The album is set for a {m} launch",
                  # A release the work has or one announced; a group's comeback, a drama's broadcast (issue 17's grid).
                  "The film has a {m} release", "The studio announced a {m} release for the film",
                  "The label confirmed a {m} comeback for the group", "The group is set for a {m} comeback",
                  "The drama is set for a {m} broadcast on KBS", "The drama is gearing up for a {m} premiere",
                  "The group is getting ready for a {m} comeback",
                  # "earmarked", a verb of scheduling the look-behind left out (review of session 10)
                  "The film is earmarked for a {m} release")
MODIFIERS = (("July", "July"), ("summer", "summer"), ("2027", "2027"), ("Diwali", "Diwali"), ("Eid", "Eid"))

# A verb of scheduling with no release verb beside it ("is scheduled for March") is a timing as "is scheduled to premiere
# in March" is (the issue's probes): each scheduling verb, in the present passive and the perfect, takes every month
# ("March" and "May" too, which a bare "for" leaves to their verb and name senses), season, year and window.
SCHEDULING_VERBS = ("is scheduled for", "is slated for", "is set for", "is planned for", "is due for", "is pencilled in for",
                    "has been scheduled for", "will be scheduled for", "is earmarked for")
SCHEDULED_TIMINGS = (("March", "March"), ("May", "May"), ("July", "July"), ("the summer", "summer"), ("2027", "2027"),
                     ("early 2027", "early 2027"), ("later this year", "later this year"), ("next month", "next month"),
                     ("the Diwali weekend", "Diwali"), ("the coming months", "the coming months"),
                     ("the near future", "the near future"), ("this Friday", "this Friday"), ("the 22nd", "the 22nd"))
SCHEDULED_SUBJECTS = ("The series", "The film", "The album", "'Sky'", "The series, starring Kim Ji-won,", "Its premiere",
                      "The film's release")
# The intransitive verbs and the present passive with "in" (a present "is released" is no past).
IN_PREDICATES = ("is due", "arrives", "lands", "is released", "is scheduled for release", "is planned for release",
                 "is expected")
IN_TIMINGS = (("in March", "March"), ("in May", "May"), ("in July", "July"), ("this summer", "this summer"),
              ("in 2027", "2027"), ("in early 2027", "early 2027"), ("later this year", "later this year"),
              ("next month", "next month"))
# A release noun planned: the participle after or before it ("a release planned for", "a planned release in"), a verb
# of planning or aiming with the release as object; and a release after a filming start that has its own timing.
PLANNED = ("The film has a release planned for {f}.", "The film, with a release scheduled for {f}, stars Kim Ji-won.",
           "The film has a planned release {i}.", "The studio is planning a {m} release for the film.",
           "The studio has planned a {m} release for the film.", "The film is targeting a {m} release.",
           "The studio is eyeing a {m} release for the series.",
           "The film starts filming in January and hits theatres {i}.",
           "Filming begins in January, and the film opens {i}.")


def scheduled_cells(subject: str) -> list[tuple[str, str]]:
    cells = [(f"{subject} {v} {t}.", want) for v, (t, want) in itertools.product(SCHEDULING_VERBS, SCHEDULED_TIMINGS)]
    return cells + [(f"{subject} {v} {t}.", want) for v, (t, want) in itertools.product(IN_PREDICATES, IN_TIMINGS)
                    if not (subject in ("Its premiere", "The film's release") and "release" in v)]


def planned_cells(template: str) -> list[tuple[str, str]]:
    if "{m}" in template:
        return [(template.format(m=m), want) for m, want in MODIFIERS]
    if "{f}" in template:
        return [(template.format(f=t), want) for t, want in SCHEDULED_TIMINGS]
    return [(template.format(i=t), want) for t, want in IN_TIMINGS]


# Release nouns crossed with a moved timing and with the timing after the noun (the issue's "release nouns x timing shapes
# x verbs of scheduling"): each noun's release moved to a month, a season or a year counted from now, and a
# determiner's noun followed by its timing.
RELEASE_NOUNS = ("release", "premiere", "debut", "launch", "opening", "comeback", "broadcast")
MOVED_TIMINGS = (("March", "March"), ("the summer", "summer"), ("summer 2027", "summer 2027"), ("next spring", "next spring"),
                 ("later this year", "later this year"), ("2027", "2027"))
NOUN_TIMINGS = (("this summer", "this summer"), ("next month", "next month"), ("later this year", "later this year"),
                ("in July", "July"), ("soon", "soon"))
NOUN_FRAMES = ("The series is gearing up for its {n} {w}.", "The studio confirmed the film's {n} {w}.",
               "Fans await the drama's {n} {w}.")


def moved_cells(noun: str) -> list[tuple[str, str]]:
    return [(f"The drama's {noun} has been pushed to {t}.", want) for t, want in MOVED_TIMINGS]


# Two verb phrases coordinated by "and": the release phrase's own tense, whatever the other phrase's (a past making, a
# past premiere, a renewal).
COORDINATED = ("The film took two years to make and opens {w}.", "The film premiered at Cannes in May and opens {w}.",
               "The series was renewed in May and returns {w}.", "The series wrapped filming in May and premieres {w}.",
               # Coordinated clauses, each with its subject.
               "Filming wrapped in May and the drama airs {w}.", "The band released the album in May and the tour starts {w}.")


# A reduced clause set off by commas after the work ("The book, out today, ..." in celebrity-news fake/054, set D).
APPOSITIVES = ("The film, due {w}, stars Kim Ji-won.", "The album, out {w}, has ten tracks.",
               "The series, expected {w}, stars Kim Ji-won.", "'Sky', due {w}, stars Kim Ji-won.",
               "Her new album, 'Sky', out {w}, has ten tracks.")
APPOSITIVE_TIMINGS = tuple(t for t in TIMINGS if not t[0].startswith(("during ", "for ", "over ")))


# Live works (Conventions: a tour is a release): the verb "tour", a tour that travels to a place, a concert held.
# A simple present of a live cue is a photo line's moment ("The singer performs in Paris, France, in 2019",
# lint/analysis/releases.py) and is left out; the progressive is a coming performance.
LIVE = ("The band will tour", "The band is touring Europe", "The singer will be touring North America",
        "The tour will come to London", "The residency will head to Las Vegas", "The band will hold a concert in Seoul")

# A person's coming appearance in or on a work is the work's coming release or airing (the rule's examples: "He will
# soon be seen in ..."; gold-dev s18: a host who will appear on an episode tonight).
APPEARANCES = ("Kim will appear in the drama", "Kim is set to appear in the film", "Kim will appear on the show",
               "The host will appear on the season finale", "Fans will see her in the series")

# The reader as the subject of a viewing verb (the "Fans can catch the movie this Eid").
VIEWERS = ("Fans can catch the movie", "Viewers can watch the series", "Audiences will get to see the film",
           "You can stream the album", "Fans will be able to watch the drama", "Viewers can now see the show")

# Word order: where the timing stands.  {w} the timing, {W} the same capitalised.
POSITIONS = (
    "{W}, the show airs on tvN.",                                 # fronted
    "{W}, the film opens in 300 theatres.",
    "The film, which opens {w}, stars Kim Tae-ri.",               # in a relative clause
    "The drama, which airs {w}, stars Kim Tae-ri.",
    "The album, which drops {w}, has ten tracks.",
    "The series streams on Netflix {w}.",                         # after the platform
    "The drama airs on tvN {w} at 9 pm.",
    "The film opens in cinemas nationwide {w}.",
    "'Sky' is set to grace the big screen {w}, its distributor said.",  # with an attribution after it
)
# Headlines (the Conventions' examples are headline spans too): the headline-ese infinitive and the present.
HEADLINES = ("'Sky' to premiere {w}", "'Sky' to open {w}", "New drama 'Sky' airs {w}", "'Sky' sequel lands {w}",
             "Season 2 of 'Sky' to stream {w}", "BTS to drop new album {w}")
HEADLINE_BODY = "\n\nThe cast met the press in Seoul, the agency said."

# A day-less timing the grid picks for the rows that only vary the words around it.
SOME = (("in July", "July"), ("this summer", "this summer"), ("over Chuseok", "Chuseok"), ("this Friday", "this Friday"),
        ("soon", "soon"))


# Given up: a festival window after a span opener ("during", "for") and a verb that refuses span openers in the
# present tense ("opens", "is opening", "drops", "is dropping", "is out"; headline "to open"), and "comes out for",
# which the other sense of "come out" refuses.  Those verbs' other senses run over a span ("The film opens during the
# summer of 1976", "The singer is out until March", "Viewing figures ... drop during the summer": review item 9), and
# the vocabulary cannot tell a window from a season there; a future tense still fires through the window's own cue
# (lint/analysis/release_cues.py window_cues).  No such line in gold-dev or BBC.
_SPAN_WINDOW = re.compile(r"^(?:'Sky' to open (?:during|for) |.*\b(?:(?:opens|is opening|drops|is dropping|is out) (?:during|for)|comes out for) )")


def _silent(cases: list[tuple[str, str]], **kw: object) -> list[str]:
    """The sentences of (sentence, expected span) where no finding overlaps the span (gold counts an overlap).

    The cells given up (_SPAN_WINDOW) are left to test_a_window_after_a_span_opener.
    """
    return [s for s, want in cases if not _SPAN_WINDOW.match(s)
            and not any(want in got or got in want for got in spans(RULE, s, **kw))]


def _span_window_cells() -> list[tuple[str, str]]:
    cells = [c for verb in VERBS for c in verb_cells(verb)]
    cells += [c for t in POSITIONS for c in position_cells(t)]
    return [c for c in cells if _SPAN_WINDOW.match(c[0])]


def verb_cells(verb: str) -> list[tuple[str, str]]:
    subject, forms = VERBS[verb]
    return [(f"{subject} {form} {w}.", want) for form, (w, want) in itertools.product(forms, TIMINGS)]


def work_cells(work: str, verbs: tuple[str, ...] = WORK_VERBS) -> list[tuple[str, str]]:
    return [(f"{work} {verb} {w}.", want) for verb, (w, want) in itertools.product(verbs, SOME) if (work, verb) not in NOT_SAID]


def viewer_cells(viewer: str) -> list[tuple[str, str]]:
    return [(f"{viewer} {w}.", want) for w, want in TIMINGS]


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def position_cells(template: str) -> list[tuple[str, str]]:
    # A fronted timing opens the sentence: its span is capitalised when it is the whole timing ("This Friday").
    fronted = template.startswith("{W}")
    return [(template.format(w=w, W=_capital(w)), _capital(want) if fronted and want == w else want) for w, want in TIMINGS]


def headline_cells(template: str) -> list[tuple[str, str]]:
    return [(template.format(w=w) + HEADLINE_BODY, want) for w, want in TIMINGS]


@pytest.mark.parametrize("verb", VERBS)
def test_every_tense_of_a_release_verb_takes_every_vague_timing(verb: str) -> None:
    assert _silent(verb_cells(verb)) == []


@pytest.mark.parametrize("work", WORKS)
def test_every_work_with_every_release_verb(work: str) -> None:
    assert _silent(work_cells(work)) == []


@pytest.mark.parametrize("title", ("Blue Hour", "The Last of the Summer"))
def test_a_bare_title_with_a_verb_only_a_work_takes(title: str) -> None:
    assert _silent(work_cells(title, BARE_TITLE_VERBS)) == []


@pytest.mark.parametrize("verb", PERSON_VERBS)
@pytest.mark.xfail(strict=True, reason="a bare capitalised subject of a verb a person also takes may be a person")
def test_a_bare_title_with_a_verb_a_person_takes(verb: str) -> None:
    assert _silent(work_cells("Blue Hour", (verb,))) == []


@pytest.mark.parametrize("template", ADVERB_VERBS)
def test_an_adverb_between_auxiliary_and_verb(template: str) -> None:
    cases = [(f"{template.format(a=a)} {w}.", want) for a, (w, want) in itertools.product(ADVERBS, SOME)]
    assert _silent(cases) == []


# A verb after a modal is a bare infinitive, though "hit" is also a past form: "could hit theatres by March".
@pytest.mark.parametrize("modal", ("could", "may", "might", "should", "can", "would"))
def test_a_verb_after_a_modal_is_no_past(modal: str) -> None:
    cases = [(f"The film {modal} hit theatres {w}.", want) for w, want in SOME]
    assert _silent(cases + [(f"The album {modal} drop {w}.", want) for w, want in SOME]) == []


# "Is due" takes every timing opener, US style included (no preposition before a weekday or a month).
# A work noun after a preposition still heads the subject when another work noun or a relative pronoun does (review 8's
# guard: "The inquiry's findings on the concert crush are due ..." is no release).
@pytest.mark.parametrize("subject", ("The album", "The sequel", "'Sky'", "The second season of the drama",
                                     "The new album from the band", "Kim Ji-won stars in the film that"))
def test_is_due_takes_every_timing(subject: str) -> None:
    cases = [(f"{subject} is due {w}.", want) for w, want in TIMINGS if not w.startswith(("during ", "for "))]
    cases += [(f"{subject} is due {w}.", want) for w, want in (("Friday", "Friday"), ("sometime in 2027", "2027"),
                                                                 ("by the end of the year", "end of the year"))]
    assert _silent(cases) == []


@pytest.mark.parametrize("template", MODIFIED_NOUNS)
def test_the_timing_as_modifier_of_a_release_noun(template: str) -> None:
    assert _silent([(template.format(m=m) + ".", want) for m, want in MODIFIERS]) == []


# Headline-ese drops the article after a verb of announcing or receiving (issue 17's grid).
@pytest.mark.parametrize("template", ("BTS announces {m} release for new album", "'Sky' gets {m} premiere",
                                      "Group confirms {m} comeback with new single", "BTS Announces {m} Comeback",
                                      "'Sky' Gears Up For {m} Premiere"))
def test_the_timing_as_modifier_in_a_headline(template: str) -> None:
    assert _silent([(template.format(m=m) + HEADLINE_BODY, want) for m, want in MODIFIERS], snippet=False) == []


# An athlete's comeback in a headline is no release (review 8): no music act, no music work.
@pytest.mark.parametrize("headline", ("Murray eyes summer comeback after hip surgery",
                                      "Injured striker eyes March comeback", "Boxer Announces Summer Comeback"))
def test_a_comeback_with_no_music_act_in_a_headline(headline: str) -> None:
    assert spans(RULE, headline + HEADLINE_BODY, snippet=False) == []


@pytest.mark.parametrize("subject", SCHEDULED_SUBJECTS)
def test_a_verb_of_scheduling_takes_every_timing(subject: str) -> None:
    assert _silent(scheduled_cells(subject)) == []


@pytest.mark.parametrize("template", PLANNED)
def test_a_planned_release(template: str) -> None:
    assert _silent(planned_cells(template)) == []


@pytest.mark.parametrize("noun", RELEASE_NOUNS)
def test_a_release_noun_moved_and_timed(noun: str) -> None:
    cells = moved_cells(noun) + [(f.format(n=noun, w=w), want) for f, (w, want) in itertools.product(NOUN_FRAMES, NOUN_TIMINGS)]
    assert _silent(cells) == []


@pytest.mark.parametrize("template", COORDINATED)
def test_the_release_phrase_of_two_coordinated_phrases(template: str) -> None:
    assert _silent([(template.format(w=w), want) for w, want in SOME]) == []


# The date of the other of two coordinated phrases is no timing of the release: a past premiere, a renewal, a past
# release before a coming one.
@pytest.mark.parametrize(("sentence", "want"), (
    ("The film premiered at Cannes in May and opens in UK cinemas this summer.", ["this summer"]),
    ("The series was renewed in May and returns in the fall.", ["fall"]),
    ("The singer released her album in May and will release a single in the autumn.", ["autumn"]),
    ("Filming starts in January and the drama airs in March.", ["March"])))
def test_the_other_of_two_coordinated_phrases(sentence: str, want: list[str]) -> None:
    assert spans(RULE, sentence) == want


# The work as a pronoun after a sentence that names it: a release verb's present is a timetable ("It premieres in
# March"), and a verb of scheduling points ahead ("Its broadcast is set for ..."), with no future word.
PRONOUN_LEAD = "Kim Ji-won stars in the drama 'Blue Hour'. "
PRONOUN_VERBS = ("It premieres", "It arrives", "It opens", "It lands on Netflix", "It returns", "It streams",
                 "Its broadcast is set for", "Its premiere is scheduled for")


@pytest.mark.parametrize("verb", PRONOUN_VERBS)
def test_the_work_as_a_pronoun(verb: str) -> None:
    timings = SOME if " for" not in verb else (("July", "July"), ("the summer", "summer"), ("next month", "next month"))
    assert _silent([(f"{PRONOUN_LEAD}{verb} {w}.", want) for w, want in timings]) == []


@pytest.mark.parametrize("template", APPOSITIVES)
def test_a_reduced_clause_after_the_work(template: str) -> None:
    assert _silent([(template.format(w=w), want) for w, want in APPOSITIVE_TIMINGS]) == []


@pytest.mark.parametrize("subject", LIVE)
def test_a_live_work_and_its_timing(subject: str) -> None:
    assert _silent([(f"{subject} {w}.", want) for w, want in TIMINGS]) == []


@pytest.mark.parametrize("subject", APPEARANCES)
def test_a_coming_appearance_in_or_on_a_work(subject: str) -> None:
    assert _silent([(f"{subject} {w}.", want) for w, want in TIMINGS]) == []


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_reader_as_subject_of_a_viewing_verb(viewer: str) -> None:
    assert _silent(viewer_cells(viewer)) == []


@pytest.mark.parametrize("template", POSITIONS)
def test_the_timing_in_every_position(template: str) -> None:
    assert _silent(position_cells(template)) == []


@pytest.mark.parametrize("template", HEADLINES)
def test_the_timing_in_a_headline(template: str) -> None:
    assert _silent(headline_cells(template), snippet=False) == []


# Conventions: "coming soon" is vague on its own, with no verb beside it.
@pytest.mark.parametrize("work", ("The film", "Season 2", "The album", "'Sky'"))
def test_coming_soon(work: str) -> None:
    assert _silent([(f"{work} is coming soon.", "coming soon"), (f"{work} is coming soon to Netflix.", "coming soon")]) == []


@pytest.mark.xfail(strict=True, reason="a festival window after 'during' or 'for' and a present-tense verb that refuses "
                   "span openers (opens, drops, is out, comes out): the same words as a story's setting or a span")
def test_a_window_after_a_span_opener() -> None:
    cells = _span_window_cells()
    headline = [(t.format(w=w) + HEADLINE_BODY, want) for t in HEADLINES for w, want in TIMINGS
                if _SPAN_WINDOW.match(t.format(w=w))]
    assert len(cells) >= 10 and len(headline) == 2
    found = [s for s, want in cells if any(want in got or got in want for got in spans(RULE, s))]
    found += [s for s, want in headline if any(want in got or got in want for got in spans(RULE, s, snippet=False))]
    assert found == [s for s, _ in cells + headline]


# A weekday after the indefinite article is no date ("on a Saturday morning" is a slot), but the month after it still
# times the release (review item 11: the sentence used to be skipped whole, then flagged as giving no timing).
@pytest.mark.parametrize(("sentence", "want"), (("The album will be released on a Friday in June.", "June"),
                                                ("The show will premiere on a Sunday night in September on ITV.", "September")))
def test_a_weekday_after_a_leaves_the_month(sentence: str, want: str) -> None:
    assert _silent([(sentence, want)]) == []


# The reader told to tune in (celebrity-news legit/176, a star's post quoted), and a capitalised cue right after an
# opening quotation mark, which starts its sentence as much as a cue with nothing before it does.
TUNE_IN = ("Tune in {w} for the new season of the show.", "Tune in to the finale of 'Sky' {w}.",
           "\"Season 14 is wild,\" she wrote. \"Tune in {w}!!!\"", "\"Premiering {w} on Netflix!\" the streamer wrote of the series.")


@pytest.mark.parametrize("template", TUNE_IN)
def test_tune_in_and_a_cue_after_an_opening_quote(template: str) -> None:
    assert _silent([(template.format(w=w), want) for w, want in SOME if w != "soon"]) == []


# The market of a date is named in its own conjunct or before it: a territory after "and" belongs to the next date
# (celebrity-news legit/120, "nationwide in January 2015 and in the UK on 20 February"), so the UK's full date does not
# cover the US month; the end of a run ("through the end of November", celebrity-news fake/042) is no timing.
@pytest.mark.parametrize(("sentence", "want"), (
    ("The film is out in US cinemas this December but opens nationwide in January and in the UK on 20 February.",
     ["this December", "January"]),
    ("The film opens in the US in May and in the UK on 3 June.", ["May"]),
    ("The film opens in May in the UK and on 3 June in the US.", ["May"]),
    ("The tour resumes in Europe in September and runs through the end of November.", ["September"]),
    ("The show returns in March and runs thru June.", ["March"])))
def test_the_market_and_the_end_of_a_run(sentence: str, want: list[str]) -> None:
    assert spans(RULE, sentence) == want


# "Anytime soon" unlicensed is a timing ("It will be telecast anytime soon this month", gold-dev s23, marked).
def test_anytime_soon_as_a_timing() -> None:
    assert _silent([("The special natok will be telecast anytime soon this month.", "anytime soon this month"),
                    ("The sequel will be released any time soon, the studio said.", "soon")]) == []


# Out of scope: a sentence-final verb after a fronted timing names nothing after the verb that shows it has no object;
# the fronted prepositional timing with nothing after the verb is left to a later pass.
@pytest.mark.parametrize("sentence", ("In July, the album drops.", "Over Chuseok, the sequel opens."))
@pytest.mark.xfail(strict=True, reason="a release verb that ends its sentence after a fronted timing: no cue shape yet")
def test_fronted_timing_with_a_sentence_final_verb(sentence: str) -> None:
    assert spans(RULE, sentence) != []


# ---- The negative grid: the same words where the Conventions mark nothing. ----

# Conventions: "A full date (day and month, year optional) ... covers"; "A single named day is a full date".
FULL_DATES = ("on March 3, 2026", "on 3 March", "on July 22", "July 22", "on Christmas Day", "on Christmas Day 2026",
              "on Valentine's Day 2026", "on New Year's Eve")
NEGATIVE_VERBS = ("will be released", "premieres", "airs", "opens", "drops", "arrives", "lands", "streams on Netflix",
                  "hits Netflix", "is out", "returns", "kicks off its second season")


@pytest.mark.parametrize("verb", NEGATIVE_VERBS)
def test_a_full_date_is_no_finding(verb: str) -> None:
    assert [d for d in FULL_DATES if spans(RULE, f"The series {verb} {d}.")] == []


# Conventions: a relative day under a dateline or a published line names a day.
PINS = ("SEOUL, March 3 (Yonhap) -- ", "Published : Feb. 2, 2024\n\n")
PINNED = ("The drama 'Sky' airs {w} on tvN, its agency said.", "The film 'Sky' opens {w}, its distributor said.",
          "The album drops {w}, the label said.", "Fans can catch the drama 'Sky' {w} on tvN, its agency said.",
          "The series lands on Netflix {w}, the streamer said.")


@pytest.mark.parametrize(("pin", "template"), list(itertools.product(PINS, PINNED)))
def test_a_relative_day_under_a_dateline_is_no_finding(pin: str, template: str) -> None:
    texts = [f"Sky premieres\n\n{pin}{template.format(w=w)}" for w in ("this Friday", "on Tuesday", "tonight", "tomorrow")]
    assert [t for t in texts if spans(RULE, t, snippet=False)] == []


# Conventions: "Past works mentioned in passing, and dates of events that are not releases, are not marked"; durations,
# customs and other senses of the release verbs are no timing.  Each group crosses its shape with the vague timings.
NOT_RELEASES = {
    # Durations.
    "duration": ("The drama airs for ten weeks.", "The film ran for ten weeks in cinemas.",
                 "The series streams for twelve episodes."),
    # A past work mentioned in passing.
    "past work": ("Her first film, released in 2019, made her a star.", "The first season aired in 2019.",
                  "The film hit theatres in 2019.",
                  "The actor made his debut in 2015.", "The band's first album came out in 2012."),
    # Filming, ceremonies and other events.
    "other event": ("Filming begins in July.", "Shooting starts over Chuseok.", "The film festival opens next month.",
                    "The awards ceremony is held this summer.", "The exhibition opens in July.",
                    "The singer returns from military service in July."),
    # The start of a shoot, in a lede that names the coming work (the probes; Conventions: filming is no release).
    # Not "for" a window: shooting "for the Christmas season" may name the release it aims at.
    "filming start": tuple(f"{s} {w}." for s, (w, _) in itertools.product(
        ("The movie goes on floors", "The upcoming film will go on floors", "The upcoming film will begin shooting",
         "The upcoming film starts filming", "The upcoming film commences principal photography",
         "Rohit Shetty's upcoming film is set to go on the floors"), TIMINGS) if not w.startswith("for ")),
    # An event scheduled, not a work: the head of the scheduling verb's subject is an event of the vocabulary.
    "scheduled event": ("The film's press conference is scheduled for March.", "The drama's script reading is set for May.",
                        "The actor's military discharge is scheduled for July.", "The festival is scheduled for May.",
                        "The film's press conference is planned for next month."),
    # The work as a pronoun in the past: a past release.
    "pronoun past": ("Kim Ji-won starred in the drama 'Blue Hour'. It premiered in 2019.",
                     "Kim Ji-won starred in the drama 'Blue Hour'. They aired it in 2019."),
    # A person expected somewhere, the work in a phrase after the head noun.
    "person expected": ("The star of the film is expected in London next week.",
                        "The director of the series is expected at the festival this summer.",
                        "The singer is expected in court in July over the album dispute."),
    # The same reduced clause of a person: away, or due in court (release-language.toml: no span opener after "out").
    "person away": ("The singer, out until March with a throat infection, has cancelled the tour.",
                    "The rapper, out on parole this summer, will tour with his new album.",
                    "The singer, out in London on Tuesday, promoted her album.",
                    "The actor, due in court next month, stars in the film.",
                    "The singer, out for the summer with an injury, has delayed the album."),
    # A release noun with its timing as modifier, in the past or any such release.
    "any release": ("The film had a March release in Korea.", "It was the biggest opening for a March release.",
                    "The singer is a summer comeback specialist."),
    # "to" a season with no verb that moves: a span; a move of a person; a debut for a team.
    "no move": ("The tour runs from spring to summer.", "The band moved to London in the summer.",
                "The actor made his debut for the club in 2015.", "Her debut for the national team came in July."),
    # A plan that lapsed, and a verb sense of the month.
    "lapsed plan": ("The film was planned for March, but the strike stopped it.",
                    "The studio eyed a March release before the strike.", "Fans voted for May in the poll."),
    # Customs: a slot in the calendar, not one release.
    "habitual": ("The show airs every Friday.", "The show airs on Fridays.", "The show airs on a Saturday morning.",
                 "Big films usually open over Eid.", "Studios typically release comedies during Diwali."),
    # Other senses of the verbs, and possessive months that make an object.
    "other sense": ("The actor opens up about the film this week.", "Ratings drop in July for the drama.",
                    "Viewership drops by half in six months.", "The actor was dropped from the series in July.",
                    "The singer is to open February's Super Bowl.", "The drama airs Sunday's episode on tvN.",
                    "The festival will see film executives decamp from Hollywood in 2027.",
                    "The tour comes to an end in July.", "The biggest opening for a December release came last year.",
                    "The actor got a July premiere invitation.", "The actor will appear in court next month.",
                    "The cast of the film will appear on the red carpet tonight.",
                    # Review item 9: a service in the possessive determines another object.
                    "The series hit Netflix's most-watched list in October."),
    # A span: a story's setting, an absence, a figure that falls over a period (review item 9; span_openers in
    # release-language.toml).
    "span": ("The film opens during the summer of 1976, as a heatwave grips London.",
             "The second series opens over a long weekend in August, when a body is found.",
             "The singer is out until March with a throat infection, forcing the band to postpone its tour.",
             "Viewing figures for the soap drop during the summer, when the show goes off air."),
    # An appearance on, or a viewing of, something that is no work (review item 9).
    "no work viewed": ("The director will appear on a panel at the Edinburgh festival in August to discuss his new film.",
                       "The actor will appear on BBC Breakfast next week to discuss the film.",
                       "Fans can see the original costumes from the film at the museum until March.",
                       "Viewers will see fewer repeats on BBC One next year."),
    # A tour planned in the past, not a coming one (review item 10).
    "past plan": ("The singer had planned to tour Japan in the spring before her illness.",
                  "The band was due to tour Britain in the autumn, starting in York."),
    # Marketing is not the work (the rule's examples: a trailer's release is marketing).
    "marketing": ("The trailer drops next week.", "The first teaser will be released soon.",
                  "Tickets go on sale this Friday."),
    # Review 8 (plain news, the reviewer's wording).  A month after a verb of scheduling's "for" that is the subject of
    # an infinitive; things scheduled that are no work (surgery, a hearing, a trial, a wedding).
    "infinitive subject": ("Everything is set for March to be the wettest month on record, forecasters said.",
                           "Everything is set for May to be the busiest month the airport has seen."),
    "scheduled non-work": ("The singer is scheduled for surgery in March.", "The hearing is scheduled for March.",
                           "The trial is set for May.", "The wedding is planned for June."),
    # Money or land earmarked, and a month as an infinitive's subject after "earmarked for" (review of session 10,
    # our wording).
    "earmarked non-work": ("The council has earmarked £2m for the new arts centre.",
                           "The site was earmarked for housing in 2019.",
                           "The fund is earmarked for May to cover the repairs, the council said."),
    # The reduced clause after a noun whose everyday sense is as common as its work sense.
    "everyday noun": ("The new safety features, due in March, will be fitted to every car sold in the EU.",
                      "The railway tracks, due in May, will replace a line that closed in the 1960s."),
    # A release or a comeback that no work or music act has: a prisoner's release date, an athlete's comeback.
    "no work's release": ("The prisoner has a March release date after serving half of his sentence.",
                          "The striker has a March comeback in his sights after knee surgery.",
                          "The striker is gearing up for a March comeback after ten months out.",
                          "The boxer is gearing up for a summer comeback against a former world champion."),
    # The work as the object of a preposition in the subject, whose head is another noun ("is due" as "is expected").
    "work as object of due": ("The inquiry's findings on the concert crush are due by the end of the year.",
                              "A verdict in the record label's copyright case is due by the end of the year.",
                              "Results of the review into the show's finances are due next month."),
    # A pronoun in the present borrows no work the paragraph names only by a noun with an everyday sense (an event's
    # timetable); a future word still borrows it, as before.
    "everyday noun borrowed": ("The Chelsea Flower Show was cancelled last year because of the pandemic. It returns in May.",
                               "The motor show drew 200,000 visitors last year. It opens in the spring."),
    # "Anytime soon" under a negation or in an open question says no release is near (celebrity-news legit/010, "no
    # official confirmation from Meyer yet if she will be releasing a new book anytime soon").
    "negative polarity": ("There is no word yet on whether she will release a new album anytime soon.",
                          "The band won't be releasing a new album any time soon.",
                          "Fans asked if the sequel will premiere anytime soon.",
                          "Nobody expects the series to return anytime soon, and the cast has moved on."),
    # A season or series that is neither numbered nor qualified is no work's premiere.
    "unnumbered season": ("A series of talks begins in May at the library.", "The football season starts in August."),
    # A numbered or qualified season or series that begins is sport's, an inquiry's or talks' as often as a work's: no
    # release cue (review 9's plain news, their sentences or close variants; the season class of legit/038 was removed
    # after review 9b, since "Season 3 of The Hundred" and "Season 12 of The Voice" have one form).
    "season of no work": ("The club have signed a defender. The new season starts in August, and he will be fit for the opening game.",
                          "Super League's 30th season starts in February, with the champions at home.",
                          "The new season of Premier League football begins in August.",
                          "England's next series starts in November in Pakistan.",
                          "The new season of the World Snooker Tour starts in July.",
                          "Series 2 of the Premier League Darts begins in Belfast next February.",
                          "The second series of the inquiry's hearings begins in March.",
                          "The inquiry's second series of public hearings will begin in the autumn.",
                          "The first series of matches begins in April.",
                          "A second series of strikes by junior doctors begins next month.",
                          "The third series of talks between the unions and ministers begins next week.",
                          "\"The new season starts in August,\" the manager said.",
                          # Review 9b: a capitalised name after "of" is a competition's or an event's as often as a
                          # title's.
                          "The new season of Formula One starts in March, with 24 races on the calendar.",
                          "The new season of Super League begins in February, with Wigan defending their title.",
                          "The new season of the Netball Super League starts in April, with two new franchises.",
                          "Season 3 of The Hundred begins in August with a double-header at Lord's.",
                          "Series 2 of the Players Championship begins in Barnsley next month.",
                          "The second series of Grenfell Tower Inquiry hearings begins in January.",
                          "The third series of Green Gilt auctions starts in May, the Debt Management Office said.",
                          "The new season of Royal Institution Christmas Lectures begins in December at the Royal Institution in London."),
    "work as object": ("A decision on the film is expected in March, the council's planning committee said.",
                       "Viewing figures for the finale are expected on Tuesday.",
                       "A ruling on the series is expected next month, the regulator said.",
                       "Funding for the new show is expected later this year, the arts council said."),
}


@pytest.mark.parametrize("group", NOT_RELEASES)
def test_the_same_words_where_the_conventions_mark_nothing(group: str) -> None:
    assert [s for s in NOT_RELEASES[group] if spans(RULE, s)] == []
