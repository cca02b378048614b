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
from collections.abc import Iterator, KeysView, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import cache
from ..analysis.attribution import frames_quotation, object_clause
from ..analysis.glued_prefixes import GluedPrefixes, glued_prefixes
from ..analysis.phrase_patterns import inflections
from ..analysis.tokens import words
from ..document import Block, Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule
from ..patterns import LazyPattern

_LEXICAL = LazyPattern(r"[^\W_]+(?:'[^\W_]+)*")  # as Block.word_index splits words
_TERMS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["groups"],
    "properties": {
        "groups": {
            "type": "array",
            "description": "Pairings: two word classes that together make the claim, within a few words.",
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
                    "gap_skips": {"type": "array", "items": {"type": "string", "minLength": 1},
                                  "description": "Words not counted in max_gap right before the right-hand "
                                                 "word (its auxiliaries: 'fans at home and abroad were going "
                                                 "wild' is one crowd, one reaction)."},
                    "not_before": {"type": "array", "items": {"type": "string"},
                                   "description": "Words that, just before the pair, make it something else."},
                    "not_after": {"type": "array", "items": {"type": "string", "minLength": 1},
                                  "description": "Words that, just after the pair, make it something else "
                                                 "('praised by the judge' is a passive, 'melted away' a loss)."},
                    "not_between": {"type": "array", "items": {"type": "string", "minLength": 1},
                                    "description": "Words that, between the two, make the right-hand word "
                                                   "someone else's wish ('the public will be asked to praise')."},
                    "inflect": {"type": "boolean", "description": "Match regular inflections of one-word terms."},
                    "lower_case": {"type": "array", "items": {"type": "string", "minLength": 1},
                                   "description": "Words that pair only where written in lower case (capitalised, "
                                                  "'US' is the country and 'Super Hits' a title)."},
                },
            },
        },
        "attribution": {"type": "array", "items": {"type": "string"},
                        "description": "Words that make a sentence attributed reported speech, left alone."},
        "suggestion": {"type": "string", "description": "Suggestion for a group that gives none."},
        "inflect": {"type": "boolean", "description": "Match regular inflections of one-word terms."},
        "skip_quotes": {"type": "boolean", "description": "Leave direct quotations alone."},
        "prefixes": {"type": "array", "items": {"type": "string", "pattern": "^[^\\W\\d_]+$"},
                     "description": "Intensifying prefixes glued to a word by a hyphen ('uber-', 'super-'): read as "
                                    "a word of their own ('uber-talented' pairs as 'uber talented')."},
    },
}

Term = tuple[str, ...]


@dataclass(frozen=True)
class Side:
    """One word class of a pairing: its terms by the index key of their first word, and the keys that must occur."""

    terms: dict[str, tuple[Term, ...]]  # first word's index key -> whole terms opening there, longest first
    needed: frozenset[str]  # one index key per term (its longest word): a block with none has no term
    lower: frozenset[str] = frozenset()  # folded words that match only where the text writes them in lower case
    # needed key -> the index keys of every word of each term needing it: a term stands only where all of its do
    keys: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)

    def may_stand(self, words_in: KeysView[str]) -> bool:
        """Whether some term has every word in the block (`needed` alone lets in a block with only the term's
        longest word: "industry" without "going", common words the longer crowd lists pair)."""
        return any(k <= words_in for key in self.needed & words_in for k in self.keys[key])


@dataclass(frozen=True)
class Group:
    """One pairing: its two word classes, the distance between them, and the words that make a pair something else."""

    name: str
    suggestion: str
    left: Side
    right: Side
    max_gap: int
    either_order: bool
    not_before: frozenset[str]
    gap_skips: frozenset[str] = frozenset()  # uncounted in max_gap where they stand right before the right word
    not_after: frozenset[str] = frozenset()  # a word right after the pair that makes it something else
    not_between: frozenset[str] = frozenset()  # a word between the two that makes it something else


@dataclass(frozen=True)
class Options:
    """pairs params (groups as the schema validated them; a group's own inflect and suggestion win)."""

    groups: tuple[Mapping[str, Any], ...]
    attribution: tuple[str, ...] = ()
    suggestion: str = "attribute it to a named source, or cut it"
    inflect: bool = True
    skip_quotes: bool = True
    prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prepared:
    """pairs options compiled: the pairings, the attribution words, and the keys a block must hold for any pair."""

    groups: tuple[Group, ...]
    attribution: frozenset[Term]
    skip_quotes: bool
    # every group's needed keys, either side: a block holding none of them holds no pair
    needed: frozenset[str] = frozenset()
    prefixes: GluedPrefixes = GluedPrefixes()  # read as words of their own before a hyphen


def _fold(word: str) -> str:
    """Lower case, one apostrophe, no possessive: "People’s" -> "people", "fans'" -> "fans"."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def _keys(word: str) -> list[str]:
    """The words Block.word_index files a term word under ("k-netizens" -> k, netizens)."""
    return _LEXICAL.findall(word)


# What a Side holds, as plain data the disk cache can keep: terms, needed, lower, keys.
SideData = tuple[dict[str, tuple[Term, ...]], frozenset[str], frozenset[str], dict[str, tuple[frozenset[str], ...]]]
# Name it anew when _side_data answers differently, phrase_patterns.inflections included: _sides keeps its answers.
_SIDES_VERSION = 1


def _side_data(items: list[str], inflect: bool, lower: frozenset[str]) -> SideData:
    """Terms keyed by their first word; a one-word term (and a longer term's first word) in every regular form."""
    found: dict[str, set[Term]] = {}
    keys: dict[str, set[frozenset[str]]] = {}
    for item in items:
        parts = tuple(_fold(w) for w in item.split())
        rest = [k for w in parts[1:] for k in _keys(w)]  # the same after every form of the first word
        for first in inflections(parts[0]) if inflect else [parts[0]]:
            term = (first, *parts[1:])
            opening = _keys(first)
            found.setdefault(opening[0], set()).add(term)
            every = opening + rest
            keys.setdefault(max(every, key=len), set()).add(frozenset(every))
    return ({k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}, frozenset(keys), lower,
            {k: tuple(v) for k, v in keys.items()})


def _sides(groups: tuple[Mapping[str, Any], ...], inflect: bool) -> list[tuple[SideData, SideData]]:
    """Each group's left and right sides, kept in the disk cache by a digest of the words they are built from.

    Inflecting and keying every term is most of a cold start's preparing (crowd-claims' 700 terms: 8 ms warm,
    15 ms cold), and reading the result back takes a fraction of that.
    """
    specs = [(list(g["left"]), list(g["right"]), bool(g.get("inflect", inflect)),
              sorted({_fold(w) for w in g.get("lower_case", [])})) for g in groups]

    def build() -> list[tuple[SideData, SideData]]:
        return [(_side_data(left, on, frozenset(lower)), _side_data(right, on, frozenset(lower)))
                for left, right, on, lower in specs]

    return cache.kept(f"pair-sides-{_SIDES_VERSION}-{cache.digest(repr(specs))}", build,
                      lambda v: isinstance(v, list) and len(v) == len(specs))


def _group(g: Mapping[str, Any], sides: tuple[SideData, SideData], default: str) -> Group:
    """One pairing as the schema validated it, with its two sides built; its own suggestion wins over the rule's."""
    return Group(g["name"], g.get("suggestion", default), Side(*sides[0]), Side(*sides[1]), g.get("max_gap", 4),
                 g.get("either_order", False),
                 frozenset(_fold(w) for w in g.get("not_before", [])),
                 frozenset(_fold(w) for w in g.get("gap_skips", [])),
                 frozenset(_fold(w) for w in g.get("not_after", [])),
                 frozenset(_fold(w) for w in g.get("not_between", [])))


def prepare(options: Options) -> Prepared:
    sides = _sides(options.groups, options.inflect)
    groups = tuple(_group(g, pair, options.suggestion) for g, pair in zip(options.groups, sides))
    attribution = frozenset(tuple(_fold(w) for w in a.split()) for a in options.attribution)
    needed = frozenset().union(*(side.needed for g in groups for side in (g.left, g.right)))
    return Prepared(groups, attribution, options.skip_quotes, needed, glued_prefixes(options.prefixes))


def _tokens(text: str, glued: Sequence[tuple[int, int]] = ()) -> tuple[tuple[tuple[int, int, str], ...], dict[int, int]]:
    """The text's words with their spans, folded, and each word's number by its start offset; a word that opens with
    a glued prefix (glued: where each starts, where its hyphen stands) is two ("uber-talented": uber, talented).

    Built only for blocks where a pair may stand, once per block (and list of prefixes) for every rule of this
    kind (through env.shared, the document's memo, not a process-wide cache).
    """
    spans = words(text)
    if glued:
        spans = _unglued(spans, dict(glued))
    if text.isascii():  # lower case letter by letter: fold the text once, then strip each word's possessive
        low = text.lower()
        toks = tuple((a, b, w[:-2] if (w := low[a:b]).endswith("'s") else w.rstrip("'")) for a, b in spans)
    else:
        toks = tuple((a, b, _fold(text[a:b])) for a, b in spans)
    return toks, {t[0]: i for i, t in enumerate(toks)}


def _unglued(spans: list[tuple[int, int]], hyphen_after: dict[int, int]) -> list[tuple[int, int]]:
    """The word spans, each word that opens with a glued prefix split at the prefix's hyphen."""
    out = []
    for a, b in spans:
        hyphen = hyphen_after.get(a, b)
        out += [(a, hyphen), (hyphen + 1, b)] if hyphen < b else [(a, b)]
    return out


def _matches(text: str, toks: tuple[tuple[int, int, str], ...], at: dict[int, int], index: Mapping[str, list[int]],
             side: Side) -> list[tuple[int, int]]:
    """(first token, last token + 1) of each term of a side in the text, found from the block's word index."""
    found = []
    for key in side.terms.keys() & index.keys():
        for offset in index[key]:
            i = at.get(offset)
            if i is None:
                continue
            for term in side.terms[key]:
                end = i + len(term)
                if end <= len(toks) and all(toks[i + k][2] == term[k] for k in range(len(term))):
                    if not any(t[2] in side.lower and text[t[0]:t[1]] != t[2] for t in toks[i:end]):
                        found.append((i, end))
                    break
    return sorted(found)  # the index's keys come out in hash order, which differs from process to process


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each pair of a group's two classes within its distance, one finding per pair."""
    prep = rule.prepared_as(Prepared)
    for block in doc.blocks_in(rule.scope):
        words_in = block.word_index.keys()
        # One C-speed walk over the block's words for all the groups, then each group asks the few found: most
        # blocks hold a needed word of no group, or of one side only.
        present = prep.needed.intersection(words_in)
        if not present:
            continue
        groups = [g for g in prep.groups
                  if not present.isdisjoint(g.left.needed) and not present.isdisjoint(g.right.needed)
                  and g.left.may_stand(words_in) and g.right.may_stand(words_in)]
        if groups:
            yield from _block(doc, block, rule, prep, groups, env)


def _block(doc: Document, block: Block, rule: Rule, prep: Prepared, groups: list[Group],
           env: Env) -> Iterator[Finding]:
    text = block.text
    toks, at = env.shared(("pairs-tokens", id(block), prep.prefixes.prefixes),
                          lambda: _tokens(text, prep.prefixes.glued(text, block.word_index)))
    index = block.word_index
    bounds = [_token_at(toks, a) for a, _, _ in block.sentence_spans]  # first token of each sentence
    taken: list[tuple[int, int]] = []
    attributed: dict[int, bool] = {}
    for group in groups:
        lefts = _matches(text, toks, at, index, group.left)
        rights = _matches(text, toks, at, index, group.right) if lefts else []
        for a, b in lefts:
            pair = _nearest(a, b, rights, group, toks)
            if pair is None:
                continue
            first, last = pair
            sentence = bisect.bisect_right(bounds, first) - 1
            lo = bounds[sentence] if sentence >= 0 else 0
            hi = bounds[sentence + 1] if sentence + 1 < len(bounds) else len(toks)
            if last > hi or (first > lo and toks[first - 1][2] in group.not_before) or _other_sense(
                    group, toks, first, last, hi):
                continue  # the two words are in different sentences, or the pair is part of something else
            if sentence not in attributed:
                attributed[sentence] = _attributed(text, toks, lo, hi, prep.attribution)
            i, j = toks[first][0], toks[last - 1][1]
            # A reporting verb inside the pair has the crowd itself as its speaker ("many of Selena's fans
            # expressed their excitement", celebrity-news/legit 173): the claim is still unsourced.
            if attributed[sentence]:
                pair_at = (toks[first][0], block.speech)
                attributed_here = _attributed(text, toks, lo, first, prep.attribution, pair_at) or _attributed(
                    text, toks, last, hi, prep.attribution, pair_at)
            else:
                attributed_here = False
            if attributed_here or any(i < y and x < j for x, y in taken):
                continue
            if prep.skip_quotes and any(i < y and x < j for x, y in block.speech):
                continue  # in a quotation, or one word in it and one outside: not one claim in the writer's voice
            taken.append((i, j))
            yield rule.finding(doc.block_location(block, i, j), text[i:j], group.suggestion, group=group.name)


def _other_sense(group: Group, toks: tuple[tuple[int, int, str], ...], first: int, last: int, hi: int) -> bool:
    """Whether a word right after the pair, or one inside it, makes it something else (group.not_after and
    not_between: "praised by the judge", "melted away", "asked to praise")."""
    if last < hi and toks[last][2] in group.not_after:
        return True
    return bool(group.not_between) and any(toks[k][2] in group.not_between for k in range(first + 1, last - 1))


def _attributed(text: str, toks: tuple[tuple[int, int, str], ...], lo: int, hi: int,
                attribution: frozenset[Term], pair_at: tuple[int, tuple[tuple[int, int], ...]] | None = None) -> bool:
    """Whether toks[lo:hi] holds an attribution ("said", "according to"), not the verb of a clause the sentence
    takes as an object ("fans went wild over what she said"); with pair_at (the pair's offset and the block's
    quotations), not one that gives another stretch's direct quotation its speaker ('"We loved it," the fans said'
    sources the quotation, not a crowd claim outside it)."""
    start = toks[lo][0] if lo < len(toks) else len(text)
    for i in range(lo, hi):
        for term in attribution:
            if toks[i][2] == term[0] and tuple(t[2] for t in toks[i:i + len(term)]) == term:
                if object_clause(text, start, toks[i][0]):
                    continue
                if pair_at is not None:
                    framed = frames_quotation(text, pair_at[1], toks[i][0], toks[i + len(term) - 1][1])
                    if framed is not None and not framed[0] <= pair_at[0] < framed[1]:
                        continue
                return True
    return False


def _nearest(a: int, b: int, rights: list[tuple[int, int]], group: Group,
             toks: tuple[tuple[int, int, str], ...]) -> tuple[int, int] | None:
    """The closest right-hand match to the left one at toks[a:b], as the pair's (first, last + 1) tokens."""
    best: tuple[int, tuple[int, int]] | None = None
    for c, d in rights:
        if c >= b:
            gap, span = c - b, (a, d)
            # The right-hand word's own auxiliaries ("were going wild"), right before it, are not counted; one
            # further back belongs to another clause ("convince everyone that they are still madly in love").
            k = c - 1
            while gap > group.max_gap and k >= b and toks[k][2] in group.gap_skips:
                gap, k = gap - 1, k - 1
        elif group.either_order and d <= a:
            gap, span = a - d, (c, b)
        else:
            continue
        if gap <= group.max_gap and (best is None or gap < best[0]):
            best = (gap, span)
    return best[1] if best else None


def _token_at(toks: tuple[tuple[int, int, str], ...], offset: int) -> int:
    """The number of the first token starting at or after offset."""
    return bisect.bisect_left(toks, (offset,))
