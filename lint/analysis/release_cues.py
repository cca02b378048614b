"""Which release cues of a sentence count: the work-noun and subject tests.

A release verb ("premieres", "is slated for") counts when the sentence names a work and the cue's subject is
not something else that is released or moved (tickets, a trailer, an awards night, a festival); a fronted
"Come Eid," and a festival window beside works are cues of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .bare_titles import bare_title_subject
from .date_expr import DateExpr
from .date_holidays import holds_window
from .dates import find_dates
from .release_tense import CLAUSE_BREAK, IRREGULAR_PAST, PAST_VERB
from .release_vocabulary import Vocabulary, scheduling_verbs
from .release_works import TITLE, names_work, unblocked_works
from .things import media_nouns
from ..patterns import LazyPattern

# "Come Eid-ul-Fitr, the channels are ready with TV plays and films" (T pages), "Come Christmas, three films open":
# "come" before a timing, opening a sentence that names works, is the timing of those works.
# Spelled "Come" first and the sentence start checked after it, by look-behinds: re then skips to the word in C
# instead of trying the start test at every character (the scan runs over every block; a fortieth of the time).
COME = LazyPattern(r"Come(?:(?<=^Come)|(?<=[.!?]\sCome))\s+(?=\S)")


def come_cue(sentence: str, vocab: Vocabulary) -> re.Match[str] | None:
    """The fronted "Come" of a sentence whose timing follows it, as a release cue, when the sentence names works."""
    m = COME.match(sentence)
    if m is None or not any(d.start == m.end() for d in find_dates(sentence)) or not names_work(sentence, vocab):
        return None
    return re.match(r"Come", sentence)


def window_cues(sentence: str, vocab: Vocabulary, headline: bool) -> list[re.Match[str]]:
    """Festival windows that are the cues of their own dates: in a sentence that names works, points ahead or names a
    platform, and does not tell the past or a custom.

    The windows of rules/_data/holidays.toml are the ones trade press names as release windows, so a window beside
    works dates them with no release verb: a count of coming films over Eid, local films that fill cinemas during Tet,
    a star's next film announced for a festival weekend (web pages of sets T, H and I, three outlets).  Left to the
    release verbs: a past sentence (films that were lined up for the festival), a custom ("every Eid", comedies made
    for Tet), a day of the window (its first day), a window nearer another event than any work (something said at a
    festival event about a drama), and a window with no preposition or qualifier before it (the festival as the
    topic of a headline).
    """
    if not holds_window(sentence) or not names_work(sentence, vocab):
        return []
    named = [d for d in find_dates(sentence, headline) if d.note == "holiday window"]
    windows = [d for d in named if not _WINDOW_SLOT.search(sentence, max(0, d.start - 30), d.start)
               and not production_timing(sentence, d, vocab)
               and (d.year_offset is not None or _WINDOW_TIMING.search(sentence, max(0, d.start - 30), d.start))]
    if not windows or vocab.search("past_markers", sentence) or vocab.search("recent", sentence) or vocab.search("habitual", sentence):
        return []
    if PAST_VERB.search(_PERFECT.sub(" ", sentence)) or IRREGULAR_PAST.search(sentence) or _OFTEN.search(sentence):
        return []
    # "the upcoming Qurbani Eid" points at the holiday, not at a work.
    ahead = [m for m in vocab.finditer("future", sentence)
             if not any(0 <= d.start - m.end() <= 12 and not vocab.search("works", sentence[m.end():d.start]) for d in named)]
    if not ahead and not vocab.search("platforms", sentence):
        return []
    works = [m.span() for m in vocab.finditer("works", sentence)] + [m.span() for m in TITLE.finditer(sentence)]
    events = [m.span() for m in vocab.finditer("other_events", sentence)]
    out = []
    for d in windows:
        if events and (not works or min(_gap(d, e) for e in events) < min(_gap(d, w) for w in works)):
            continue
        m = re.compile(re.escape(d.text)).match(sentence, d.start)
        if m is not None:
            out.append(m)
    return out


def production_timing(sentence: str, date: DateExpr, vocab: Vocabulary) -> bool:
    """A production stage or a gathering stands in the date's clause before it: "The upcoming film will begin
    shooting in January", "goes on floors this Eid", "The drama's script reading is scheduled for May" time the shoot
    or the event, not the release (GOLD-GUIDELINES Conventions: dates of events that are not releases are not marked;
    the issue's probes).  For dates that no release verb governs; a release verb's own date is judged by attach()."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, date.start)), default=0)
    clause = sentence[start:date.start]
    return vocab.search("production", clause) or vocab.search("events", clause)


def _gap(date: DateExpr, span: tuple[int, int]) -> int:
    return max(date.start - span[1], span[0] - date.end, 0)


# The present perfect reports news ("has announced", "has confirmed"), not the past.
_PERFECT = LazyPattern(r"\b(?:has|have)\s+(?:just\s+|now\s+|finally\s+)?\w+ed\b", re.IGNORECASE)
_WINDOW_SLOT = LazyPattern(r"\b(?:every|each|day\s+of(?:\s+the)?|days\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
# A window is a timing after a preposition or a qualifier ("during Tet", "for the Dussehra weekend", "this Eid"); as a
# subject ("Eid on the small screen") it is the topic.
_WINDOW_TIMING = LazyPattern(r"\b(?:on|over|for|during|around|ahead of|before|in time for|till|until|in|at|by)\s+"
                            r"(?:(?:the|this|a|an|this year['’]s)\s+)?$", re.IGNORECASE)
_OFTEN = LazyPattern(r"\b(?:often|always)\b", re.IGNORECASE)


_WORD_CHAR = LazyPattern(r"\w")


# What a sentence is about when its subject is one of these: tickets, photos and figures are released too.
_NOT_RELEASED = LazyPattern(r"\s*(?:the\s+)?(?:tickets?|photos?|pictures?|images?|statements?|figures|results)\b",
                           re.IGNORECASE)


# "The picture — out in theaters on Friday — currently holds a 94% rating" (celebrity-news legit/227): a picture in
# cinemas is a motion picture, not a photo.
_MOTION_PICTURE = LazyPattern(r"\s*(?:the\s+)?pictures?\b", re.IGNORECASE)
_CINEMA = LazyPattern(r"\b(?:theaters|theatres|cinemas|big screen|box office)\b", re.IGNORECASE)


# A release noun owned by "its": a thing's premiere or release is a work's (a person's would be "his" or "her").
_ITS_RELEASE = LazyPattern(r"\bits\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_RELEASE_NOUN = LazyPattern(r"(?:premiere|release|debut|opening)$", re.IGNORECASE)


def is_release(sentence: str, cue: re.Match[str], vocab: Vocabulary, headline: bool = False,
                paragraph: str = "") -> bool:
    """A release verb counts when the sentence names a work, a title or a platform, or the cue says 'release date'.

    The work may be named in another sentence of the same paragraph: "Ekhono Adhare is a special natok
    for Victory Day. It will be telecast anytime soon this month."
    """
    if re.search(r"date|['’]s (?:\w+ )?release", cue[0], re.IGNORECASE):
        return True  # "release date", "this Friday's release": the cue says it is a release
    # The sentence's own letter: a cue matched over lower-cased text (casefold.FoldedPattern) holds lower case.
    # Only a word before the cue makes it mid-sentence: an opening quotation mark or bracket does not ('"Tune in this
    # Sunday!!!"', a star's post quoted in celebrity-news legit/176).
    if not headline and sentence[cue.start()].isupper() and _WORD_CHAR.search(sentence, 0, cue.start()):
        return False  # capitalised mid-sentence: part of a name ("Absolute Return for Kids")
    if _NOT_RELEASED.match(sentence) and not (_MOTION_PICTURE.match(sentence) and _CINEMA.search(sentence)):
        return False  # "Tickets for the two concerts were released at 8am on Friday"
    before = sentence[max(0, cue.start() - 40) : cue.start()].lower()
    if _WORK_HEADED.search(cue[0]) and vocab.match("works", sentence, cue.start()) and _OBJECT_OF.search(before):
        return False  # "A decision on the film is expected in March": the work is a preposition's object, not the subject
    if _DUE.fullmatch(cue[0]) and not _work_heads(sentence, cue.start(), vocab):
        return False  # "The inquiry's findings on the concert crush are due by the end of the year": the findings are due
    if any(not CLAUSE_BREAK.search(before, m.end()) and not find_dates(sentence[cue.start() - len(before) + m.end():cue.start()])
           for m in vocab.finditer("production", before)):
        # "Filming is due to begin in May", "production starts": the cue's subject is another event.  A stage with a
        # timing of its own is done with before the cue: "The film starts filming in July and hits theatres in
        # December" (the issue's probes: filming starts are no release, the release after them still is).
        return False
    if _thing_before().search(before):
        return False  # "In a photo released by tvN" (gold-dev), "details will be available soon": no work
    if MOVE_CUE.match(cue[0]) and any(not re.search(r"[,;]|\band\b|\bbut\b", before[m.end():])
                                       for m in vocab.finditer("other_events", before)):
        return False  # "the festival may be moved to January next year" (BBC 058): an event moved, not a work
    if _event_subject(sentence, cue, vocab):
        return False  # "The awards, which were hosted by Jack Dee, are to be screened on ITV London on Tuesday" (BBC 034)
    if _scheduled().fullmatch(cue[0]) and _scheduled_event(sentence, cue, vocab):
        return False  # "The film's press conference is scheduled for March": the event is scheduled, not the film
    if _promo_before().search(before) or _promo_after().match(sentence, cue.end()):
        return False  # "the first trailer could be released soon": marketing, not the work (gold-dev u13)
    if re.search(r"\b(?:refuses?|refused|not|never|no|no plans to|won't|denie[sd]|cancel(?:l?ed|l?ing|s)?|scrap(?:s|ped|ping)?)\s+(?:to\s+)?(?:\w+\s+){0,1}(?:(?:or|and|nor)\s+)?$", before):
        return False  # "is to refuse to release": no release; "to refuse to release or stage concerts" (BBC 248) neither
    if vocab.is_live(sentence, cue) and (vocab.search("live_works", sentence) or vocab.search("venues", sentence)):
        return True  # a coming performance at a place is the live work itself: "The band performs at the festival tonight"
    # A quoted phrase that holds the cue is a slogan, not a title: ‘Baby coming soon’.
    if names_work(sentence, vocab, exclude=cue.span()) or _bare_work(sentence, cue, vocab):
        return True
    if _ITS_RELEASE.search(before) and _RELEASE_NOUN.match(cue[0]):
        return True  # "ahead of its fall premiere this year" (celebrity-news legit/205): "its" is a work's
    # Borrowing the work from the paragraph is for sentences that speak of a coming release only: a future word, a verb
    # of scheduling ("Its broadcast is set for the second half of the year"), or a release verb's present with a pronoun
    # for the work ("It premieres in March", the present of a timetable; the paradigm grid).
    ahead = _scheduled().fullmatch(cue[0])
    coming = vocab.search("future", sentence) or ahead
    if not paragraph or paragraph == sentence or not (
            coming or _PRONOUN_PRESENT.search(sentence, 0, cue.start() + len(cue[0].split()[0]))):
        return False
    # "Scheduled for" is no past tense, nor is a cue that points ahead ("planned for") or a present passive
    # ("are being produced"); a past cue ("published in January") is.
    bare = sentence[:cue.start()] + " " * len(cue[0]) + sentence[cue.end():] if ahead else sentence
    if PAST_VERB.search(vocab.future.sub(" ", bare)):
        return False
    if not coming:
        # A present borrows a work the paragraph names plainly: "The motor show drew 200,000 visitors last year. It
        # opens in the spring" is an event's timetable (review 8; release-language.toml "everyday_works").
        return _names_plain_work(paragraph, vocab)
    return names_work(paragraph, vocab)


def _names_plain_work(paragraph: str, vocab: Vocabulary) -> bool:
    """The paragraph names a work by a title, a platform or a work noun with no everyday sense."""
    if TITLE.search(paragraph) or vocab.search("platforms", paragraph):
        return True
    return any(not vocab.everyday_works.fullmatch(m[0]) for m in unblocked_works(paragraph, vocab))


@lru_cache(maxsize=1)
def _thing_before() -> re.Pattern[str]:
    """Things that are released or made available but are no work, right before the cue with at most a few
    auxiliaries and adverbs between: "In a photo released by tvN" (gold-dev), information or details that will soon
    be available, tickets available from a weekday (pages of sets K and L).

    The pictures are the shared media nouns (rules/_data/media-nouns.toml); statements, tickets and news are
    released too but are no media, so they stay here.
    """
    return re.compile(rf"\b(?:{media_nouns()['pictures']}s?|statements?|tickets?|details|information|updates)\s+"
                      r"(?:(?:will|would|be|been|is|are|was|were|soon|also|now|shortly|to|expected|set|likely)\s+){0,4}$")


def _bare_work(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    """The cue's subject is an unquoted name that is not an event's ("Berlin Film Festival, which opens")."""
    span = bare_title_subject(sentence, cue.start(), cue.end(), vocab.timing_openers)
    name = sentence[span[0]:span[1]] if span else ""
    return bool(name) and not vocab.search("not_works", name) and not vocab.search("other_events", name)


# The work as a pronoun subject of a release verb's present, at the cue: "It premieres in March", "it airs next week".
_PRONOUN_PRESENT = LazyPattern(r"\b(?:[Ii]t|[Tt]hey)\s+(?:(?:also|now|then|finally|officially)\s+)?\w+s$")
# The cues that open on the work noun as the subject of a bare timing ("The album is expected in March", "The film, due
# in March, ..."; release-language.toml) and a preposition with up to two words (a determiner, a modifier) before that
# noun: "A decision on the film", "Viewing figures for the finale", "Funding for the new show" (review 8) make the work
# the object of a preposition, the subject's head another noun.
_WORK_HEADED = LazyPattern(r"(?:,|\b(?:is|are)(?: now| also)?) (?:expected|due|out)$", re.IGNORECASE)
_OBJECT_OF = LazyPattern(r"\b(?:on|for|about|against|over|of|in|from|into|with|without|after|before|during|across|behind"
                         r"|around|to|at|by|towards?|regarding|concerning)\s+(?:[\w’'-]+\s+){0,2}$")
# "Is due" and its subject (review 8): the work is due only when a work noun of the subject is no preposition's object.
_DUE = LazyPattern(r"(?:is|are|was|were) due", re.IGNORECASE)
_RELATIVE_SUBJECT = LazyPattern(r"\b(?:that|which)\s+$", re.IGNORECASE)


def _work_heads(sentence: str, at: int, vocab: Vocabulary) -> bool:
    """The subject ending right before `at` holds a title, no work noun, or a work noun that is not a preposition's
    object: not "The inquiry's findings on the concert crush", "A verdict in the record label's case" (whose work
    nouns stand after "on the", "in the"), but "The second season of the drama", "The new album from the band"."""
    lo = max(0, at - 80)
    window = sentence[lo:at]
    if TITLE.search(window) or _RELATIVE_SUBJECT.search(window):
        return True  # "this film that is due out in June of 2016" (gold-dev u25): the antecedent is for the rest to judge
    nouns = list(vocab.finditer("works", window))
    return not nouns or any(not _OBJECT_OF.search(window, 0, m.start()) for m in nouns)


# The head of a scheduling cue's subject: the last two words before the auxiliary ("The drama's script reading is
# scheduled for May", "The actor's military discharge is set for March").
_SUBJECT_HEAD = LazyPattern(r"(?:^|[\s(])(?P<head>(?:[\w’'-]+\s+)?[\w’'-]+)\s+(?:is|are|was|were|will be|has been|have been|had been)"
                            r"\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _scheduled() -> re.Pattern[str]:
    """A scheduling cue ("scheduled for", "set for"): the release list's "{scheduling_verbs} for" entry."""
    return re.compile(rf"(?:{'|'.join(scheduling_verbs())}) for", re.IGNORECASE)


def _scheduled_event(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    """The thing a scheduling cue schedules is an event of the vocabulary (other_events, events, production), not a
    work: the head of its subject, right before the auxiliary, names one."""
    m = _SUBJECT_HEAD.search(sentence, max(0, cue.start() - 60), cue.start())
    if m is None:
        return False
    head = m["head"]
    return any(vocab.search(key, head) for key in ("events", "production", "other_events"))


_PREPOSITION_START = LazyPattern(r"\s*(?:at|in|on|during|after|before|from|with|since|following|ahead of|for)\b", re.IGNORECASE)
_SUBJECT_END = LazyPattern(r",|\b(?:is|are|was|were|will|would|has|have|had|to)\b", re.IGNORECASE)


def _event_subject(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    """The sentence's subject, before its first comma or verb, is an event (awards, a ceremony), not a work."""
    end = _SUBJECT_END.search(sentence, 0, cue.start())
    head = sentence[:end.start()] if end else ""
    if not head or _PREPOSITION_START.match(head):
        return False  # "At the press conference before his fan meet, Byeon teased ..." (gold-dev d25): no subject
    return vocab.search("events", head) and not vocab.search("works", head)


# Promotional material is released too, but its date is not the work's (GOLD-GUIDELINES: dates of events that
# are not releases are not marked): the noun right before the cue, or the cue's object.  Previews, clips and snippets
# are the same class (celebrity-news legit/102: "on Monday released a preview of a music video").
# The promo nouns are the shared media nouns (rules/_data/media-nouns.toml); "video" is left out, since a music video
# is a work with a release date of its own, and "still" is read in the plural only ("will still be released").
@lru_cache(maxsize=1)
def _promo_nouns() -> str:
    return rf"(?:{media_nouns()['promo']}s?|first look|stills|previews?|snippets?|sneak peeks?)"


@lru_cache(maxsize=1)
def _promo_before() -> re.Pattern[str]:
    # A relative clause may be set off by a comma ("The trailer, which was aired during a Sunday show on ...").
    return re.compile(rf"\b{_promo_nouns()}(?:\s+(?:(?:which|that)\s+)?|\s*,\s*(?:which|that)\s+)"
                      r"(?:(?:could|will|would|may|might|to|be|is|are|was|were|been|set|soon)\s+){0,3}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _promo_after() -> re.Pattern[str]:
    return re.compile(r"\s+(?:(?:the|a|an|its|their|his|her|new|first|official|final|latest|main)\s+)*"
                      rf"{_promo_nouns()}\b", re.IGNORECASE)


# A cue that moves a release: "was delayed to 2022", "pushed back a week".
MOVE_CUE = LazyPattern(r"(?:mov|push|delay|postpon|shift|bump|reschedul)", re.IGNORECASE)
