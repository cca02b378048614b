"""Sentences that ask the reader to do something for the site: follow, subscribe, share, comment, donate, watch.

A call is recognised by its shape, not its wording: at the start of a sentence
(after an optional short lead clause such as "In the meantime," and softeners
such as "Please", "Make sure to", "You can") stands a verb of one of the rule's
classes, and the rest of the sentence names an object of a class that verb
takes: the site itself ("us", "our channel"), a subscription product
("newsletter", "notifications"), a pointer to something outside the story
("below", "here", "the link"), an e-mail address or @handle.  Verb and object
classes are the rule's data.  A class marked `anywhere` matches its verbs
anywhere in the sentence (declarative appeals: "HanCinema needs your immediate
support"); a class marked `question` matches only sentences ending in "?"
(comment bait: "Which upcoming projects are you waiting for?").

Direct quotations are skipped: a source who says "follow us" is reported, not
advertising.  So is a sentence that holds one of the rule's attribution words:
speech reported without quotation marks ("Contact us, the police said, if you
have any information") is story, and --fix must never delete it.  A call that is a whole paragraph carries a fix that removes the
line (the fixer keeps paragraphs separated by one blank line); a call inside
a paragraph that also carries story text is only reported.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, KeysView, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..analysis.attribution import attribution_pattern
from ..analysis.casefold import FoldedPattern, lowered
from ..analysis.things import media_nouns
from ..analysis.tokens import mostly_title_case
from ..document import Block, Document
from ..env import Env
from ..errors import ArtlintError
from ..findings import Finding
from ..rules import Rule
from ..patterns import LazyPattern

_PHRASES = {"type": "array", "items": {"type": "string", "minLength": 1}}
PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["calls", "objects"],
    "properties": {
        "suggestion": {"type": "string", "description": "What to do with a call (the finding's suggestion)."},
        "softeners": {**_PHRASES, "description": "Words that may stand before the verb: 'please', 'make sure to'."},
        "lead_clause_max": {"type": "integer", "minimum": 0,
                            "description": "Longest lead clause (characters, ending in a comma) before the call."},
        "attribution": {**_PHRASES, "description": "Words of reported speech ('said', 'told'): a sentence holding one "
                                                  "is a source's call reported, not the site's, and is left alone."},
        "lead_clauses": {**_PHRASES, "description": "Longer lead clauses that announce a call ('For the latest news "
                                                    "and videos,'), regular expressions ending in the comma."},
        "noun_subjects": {**_PHRASES, "description": "A call verb that is also a noun, read as the sentence's subject "
                                                     "('Sign up for the scheme closes on Friday'): regular expressions "
                                                     "matched where the verb would open the call (case-insensitive; "
                                                     "a pattern may ask for case with '(?-i:...)'; a space matches "
                                                     "any spacing; a heading in Title Case throughout is read in "
                                                     "lower case); one that matches leaves the sentence to the "
                                                     "classes searched anywhere in it, unless the clause after a "
                                                     "colon, semicolon or dash that follows it is a call read as a "
                                                     "sentence of its own."},
        "product_class": {"type": "string", "description": "The object class of subscription products ('newsletter', "
                                                           "'alerts'; default 'product', none if the rule has no such "
                                                           "class): in a Title Case heading, one right after a noun "
                                                           "subject's 'verb' says that verb was inside the product's "
                                                           "name, and the call stands."},
        "objects": {
            "type": "object",
            "description": "Object classes: name -> phrases (regular expressions; a space matches any spacing). "
                           "The markers {email}, {handle} and {url} stand for an address, an @handle and a link; "
                           "{media:CLASS} inside a phrase for a class of rules/_data/media-nouns.toml (singular nouns).",
            "additionalProperties": _PHRASES,
        },
        "calls": {
            "type": "array",
            "description": "Call classes: verbs that open a call to the reader, and the objects they need.",
            "items": {
                "type": "object",
                "required": ["name", "verbs"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "description": "What the call is, for the message."},
                    "verbs": {**_PHRASES, "description": "Verb phrases (regular expressions) that open the call."},
                    "objects": {**_PHRASES, "description": "Object classes the verb needs; none: the verb alone is a call."},
                    "window": {"type": "integer", "minimum": 1, "description": "Characters after the verb searched for the object."},
                    "anywhere": {"type": "boolean", "description": "The verb may stand anywhere in the sentence."},
                    "question": {"type": "boolean", "description": "Only sentences ending in '?'."},
                    "cues": {**_PHRASES, "description": "Lower-case words one of which the paragraph must hold "
                                                        "before an `anywhere` class is searched (speed)."},
                },
            },
        },
    },
}
_MARKERS = {
    "{email}": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "{handle}": r"(?<![\w@])@\w{2,}",
    "{url}": r"(?:https?://|www\.)\S+",
}


@dataclass(frozen=True)
class Call:
    """One call class, its patterns compiled when a sentence first needs them.

    Most articles hold no call at all: their sentences are turned away by Prepared.opening,
    and compiling every class's verbs and objects up front was most of the kind's cold start.
    """

    name: str
    verb_source: str
    object_source: str | None
    window: int
    anywhere: bool
    question: bool
    cues: frozenset[str]

    @cached_property
    def verbs(self) -> FoldedPattern:
        return _compile(self.verb_source, self.name)

    @cached_property
    def objects(self) -> FoldedPattern | None:
        return _compile(self.object_source, self.name) if self.object_source is not None else None


@dataclass(frozen=True)
class Options:
    """reader-call params (calls and objects as the schema validated them)."""

    calls: tuple[Mapping[str, Any], ...]
    objects: Mapping[str, list[str]]
    suggestion: str | None = None
    softeners: tuple[str, ...] = ()
    lead_clause_max: int = 24
    lead_clauses: tuple[str, ...] = ()
    attribution: tuple[str, ...] = ()
    noun_subjects: tuple[str, ...] = ()
    product_class: str = "product"


@dataclass(frozen=True)
class Prepared:
    """reader-call options compiled: the sentence opening, the call classes, and the attribution pattern."""

    opening_source: str
    calls: tuple[Call, ...]
    suggestion: str | None
    attribution: re.Pattern[str] | None = None  # sentences holding one are reported speech, left alone
    noun_subject_source: str | None = None
    product_source: str | None = None  # the product object class, which a name holding a verb ends on

    @cached_property
    def noun_subject(self) -> FoldedPattern | None:
        """A call verb read as a noun subject followed by its finite verb, where the call verb would stand."""
        return _compile(self.noun_subject_source, "noun_subjects") if self.noun_subject_source is not None else None

    @cached_property
    def named_product(self) -> re.Pattern[str] | None:
        """Up to three words after a "finite verb", then a product noun ending the name: the verb was the name's."""
        if self.product_source is None:
            return None
        # The name ends at the product noun: the heading stops there, or goes on with what follows a product's name
        # in a call's heading, a preposition of its subject, source or delivery ("... Newsletter For Film Fans", "...
        # Alerts From The BBC", "... Podcast On Spotify", "... Newsletter In Your Inbox Every Morning") or a call's
        # time adverb ("... Alerts Now", "Today", "Here"); the news heading's object goes on with its verb instead
        # ("Sign Up To The Gym Chain's App Hit A Record"). From the review-of-session-10 headings and our own wording.
        return re.compile(rf"(?:\s+[\w’'&.-]+){{0,3}}?\s+(?:{self.product_source})(?![\w’'-])"
                          rf"(?=\s*(?:[.!:|]|$|(?:for|from|on|with|now|today|here|in|at|every)\b))", re.IGNORECASE)

    @cached_property
    def opening(self) -> FoldedPattern:
        """Lead clause and softeners before a sentence-initial verb, which its lookahead requires.

        So it matches exactly where a call verb opens the sentence (after a lead clause or
        not): most sentences are turned away by this one match, and no second pattern of
        the verbs alone needs compiling.
        """
        return _compile(self.opening_source, "softeners")

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every cue word of the classes searched anywhere in a sentence."""
        return frozenset().union(*(c.cues for c in self.calls if c.anywhere))

    @cached_property
    def uncued(self) -> tuple[Call, ...]:
        """The classes a paragraph holding no cue word is searched for."""
        return tuple(c for c in self.calls if not c.anywhere or not c.cues)

    def calls_for(self, words: KeysView[str]) -> tuple[Call, ...]:
        """The classes to search a paragraph with these words for: an `anywhere` class only if one of its cues stands.

        One C-speed intersection with every class's cues first; most paragraphs hold none of them.
        """
        cued = words & self.cue_words
        if not cued:
            return self.uncued
        return tuple(c for c in self.calls if not c.anywhere or not c.cues or not c.cues.isdisjoint(cued))


def _alternation(phrases: list[str]) -> str:
    parts = []
    for p in sorted(phrases, key=len, reverse=True):
        # a space matches any spacing; an apostrophe inside a word either apostrophe ("don’t forget to", fake/236)
        parts.append(_MARKERS.get(p) or _media(re.sub(r"(?<=[a-z])'(?=[a-z])", "['’]", re.sub(r"\\? ", r"\\s+", p))))
    return "|".join(parts)


_MEDIA = LazyPattern(r"\{media:(\w+)\}")


def _media(phrase: str) -> str:
    """The phrase with each {media:CLASS} marker replaced by that class of the shared media nouns."""
    if "{media:" not in phrase:
        return phrase
    nouns = media_nouns()

    def noun_class(m: re.Match[str]) -> str:
        if m[1] not in nouns:
            raise ArtlintError(f"reader-call: unknown media noun class {m[1]!r} (rules/_data/media-nouns.toml)")
        return nouns[m[1]]

    return _MEDIA.sub(noun_class, phrase)


def _compile(source: str, where: str) -> FoldedPattern:
    """Case-insensitive; over lower-cased sentences where that is the same (casefold.py), which compiles and
    scans several times faster."""
    pattern = FoldedPattern(source)
    try:
        pattern.compile()
        return pattern
    except re.error as error:
        raise ArtlintError(f"reader-call {where}: invalid pattern: {error}") from None


def prepare(options: Options) -> Prepared:
    objects: dict[str, list[str]] = dict(options.objects)
    calls = []
    for call in options.calls:
        wanted = call.get("objects", [])
        unknown = [o for o in wanted if o not in objects]
        if unknown:
            raise ArtlintError(f"reader-call {call['name']!r}: unknown object class {unknown[0]!r}")
        phrases = [p for o in wanted for p in objects[o]]
        obj = rf"(?<![\w@])(?:{_alternation(phrases)})(?!\w)" if phrases else None
        verbs = rf"(?:{_alternation(call['verbs'])})(?![\w-])"
        calls.append(Call(call["name"], verbs, obj, int(call.get("window", 120)),
                          bool(call.get("anywhere", False)), bool(call.get("question", False)),
                          frozenset(call.get("cues", []))))
    soft = list(options.softeners)
    lead = int(options.lead_clause_max)
    leads = [rf"[^\W\d][\w’' ]{{1,{lead}}},"] if lead else []
    leads += options.lead_clauses
    opening = rf"(?:(?:{'|'.join(leads)})\s+)?" if leads else ""
    if soft:
        opening += rf"(?:(?:{_alternation(soft)})\s+)*"
    initial = [v for c in options.calls if not c.get("anywhere") for v in c["verbs"]]
    starts = rf"(?:{_alternation(initial)})(?![\w-])"
    # the opening must end where a verb starts, so a lead clause may hold commas of its own
    # ("For the latest celebrity entertainment, news and lifestyle videos, subscribe ...")
    nouns = rf"(?:{_alternation(list(options.noun_subjects))})" if options.noun_subjects else None
    if options.product_class not in objects and options.product_class != Options.product_class:
        raise ArtlintError(f"reader-call product_class: unknown object class {options.product_class!r}")
    product = _alternation(objects[options.product_class]) if options.product_class in objects else None
    return Prepared(rf"{opening}(?={starts})", tuple(calls), options.suggestion,
                    attribution_pattern(options.attribution), nouns, product)


def _find(sentence: str, prep: Prepared, not_an_interview: bool, calls: tuple[Call, ...],
          anywhere: tuple[Call, ...], heading: bool = False) -> tuple[int, int, Call] | None:
    """(offset where the call starts, where its verb ends, its class) when the sentence is a call.

    calls: the classes to search for; anywhere: those of them whose verb may stand anywhere in the sentence;
    not_an_interview: questions are rare in the article, so a question may be a call; heading: the sentence is a
    headline's or sub-heading's.
    """
    low = lowered(sentence)
    opening, text = prep.opening.over(sentence, low)
    start = opening.match(text)
    at = start.end() if start else 0
    if start is not None and prep.noun_subject is not None:
        clause = _noun_subject_end(sentence, prep.noun_subject, prep.named_product, at, heading)
        if clause is not None:
            # "Sign up for the scheme closes on Friday": a noun subject and its verb, not a call; unless the clause
            # after a break is a call read as a sentence of its own, where the line goes on to make the call
            # ("Support for independent journalism has never mattered more: donate today", review 10b): then it is
            # read as a call, as before. A clause that only opens on a call verb is not enough: it may be a noun
            # subject itself or make no call ("...; support for the BBC rose slightly", "...: share prices dropped
            # 8%", review 10c).
            after = _BREAK.search(sentence, clause)
            if after is None or opening.match(text, after.end()) is None or _find(
                    sentence[after.end():], prep, not_an_interview, calls, (), heading) is None:
                start = None
    for call in calls if start is not None else anywhere:  # no sentence-initial verb: only the anywhere classes'
        # a question closed by a tilde or an emoticon is still one ("... are you enjoying?~", T/H/I pages qk06)
        if call.question and not (not_an_interview and _QUESTION_END.search(sentence)):
            continue
        verbs, text = call.verbs.over(sentence, low)
        if call.anywhere:
            v = verbs.search(text)
        else:
            v = verbs.match(text, at) or (verbs.match(text) if at else None)
        if v is None:
            continue
        if call.objects is None:
            return (v.start() if call.anywhere else 0), v.end(), call
        objects, text = call.objects.over(sentence, low)
        if objects.search(text, v.end(), v.end() + call.window):
            return (v.start() if call.anywhere else 0), v.end(), call
    return None


def _noun_subject_end(sentence: str, nouns_as_written: FoldedPattern, named_product: re.Pattern[str] | None, at: int,
                      heading: bool) -> int | None:
    """Where a noun subject and its finite verb end when the call verb at `at` (or opening the sentence) is a noun
    ("Sign up for the scheme closes on Friday"); None when it is the call's verb.

    The rule's patterns may ask for a verb in lower case (a capitalised one in running text is a name's: "... The
    Rest Is Politics newsletter"); a Title Case heading capitalises every word, so there the sentence is read in
    lower case. Lower case tells that apart only where the heading is not Title Case throughout: in one that is, a
    product noun right after the "verb" says the verb was inside the product's name ("Sign Up For The Rest Is
    Politics Newsletter", "Sign Up For Things Fell Apart Episode Alerts"; review of session 10), as the news
    headline's object goes on with no product ("Sign Up To The Gym Chain's App Hit A Record In March").
    """
    title = heading and mostly_title_case(_HEADING_WORD.findall(sentence), share=1.0)
    read = sentence.lower() if title else sentence
    # over(read, None) gives the patterns as written (case-insensitive but for their (?-i:...) parts) and `read` itself
    # to run them over, never a lower-cased copy, where those parts would lose the case they ask for
    nouns, _ = nouns_as_written.over(read, None)
    # where the call verb stands after a lead clause or softener, and else at the sentence's start: the opening takes
    # any short words before a comma as a lead clause when a call verb follows the comma, and they may be the noun
    # subject's own clause ("Support for Labour fell, see below": the opening ends before "see"), so the noun is
    # also read where the sentence starts, as _find matches the call classes' verbs at both places
    noun = nouns.match(read, at) or (nouns.match(read) if at else None)
    if noun is None or (title and named_product is not None and named_product.match(read, noun.end())):
        return None
    return noun.end()


# A break after which a line starts a clause of its own: a colon, a semicolon, or a dash (spaced, or a long one).
_BREAK = LazyPattern(r"\s*(?:[:;–—]|\s-)\s+")
_HEADINGS = frozenset({"headline", "subheading"})
_HEADING_WORD = LazyPattern(r"[^\W\d_][\w’'\-]{3,}")


_QUESTION_END = LazyPattern(r"\?[\s”\"')~^_;:DPp♡♥❤️\U0001F300-\U0001FAFF]*$")
_INTERVIEW_QUESTIONS = 3  # paragraphs ending in "?" from which an article reads as an interview
# Boxes pasted from a page often run their lines together with bullets or bars: each piece is a sentence.
_PIECE = LazyPattern(r"(?:^|\s)[•·▪►|]\s+")
_BULLETS = LazyPattern(r"[•·▪►|]")


def _pieces(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    starts = [a] + [m.end() for m in _PIECE.finditer(text, a, b) if m.end() > a]
    ends = starts[1:] + [b]
    for i, j in zip(starts, ends):
        if text[i:j].strip():
            yield i, j


_READER_QUESTION = LazyPattern(r"\b(?:you|your|you['’](?:re|ve|d|ll))\b[^?]*\?[?!\s”\"')]*$", re.IGNORECASE)


def _lead_in(text: str, block: Block, before: list[tuple[int, int, bool]]) -> int:
    """Where the call in the block's last sentence starts once the questions to the reader just before it are its own.

    A call is often led in by a question to the reader, the two one promo line: "Are you involved in an animal
    rescue cause? Please feel free to share your experiences ... in the comments section." (celebrity-news legit/078),
    "HollywoodLifers, are you obsessed with Selena's adorable puppy too?! Tell us, below!" (fake/173), "...? Tell us how
    you feel below!" (set A cf046). A question already reported as bait keeps its own finding.
    """
    i = before[-1][0]
    for a, b, reported in reversed(before[:-1]):
        if reported or text[b:i].strip() or not _READER_QUESTION.search(text, a, b) or block.in_speech(a, b):
            break
        i = a
    return i


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each sentence outside quotations that is a call to the reader."""
    prep = rule.prepared_as(Prepared)
    blocks = list(doc.blocks_in(rule.scope))
    # An interview runs on questions to its guest; a question to the reader is bait only where questions are rare.
    # Its questions stand in the body: a headline that asks ("... Which Of Kim Kardashian's Exes Is?", celebrity-news
    # fake/050) is the story's own hook, and counted it turned that story's closing bait into an interview's question.
    asked = sum(b.kind != "headline" and b.text.rstrip(" ”\"'").endswith("?") for b in blocks)
    not_an_interview = asked < _INTERVIEW_QUESTIONS
    for block in blocks:
        text = block.text
        calls = prep.calls_for(block.word_index.keys())
        anywhere = tuple(c for c in calls if c.anywhere)
        heading = block.kind in _HEADINGS
        spans: Iterable[tuple[int, int]] = ((s[0], s[1]) for s in block.sentence_spans)
        if _BULLETS.search(text):
            spans = [p for s in block.sentence_spans for p in _pieces(text, s[0], s[1])]
        before: list[tuple[int, int, bool]] = []  # the block's sentences so far: start, end, reported
        for a, b in spans:
            while b > a and text[b - 1] in " •·▪►|":
                b -= 1
            found = _find(text[a:b], prep, not_an_interview, calls, anywhere, heading)
            before.append((a, b, False))
            if found is None:
                continue
            i = a + found[0]
            if block.in_speech(i, a + found[1]):
                continue
            if prep.attribution is not None and prep.attribution.search(text, a, b):
                continue  # a call reported without quotation marks: "Write to us, the band told fans, and ..."
            before[-1] = (a, b, True)
            if found[0] == 0 and not_an_interview:
                i = _lead_in(text, block, before)
            whole = rule.fixable and text[:i].strip() == "" and text[b:].strip() == ""
            yield rule.finding(doc.block_location(block, i, b), text[i:b], prep.suggestion, fix="" if whole else None,
                               what=found[2].name)
