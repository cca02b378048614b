"""Direct speech detection: what the hype, attribution and clickbait rules leave alone."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from artlint.analysis.tokens import quotation_ranges
from conftest import make_doc


def _quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quotation_ranges(text)]


def _quoted_going_on(text: str, goes_on: str, came_before: str = "") -> list[str]:
    return [text[a:b] for a, b in quotation_ranges(text, goes_on, came_before)]


def test_curly_and_straight_quotes() -> None:
    text = '“A masterpiece,” the critic said. He called it "a gem" twice.'
    assert _quoted(text) == ["“A masterpiece,”", '"a gem"']


def test_quote_resumed_after_a_break_pairs_with_the_right_mark() -> None:
    # BBC 013: an opening mark re-opens a quote that was never closed.
    text = ('Suzie Doore said: "It is great to see her win. "Fresh out of university she is certainly one to watch."'
            ' The prize is a masterpiece.')
    quoted = _quoted(text)
    assert quoted[-1] == '"Fresh out of university she is certainly one to watch."'
    assert all("masterpiece" not in q for q in quoted)


def test_unclosed_quote_stops_at_its_sentence() -> None:
    assert _quoted("He said “it works. The masterpiece opens Friday.") == ["“it works."]


def test_paragraph_opening_on_a_quote_it_never_closes_is_quoted_to_its_end() -> None:
    # celebrity-news legit/063: the middle paragraph of a friend's quotation of four paragraphs.
    text = '"David was truly larger than life. He was not just a huge talent and a dear friend but a showbiz icon.'
    assert _quoted(text) == [text]
    # gold-dev s17: the last paragraph of a streamer's statement, never closed either.
    text = '"The phenomenal response to the first season of the neo-noir crime drama inspired us to delve even deeper.'
    assert _quoted(text) == [text]
    # Opened mid-paragraph, it still stops at its sentence when nothing says the quotation goes on.
    assert _quoted('Friend Imad Handi said: "It is with great sadness. He was an icon.') == ['"It is with great sadness.']


def test_quote_left_open_goes_on_when_the_next_paragraph_opens_with_a_mark() -> None:
    # celebrity-news legit/063 (lines 25 and 27): the next paragraph opens with a double mark.
    text = 'Friend Imad Handi said: "It is with great sadness. He was an icon.'
    assert _quoted_going_on(text, '"') == ['"It is with great sadness. He was an icon.']
    # A single mark opening the next paragraph does not continue a double quotation.
    assert _quoted_going_on(text, "'") == ['"It is with great sadness.']


def test_a_document_tells_each_paragraph_whether_the_next_opens_a_quotation() -> None:
    # celebrity-news legit/063, lines 25-29.
    doc = make_doc('Gest dies\n\nFriend Imad Handi said: "It is with great sadness. He was a dear friend.\n\n'
                   '"David was truly larger than life. He was a showbiz icon.\n\nMr Handi added: "I know he will'
                   ' be missed. Thanks."\n')
    quoted = [[b.text[x:y] for x, y in b.speech] for b in doc.blocks]
    assert quoted == [[], ['"It is with great sadness. He was a dear friend.'],
                      ['"David was truly larger than life. He was a showbiz icon.'],
                      ['"I know he will be missed. Thanks."']]


def test_single_quoted_paragraph_left_open_is_speech() -> None:
    # celebrity-news fake/206: James Corden's address, one paragraph of several, each opening with a mark.
    text = ("'Many of you won't have ever been to Manchester. It's famous all over the world for so many wonderful"
            " things, great football teams, Man City, Man United. It's famous for incredible music.")
    assert _quoted_going_on(text, "'") == [text]
    # celebrity-news fake/206: Rihanna's post, opened after a colon, goes on in the next paragraph.
    text = "And Rihanna wrote: 'Manchester has always been so close to my heart! I'm devastated!"
    assert _quoted_going_on(text, "'") == ["'Manchester has always been so close to my heart! I'm devastated!"]
    assert _quoted(text) == []


def test_paragraph_opening_on_a_single_mark_is_speech_in_a_run_of_quoted_paragraphs_or_with_a_speaker() -> None:
    # celebrity-news fake/108 (line 21): the paragraph before opened with a mark, the next one does not.
    text = "'Angelina is known to have a strong interest in the occult, especially Voodoo and Hoodoo."
    assert _quoted_going_on(text, "", "'") == [text]
    assert _quoted(text) == []
    doc = make_doc("White Witch warns Angelina\n\n'It feeds into her tendencies. For her, obsession equals love.'\n\n"
                   "'Angelina is known to have a strong interest in the occult.\n\nCarrie has shared a spell.\n")
    assert [[b.text[x:y] for x, y in b.speech] for b in doc.blocks] == [
        [], ["'It feeds into her tendencies. For her, obsession equals love.'"],
        ["'Angelina is known to have a strong interest in the occult."], []]
    # celebrity-news fake/127: a verb of saying names the speaker (the closing mark is a double one).
    text = "‘They’re intrigued by the business opportunity, like George Clooney did with Casamigos,” noted the insider."
    assert _quoted(text) == [text]


def test_capitalised_elision_opening_a_paragraph_is_not_a_quotation_left_open() -> None:
    # Review 9 probes: a paragraph opening on an elision in capitals, alone between paragraphs of the writer's.
    for text in ("'Tis the season for the stunning lights of Regent Street, which drew a crowd of 10,000 on Thursday.",
                 "'Allo 'Allo! star Gorden Kaye, the legendary comic actor, has died aged 77.",
                 "'Cos nobody does a quiz like the legendary Red Lion, the breathtaking pub in the heart of Bath.",
                 "'N Sync tribute band headline the stunning main stage, a much-anticipated act."):
        assert _quoted(text) == [], text
    doc = make_doc("Actor dies at 77\n\n'Allo 'Allo! star Gorden Kaye, the legendary comic actor, has died aged 77."
                   "\n\nHe was best known as the cafe owner Rene.\n")
    assert [b.speech for b in doc.blocks] == [(), (), ()]
    # Review 9, second probes: a double mark opening the next paragraph is another quotation, not this one going on.
    doc = make_doc("Actor dies at 77\n\n'Allo 'Allo! star Gorden Kaye, the legendary comic actor, has died aged 77."
                   "\n\n\"He was a joy to work with,\" his co-star Vicki Michelle said.\n")
    assert [len(b.speech) for b in doc.blocks] == [0, 0, 1]
    # Review 9, third probes: a single-quoted paragraph next to the elision makes it no quotation, either way round.
    doc = make_doc("Carols\n\n'Tis the season for the breathtaking Christmas lights on Oxford Street.\n\n"
                   "'They are the best in the world,' said one shopper.\n")
    assert [len(b.speech) for b in doc.blocks] == [0, 0, 1]
    doc = make_doc("Carols\n\n'They are the best in the world. We come every year.\n\n"
                   "'Twas the night before Christmas, and the breathtaking lights were on.\n")
    assert [len(b.speech) for b in doc.blocks] == [0, 0, 0]
    doc = make_doc("Carols\n\n'They are the best in the world. We come every year.\n\n"
                   "'Which is why we queue,' said one shopper.\n")
    assert [len(b.speech) for b in doc.blocks] == [0, 1, 1]
    # A verb of saying inside the writer's own clause names no speaker; one that closes the paragraph does.
    for text in ("'N Sync tribute band headline the stunning main stage, which adds a second night this year.",
                 "'Tis the season for the breathtaking Blackpool Illuminations, which this year added a new laser show.",
                 "'Tis the season for the stunning lights of Regent Street, which the council says drew 1.5 million."):
        assert _quoted(text) == [], text
    for text in ("'Tis the season for lights and for being with the people I love, she said.",
                 "'Tis the season for lights and for being with the people I love, said a source close to the star.",
                 "'Tis the season for lights and for being with the people I love, the singer told fans."):
        assert _quoted(text) == [text], text


def test_elisions_and_unopened_marks_are_not_a_quotation_left_open() -> None:
    # An elision opens with the same mark and starts in lower case or a digit.
    assert _quoted("'90s fashion is back, and the look is stunning.") == []
    assert _quoted("'cause I'm beautiful, he sings, a stunning moment.") == []
    # celebrity-news legit/076: no quotation follows "R.S.V.P.'d", even when the next paragraph opens with a mark.
    assert _quoted_going_on("But when certain people R.S.V.P.'d no because of busy schedules, the couple felt it.",
                            "'") == []


def test_short_single_quoted_words_introduced_by_a_verb_of_saying_are_speech() -> None:
    # celebrity-news legit/033 and legit/174: fans' and a musician's words, in lower case.
    assert _quoted("Mallies went as far as saying they'd make 'the cutest babies' with adore_echelon.") == [
        "'the cutest babies'"]
    assert _quoted("The musician posted an congratulatory image to 'two incredible women' on his Instagram.") == [
        "'two incredible women'"]
    # celebrity-news legit/044: a whole utterance after a colon may open with a capital.
    assert _quoted("As they were introduced, the Duke exclaimed: 'As escape artist!'") == ["'As escape artist!'"]


def test_short_single_quoted_titles_and_unintroduced_words_are_not_speech() -> None:
    # Titles stay titles after a verb of saying: Title Case, or one capitalised word.
    assert _quoted("She said 'Look What You Made Me Do' is the most stunning video of the year.") == []
    assert _quoted("The critic wrote: ‘Escape’ is a masterpiece.") == []
    # Lower-case words with no verb of saying or colon before them (celebrity-news fake/022) are left as they are.
    assert _quoted("She pulled her album from Apple Music to protest its 'shocking' policy.") == []
    # A verb of naming quotes the writer's own epithet as well.
    assert _quoted("IU, who is called the 'nation's little sister', returns.") == []
    # "rock 'n' roll" after a verb of saying.
    assert _quoted("He said the king of rock 'n' roll was incredible.") == []


def test_inch_mark_is_not_a_quote() -> None:
    assert _quoted('The 12" vinyl is a masterpiece.') == []


def test_single_quotes_are_speech_only_when_they_read_as_a_sentence() -> None:
    speech = "A spokesman said: 'What an incredible two days in Paris! Thank you to everyone.' Then they left."
    assert _quoted(speech) == ["'What an incredible two days in Paris! Thank you to everyone.'"]
    titles = "‘Escape’ stars Lee Je Hoon, and 'Crash Landing on You' returns; the fans' love is real."
    assert _quoted(titles) == []


@given(st.text(alphabet=st.sampled_from(list('ab "“”\'‘’.')), max_size=60))
def test_ranges_are_ordered_and_inside_the_text(text: str) -> None:
    for a, b in quotation_ranges(text):
        assert 0 <= a < b <= len(text)


def test_plural_possessive_inside_curly_quotes_does_not_close_them() -> None:
    # gold-dev d24 (a netizen comment): "fans’" is a possessive, and the proper ” closes the quotation.
    text = "• “Don’t make tears fall from fans’ eyes.”"
    assert _quoted(text) == ["“Don’t make tears fall from fans’ eyes.”"]
    # gold-dev d08: with no proper ” to come, a single mark still closes a title opened with a double one.
    assert _quoted("The film stars the “Sanju’ fame Vicky Kaushal.") == ["“Sanju’"]
