"""Grammar and spelling from LanguageTool: grammar/<LanguageTool rule id>, with its replacements.

The article's blocks in scope go to the server as one text (blocks joined by
blank lines, which LanguageTool reads as paragraph breaks), so one request
covers the article; each match is mapped back to its block and from there to
exact source offsets.  What LanguageTool reports that an editor would not
change is dropped by settings in the rule file: LanguageTool rules that encode
one house style, grammar in headlines and direct quotations, matches about a
name or a title, and spelling matches on names (the people the article
introduces, metadata `people`, every name mention, capitalised words that do
not start a sentence), on another variety's spelling, on compounds spaced by
house style, on masked words, and on passages in another language.  With no
server (Env.grammar is None) the kind yields nothing; the runner records the skip.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..clients.languagetool import GrammarMatch
from ..analysis.name_extraction import extract
from ..analysis.name_mentions import Mention
from ..analysis.name_data import name_data
from ..analysis.people import people
from ..document import Block, Document
from ..env import Env
from ..findings import Finding, Severity
from ..rules import Rule
from .contribution import Contribution, skip_notes
from ..patterns import LazyPattern

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "severities": {"type": "object", "additionalProperties": {"enum": ["error", "warning", "info"]},
                       "description": "LanguageTool category id -> severity; others get the rule's severity."},
        "spelling_categories": {"type": "array", "items": {"type": "string"},
                                "description": "Categories whose matches on names are dropped."},
        "disabled": {"type": "array", "items": {"type": "string"},
                     "description": "LanguageTool rule ids to drop; a trailing * matches a prefix."},
        "disabled_categories": {"type": "array", "items": {"type": "string"},
                                "description": "LanguageTool category ids to drop."},
        "names": {"enum": ["people", "runs", "mentions"],
                  "description": "Which names spelling matches are dropped on: the people the article introduces, "
                                 "also every multi-word name run, or every name mention (proper-noun words)."},
        "skip_speech": {"type": "boolean",
                        "description": "Drop matches other than spelling inside direct quotations."},
        "capitalised": {"type": "boolean",
                        "description": "Drop matches that take in a capitalised word that is not sentence-initial "
                                       "(a name or a title: 'Bafta', 'Please Please Me', 'USA For Africa')."},
        "headline_categories": {"type": "array", "items": {"type": "string"},
                                "description": "Categories dropped in headlines, deks and subheadings "
                                               "(headlinese: 'Abba reunite for musical premiere')."},
        "variety_pairs": {"type": "array", "items": {"type": "array", "items": {"type": "string"}},
                          "minItems": 0, "description": "[British, American] spelling pieces ('our', 'or'): a "
                          "match whose replacement differs from the word by one such swap is dropped."},
        "compound_min": {"type": "integer", "minimum": 0,
                         "description": "Drop spelling matches whose replacement only spaces or hyphenates the word "
                                        "differently, when each part has at least this many letters (0: keep)."},
        "foreign_sentence": {"type": "integer", "minimum": 0,
                             "description": "Drop all spelling matches of a sentence that has this many (0: keep)."},
        "foreign_run": {"type": "boolean",
                        "description": "Drop spelling matches on unknown words that stand side by side."},
        "other_varieties": {"type": "string",
                            "description": "A pattern of LanguageTool messages that call a word another variety's "
                                           "spelling ('is British English'); such matches are dropped."},
    },
}
_SENTENCE_START = LazyPattern(r"(?:^|[.!?]\s*|\n)[\"“‘'(\[]?$")
_CENSORED = LazyPattern(r"[*&@#]")
_WORD = LazyPattern(r"[^\W\d_](?:[\w'’.-]*\w)?")
_SEPARATOR = "\n\n"
_HEADINGS = frozenset({"headline", "dek", "subheading"})


@dataclass(frozen=True)
class Options:
    """grammar params."""

    severities: Mapping[str, str] = field(default_factory=dict)
    spelling_categories: tuple[str, ...] = ("TYPOS",)
    disabled: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    names: str = "mentions"
    skip_speech: bool = False
    capitalised: bool = True
    headline_categories: tuple[str, ...] = ()
    variety_pairs: tuple[list[str], ...] = ()
    compound_min: int = 0
    foreign_sentence: int = 0
    foreign_run: bool = False
    other_varieties: str | None = None


@dataclass(frozen=True)
class Prepared:
    """grammar options compiled: which LanguageTool matches to keep, and at which severity."""

    severities: Mapping[str, Severity]
    spelling: frozenset[str]
    disabled: frozenset[str]
    disabled_prefixes: tuple[str, ...]
    disabled_categories: frozenset[str]
    names: str
    skip_speech: bool
    other_varieties: re.Pattern[str] | None
    capitalised: bool = True
    headline_categories: frozenset[str] = frozenset()
    foreign_sentence: int = 0
    foreign_run: bool = False
    variety_pairs: tuple[tuple[str, str], ...] = ()
    compound_min: int = 0

    def wanted(self, rule_id: str, category: str) -> bool:
        """False for a LanguageTool rule or category the rule file switches off."""
        return not (rule_id in self.disabled or category in self.disabled_categories
                    or rule_id.startswith(self.disabled_prefixes))


def prepare(options: Options) -> Prepared:
    disabled = options.disabled
    varieties = options.other_varieties
    return Prepared(
        severities={k: Severity.parse(v) for k, v in options.severities.items()},
        spelling=frozenset(options.spelling_categories),
        disabled=frozenset(d for d in disabled if not d.endswith("*")),
        disabled_prefixes=tuple(d[:-1] for d in disabled if d.endswith("*")),
        disabled_categories=frozenset(options.disabled_categories),
        names=options.names,
        skip_speech=bool(options.skip_speech),
        other_varieties=re.compile(varieties) if varieties else None,
        capitalised=bool(options.capitalised),
        headline_categories=frozenset(options.headline_categories),
        variety_pairs=tuple((a, b) for a, b in options.variety_pairs),
        compound_min=int(options.compound_min),
        foreign_sentence=int(options.foreign_sentence),
        foreign_run=bool(options.foreign_run),
    )


def joined(blocks: list[Block]) -> tuple[str, list[int]]:
    """The text sent for the article and where each block starts in it."""
    starts, pos = [], 0
    for b in blocks:
        starts.append(pos)
        pos += len(b.text) + len(_SEPARATOR)
    return _SEPARATOR.join(b.text for b in blocks), starts


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Ask LanguageTool once for the article and report its matches, names and quotations aside."""
    client = env.grammar
    if client is None:
        return
    opts = rule.prepared_as(Prepared)
    blocks = list(doc.blocks_in(rule.scope))
    if not blocks:
        return
    text, starts = joined(blocks)
    matches = client.check(text)
    if not matches:
        return
    names: frozenset[str] | None = None
    kept: list[tuple[GrammarMatch, Block, int, int]] = []
    for m in matches:
        if not opts.wanted(m.rule_id, m.category):
            continue
        i = bisect_right(starts, m.offset) - 1
        block, a = blocks[i], m.offset - starts[i]
        b = a + m.length
        if b > len(block.text):
            continue  # a match that runs into the separator or the next block: not one place to fix
        if block.kind in _HEADINGS and m.category in opts.headline_categories:
            continue
        if m.category in opts.spelling:
            if names is None:
                names = env.shared(("grammar-names", opts.names), lambda: name_words(doc, opts.names))
            if not real_misspelling(m, block.text[a:b], block.text[:a], names, opts, block.text[b:b + 1]):
                continue
        elif opts.capitalised and _proper_noun(block.text, a, b):
            continue  # about a name or a title ("Please Please Me", "May performed"), not the grammar around it
        elif opts.skip_speech and block.in_speech(a, b):
            continue  # the speaker's grammar is quoted as spoken; a misspelling in a quotation is still the writer's
        kept.append((m, block, a, b))
    foreign = _foreign(kept, opts) if opts.foreign_sentence or opts.foreign_run else set()
    for k, (m, block, a, b) in enumerate(kept):
        if k in foreign:
            continue
        suggestion = ", ".join(m.replacements[:3]) if m.replacements else None
        yield rule.finding(doc.block_location(block, a, b), block.text[a:b], suggestion, sub_id=m.rule_id,
                           severity=opts.severities.get(m.category), detail=m.message.rstrip("."))


def _foreign(kept: list[tuple[GrammarMatch, Block, int, int]], opts: Prepared) -> set[int]:
    """Spelling matches that sit in a passage of another language (romanised Hindi, Swahili, Malay).

    Unknown words side by side ("mpango wa kando", "dal chawal"), or many in one sentence
    ("Itna chota toh mera rumaal hai"), are a language LanguageTool does not know, not typos;
    real typos come one at a time.
    """
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for k, (m, block, a, _) in enumerate(kept):
        if m.category in opts.spelling:
            sentence = next((s for s, (sa, sb, _) in enumerate(block.sentence_spans) if sa <= a < sb), -1)
            by_sentence.setdefault((id(block), sentence), []).append(k)
    out: set[int] = set()
    for ks in by_sentence.values():
        if opts.foreign_sentence and len(ks) >= opts.foreign_sentence:
            out.update(ks)
            continue
        if opts.foreign_run:
            for x, y in zip(ks, ks[1:]):
                (_, block, _, xb), (_, _, ya, _) = kept[x], kept[y]
                if not block.text[xb:ya].strip(" ,"):  # only spaces (or a comma) between two unknown words
                    out.update((x, y))
    return out


def real_misspelling(m: GrammarMatch, flagged: str, before: str, names: frozenset[str], opts: Prepared,
                     after: str = "") -> bool:
    """False for a spelling match on a name, a proper noun, another variety's spelling or a compound's spacing."""
    words = _WORD.findall(flagged)
    if not words:
        return True
    if all(w.casefold() in names for w in words):
        return False
    first = words[0]
    if _CENSORED.search(before[-1:] + flagged + after[:1]):
        return False  # "s*xual", "f&cked": masked on purpose
    # LanguageTool re-splits an unknown name with its neighbour ("Kumars at" -> "Kumar sat"): the first word decides.
    # A capital inside the word ("YG", "tvN", "iQIYI") is a brand or an acronym wherever it stands.
    if opts.capitalised and (any(c.isupper() for c in first[1:]) or first[0].isupper() and (
            first.casefold() in names or not _SENTENCE_START.search(before))):
        return False
    if opts.other_varieties and opts.other_varieties.search(m.message):
        return False  # correct in another English (an outlet's house spelling), not a typo
    word = flagged.lower()
    for rep in (r.lower() for r in m.replacements[:3]):
        if any(_one_swap(word, rep, a, b) for a, b in opts.variety_pairs):
            return False
        parts = re.split(r"[ -]", rep)
        if (opts.compound_min and len(parts) > 1 and "".join(parts) == word.replace("-", "")
                and all(len(p) >= opts.compound_min for p in parts)):
            return False  # "showbusiness" / "show business", "docu-drama" / "docudrama": house style
    return True


def _proper_noun(text: str, a: int, b: int) -> bool:
    """text[a:b] takes in a capitalised word that does not start a sentence."""
    for w in _WORD.finditer(text, a, b):
        if w[0][0].isupper() and not _SENTENCE_START.search(text, 0, w.start()) and w[0] != "I":
            return True
    return False


def _one_swap(word: str, rep: str, a: str, b: str) -> bool:
    """rep is word with one `a` replaced by `b` ("colour" -> "color")."""
    start = word.find(a)
    while start >= 0:
        if word[:start] + b + word[start + len(a):] == rep:
            return True
        start = word.find(a, start + 1)
    return False


def name_words(doc: Document, names: str = "mentions") -> frozenset[str]:
    """Words LanguageTool should not call misspelt: the article's own names, whole and by hyphenated part.

    names: "people" (the people the article introduces and metadata `people`), "runs" (also
    every run of two or more name words), "mentions" (every name mention, single words too).
    """
    data = name_data()
    mentions = extract(doc, data, ("headline", "dek", "subheading", "body", "captions"))
    meta = doc.meta.get("people")
    words: set[str] = set()
    chosen: list[Mention] = [m for p in people(mentions, data, meta if isinstance(meta, list) else None)
                             for m in p.mentions]
    if names == "runs":
        chosen += [m for m in mentions if len(m.words) >= 2]
    elif names == "mentions":
        chosen = mentions
    for m in chosen:
        _add(words, m.words)
    for entry in meta if isinstance(meta, list) else []:
        if isinstance(entry, dict):
            for name in [entry.get("name", "")] + list(entry.get("aliases", []) or []):
                _add(words, str(name).split())
    return frozenset(words)


def _add(words: set[str], parts: tuple[str, ...] | list[str]) -> None:
    for w in parts:  # case-folded: "jisoo" is Jisoo with a casing slip, which is the names family's finding
        words.add(w.casefold())
        words.update(p.casefold() for p in re.split(r"[-‐]", w) if p)


def describe(doc: Document, rules: tuple[Rule, ...], env: Env) -> Contribution:
    """A skip note when no LanguageTool server was there for these rules, or it failed during the run."""
    failed = getattr(env.grammar, "failed", None)
    if env.grammar is not None and not failed:
        return Contribution()
    return Contribution(skipped=skip_notes(rules, failed or env.grammar_off))
