"""Speech that only the run of paragraphs shows: quotations that go on into the next paragraph, interview answers.

All three (a quotation going on, an unlabelled interview's answers, a labelled one's) are decided over the document's
blocks in reading order, once, after a parser has built them; every parser calls mark_speech.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis.tokens import OPENING_MARKS, mostly_title_case, opens_on_elision
from ..document import BODY_KINDS, Block
from ..patterns import LazyPattern
from ..word_lists import alternation, words

_RUNNING_KINDS = BODY_KINDS | {"subheading"}


def mark_speech(blocks: list[Block]) -> None:
    """Mark what the sequence of blocks tells about speech (see the three functions below)."""
    mark_quotations_going_on(blocks)
    mark_interview_answers(blocks)
    mark_labelled_answers(blocks)


def mark_quotations_going_on(blocks: list[Block]) -> None:
    """Tell each running-text block which quotation mark opens the block after it and the one before it, if one does.

    A quotation of several paragraphs opens each with a mark and closes only the last, so a quotation
    left open in one paragraph goes on in the next when that one opens with a mark (quotation_ranges); a paragraph
    that opens on an elision ("'Tis the season ...") opens on no mark.
    """
    for block, after in zip(blocks, blocks[1:]):
        if block.kind in _RUNNING_KINDS and after.kind in _RUNNING_KINDS and after.text[:1] in OPENING_MARKS and (
                not opens_on_elision(after.text)):
            block.quote_goes_on = after.text[0]
            if block.text[:1] in OPENING_MARKS and not opens_on_elision(block.text):
                after.quote_came_before = block.text[0]


# An interview printed as questions and answers with no labels and no quotation marks (celebrity-news legit/060, a
# Rolling Stone interview; legit/198, Variety; legit/242): each question is a paragraph of its own that asks "you",
# and the answer under it speaks as "I" or "we".  Three such pairs under an introduction that presents the guest
# (_GUEST_CUE) make the article an interview; rhetorical questions of ordinary copy ("Could this be it?", "Why can't
# Jessie J be bi?", legit/195, 054) ask nobody or are followed by the writer's third person, and in the read corpora
# (gold-dev, BBC, sets A, B, D, the 219 judged articles) no other article has even two such pairs.
_MIN_PAIRS = 3
_MAX_QUESTION = 300  # characters: a question is a sentence or two
_QUESTION_END = LazyPattern(r"\?[\"”’')\]]*\Z")
_SECOND_PERSON = LazyPattern(r"\b(?:you|your|yours|yourself|you're|you’re|you've|you’ve|you'd|you’d|you'll|you’ll)\b",
                             re.IGNORECASE)
# Capitals spelled out, not a case-blind pattern: "US" is a country.
_SINGULAR = r"I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself"
_FIRST_PERSON = LazyPattern(rf"\b(?:{_SINGULAR}|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Uu]s|[Oo]ur|[Oo]urs)\b")
_SINGULAR_FIRST_PERSON = LazyPattern(rf"\b(?:{_SINGULAR})\b")
_WORD = LazyPattern(r"[^\W\d_][\w'’]*")
# What the writer's introduction above the first question says to present a guest, who then answers: a noun of an
# interview ("interview", "conversation" or "Q&A") with the guest, a verb of conversing or meeting whose partner is the
# guest, or whose subject is, with its topic after "about" (the words and where they came from:
# rules/_data/interviews.toml).  The guest is a name (a capitalised word, not at the sentence's start, where a plain
# noun has a capital too), a pronoun of the third person ("I" or "we" may be the columnist), or "the" and a noun of a
# person (speakers.toml's guest_roles, the roles among the speaker nouns that analysis/attribution.py reads).  Not
# "in talks with" (negotiating, not conversing).
# News wording presents nobody: "The conversation about the Oscars has changed", "The retailer is in talks with
# investors", "Ministers met with club owners last week to talk about the regulator" (review 9 probes, over a column
# of the writer's that asks the reader questions and answers them itself).
def _guest_cue() -> str:
    """The source of _GUEST_CUE, built from the word lists on its first use."""
    converse = rf"(?:(?<!\bin )(?:{_interview_words('talk_verbs')})|{_interview_words('meet_verbs')})"
    role = (rf"the[ \t]+(?:(?-i:[A-Z])[\w'’\-]*[ \t]+)?(?:{alternation(words('speakers', 'guest_roles'))}"
            rf"|{_interview_words('guest_groups')})s?")
    pronoun = rf"(?:him|her|them|us|me|{role})(?![\w'’])"
    guest = rf"(?:(?-i:[A-Z])[\w'’.\-]*(?![\w'’])|{pronoun})"
    negotiating = rf"(?<![\w'’])(?:{_interview_words('negotiating_nouns')})[ \t]+with"
    return (rf"(?<![\w'’])(?:(?:{_interview_words('interview_nouns')})[ \t]+with|(?:{_interview_words('interviewing')})"
            rf"|(?!{negotiating}){converse}[ \t]+(?:to|with))[ \t]+{guest}"
            rf"|(?<![\w'’])(?:{_interview_words('meeting')})[ \t]+{pronoun}"
            rf"|(?:(?<=[\w'’,;:][ \t])(?-i:[A-Z])[\w'’.\-]*|(?<![\w'’])(?:he|she|they"
            rf"|{role}))[ \t]+{converse}[ \t]+(?:to|with|about)(?![\w'’])")


def _interview_words(key: str) -> str:
    return alternation(words("interviews", key))


_GUEST_CUE = LazyPattern(_guest_cue, re.IGNORECASE)
# The writer conversing in the first person presents no guest but tells of its own chat, as a column does: "Last year I
# spoke to him about it" (review 9, third probes).  The interviews of the read corpora present the guest in the third
# person or by the publication (legit/060 "Rolling Stone conducted ...", legit/242 "Parade's Dotson Rader met with").
_WRITER_CONVERSES = LazyPattern(r"(?<![\w'’])I[ \t]+(?:(?:have|had|once|first|finally|recently|last)[ \t]+)?\Z")
# A headline that opens in the writer's first person heads a column ("Why I still love the Oscars", "My summer of
# festivals", "I tried ..."); interview headlines name the guest (legit/060, 198, 242), and one that quotes the
# guest's "I" names the speaker (", says Ellen").
_FIRST_PERSON_HEADLINE = LazyPattern(r"(?:(?:Why|How|What|When)[ \t]+)?(?:I|I'm|I’m|I've|I’ve|My|Me)(?![\w'’])")
_SAYS = LazyPattern(lambda: rf"(?<![\w'’])(?:{alternation(words('saying', 'say_tell_finite'))})(?![\w'’])",
                    re.IGNORECASE)
# A series label in the first person before a colon and the guest's name alone ("My life in music: Tom Jones", review of
# session 10): the "My" is the guest's, whom the series lets speak, and the name says who; a column's headline names no
# one after its label ("My summer in Hollywood"), or goes on in lower case ("My week: in praise of ...").
_SERIES_GUEST = LazyPattern(r"[^:]{1,60}:[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}[ \t]*")


def mark_interview_answers(blocks: list[Block]) -> None:
    """Mark the answers of an unlabelled question-and-answer interview as the interviewee's speech.

    Once three questions are answered so, every paragraph in the first person after the first question is an
    answer, also one under a prompt that asks nothing ("British parents aren't different ...", legit/060): the
    paragraphs that are not (the writer's bracketed stage directions, a linked headline) stay the writer's.  What
    stands above the first question is the writer's introduction, and it must present the guest (_GUEST_CUE, not
    the writer's own "I spoke to him"), under a headline that is not the writer's first person (a column's), unless
    that first person is a series label's before the guest's name (the name of the guest the introduction presents).
    """
    questions = [k for k, b in enumerate(blocks) if _question(b)]
    asked = set(questions)
    answered = [k for k in questions if k + 1 < len(blocks) and k + 1 not in asked and _answer(blocks[k + 1])]
    if len(answered) < _MIN_PAIRS:
        return
    intro = [b for b in blocks[:questions[0]] if b.kind in _RUNNING_KINDS]
    if _column(blocks, intro) or not any(_presents_guest(b.text) for b in intro):
        return
    for k in range(questions[0] + 1, len(blocks)):
        if k not in asked and _answer(blocks[k]):
            blocks[k].quoted = True


def _presents_guest(text: str) -> bool:
    return next(_guest_cues(text), None) is not None


def _guest_cues(text: str) -> Iterator[re.Match[str]]:
    """The cues of the text that present a guest, not the writer conversing."""
    # The cue's subject is a capitalised word, so the writer's "I" can open the cue itself, or stand before its verb.
    for m in _GUEST_CUE.finditer(text):
        if not (m[0].startswith(("I ", "I\t")) or _WRITER_CONVERSES.search(text, max(0, m.start() - 20), m.start())):
            yield m


def _column(blocks: list[Block], intro: list[Block]) -> bool:
    headline = next((b.text for b in blocks if b.kind == "headline"), "")
    if _FIRST_PERSON_HEADLINE.match(headline) is None or _SAYS.search(headline):
        return False
    if _SERIES_GUEST.fullmatch(headline) is None:
        return True
    # A series label's name must be the guest the introduction presents, by name or by a pronoun or a role standing
    # for it ("My life in music: Jessie Ware" ... "Ware spoke to us", "The singer talked to us"); a column's label
    # names a place or a show, and its introduction someone else ("My week: Cannes" ... "Tom Cruise spoke about his
    # stunts", review of session 10).  The writer's own "I" in the introduction is a column's, outside quotation marks
    # ("My hero: Dolly Parton" ... "Parton spoke to a television audience ..., and I have loved her ever since",
    # review of session 10, second round).
    if any(_SINGULAR_FIRST_PERSON.search(_unquoted(block.text)) for block in intro):
        return True
    named = set(_CAPITALISED.findall(headline.split(":", 1)[1]))
    return not any(_presents_series_guest("\n".join(b.text for b in intro[:i + 1]), cue, named)
                   for i, block in enumerate(intro) for cue in _guest_cues(block.text))


def _presents_series_guest(text: str, cue: re.Match[str], named: set[str]) -> bool:
    """Whether the cue (found in the last paragraph of text) presents the guest the series label names: by one of its
    names, or by a pronoun or a role that stands for nobody else (no other full name before it in the introduction:
    "Tom Cruise was the first big name on the red carpet, and he spoke to a packed press room", review of session 10,
    second round)."""
    capitals = set(_CAPITALISED.findall(cue[0]))
    if capitals & named:
        return True
    start = len(text) - len(text.rsplit("\n", 1)[-1]) + cue.start()
    return _names_nobody(capitals) and all(set(other[0].split()) & named
                                           for other in _FULL_NAME.finditer(text, 0, start))


def _names_nobody(capitals: set[str]) -> bool:
    """Whether a cue's capitalised words are only a role's or a pronoun's ("The singer", "She spoke to us")."""
    return not capitals - _NO_NAMES


def _unquoted(text: str) -> str:
    """The text with what stands inside double quotation marks blanked out (a first person there is the quoted one's)."""
    return _QUOTED.sub(lambda m: " " * len(m[0]), text)


_CAPITALISED = LazyPattern(r"(?<![\w'’])[A-Z][\w'’.\-]*")
_NO_NAMES = frozenset({"The", "He", "She", "They"})  # a cue's capitals that name nobody: a role's or a pronoun's
# Two capitalised words in a row: a full name (or a place, a title: narrowing the series reading is the lesser error),
# not a sentence's capitalised preposition or determiner before a name or a day ("On Tuesday", "In London").
_FULL_NAME = LazyPattern(r"(?<![\w'’])(?!(?:On|In|At|By|For|From|Of|To|With|Last|This|That|Next|Since|Until|After"
                         r"|Before|During|Every|Each|The|An|When|While|Then|Now|But|And|So)[ \t])"
                         r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+(?![\w'’])")
_QUOTED = LazyPattern(r"[\"“][^\"“”\n]*[\"”]")


def _question(block: Block) -> bool:
    text = block.text
    if block.kind != "paragraph" or len(text) > _MAX_QUESTION or text[:1] in OPENING_MARKS:
        return False
    if not _QUESTION_END.search(text) or not _SECOND_PERSON.search(text):
        return False
    return not mostly_title_case(_WORD.findall(text))  # a linked headline asks in Title Case


def _answer(block: Block) -> bool:
    return block.kind == "paragraph" and _FIRST_PERSON.search(block.text) is not None


# An interview printed with labels (review of session 10): "Q:" and "A:" ("Q." and "A.", "Question:" and "Answer:"),
# or each speaker's surname or initials in capitals before a colon ("JONES: ...", "RS: ..."), the transcript forms of
# print interviews.  The labels say who speaks, so no introduction need present the guest.  The interviewer's label
# is "Q", or the capitals whose turns ask (end in "?") and are answered most often by the next turn under another
# label; the labels that answer it are the guests' (one or several: a band).  A guest's turns are the guest's speech,
# and so are the unlabelled paragraphs in the first person that carry a turn on before the next label (an answer of
# several paragraphs), up to the first that does not; the questions stay the writer's, and so does what follows the
# last label (the writer's closing paragraph, "I have watched the film twice, and it is a masterpiece", review of
# session 10: after the last turn nothing tells a last answer's second paragraph from the writer's own).  Two
# asked-and-answered turns make the labels an interview's: the labels of a site's furniture ("PHOTOS:", "READ MORE:",
# "EXCLUSIVE:", every label of the read corpora) ask and answer nothing; and the guests must speak (_guests_speak).
_MIN_LABELLED_PAIRS = 2
# "A." before another initial opens a name ("A. R. Rahman", "A. J. Styles"), not an answer.
_TURN = LazyPattern(r"(?:(?P<qa>Q|A|Question|Answer)(?:[ \t]*:|\.(?![ \t]*[A-Z]\.))"
                    r"|(?P<name>[A-Z][A-Z'’.\-]*(?:[ \t][A-Z][A-Z'’.\-]*){0,2})[ \t]*:)[ \t]+(?=\S)")
_ASKER = "Q"


def mark_labelled_answers(blocks: list[Block]) -> None:
    """Mark the guest's turns of an interview printed with speaker labels (and the paragraphs that carry them on)."""
    labels: dict[int, str] = {}
    for k, block in enumerate(blocks):
        turn = _TURN.match(block.text) if block.kind in ("paragraph", "subheading") else None
        # A turn with no closing stop reads as a subheading ("Q: How do you stay calm? - Priya, Bristol", a signed
        # question, review of session 10, fourth round): only "Q:" and "A:" labels say it is a turn.
        if turn is not None and (block.kind == "paragraph" or turn["qa"]):
            labels[k] = "A" if turn["qa"] in ("A", "Answer") else _ASKER if turn["qa"] else _label(turn["name"])
    asked: dict[str, dict[str, int]] = {}  # asker's label -> the labels that answer its questions, and how often
    for k, label in labels.items():
        answer = labels.get(k + 1)
        if answer is None or answer in (label, _ASKER) or not (label == _ASKER or _QUESTION_END.search(blocks[k].text)):
            continue
        answers = asked.setdefault(label, {})
        answers[answer] = answers.get(answer, 0) + 1
    if not asked:
        return
    interviewer = max(asked, key=lambda label: (label == _ASKER, sum(asked[label].values())))
    if sum(asked[interviewer].values()) < _MIN_LABELLED_PAIRS:
        return
    guests = set(asked[interviewer]) - {interviewer}
    speech: list[int] = []
    speaking = False
    last = max(labels)
    for k, block in enumerate(blocks):
        if k in labels:
            speaking = labels[k] in guests
        elif block.kind != "paragraph" or not _answer(block) or k > last:
            speaking = False
        if speaking:
            speech.append(k)
    if _guests_speak(blocks, labels, guests, speech):
        for k in speech:
            blocks[k].quoted = True


def _label(name: str) -> str:
    """A capitalised label: a speaker's name, or the words of a question's or an answer's ("QUESTION:", "YOU ASKED:",
    "WE ANSWER:"), which name nobody, as "Q:" and "A:"."""
    said = set(name.lower().split())
    if said & set(words("interviews", "answer_labels")):
        return "A"
    return _ASKER if said & set(words("interviews", "question_labels")) else name


def _guests_speak(blocks: list[Block], labels: dict[int, str], guests: set[str], speech: list[int]) -> bool:
    """Whether the guests' turns (speech: with the paragraphs carrying them on) are a guest's speech: two of the turns
    speak in the first person (outside quotation marks), and an "A" names no one.

    Turns in the third person are a site's labels ("UPDATE: Who will win?" / "LATEST: The award is being presented",
    a liveblog's), not a speaker's.  "A:" names nobody: the writer answering readers' questions writes it too, as "we"
    ("Q: Will there be a resale?" / "A: Yes. We will update this page", an explainer's); an interview's guest is
    presented by the introduction above the first label (as an unlabelled interview's, _GUEST_CUE), or is asked as
    "you" (review of session 10, new wording); either way it answers as "I" at least once, outside quotation marks (the
    "we" of "We understand ..." is the publication's, and the "I" of "The promoter said: \"I expect ...\"" the
    quoted one's), or as "we" when the publication presents a group ("The Leeds four-piece spoke to us").  The
    introduction's cue must have the publication converse with the guest, or name an interview ("We spoke to ...",
    "... sat down with us", "Our reporter met her", "In an interview with ..."): news of others conversing or meeting
    ("Lisa Nandy met BBC bosses", "Paramount has held talks with ...", "Detectives interviewed him") presents nobody
    who answers here (_publication_converses).  A reader's letter under "Q" makes the "A" under it the writer's where
    no guest is presented (an advice column, a first-person FAQ: review of session 10, second round;
    _readers_letter)."""
    if sum(1 for k, label in labels.items() if label in guests and _FIRST_PERSON.search(_unquoted(blocks[k].text))
           ) < _MIN_LABELLED_PAIRS:
        return False
    if guests != {"A"}:
        return True
    first = min(labels)
    cues = [cue for b in blocks[:first] if b.kind in _RUNNING_KINDS
            for cue in _guest_cues(b.text) if _publication_converses(b.text, cue)]
    presented = bool(cues)
    # An "A" that answers only as "we" is the publication's explainer ("We understand ...", "We expect ...", review of
    # session 10, third round), also under a single presented guest ("We spoke to Sam Ryder"): a guest speaks as "I"
    # at least once, unless the publication presents a group, who answer as "we" ("The Leeds four-piece spoke to us",
    # "We met them", review of session 10, fourth round).
    if not any(_SINGULAR_FIRST_PERSON.search(_unquoted(blocks[k].text)) for k in speech) and not any(
            _PLURAL_GUEST.search(cue[0]) for cue in cues):
        return False
    # the question without its label (the "YOU" of "YOU ASKED:" asks nobody)
    asking = [_unquoted(_TURN.sub("", blocks[k].text, count=1)) for k, label in labels.items() if label == _ASKER]
    if any(_readers_letter(text, presented) for text in asking):
        return False
    return presented or any(_SECOND_PERSON.search(text) for text in asking)


def _readers_letter(question: str, presented: bool) -> bool:
    """Whether a "Q" turn is a reader's letter to the writer, under an introduction that presents no guest: one that
    opens on "Dear" or is signed off after its question ("... What should I do? - Worried, Leeds"), or one in the first
    person singular ("Q: I have been offered ...").  Under a guest the publication presents, a question is put to the
    guest, however it is written: an interviewer's own "I" ("Q: I read that you nearly gave up music. What changed?",
    review of session 10, third round), a long one that tells a story first, a reader's signed question or letter
    passed on ("We spoke to Jess Lowe and put your questions to her." / "Q: How do you stay calm on stage? - Priya,
    Bristol", review of session 10, fourth round)."""
    if presented:
        return False
    return (_LETTER_OPENING.match(question) is not None or _SIGNED_OFF.search(question) is not None
            or _SINGULAR_FIRST_PERSON.search(question) is not None)


def _publication_converses(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue presents the guest of an "A:": with the publication or an interview noun in the cue, the
    publication as the subject of its verb, or "us" just after it ("The actress sat down with us", "an interview with
    her", "We spoke to Emily Eavis", "Our reporter met her", "Nandy spoke to us").  Not the publication elsewhere in
    the sentence ("We understand Nandy spoke to Warner Bros"), and not someone else meeting, interviewing or speaking
    to a pronoun ("Detectives interviewed him", "The culture secretary met her", "She spoke to reporters", review of
    session 10, third round): news of others conversing presents nobody who answers here, even by a pronoun."""
    return _PUBLICATION.search(cue[0]) is not None or _TO_US.match(text, cue.end()) is not None or (
        cue[0][:1].islower() and _PUBLICATION_SUBJECT.search(text, max(0, cue.start() - 60), cue.start()) is not None)


# The publication as the subject before a cue that opens on its verb: "We", "Our" and up to three words ("Our film
# critic"), with an adverb or an auxiliary ("We recently spoke to", "Our reporter has met her").
_PUBLICATION_SUBJECT = LazyPattern(r"(?<![\w'’])(?:[Ww]e|[Oo]ur(?:[ \t]+[\w'’\-]+){1,3})"
                                   r"(?:[ \t]+(?:have|has|had|recently|once|first|last|finally|also|then))?[ \t]+\Z")
_TO_US = LazyPattern(r"[ \t]+us(?![\w'’])")  # "Nandy spoke to" + " us": the subject's cue comes first
# A reader's letter: "Dear Amy, ...", or signed off after its question with a dash and a capital ("- Worried, Leeds").
_LETTER_OPENING = LazyPattern(r"[ \t]*Dear(?![\w'’])")
_SIGNED_OFF = LazyPattern(r"\?[\"”’')\]]*[ \t]*[-–—][ \t]*[A-Z][^?]{0,60}\Z")
# A group as the guest of a publication's cue, who answer as "we": a pronoun of the plural, or a noun of a group of
# performers (rules/_data/interviews.toml, guest_groups).
_PLURAL_GUEST = LazyPattern(lambda: rf"(?<![\w'’])(?:they|them|(?:{_interview_words('guest_groups')})s?)(?![\w'’])",
                            re.IGNORECASE)
# In the cue: "us" (not "US", a country: "spoke to US officials"), or an interview noun.
_PUBLICATION = LazyPattern(lambda: rf"(?<![\w'’])(?:us|(?i:{_interview_words('interview_nouns')}))(?![\w'’])")

