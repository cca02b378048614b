"""Word pairs: a word of one class near a word of another, in one sentence of the writer's voice.

Crowd claims are built, not listed: "fans flooded the photos", "viewers are
excited", "exciting fans", "grabbed the attention of the audiences" all pair a
crowd (fans, viewers, netizens, the internet, everyone) with a reaction
(excite, flood, buzz, attention).  Listing every sentence is memorisation; a
crowd class, a reaction class and a distance catch the next outlet's wording
too.  The classes are data in the rule file, one group per pairing.

Sentences that attribute what they say ("..., the agency said", "according
to") are reported speech, and direct quotations are the speaker's: neither is
flagged.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..analysis.lexicon import inflections
from ..analysis.tokens import words
from ..document import Block, Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule

KIND = "pairs"
_TERMS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["groups"],
    "properties": {
        "groups": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "left", "right"],
                "properties": {
                    "name": {"type": "string"},
                    "why": {"type": "string"},
                    "suggestion": {"type": "string"},
                    "left": {**_TERMS, "description": "Words or word sequences of the first class."},
                    "right": {**_TERMS, "description": "Words or word sequences of the second class."},
                    "max_gap": {"type": "integer", "minimum": 0,
                                "description": "At most this many words between the two."},
                    "either_order": {"type": "boolean",
                                     "description": "The right-hand word may also come first."},
                    "not_before": {"type": "array", "items": {"type": "string"},
                                   "description": "Words that, just before the pair, make it something else."},
                    "inflect": {"type": "boolean", "description": "Match regular inflections of one-word terms."},
                },
            },
        },
        "attribution": {"type": "array", "items": {"type": "string"},
                        "description": "Words that make a sentence attributed reported speech, left alone."},
        "suggestion": {"type": "string"},
        "inflect": {"type": "boolean", "description": "Match regular inflections of one-word terms."},
        "skip_quotes": {"type": "boolean"},
    },
}

Term = tuple[str, ...]


@dataclass(frozen=True)
class Group:
    name: str
    suggestion: str
    left: dict[str, tuple[Term, ...]]  # first word -> whole terms opening with it, longest first
    right: dict[str, tuple[Term, ...]]
    max_gap: int
    either_order: bool
    not_before: frozenset[str]


@dataclass(frozen=True)
class Prepared:
    groups: tuple[Group, ...]
    openers: frozenset[str]  # every first word of every term: a block with none of them is skipped at once
    attribution: dict[str, tuple[Term, ...]]
    skip_quotes: bool


def _fold(word: str) -> str:
    """Lower case, one apostrophe, no possessive: "People’s" -> "people", "fans'" -> "fans"."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def _terms(items: list[str], inflect: bool) -> dict[str, tuple[Term, ...]]:
    """Terms keyed by their first word; a one-word term (and a longer term's first word) in every regular form."""
    found: dict[str, set[Term]] = {}
    for item in items:
        parts = tuple(_fold(w) for w in item.split())
        firsts = inflections(parts[0]) if inflect else [parts[0]]
        for first in firsts:
            found.setdefault(first, set()).add((first, *parts[1:]))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


def prepare(params: Mapping[str, Any]) -> Prepared:
    inflect = params.get("inflect", True)
    default = params.get("suggestion", "attribute it to a named source, or cut it")
    groups = tuple(Group(g["name"], g.get("suggestion", default), _terms(g["left"], g.get("inflect", inflect)),
                         _terms(g["right"], g.get("inflect", inflect)), g.get("max_gap", 4), g.get("either_order", False),
                         frozenset(_fold(w) for w in g.get("not_before", [])))
                   for g in params["groups"])
    openers = frozenset(k for g in groups for k in (*g.left, *g.right))
    return Prepared(groups, openers, _terms(params.get("attribution", []), False), params.get("skip_quotes", True))


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """The text's words with their spans, folded; shared by every rule of this kind on one block."""
    return tuple((a, b, _fold(text[a:b])) for a, b in words(text))


def _matches(toks: tuple[tuple[int, int, str], ...], lo: int, hi: int,
             terms: dict[str, tuple[Term, ...]]) -> list[tuple[int, int]]:
    """(first token, last token + 1) of each term in toks[lo:hi]."""
    found = []
    for i in range(lo, hi):
        for term in terms.get(toks[i][2], ()):
            end = i + len(term)
            if end <= hi and all(toks[i + k][2] == term[k] for k in range(1, len(term))):
                found.append((i, end))
                break
    return found


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each pair of a group's two classes within its distance, one finding per pair."""
    prep: Prepared = rule.prepared
    for block in doc.blocks_in(rule.scope):
        if prep.openers.isdisjoint(block.word_index):
            continue
        yield from _block(doc, block, rule, prep)


def _block(doc: Document, block: Block, rule: Rule, prep: Prepared) -> Iterator[Finding]:
    text = block.text
    toks = _tokens(text)
    starts = [t[0] for t in toks]
    taken: list[tuple[int, int]] = []
    for s_start, s_end, _ in block.sentence_spans:
        lo = _index(starts, s_start)
        hi = _index(starts, s_end)
        if lo >= hi or (prep.attribution and _matches(toks, lo, hi, prep.attribution)):
            continue
        for group in prep.groups:
            lefts = _matches(toks, lo, hi, group.left)
            if not lefts:
                continue
            rights = _matches(toks, lo, hi, group.right)
            for a, b in lefts:
                pair = _nearest(a, b, rights, group)
                if pair is None:
                    continue
                first, last = pair
                if first > lo and toks[first - 1][2] in group.not_before:
                    continue
                i, j = toks[first][0], toks[last - 1][1]
                if any(i < y and x < j for x, y in taken) or (prep.skip_quotes and block.in_speech(i, j)):
                    continue
                taken.append((i, j))
                yield rule.finding(doc.block_location(block, i, j), text[i:j], group.suggestion, group=group.name)


def _nearest(a: int, b: int, rights: list[tuple[int, int]], group: Group) -> tuple[int, int] | None:
    """The closest right-hand match to the left one at toks[a:b], as the pair's (first, last + 1) tokens."""
    best: tuple[int, tuple[int, int]] | None = None
    for c, d in rights:
        if c >= b:
            gap = c - b
            span = (a, d)
        elif group.either_order and d <= a:
            gap = a - d
            span = (c, b)
        else:
            continue
        if gap <= group.max_gap and (best is None or gap < best[0]):
            best = (gap, span)
    return best[1] if best else None


def _index(starts: list[int], offset: int) -> int:
    """The first token starting at or after offset."""
    return bisect.bisect_left(starts, offset)
