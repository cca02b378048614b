"""Crowd claims, predictions and headline gates of the transfer round (develop on pages A, prove on pages B).

The pages are third-party text, so the sentences here are new wording written for the test, or taken from
../shared/corpus where it holds one; each test names its shape.
"""
from __future__ import annotations

from artlint.checks.clickbait import _QUOTED, _own_words
from conftest import HEADLINE_BODY, headline_spans, make_doc, rule, spans


def _crowd(text: str) -> list[str]:
    return spans("hype/crowd-claims", text)


def test_a_reaction_before_its_crowd_is_the_crowds_unless_someone_owns_it() -> None:
    assert _crowd("The teaser sparked excitement among fans of the drama.") == ["excitement among fans"]
    # celebrity-news/legit 061's shape: one person's own excitement, shared with a crowd.
    assert _crowd("The drummer voiced her excitement to fans on Friday.") == []
    # "you" after a reaction is another verb's object; "us" stays (gold-dev s11 "never fails to entertain us").
    assert _crowd("Her column skips the studio's hype and shows you the budget.") == []
    assert _crowd("He never fails to entertain us.") == ["never fails to entertain us"]


def test_a_crowd_declared_eager_taken_by_surprise_or_looking_forward() -> None:
    assert _crowd("Fans were eager to hear the new single.") == ["Fans were eager"]
    assert _crowd("The announcement took fans by surprise.") == ["fans by surprise"]
    assert _crowd("It is the award that viewers look forward to every year.") == ["viewers look forward"]
    # BBC entertainment's scene with no verb, and an opinion given to its holder (BBC 367's shape).
    assert _crowd("The singles were reissued, with fans eager to buy the set.") == []
    assert _crowd("The editor thinks this year's films have not grabbed the public's imagination.") == []


def test_success_made_certain_is_a_prediction_unless_it_is_a_means() -> None:
    assert _crowd("With that director attached, the sequel is guaranteed success.") == ["guaranteed success"]
    assert _crowd("Its cast can ensure success for the film this year.") == ["ensure success"]
    assert _crowd("The producers treat the festival as a way of ensuring success abroad.") == []
    # "Hit" after an article is the noun; "hits" after a subject is the verb (review of 2 December).
    assert _crowd("Only a famous lead can guarantee a hit.") == ["guarantee a hit"]
    assert _crowd("The studio could not guarantee the film hits cinemas in May.") == []


def test_a_quoted_clause_in_a_headline_is_the_speakers_not_the_writers() -> None:
    # The model read a superlative inside a quotation as the writer's (an interview headline's shape).
    assert headline_spans("Veteran director: “I think this is the best film I have made”") == []
    # A headline of the writer's own words is still judged (tests/checks/test_hype.py's dev.tsv example).
    assert headline_spans("Watch Divorced Parents Tell Their Son's Stepparents How They Really Feel About Them") == [
        "Watch Divorced Parents Tell Their Son's Stepparents How They Really Feel About Them"]


def test_a_one_or_two_word_headline_is_not_given_to_the_model() -> None:
    # Site furniture a scraper takes for the headline (a star rating, a download count).
    assert headline_spans("1/5") == []
    assert headline_spans("10 Photos") == []


def test_attention_taken_is_a_claim_only_when_nobody_owns_it() -> None:
    # gold-dev s05 and k27: attention with no owner, or the crowd's.
    assert _crowd("The concept poster immediately caught attention.") == ["caught attention"]
    assert _crowd("The teaser is capturing the attention.") == ["capturing the attention"]
    # The writer's own, the reader's, or the press's attention.
    assert _crowd("A new podcast caught our attention last week.") == []
    assert _crowd("The opening chase captures your attention at once.") == []
    assert _crowd("The lawsuit drew the press; the band grabbed media attention for weeks.") == []


def test_a_crowd_that_cannot_stop_reacting() -> None:
    assert _crowd("Webtoon fans are eagerly waiting on episode one.") == ["fans are eagerly waiting"]
    assert _crowd("Netizens can't stop talking about the scene.") == ["Netizens can't stop talking"]
    # Nothing a crowd does follows "stop" (review of 2 December).
    assert _crowd("You can't stop a hurricane.") == []


def test_a_concert_crowd_and_the_trade_pair_only_with_their_own_reactions() -> None:
    assert _crowd("At the encore, the crowd went wild.") == ["the crowd went wild"]
    assert _crowd("Their last two tours won over crowds.") == ["won over crowds"]
    assert _crowd("The rumour had the entertainment industry buzzing all week.") == [
        "the entertainment industry buzzing"]
    # Plain reporting of a crowd or the trade (review of 2 December).
    assert _crowd("Crowds flooded the streets for the parade.") == []
    assert _crowd("The industry weathered the storm of the pandemic.") == []
    assert _crowd("The industry is eager for new rules on streaming royalties.") == []


def test_acclaim_received_in_a_size() -> None:
    assert _crowd("The cookbook earned the chef widespread appreciation.") == ["widespread appreciation"]
    # BBC's "widespread critical acclaim" is plain reporting.
    assert _crowd("The album was released to widespread critical acclaim.") == []


def test_denied_disappointment_is_a_verdict_with_its_auxiliary() -> None:
    assert _crowd("Stick with the slow first episode; you won't be disappointed.") == ["won't be disappointed"]
    assert _crowd("The finale did not disappoint.") == ["did not disappoint"]
    assert _crowd("She was trying not to disappoint anyone.") == []
    # A feeling reported, not a promise to the reader (review of 2 December).
    assert _crowd("He was never disappointed by his critics.") == []


def test_the_writer_as_the_object_of_a_captivation_verb_in_lower_case_only() -> None:
    assert _crowd("The film wooed us all.") == ["wooed us"]
    assert _crowd("The finale left us speechless.") == ["us speechless"]
    # "US" is the country (review of 2 December).
    assert _crowd("The show charmed US critics.") == []


def test_a_comparison_is_no_size() -> None:
    assert _crowd("Her memoir spends as much attention on money as on music.") == []
    assert _crowd("The teaser drew much attention.") == ["much attention"]


def test_get_ready_is_the_readers_only_as_an_imperative() -> None:
    assert headline_spans("Get ready for the comeback of the year") == ["Get ready"]
    assert headline_spans("Now get ready for the longest final in the show's history") == ["get ready"]
    # A subject gets ready: what the subject does, not the reader.
    assert headline_spans("Neighbours get ready as the street festival returns") == []


def test_the_readers_heart_acted_on_in_the_body() -> None:
    text = "Singer releases album\n\nThe last scene of the finale tugs at your heartstrings.\n"
    assert _crowd(text) == ["tugs at your heartstrings"]
    assert _crowd("Her first album keeps a place in our hearts.") == ["place in our hearts"]
    # A heart in a song title spoken of in the third person is not the reader's.
    assert _crowd("The single Break My Heart topped the chart.") == []


def test_the_reaction_first_group_holds_the_same_classes_as_the_crowd_first_group() -> None:
    # Review of 2 December, item 27: the reversed group is a copy of the first; a word added to one is added to both.
    # The pair that share the reaction class ("excite" on one side, the crowd on the other); the group of verbs a
    # crowd does (erupt, praise, lost their minds) only follows its crowd and has no reversed copy.
    crowd_first, reaction_first = (g for g in rule("hype/crowd-claims").params["groups"]
                                   if g["name"] == "unsourced crowd claim" and g.get("max_gap") == 4
                                   and "fans" in (g["left"] + g["right"]) and "excite" in (g["left"] + g["right"]))
    follows_its_crowd = ("eager", "stop ", "by surprise")
    assert reaction_first["left"] == [w for w in crowd_first["right"] if not any(f in w for f in follows_its_crowd)]
    # "You" after a reaction is the object of another verb ("the hype ... tells you"), so it stays out.
    assert reaction_first["right"] == [w for w in crowd_first["left"] if w != "you"]
    assert reaction_first["not_before"] and "not_before" not in crowd_first


def test_a_short_quotation_in_the_first_person_is_read_as_one_name_in_any_case() -> None:
    # Review of 2 December, item 19: a quotation opening "We", "My" or "Our" is speech, as one with "I" is.
    for headline in ("Band on the reunion: “We are back”", "Actor: “My new role”", "Singer: “Our last show”",
                     "Host: “I am done”"):
        block = next(make_doc(headline + HEADLINE_BODY).blocks_in(("headline",)))
        assert _QUOTED in _own_words(block), headline
    # A quoted title without a speaker's pronoun stays words for the model; "US" is the country.
    block = next(make_doc("Critics on “US Open Nights”" + HEADLINE_BODY).blocks_in(("headline",)))
    assert _QUOTED not in _own_words(block)
