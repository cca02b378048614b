"""Promo shapes mined from celebrity-news (issue 19): exact spans and positions on real lines, and where they stay silent."""
from __future__ import annotations

from artlint.engine import run
from artlint.env import Env
from conftest import TODAY, lint_one, make_doc, rule, spans


def _found(rule_id: str, text: str) -> list[tuple[str, int, str | None]]:
    doc = make_doc(text, "txt")
    return [(f.text, f.location.line, f.fix) for f in run(doc, [rule(rule_id)], Env(today=TODAY))]


def test_a_clip_title_above_a_player_button() -> None:
    # celebrity-news fake/228: the title is reported (stray-headline only reports), the button is removable
    text = ("Kim and Kanye\n\nA Kanye insider tells Life & Style that the couple took a step back.\n\n"
            "Kim Kardashian and Kanye West's Best Couple Dressing Moments\n\nPlay Video\n\n"
            "But the duo's third wedding anniversary on May 24 made them reconsider the split.\n")
    assert _found("promo/stray-headline", text) == [
        ("Kim Kardashian and Kanye West's Best Couple Dressing Moments", 5, None)]
    assert _found("promo/call-to-action", text) == [("Play Video", 7, "")]
    # celebrity-news fake/193: a title the parser reads as a caption ("Still") is a clip's title all the same
    drake = ("Drake\n\nDrake does want to settle down and have kids one day.\n\n"
             "Drake Is Still Making Money Off Of Degrassi\n\nPlay Video\n\nAnd like we said before, he has options.\n")
    assert _found("promo/stray-headline", drake) == [("Drake Is Still Making Money Off Of Degrassi", 5, None)]


def test_lines_marked_as_links() -> None:
    # celebrity-news legit/169 (pointer lines), legit/062 (a bracketed headline)
    text = ("Joe Giudice\n\nThe South Jersey prison doesn't allow inmates to appear before an immigration judge.\n\n"
            "► May 8: 'Real Housewives' star Teresa Giudice gets probation reprimand\n\n"
            "► September 2016: Martha Stewart served more jail time than Brock Turner\n\n"
            "[In wake of debate, multiple women accuse Trump of sexual advances]\n\n"
            "The couple were accused of falsifying loan applications.\n")
    assert [line for _, line, _ in _found("promo/stray-headline", text)] == [5, 7, 9]
    # celebrity-news legit/060: a stage direction in an interview is two sentences
    direction = ("McCartney\n\nWe talked.\n\n[At this point Paul receives word that a playback is beginning. "
                 "He excuses himself.]\n\nHe came back.\n")
    assert _found("promo/stray-headline", direction) == []


def test_run_in_link_labels() -> None:
    # celebrity-news fake/076 and fake/175: the label only, inside the paragraph
    text = ("Reports suggest it's Justin, 43, who has a touch of the cold feet. "
            "Read more: Jennifer Aniston 'wants quickie wedding'\n")
    assert lint_one("promo/call-to-action", text) == [("promo/call-to-action", 1, 68)]
    assert spans("promo/call-to-action", "He loves her. (RELATED: Ariel Winter Defends Her Revealing Instagram)\n") == [
        "RELATED:"]
    for story in ("She wanted more: more money, more fame.\n",
                  "The studio said more: the film opens in May.\n",
                  "It was over. More: it had never begun.\n"):
        assert spans("promo/call-to-action", story) == [], story


def test_one_word_labels_and_the_title_under_them() -> None:
    # celebrity-news legit/215: "Read" over a linked title; legit/084: "Photo" over a caption is an image placeholder
    text = ("Caitlyn's memoir\n\nThe book came out on Tuesday.\n\nRead\n\n"
            "Kris Jenner Is \"So Angry\" About Her Portrayal in Caitlyn's Memoir\n\nShe did not comment.\n")
    assert _found("promo/call-to-action", text) == [("Read", 5, "")]
    # the Conventions mark a labelled link by its label only: the title under "Read" is not reported
    assert _found("promo/stray-headline", text) == []
    photo = "Kendall\n\nThe post went viral.\n\nPhoto\n\nMs. Jenner. Credit Bon Duke for The New York Times\n\nShe agreed.\n"
    assert _found("promo/call-to-action", photo) == []
    assert _found("promo/stray-headline", photo) == []


def test_calls_in_other_clothes() -> None:
    # celebrity-news fake/012, fake/236, fake/083, legit/139
    assert spans("promo/reader-call", "HollywoodLifers, now it's your turn to sound off and tell us what you think.\n") == [
        "HollywoodLifers, now it's your turn to sound off and tell us what you think."]
    assert spans("promo/reader-call", "In the meantime, don’t forget to check back with CDL for all the latest news "
                                      "and updates on the royal family right here!\n") == [
        "In the meantime, don’t forget to check back with CDL for all the latest news and updates on the royal "
        "family right here!"]
    assert spans("promo/reader-call", "To find out more about Clooney's upcoming wedding, pick up the latest issue of "
                                      "The National ENQUIRER.\n") == [
        "To find out more about Clooney's upcoming wedding, pick up the latest issue of The National ENQUIRER."]
    assert spans("promo/reader-call", "Title\n\nShe said no.\n\nLet us present an analysis...\n", fmt="txt") == [
        "Let us present an analysis..."]
    for story in ("Let's have a look at the ideas that have been floated so far.\n",
                  "She will come back for the second season.\n",
                  "The magazine is on newsstands Friday with a new editor.\n"):
        assert spans("promo/reader-call", story) == [], story


def test_sentence_case_headlines_of_other_stories() -> None:
    # celebrity-news fake/176: two links in The Sun's short paragraphs; both lines are reported
    text = ("Kim and Kanye\n\nFRIENDS say Kim Kardashian and Kanye West’s marriage is over.\n\n"
            "However, she is said to have blanked her husband and insiders claimed their marriage is as good as over.\n\n"
            " Kendall Jenner says family are praying for Kanye West's recovery\n\n"
            "It comes at the end of a nightmare 2016 for the couple.\n\n"
            " New video of Kanye West ranting before he stops Sacramento gig early\n\n"
            "Kim blew kisses in a video shared on her sister’s account.\n")
    assert [line for _, line, _ in _found("promo/stray-headline", text)] == [7, 11]
    # gold-dev u09: a caption about what the paragraph above it says is not a link
    caption = ("Katy Perry engaged\n\nThe huge sparkler consists of eight white diamonds. We couldn't help but notice "
               "the similarities between her ring and Princess Eugenie's.\n\n"
               "The engagement ring looks similar to Princess Eugenie's sparkler\n\nThe singer later said nobody was to blame.\n")
    assert _found("promo/stray-headline", caption) == []


def test_a_one_letter_brand_does_not_end_the_call() -> None:
    # celebrity-news legit/240: "E! News" is an outlet, so the pointer "below" is in the same sentence
    assert spans("promo/reader-call", "Watch the clip, which we first saw on E! News, below:\n") == [
        "Watch the clip, which we first saw on E! News, below:"]
    from artlint.analysis.tokens import sentences

    text = "She won! He left. I! No."
    assert [text[a:b] for a, b in sentences(text)] == ["She won!", "He left.", "I!", "No."]


# Round 2: what stray-headline takes for sections and what it never takes for a link (shapes of T/H/I pages
# qk02, pk202, pw04, qw11, ps207; lines written for the test).
_STORY = ("Singer meets fans before enlisting\n\n{deck}The singer met 1,400 fans on Saturday at a hall in Seoul before his "
          "service.\n\nHe thanked them for their support over the years and sang three songs.\n\n{middle}"
          "He begins his service on Aug. 27, his agency said.\n\n{tail}")


def test_a_deck_a_repeated_headline_and_a_byline_are_no_sections() -> None:
    text = _STORY.format(deck="", middle="", tail="By Lee Sun-min\n\nBand Members to Host a Live Chat with Fans on Friday\n")
    assert _found("promo/stray-headline", text) == [("Band Members to Host a Live Chat with Fans on Friday", 11, None)]
    deck = "Singer meets fans before enlisting\n\nHe will report for duty at a training camp in March\n\n"
    assert [t for t, _, _ in _found("promo/stray-headline", _STORY.format(
        deck=deck, middle="", tail="By Lee Sun-min\n\nBand Members to Host a Live Chat with Fans on Friday\n"))] == [
        "Band Members to Host a Live Chat with Fans on Friday"]


def test_notes_templates_named_works_and_table_rows_are_not_links() -> None:
    note = "[Planned: Mini album, title to come, spring]\n\n"
    assert _found("promo/stray-headline", _STORY.format(deck="", middle=note, tail="")) == []
    template = ("Who we're thinking of: Jane Doe as Eva in The Long Night (2018)\n\nShe played the role well.\n\n"
                "Who we're thinking of: Ann Roe as Mia in The Killer Bride (2019)\n\n")
    assert _found("promo/stray-headline", _STORY.format(deck="", middle=template, tail="")) == []
    work = ("The Place Where Our Stories Began\n\nIt opened the festival, as did his debut The Place Where Our "
            "Stories Began in 2004.\n\n")
    assert _found("promo/stray-headline", _STORY.format(deck="", middle=work, tail="")) == []
    row = "Region First Week Gross North 12.40 Cr South 3.15 Cr East 2.05 Cr Abroad 40.10 Cr\n\n"
    assert _found("promo/stray-headline", _STORY.format(deck="", middle=row, tail="")) == []


def test_teasers_of_other_stories_cut_off_by_the_page() -> None:
    # shapes of T/H/I pages ps105 and qs16 (lines written for the test): after the story, under a page line, two
    # teasers cut off with an ellipsis; under a run-in link label, a teaser cut off mid-sentence
    tail = ("Last updated: 12 March 2024, 11:57 am\n\n"
            "We often see singers on the street talking with fans and asking…\n\n"
            "During a recent visit to the village, the actor openly criticized the party…\n")
    found = _found("promo/stray-headline", _STORY.format(deck="", middle="", tail=tail))
    assert [line for _, line, _ in found] == [11, 13]
    related = ("Related: Actor confesses crush on the singer\n\nWe spoke for an hour. The next day she sent me "
               "a note saying that\n\n")
    found = _found("promo/stray-headline", _STORY.format(deck="", middle=related, tail=""))
    assert [t for t, _, _ in found] == ["We spoke for an hour. The next day she sent me a note saying that"]
    # a story paragraph that trails off after another story paragraph is the story's own
    trailing = "She paused and said she would think about it…\n"
    assert _found("promo/stray-headline", _STORY.format(deck="", middle="", tail=trailing)) == []


def test_a_noun_subject_in_a_title_case_heading() -> None:
    # "Sign up" as a noun subject with its finite verb: in running text the verb is in lower case, so a capitalised
    # word after the object is a name's ("The Rest Is Politics"); a Title Case headline capitalises every word, and is
    # read in lower case (lines written for the shape)
    heading = "Sign Up To The Gym Chain's App Hit A Record In March\n\nThe chain said 40,000 people joined.\n"
    assert _found("promo/reader-call", heading) == []
    named = "Podcasts\n\nThe show is recorded weekly.\n\nSign up to The Rest Is Politics newsletter.\n"
    assert _found("promo/reader-call", named) == [("Sign up to The Rest Is Politics newsletter.", 5, "")]
