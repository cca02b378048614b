"""Crowd claims, predictions and headline gates of the transfer round (develop on pages A, prove on pages B).

The pages are third-party text, so the sentences here are written for the test in the same shape, or taken
from ../shared/corpus where it holds one; each test names its shape.
"""
from __future__ import annotations

from conftest import spans


def _crowd(text: str) -> list[str]:
    return spans("hype/crowd-claims", text)


def _headline(text: str) -> list[str]:
    """hype/clickbait-headline's findings on an article whose first block is its headline."""
    return spans("hype/clickbait-headline", text, snippet=False)


_BODY = "\n\nThe singer released the album on Friday, her label said."


def test_a_reaction_before_its_crowd_is_the_crowds_unless_someone_owns_it() -> None:
    assert _crowd("The teaser sparked excitement among fans of the drama.") == ["excitement among fans"]
    # celebrity-news/legit 061's shape: one person's own excitement, shared with a crowd.
    assert _crowd("The singer shared her excitement with fans on Friday.") == []
    # "you" after a reaction is another verb's object; "us" stays (gold-dev s11 "never fails to entertain us").
    assert _crowd("It cuts through the marketing hype and tells you what the film earned.") == []
    assert _crowd("He never fails to entertain us.") == ["never fails to entertain us"]


def test_a_crowd_declared_eager_taken_by_surprise_or_looking_forward() -> None:
    assert _crowd("Fans were eager to hear the new single.") == ["Fans were eager"]
    assert _crowd("The announcement took fans by surprise.") == ["fans by surprise"]
    assert _crowd("It is the award that viewers look forward to every year.") == ["viewers look forward"]
    # BBC entertainment's scene with no verb, and an opinion given to its holder (BBC 367's shape).
    assert _crowd("The singles were reissued, with fans eager to buy the set.") == []
    assert _crowd("The editor thinks this year's films have not grabbed the public's imagination.") == []


def test_success_made_certain_is_a_prediction_unless_it_is_a_means() -> None:
    assert _crowd("These three actors guarantee box office success.") == ["guarantee box office success"]
    assert _crowd("Its cast can ensure success for the film this year.") == ["ensure success"]
    assert _crowd("Some see the ritual as a tool of ensuring success at the box office.") == []


def test_a_quoted_clause_in_a_headline_is_the_speakers_not_the_writers() -> None:
    # The model read the superlative inside the quotation as the writer's (an interview headline's shape).
    assert _headline("Park Yuchun: “Being called an actor is the best compliment to me”" + _BODY) == []
    # A headline of the writer's own words is still judged (tests/checks/test_hype.py's dev.tsv example).
    assert _headline("Watch Divorced Parents Tell Their Son's Stepparents How They Really Feel About Them" + _BODY)


def test_a_one_or_two_word_headline_is_not_given_to_the_model() -> None:
    # Site furniture a scraper takes for the headline (a star rating, a download count).
    assert _headline("1/5" + _BODY) == []
    assert _headline("10 Photos" + _BODY) == []


def test_all_the_details_is_a_curiosity_gap_in_a_headline_only() -> None:
    assert _headline("Singer Announces New Album: All the Details" + _BODY) == ["All the Details"]
    # As a sub-heading it labels a section (gold-dev w21 "What We Know So Far", unmarked).
    assert _headline("Singer announces new album\n\nAll the Details\n\nThe album is out on Friday.") == []


def test_attention_taken_is_a_claim_only_when_nobody_owns_it() -> None:
    # gold-dev s05 and k27: attention with no owner, or the crowd's.
    assert _crowd("The concept poster immediately caught attention.") == ["caught attention"]
    assert _crowd("The teaser is capturing the attention.") == ["capturing the attention"]
    # The writer's own, the reader's, or the press's attention (shapes of pages T and I).
    assert _crowd("Three new songs have caught our attention this year.") == []
    assert _crowd("She captures your attention as she talks.") == []
    assert _crowd("He recently grabbed media attention for his singing.") == []


def test_phase_two_shapes_from_pages_b() -> None:
    # A crowd eagerly waiting, or unable to stop; a concert crowd; crowds won over.
    assert _crowd("Fans of the duo are eagerly waiting for the video.") == ["Fans of the duo are eagerly waiting"]
    assert _crowd("Netizens can't stop laughing at the scene.") == ["Netizens can't stop"]
    assert _crowd("The crowd went crazy when the band came back on stage.") == ["The crowd went crazy"]
    assert _crowd("Their latest releases won over crowds.") == ["won over crowds"]
    # Acclaim received in a size; BBC's "widespread critical acclaim" is plain reporting.
    assert _crowd("Her performance received widespread appreciation.") == ["widespread appreciation"]
    assert _crowd("The album was released to widespread critical acclaim.") == []
    # Denied disappointment needs its auxiliary.
    assert _crowd("You won't be disappointed with his acting.") == ["won't be disappointed"]
    assert _crowd("The finale did not disappoint.") == ["did not disappoint"]
    assert _crowd("She was trying not to disappoint anyone.") == []


def test_the_trade_as_a_crowd_and_a_comparison_that_is_no_size() -> None:
    assert _crowd("The news has the entertainment industry buzzing.") == ["the entertainment industry buzzing"]
    assert _crowd("The show gave as much attention to the parents as to the children.") == []
    assert _crowd("The teaser drew much attention.") == ["much attention"]


def test_get_ready_is_the_readers_only_as_an_imperative() -> None:
    assert _headline("Get ready for the comeback of the year" + _BODY) == ["Get ready"]
    # A Singapore outlet's shape: the stars get ready, not the reader.
    assert _headline("TV stars get ready for annual awards show" + _BODY) == []


def test_the_readers_heart_acted_on_in_the_body() -> None:
    text = "Singer releases album\n\nThere are scenes which will tug at your heartstrings.\n"
    assert _crowd(text) == ["tug at your heartstrings"]
    assert _crowd("The show will always hold a special place in our hearts.") == ["place in our hearts"]
    # A heart in a song title spoken of in the third person is not the reader's.
    assert _crowd("The single Break My Heart topped the chart.") == []
