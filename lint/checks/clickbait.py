"""Clickbait devices in headlines and sub-headings, plus an optional learned headline model.

Devices are data (phrase groups in the rule file, each group named for the device):
curiosity gaps, teaser numbers, reader address.  Two devices are structural and
live here: words SHOUTED in capitals and stacked punctuation (!!!, ?!).  The model
(artlint.analysis.headline_model) judges the headline as a whole and reports only when no
device already explains the headline, with the cues that drove its score.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..document import Block, Document
from ..env import Env
from ..findings import Finding
from ..analysis.headline_model import HeadlineModel, load, vocabulary
from ..rules import Rule
from ..analysis.tokens import mostly_capitals
from ..analysis.lexicon import Matcher
from ..analysis.lexicon_entries import GROUPS_SCHEMA, entries
from .. import word_lists
from ..patterns import LazyPattern

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "groups": {**GROUPS_SCHEMA, "description": "Clickbait devices: named groups of phrases, each with its suggestion."},
        "suggestion": {"type": "string", "description": "Suggestion for a device whose group gives none, and for the model."},
        "shouting": {"type": "array", "items": {"type": "string"},
                     "description": "Words that count as shouting when written in capitals (SHOCKING, MUST)."},
        "stacked_punctuation": {"type": "boolean", "description": "Flag !!, ?! and ??."},
        "model": {"type": "string", "description": "Headline model: a JSON file path, or a name in the bundled rule packs."},
        "model_threshold": {"type": "number", "minimum": 0, "maximum": 1,
                            "description": "Report the headline when the model's clickbait probability reaches this."},
        "model_skip": {"type": "array", "items": {"type": "string", "minLength": 1},
                       "description": "Regular expressions (case-blind): a headline matching one is not given to the model."},
    },
}

_CAPS_WORD = LazyPattern(r"(?<![\w’'])[A-Z]{3,}(?:['’][A-Z]+)?(?![\w’'])")
_STACKED = LazyPattern(r"[!?][!?]+|‼|⁉")
_QUOTED = "qxq"  # not a word of rules/_data/common-words.txt: the model reads it as <name>
_SPEECH_WORDS = 5
# A speaker talking of themselves: the quotation is speech, not a quoted title ("Friends"). Any case but for "I",
# whose lower case is no English word: a quotation opens with "We", "My" or "Our", a headline may write "US".
_FIRST_PERSON = LazyPattern(r"\b(?:I|I['’](?:m|ve|d|ll)|(?i:me|my|we|we['’](?:re|ve|ll)|our)|us|Us)\b")


@dataclass(frozen=True)
class Options:
    """clickbait params; without model_threshold, the model's own threshold."""

    groups: tuple[Mapping[str, Any], ...] = ()
    suggestion: str = "say what the story is"
    shouting: tuple[str, ...] = ()
    stacked_punctuation: bool = True
    model: str | None = None
    model_threshold: float | None = None
    model_skip: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prepared:
    """clickbait options compiled: the device lexicon, shouting and stacked punctuation, and the headline model."""

    devices: Matcher
    shouting: frozenset[str]
    stacked: bool
    model: HeadlineModel | None
    threshold: float
    suggestion: str
    model_skip: re.Pattern[str] | None = None


def prepare(options: Options) -> Prepared:
    items = entries({"groups": options.groups, "suggestion": options.suggestion})
    model = load(options.model) if options.model else None
    threshold = options.model_threshold
    if threshold is None:
        threshold = model.threshold if model else 1.0
    skip = re.compile("|".join(f"(?:{p})" for p in options.model_skip), re.IGNORECASE) if options.model_skip else None
    return Prepared(Matcher(items, True, False),
                    frozenset(w.lower() for w in options.shouting),
                    options.stacked_punctuation, model, threshold,
                    options.suggestion, skip)


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Device findings on their span; a model finding on the whole headline when no device fired."""
    prep = rule.prepared_as(Prepared)
    read: list[frozenset[str]] = []

    def body_caps() -> frozenset[str]:
        """The body's capitalised words, read once, when a headline first shouts a word (most never do)."""
        if not read:
            read.append(_body_caps(doc))
        return read[0]

    body: list[str] = []

    def body_text() -> str:
        """The body and captions, joined once, when a headline first opens on a capitalised exclamation."""
        if not body:
            body.append("\n".join(b.text for b in doc.blocks_in(("body", "captions"))))
        return body[0]

    for block in doc.blocks_in(rule.scope):
        found = list(_devices(block, prep, body_caps, body_text))
        for i, j, detail, suggestion in found:
            yield rule.finding(doc.block_location(block, i, j), block.text[i:j], suggestion, detail=detail)
        if found or prep.model is None or block.kind != "headline":
            continue
        if prep.model_skip is not None and prep.model_skip.search(block.text):
            continue  # a shape the rule file says the model misjudges (a list headline that names what it counts)
        own = _own_words(block)
        score = prep.model.probability(own)
        if score >= prep.threshold:
            cues = ", ".join(f"'{c}'" for c in prep.model.top_features(own))
            detail = f"the headline reads as clickbait (model score {score:.2f}" + (f"; cues {cues})" if cues else ")")
            yield rule.finding(doc.block_location(block, 0, len(block.text)), block.text, prep.suggestion,
                               detail=detail, score=f"{score:.2f}")


def _devices(block: Block, prep: Prepared, body_caps: Callable[[], frozenset[str]],
             body_text: Callable[[], str]) -> Iterator[tuple[int, int, str, str]]:
    text = block.text
    seen: set[str] = set()  # one finding per device per block: "You ... Your ... You" is one device
    ends: set[int] = set()
    for i, j, entry in prep.devices.find_in(block.kind, text, block.word_index):
        if block.in_speech(i, j) or _named_exclamation(text[i:j], body_text, text[j:]):
            continue
        group = entry.group or "a clickbait device"
        if group in seen and group != "a curiosity gap":
            continue
        seen.add(group)
        ends.add(j)
        yield i, j, f"'{text[i:j]}' is {group}", entry.suggestion or prep.suggestion
    if not mostly_capitals(text):  # an all-caps headline is a house style, not shouting one word
        for m in _CAPS_WORD.finditer(text):
            word = m[0].lower().replace("’", "'")
            if word in prep.shouting and m[0] not in body_caps():
                yield m.start(), m.end(), f"'{m[0]}' is shouted in capitals", "write it in sentence or title case"
    if prep.stacked:
        for m in _STACKED.finditer(text):
            if m.end() not in ends:  # a device already reported these marks with their words ("QUEEN BEY!!")
                yield _stressed(text, m.start()), m.end(), f"'{m[0]}' is stacked punctuation", "use one mark, or none"


# Where the words a mark stresses begin: after the headline's last clause break before it (a colon, a bar, a dash
# between spaces, another mark, a full stop or an ellipsis), its own spaces skipped.
_CLAUSE_BREAK = LazyPattern(r"(?:[:!?|•–—‼⁉]|\.(?=\s)|\s-\s)\s*(?=[^:!?|•–—‼⁉.\s])")


def _stressed(text: str, at: int) -> int:
    """The start of the words that stacked marks at text[at] close: the read gold marks an exclamation with the
    words it stresses ("Digital Diva!", "Stop Right Now!", "Gasp! High treason!": heldout A, D and B headlines),
    so "QUEEN BEY!!" is reported whole, not as "!!" alone (celebrity-news/fake 099, outside every set)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, at):
        start = m.end()
    return start if start < at else at


# A capitalised exclamation that is a title or a name: "Mamma Mia!", "Moulin Rouge!", "Hello Dolly!", "Los Campesinos!",
# "The Go! Team" (review 9, new wording; "Oklahoma!" is one word, which no device reads as a tag).
_CAPITALISED_EXCLAMATION = LazyPattern(r"[‘'\"“]?((?:[A-Z][\w'’$\-]*|&)(?: (?:[A-Z][\w'’$\-]*|&))*)[’'\"”]?[!‼?⁉]+")
_WORD = LazyPattern(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_GOES_ON = LazyPattern(r"[ \t]+[a-z]")


def _named_exclamation(span: str, body_text: Callable[[], str], after: str = "") -> bool:
    """Whether a device that is capitalised words and an exclamation mark names a work or a band, not a feeling.

    A gossip tag is made of ordinary words ("Digital Diva!", "Stop Right Now!", "Sour Note!", "The End!": heldout A
    and celebrity-news tags, review 9), or a star's name or nickname before them ("Brangelina Split!", "Bey Bliss!").
    A title or a band's name ends on a word professional copy never writes in lower case (rules/_data/common-words.txt:
    "Mia", "Rouge", "Dolly", "Campesinos") that the body does not use as a person's name (before or after another
    capitalised word: "Kylie Minogue"), or the body repeats it with its mark or as a name mid-sentence ("Mamma Mia!
    Here We Go Again took £9m", "the cast of Top Secret"); repeated words at a sentence's start or inside a sentence
    ("Wedding Bells rang out") are no name. Words in capitals throughout ("QUEEN BEY!!") are shouting.
    Review 9, third round: a tag followed by a lower-case word goes on with the same clause, so it is a title used as
    its subject ("Viva Forever! to close in June", "Top Secret! remake in the works", "Surprise Surprise! host
    dies"); a gossip tag stands before a new clause that opens with a capital ("Brangelina Split! Couple file ...").
    """
    m = _CAPITALISED_EXCLAMATION.fullmatch(span)
    if m is None or m[1].isupper():
        return False
    if _GOES_ON.match(after):
        return True
    words = _WORD.findall(m[1])
    if not words:
        return False
    if _runs_across_the_mark(m[1].split()[-1], after, body_text):
        return True
    last = words[-1].lower().replace("’", "'")
    known = vocabulary()
    if last not in known and last.split("'")[0] not in known and not _person_name(body_text(), words[-1], words):
        return True  # "Mamma Mia!", or "Mia's" by its stem
    body = body_text()
    for r in re.finditer(rf"(?<![\w'’]){re.escape(m[1])}(?![\w'’])", body):
        if body.startswith(("!", "‼"), r.end()):
            return True
        before = body[:r.start()].rstrip(" \t‘'\"“")
        if before and before[-1] not in ".!?:\n":
            return True
    return False


_NEXT_WORD = LazyPattern(r"[ \t]+([A-Z][\w'’\-]*)")
# What a new clause goes on with after its subject: conjunctions, auxiliaries and modals (closed classes of English),
# and the verbs of saying of rules/_data/saying.toml (say_tell_finite) - "Trouble! Kim and Khloe", "Joy! Kylie has
# given birth" - where a name goes on as a noun phrase's head ("Go! Team founder Ian Parton") or its subject's verb
# ("Go! Team return in May").
_CLAUSE_GRAMMAR_WORDS = frozenset("and or but nor so has have had is are was were will would can could may might must "
                                  "should shall does did".split())


@lru_cache(maxsize=1)
def _clause_goes_on() -> frozenset[str]:
    """The words a new clause goes on with after its subject, the verbs of saying read on first use."""
    return _CLAUSE_GRAMMAR_WORDS | frozenset(word_lists.words("saying", "say_tell_finite"))


# A lower-case word after which a post's own words are quoted without quotation marks: they stand apart from the
# sentence around them ("posted the photo with the caption Oh Joy! Kylie and baby Aire", review 10b).
_QUOTES_NEXT = r"(?:caption|captioned|captioning)(?![\w'’\-])"


def _runs_across_the_mark(last: str, after: str, body_text: Callable[[], str]) -> bool:
    """Whether the body writes the tag's last word, the mark and the headline's next capitalised word as one name.

    A name with "!" inside ("The Go! Team Release Sixth Album") reads in a Title Case headline like a tag before the
    headline ("Stop Right Now! The Spice Girls Might ...", heldout A, marked). Running text tells them apart where the
    run stands inside a sentence: after a lower-case word ("known as the Go! Team", "the Hey Ho! Crew"), or with the
    headline's next word a common word going on with a lower-case word that opens no new clause ("Go! Team founder
    Ian Parton", "Go! Team return in May"). A tag repeated in part stands apart from the words around it ("Oh, Joy!
    Kylie Jenner has ...", a caption's "Trouble! Kim and Khloe": review 10, quoted or not: review 10b), or goes on with
    a person's name ("Bliss! Beyonce later posted"), and stays a tag.
    """
    nxt = _NEXT_WORD.match(after)
    if nxt is None:
        return False
    run = rf"{re.escape(last)}[!‼]+[ \t]+{re.escape(nxt[1])}(?![\w'’])"
    body = body_text()
    if re.search(rf"(?<![\w'’])(?!{_QUOTES_NEXT})[a-z][\w'’\-]*[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){{0,2}}{run}", body):
        return True
    if nxt[1].lower() not in vocabulary():
        return False
    return any(r[1] not in _clause_goes_on()
               for r in re.finditer(rf"(?<![\w'’]){run}[ \t]+([a-z][\w'’\-]*)", body))


def _person_name(body: str, word: str, tag: list[str]) -> bool:
    """Whether the body writes the word next to another capitalised word, not the tag's, as a person's name."""
    for r in re.finditer(rf"([A-Z][\w'’\-]*\s+)?(?<![\w'’]){re.escape(word)}(?![\w'’])(\s+[A-Z][\w'’\-]*)?", body):
        if any(g is not None and g.strip() not in tag for g in (r[1], r[2])):
            return True
    return False


def _own_words(block: Block) -> str:
    """The headline with each direct quotation read as one name, for the model.

    Quoted words are the source's, which the hype Conventions never mark; the model, trained on
    headlines without that distinction, reads a quoted "... is the best ... to me" as the writer's
    superlative.  The devices above already skip quotations the same way (block.in_speech).  A
    quoted title ("Friends") is a name to the model anyway, so each quotation becomes one word the
    model's vocabulary does not hold, which it reads as <name>.
    """
    text = block.text
    for i, j in sorted(block.speech, reverse=True):
        if _FIRST_PERSON.search(text, i, j) or len(text[i:j].split()) >= _SPEECH_WORDS:
            text = f"{text[:i]} {_QUOTED} {text[j:]}"
    return text


def _body_caps(doc: Document) -> frozenset[str]:
    """Capitalised words the body itself uses: names such as TWICE or SEVENTEEN, not shouting."""
    words: set[str] = set()
    for block in doc.blocks_in(("body", "captions")):
        words.update(_CAPS_WORD.findall(block.text))
    return frozenset(words)
