"""promo/call-to-action, promo/reader-call and attribution/anonymous-source on lines from the corpora."""
from __future__ import annotations

from conftest import spans


def test_promo_lines_from_gold_articles() -> None:
    # gold-dev d04, d07, d12, d21, d25 (../shared/corpus/gold-dev/articles).
    text = ("Keep on reading for all the details.\n\nAlso read: Brave Girls Signed With Warner Music Korea\n\n"
            "In the meantime, check out the new teaser below!\n\nWatch Now\n\n"
            "Sign up now: Get ST's newsletters delivered to your inbox\n\n"
            "Have news you must share? Get in touch with us via email at news@example.com.\n")
    assert spans("promo/call-to-action", text) == ["Also read:", "Watch Now"]
    assert spans("promo/reader-call", text) == [
        "Keep on reading for all the details.", "In the meantime, check out the new teaser below!",
        "Sign up now: Get ST's newsletters delivered to your inbox",
        # the question to the reader that leads the call in is the same promo line (d25's gold span holds both)
        "Have news you must share? Get in touch with us via email at news@example.com."]


def test_link_labels_only_at_the_start_of_a_paragraph() -> None:
    assert spans("promo/call-to-action", "RELATED: Kendall Jenner Dresses as Powerpuff Girl\n") == ["RELATED:"]
    assert spans("promo/call-to-action", "The related: clause was unusual.\n") == []


def test_a_call_told_as_reported_speech_is_the_story_but_a_label_before_a_title_that_says_is_not() -> None:
    text = ("Please share, the singer told fans on Monday, so that the appeal reaches her hometown.\n\n"
            "Please share\n\nREAD MORE: Singer says she is quitting the band after ten years\n")
    assert spans("promo/call-to-action", text) == ["Please share", "READ MORE:"]


def test_call_to_action_takes_reader_calls_reporting_verbs() -> None:
    """One list of reporting verbs for both promo rules' reported speech (review item 12)."""
    from artlint.config import bundled_rules

    rules = {r.id: r for r in bundled_rules()}
    [calls] = [g for g in rules["promo/call-to-action"].params["groups"] if g["name"] == "a call to action"]
    assert calls["attribution"] == rules["promo/reader-call"].params["attribution"]


def test_gallery_link_is_promo_but_a_photo_credit_is_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import make_doc

    doc = make_doc("Title\n\nPHOTOS: The Shortest Celebrity Marriages Of All Times\n\nPHOTOS: IMWINTER/INSTAGRAM, AFP\n")
    kinds = [b.kind for b in doc.blocks]
    assert kinds[1:] == ["paragraph", "credit"] or kinds[1] != "credit"
    assert spans("promo/call-to-action", "Title\n\nPHOTOS: The Shortest Celebrity Marriages Of All Times\n",
                 fmt="txt") == ["PHOTOS:"]


def test_story_sentences_are_not_promo() -> None:
    text = "The singer announced the news on her Telegram channel. Fans can watch the finale on Netflix.\n"
    assert spans("promo/call-to-action", text) == []
    assert spans("promo/reader-call", text) == []


def test_anonymous_attribution_in_gossip_copy() -> None:
    # celebrity-news/fake 009 and 114, shortened.
    text = ("Sources say Miley Cyrus and Liam Hemsworth will marry this summer. "
            "Insiders are convinced the tour will go ahead. It is rumored that the label agreed.")
    assert spans("attribution/anonymous-source", text) == ["Sources say", "Insiders", "It is rumored"]


def test_named_and_quoted_attribution_is_fine() -> None:
    text = ("Billie Piper's spokeswoman confirmed the split. "
            "“Sources say a lot of things,” the agency said. Alan Alda, a family friend for 40 years, spoke.")
    assert spans("attribution/anonymous-source", text) == []
