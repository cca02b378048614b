"""promo/reader-call and promo/stray-headline on lines from the corpora: exact spans, fixes, where they stay silent."""
from __future__ import annotations

import dataclasses

import pytest

from artlint.checks import reader_call
from artlint.engine import run
from artlint.errors import ArtlintError
from artlint.env import Env
from conftest import TODAY, lint_one, make_doc, rule, spans


def test_calls_in_a_pasted_box_and_in_a_closing_paragraph() -> None:
    # gold-dev k10 (bulleted support box) and k28 (closing paragraph)
    box = ("• It's currently impossible to keep HanCinema running as it is with advertising only "
           "• Please subscribe and enjoy ad-free browsing\n")
    assert spans("promo/reader-call", box) == ["Please subscribe and enjoy ad-free browsing"]
    closing = "Which of these dramas are you most excited about? While you wait, make sure to stay tuned!\n"
    assert spans("promo/reader-call", closing) == ["Which of these dramas are you most excited about?", "stay tuned!"]
    assert lint_one("promo/reader-call", "HanCinema needs your immediate support 🙏\n") == [("promo/reader-call", 1, 11)]


def test_questions_in_an_interview_are_not_comment_bait() -> None:
    interview = ("Title\n\nDo you think he influenced you at all?\n\nYes.\n\nWhat do you think of the album?\n\n"
                 "It is good.\n\nAre you excited for the tour?\n\nVery.\n")
    assert spans("promo/reader-call", interview, fmt="txt") == []
    story = "Title\n\nShe toured Asia in May.\n\nAre you excited for the tour?\n"
    assert spans("promo/reader-call", story, fmt="txt") == ["Are you excited for the tour?"]
    # a headline that asks is the story's hook, not an interviewer's question: two questions in the body are no
    # interview (the shape of celebrity-news fake/050, in our own words)
    hooked = ("Who Is The Father Of Her Baby?\n\nThe singer gave birth in May.\n\nCould it be her ex?\n\n"
              "Nobody knows.\n\nReaders, do you think the rumour is true?\n")
    assert spans("promo/reader-call", hooked, fmt="txt") == ["Readers, do you think the rumour is true?"]


def test_a_question_to_the_reader_leading_a_call_in_is_part_of_it() -> None:
    # celebrity-news legit/078 and fake/173: the question and the call are one promo line, removable as a whole
    doc = make_doc("Title\n\nThe shelter raised $8,000.\n\nAre you involved in an animal rescue cause? Please feel "
                   "free to share your experiences in the comments section.\n\nHollywoodLifers, are you obsessed with "
                   "Selena’s adorable puppy too?! Tell us, below!\n", "txt")
    found = [(f.text, f.fix) for f in run(doc, [rule("promo/reader-call")], Env(today=TODAY))]
    assert found == [("Are you involved in an animal rescue cause? Please feel free to share your experiences in the "
                      "comments section.", ""),
                     ("HollywoodLifers, are you obsessed with Selena’s adorable puppy too?! Tell us, below!", "")]
    # a question of the story's own, one that is not the reader's, or one already reported stays apart
    assert spans("promo/reader-call", "Title\n\nThe shelter raised $8,000. Was it enough? Share your thoughts in the "
                 "comments.\n", fmt="txt") == ["Share your thoughts in the comments."]
    assert spans("promo/reader-call", "Title\n\nThe tour ends in May.\n\nWhat do you think of the new song? Let us "
                 "know in the comments.\n", fmt="txt") == ["What do you think of the new song?",
                                                            "Let us know in the comments."]


def test_a_whole_paragraph_call_is_removable_a_call_inside_story_text_is_not() -> None:
    doc = make_doc("Title\n\nThe film opens on Friday.\n\nStay tuned for more updates!\n\n"
                   "The cast met fans. Check out the teaser below.\n")
    found = [(f.text, f.fix, f.location.line, f.location.column)
             for f in run(doc, [rule("promo/reader-call")], Env(today=TODAY))]
    assert found == [("Stay tuned for more updates!", "", 5, 1), ("Check out the teaser below.", None, 7, 20)]


def test_story_sentences_and_quotations_are_not_calls() -> None:
    for text in ("Fans can watch the finale on Netflix from Friday.\n",
                 "Like her sister, she posted the photo on Instagram.\n",
                 "Share prices of HYBE rose 3 percent after the announcement.\n",
                 "Click, the camera went, as she stepped onto the red carpet.\n",
                 "\"Please subscribe to my channel,\" she told fans during the live stream.\n",
                 "\"We need your help to continue their journeys!\" the advert said.\n"):
        assert spans("promo/reader-call", text) == [], text


def test_stray_headline_between_paragraphs() -> None:
    # celebrity-news legit/006: a link to another story left between two paragraphs
    text = ("Jennifer Aniston on marriage\n\nShe spoke to the magazine about her career.\n\n"
            "Jennifer Aniston Reveals Secret to Happy Marriage, Professional Success\n\n"
            "The actress also talked about her new film.\n")
    assert lint_one("promo/stray-headline", text, fmt="txt") == [("promo/stray-headline", 5, 1)]
    # gold-dev w27: a line of names is not a headline
    names = ("Thai drama cast\n\nThe series was announced on Monday.\n\n"
             "Porshe Saran, Esther Supreeleela, and Green Ausadaporn\n\nFilming starts in May.\n")
    assert lint_one("promo/stray-headline", names, fmt="txt") == []


def test_calls_from_gold_dev_s_and_celebrity_news() -> None:
    # gold-dev s10 and s23: a read-on line and a stay-with line naming the site
    assert spans("promo/reader-call", "Title\n\nThe film opens in June.\n\nLet’s know in detail…\n", fmt="txt") == [
        "Let’s know in detail…"]
    assert spans("promo/reader-call", "Title\n\nShe starts filming soon.\n\nStay with MCFCEvents for more.\n",
                 fmt="txt") == ["Stay with MCFCEvents for more."]
    # celebrity-news legit/207: the comment box is what the reader is sent to
    assert spans("promo/reader-call", "HollywoodLifers, we hope Gwen feels better! "
                 "Send her your positive get-well vibes in the comments!\n") == [
        "Send her your positive get-well vibes in the comments!"]
    # celebrity-news legit/127: a lead clause with commas of its own before the call
    assert spans("promo/reader-call", "For the latest celebrity entertainment, news and lifestyle videos, "
                 "subscribe to Us Weekly’s YouTube channel.\n") == [
        "For the latest celebrity entertainment, news and lifestyle videos, subscribe to Us Weekly’s YouTube channel."]
    # celebrity-news legit/050: a watch sentence closed by a colon introduces an embed
    intro = ("Watch Kim Kardashian and Kanye West's behind-the-scenes video (with a North West cameo!) "
             "from their April 2014 cover shoot:\n")
    assert lint_one("promo/reader-call", intro) == [("promo/reader-call", 1, 1)]


def test_look_alikes_of_the_new_calls_stay_silent() -> None:
    for text in ("Watch Out Gwyneth Paltrow – Jennifer Aniston Is After You!\n",  # celebrity-news fake/186
                 "Let's see how these ladies flaunt their fresh cuts.\n",  # gold-dev k24
                 "She will stay with her family for more than a month.\n",
                 "Watch the teaser, which has 3 million views.\n",
                 "The comments section filled with questions after the show.\n"):
        assert spans("promo/reader-call", text) == [], text


def test_bracketed_link_label_and_embed_shortcode() -> None:
    # gold-dev s23, celebrity-news legit/195
    text = ("Title\n\nShe spoke to reporters.\n\n"
            "(Also Read: I want to work in silver screen but I’m not in a hurry – Mehazabien Chowdhury )\n\n"
            "[instagram id=\"ir9cKow4dA\"]\n\nThe film opens in June.\n")
    assert spans("promo/call-to-action", text, fmt="txt") == ["Also Read:", "[instagram id=\"ir9cKow4dA\"]"]


def test_politeness_markers_label_leads_and_stay_updated() -> None:
    # the shapes of South Asian and African house styles: a politeness marker, a short label before a colon
    assert spans("promo/reader-call", "Kindly subscribe to our YouTube channel for more updates.\n") == [
        "Kindly subscribe to our YouTube channel for more updates."]
    assert spans("promo/reader-call", "PAY ATTENTION: Join Legit.ng Telegram channel!\n") == [
        "PAY ATTENTION: Join Legit.ng Telegram channel!"]
    assert spans("promo/reader-call", "For the latest entertainment news and updates, stay connected with us.\n") == [
        "For the latest entertainment news and updates, stay connected with us."]
    # celebrity-news legit/034: the platform is what the reader is asked to hit
    assert lint_one("promo/reader-call", "Just hit 'Like' on our Digital Spy Facebook page and you're all set.\n") == [
        ("promo/reader-call", 1, 1)]
    assert spans("promo/reader-call", "She wants to stay connected with her fans.\n") == []


def test_a_labelled_link_is_reported_by_its_label_only() -> None:
    # celebrity-news legit/195: "READ NEXT" alone, then the linked title in sentence case; the Conventions mark
    # "the label only", so the title is not a stray headline
    text = ("Kendall Jenner Turns 21\n\nThe model celebrated in London.\n\nREAD NEXT\n\n"
            "You can now buy Kendall's 21st birthday chainmail dress from the woman herself\n\nShe wore silver.\n")
    assert spans("promo/stray-headline", text, fmt="txt") == []
    assert spans("promo/call-to-action", text, fmt="txt") == ["READ NEXT"]
    # running text after a lone label is story, not a link title
    story = "Kendall Jenner Turns 21\n\nRelated\n\nThe model celebrated in London. She wore silver.\n"
    assert spans("promo/stray-headline", story, fmt="txt") == []


def test_calls_from_sets_c_and_f_exact_spans() -> None:
    # celebrity-news legit/137 (a fuller account promised), fake/080 (the issue before the sale), fake/178 (tune in)
    assert spans("promo/reader-call", "For an in-depth look at their whirlwind romance, read our relationship "
                                      "timeline.\n") == [
        "For an in-depth look at their whirlwind romance, read our relationship timeline."]
    assert spans("promo/reader-call", "FOR THE FULL STORY with ALL the details – it's ONLY in the new\u00a0ENQUIRER "
                                      "– on sale now!\n") == ["in the new\u00a0ENQUIRER – on sale now!"]
    megyn = ("\"If you take those things away, what are you paying for?\" Fans are going to have to continue to "
             "tune in to Megyn Kelly Today to see the fate of the show...\n")
    assert spans("promo/reader-call", megyn) == ["tune in to Megyn Kelly Today to see the fate of the show..."]
    assert spans("promo/reader-call", "Tickets for the new tour are on sale now.\n") == []


def test_labels_from_sets_c_and_f_exact_positions() -> None:
    # celebrity-news legit/048 (the headline's closing label), legit/250 (a truncated bio), fake/006 (below the headline)
    assert lint_one("promo/call-to-action", "Title\n\nYOUNG M.A SAYS NICKI MINAJ IS 'JUST SHOWING LOVE, GIVING "
                                            "PROPS': WATCH\n") == [("promo/call-to-action", 3, 66)]
    assert spans("promo/call-to-action", "Caitlyn Jenner is the former Olympic gold medal-winning decathlon "
                                         "champion. More Bio…\n") == ["More Bio…"]
    exclusive = "EXCLUSIVE: Brad Pitt and Angelina Jolie Fight Over Their Kids' Schooling\n\n"
    story = "His birthday well wishes sparked a conversation between the exes.\n\n"
    assert lint_one("promo/call-to-action", exclusive + story, fmt="txt") == []
    assert lint_one("promo/call-to-action", "Brad and Jen\n\n" + story + exclusive, fmt="txt") == [
        ("promo/call-to-action", 5, 1)]


def test_a_quotation_headline_after_the_story_is_a_link_a_pull_quote_is_not() -> None:
    # celebrity-news legit/128: the last line, quoting words the story never quotes
    story = ("Caitlyn Jenner on Trump\n\nBut in August, Jenner told HBO’s Bill Simmons, “I honestly have not "
             "outwardly supported anybody.”\n\n")
    kim = "Kim Kardashian: ‘I want my children to grow up knowing that their lives matter.’\n"
    assert lint_one("promo/stray-headline", story + kim, fmt="txt") == [("promo/stray-headline", 5, 1)]
    # the same line between two story paragraphs reads as a pull quote
    after = "\nShe also spoke about the election and her show at length on Monday.\n"
    assert lint_one("promo/stray-headline", story + kim + after, fmt="txt") == []


def test_the_product_class_is_a_declared_parameter() -> None:
    """A house rule whose subscription products are another object class keeps the Title Case heading guard by naming
    it (`product_class`); an unknown class is the rule's error (code review of session 10)."""
    bundled = rule("promo/reader-call").prepared_as(reader_call.Prepared)
    params = dict(rule("promo/reader-call").params)
    objects = {("subscriptions" if k == "product" else k): v for k, v in params["objects"].items()}
    calls = [{**c, "objects": [("subscriptions" if o == "product" else o) for o in c.get("objects", [])]}
             for c in params["calls"]]
    fields = {f.name for f in dataclasses.fields(reader_call.Options)}
    base = {k: v for k, v in params.items() if k in fields and k not in ("objects", "calls")}
    renamed = reader_call.prepare(reader_call.Options(**{**base, "objects": objects, "calls": tuple(calls),
                                                         "product_class": "subscriptions"}))
    assert renamed.named_product is not None and bundled.named_product is not None
    assert renamed.named_product.pattern == bundled.named_product.pattern
    heading = "Sign Up For The Rest Is Politics Newsletter"
    found = reader_call._find(heading, renamed, True, renamed.calls, (), heading=True)
    assert found is not None and found[0] == 0
    with pytest.raises(ArtlintError, match="product_class"):
        reader_call.prepare(reader_call.Options(**{**base, "objects": objects, "calls": tuple(calls),
                                                   "product_class": "nothing"}))
