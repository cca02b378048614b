"""Headline promises the body does not keep: a promise noun ("Plot Twists") the body never mentions.

The rule file lists the nouns that make a promise (twist, secret, feud, confession...),
each with words that count as support.  A headline noun is supported when the body
uses the noun or one of its support words in any regular form (twist, twists,
twisted).  The finding spans the noun phrase: the noun and the adjectives and
nouns in front of it ("Shocking Plot Twists").
"""
from __future__ import annotations

from functools import lru_cache
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..document import BODY_KINDS, Block, Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule
from ..patterns import LazyPattern

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["nouns"],
    "properties": {
        "nouns": {
            "type": "array",
            "description": "Promise nouns: a word, or {word, support} where support lists words that also keep the promise.",
            "items": {"oneOf": [
                {"type": "string", "minLength": 2},
                {"type": "object", "required": ["word"], "additionalProperties": False,
                 "properties": {"word": {"type": "string", "minLength": 2},
                                "support": {"type": "array", "items": {"type": "string"}}}},
            ]},
        },
        "stopwords": {"type": "array", "items": {"type": "string"},
                      "description": "Words that end a noun phrase when walking left from the noun (verbs, articles, prepositions)."},
    },
}

_WORD = LazyPattern(r"[A-Za-z][A-Za-z’'\-]*")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem that is enough to match regular forms: twists -> twist, cheating -> cheat."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            return base + "y" if suffix == "ies" else base
    return w


@dataclass(frozen=True)
class Options:
    """headline-support params."""

    nouns: tuple[str | Mapping[str, Any], ...]
    stopwords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prepared:
    """headline-support options compiled: the stems that support each promise noun, and the stopwords."""

    support: dict[str, frozenset[str]]  # stem of a promise noun -> stems that support it
    stopwords: frozenset[str]


def prepare(options: Options) -> Prepared:
    support: dict[str, frozenset[str]] = {}
    for item in options.nouns:
        word, extra = (item, []) if isinstance(item, str) else (item["word"], item.get("support", []))
        support[stem(word)] = frozenset({stem(word), *(stem(w) for w in extra)})
    return Prepared(support, frozenset(w.lower() for w in options.stopwords))


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each promise noun in the headline that the body never mentions."""
    headline = doc.headline
    body = [b for b in doc.blocks if b.kind in BODY_KINDS or b.kind in ("subheading", "caption", "dek")]
    if headline is None or not body:
        return
    prep = rule.prepared_as(Prepared)
    if not any(stem(m[0]) in prep.support for m in _WORD.finditer(headline.text)):
        return  # most headlines promise nothing: skip reading the body
    body_stems = {stem(m[0]) for b in body for m in _WORD.finditer(b.text)}
    names = _names(body)
    for m in _WORD.finditer(headline.text):
        key = stem(m[0])
        if key not in prep.support or headline.in_speech(m.start(), m.end()):
            continue
        if prep.support[key] & body_stems:
            continue
        start = _phrase_start(headline, m.start(), prep.stopwords | names)
        yield rule.finding(doc.block_location(headline, start, m.end()), headline.text[start : m.end()],
                           noun=m[0])


def _names(blocks: list[Block]) -> set[str]:
    """Words the paragraphs capitalise mid-sentence and never write in lower case: names."""
    upper: set[str] = set()
    lower: set[str] = set()
    for b in blocks:
        if b.kind != "paragraph":
            continue
        for m in _WORD.finditer(b.text):
            before = b.text[: m.start()].rstrip()
            if not before or before[-1] in ".!?:“\"‘'":
                continue  # sentence-initial: capitalised for grammar, not as a name
            (upper if m[0][0].isupper() else lower).add(m[0].lower())
    return upper - lower


def _phrase_start(block: Block, start: int, stopwords: frozenset[str]) -> int:
    """Walk left over modifiers that belong to the noun: 'Shocking Plot Twists', not 'Reveals Shocking ...'.

    Stop words include the names the body capitalises, so 'Kanye Divorce' yields 'Divorce'.
    """
    text = block.text
    words = [w for w in _WORD.finditer(text[:start]) if w.end() <= start]
    for w in list(reversed(words))[:_MAX_MODIFIERS]:
        word = w[0].lower().replace("’", "'")
        if text[w.end() : start].strip() or word in stopwords or word.endswith("'s") or word.endswith("'"):
            break
        start = w.start()
    return start


_MAX_MODIFIERS = 2
