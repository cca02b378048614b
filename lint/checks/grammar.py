"""Grammar and spelling from LanguageTool: grammar/<LanguageTool rule id>, with its replacements.

The article's blocks in scope go to the server as one text (blocks joined by
blank lines, which LanguageTool reads as paragraph breaks), so one request
covers the article; each match is mapped back to its block and from there to
exact source offsets.  Spelling matches on names are dropped, because
LanguageTool's dictionary knows few proper names and entertainment copy is
mostly names: the names of people the article introduces (the people analysis,
and metadata `people` with their aliases), and, when `name_runs` is on, any
capitalised word inside a run of two or more capitalised words that the people
analysis reads as a name ("Priyanka Chopra Jonas", "Koo Kyo Hwan").  With no
server (Env.grammar is None) the kind yields nothing; the runner records the skip.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..clients.languagetool import GrammarMatch
from ..analysis.people import Mention, extract, name_data, people
from ..document import Block, Document
from ..env import Env
from ..findings import Finding, Severity
from ..rules import Rule

KIND = "grammar"
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
                        "description": "Drop spelling matches on capitalised words that are not sentence-initial "
                                       "(proper nouns: titles, bands, awards, acronyms)."},
        "variety_pairs": {"type": "array", "items": {"type": "array", "items": {"type": "string"}},
                          "minItems": 0, "description": "[British, American] spelling pieces ('our', 'or'): a "
                          "match whose replacement differs from the word by one such swap is dropped."},
        "compound_min": {"type": "integer", "minimum": 0,
                         "description": "Drop spelling matches whose replacement only spaces or hyphenates the word "
                                        "differently, when each part has at least this many letters (0: keep)."},
        "other_varieties": {"type": "string",
                            "description": "A pattern of LanguageTool messages that call a word another variety's "
                                           "spelling ('is British English'); such matches are dropped."},
    },
}
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"“‘'(\[]?$")
_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?")
_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Options:
    severities: Mapping[str, Severity]
    spelling: frozenset[str]
    disabled: frozenset[str]
    disabled_prefixes: tuple[str, ...]
    disabled_categories: frozenset[str]
    names: str
    skip_speech: bool
    other_varieties: re.Pattern[str] | None
    capitalised: bool = True
    variety_pairs: tuple[tuple[str, str], ...] = ()
    compound_min: int = 0

    def wanted(self, rule_id: str, category: str) -> bool:
        """False for a LanguageTool rule or category the rule file switches off."""
        return not (rule_id in self.disabled or category in self.disabled_categories
                    or rule_id.startswith(self.disabled_prefixes))


def prepare(params: Mapping[str, Any]) -> Options:
    disabled = params.get("disabled", [])
    varieties = params.get("other_varieties")
    return Options({k: Severity.parse(v) for k, v in params.get("severities", {}).items()},
                   frozenset(params.get("spelling_categories", ["TYPOS"])),
                   frozenset(d for d in disabled if not d.endswith("*")),
                   tuple(d[:-1] for d in disabled if d.endswith("*")),
                   frozenset(params.get("disabled_categories", [])), params.get("names", "mentions"),
                   bool(params.get("skip_speech", False)), re.compile(varieties) if varieties else None,
                   bool(params.get("capitalised", True)),
                   tuple((a, b) for a, b in params.get("variety_pairs", [])), int(params.get("compound_min", 0)))


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
    opts: Options = rule.prepared
    blocks = list(doc.blocks_in(rule.scope))
    if not blocks:
        return
    text, starts = joined(blocks)
    matches = client.check(text)
    if not matches:
        return
    names: frozenset[str] | None = None
    for m in matches:
        if not opts.wanted(m.rule_id, m.category):
            continue
        i = bisect_right(starts, m.offset) - 1
        block, a = blocks[i], m.offset - starts[i]
        b = a + m.length
        if b > len(block.text):
            continue  # a match that runs into the separator or the next block: not one place to fix
        flagged = block.text[a:b]
        if m.category in opts.spelling:
            if names is None:
                names = env.shared(("grammar-names", opts.names), lambda: name_words(doc, opts.names))
            if not real_misspelling(m, flagged, block.text[:a], names, opts):
                continue
        elif opts.skip_speech and block.in_speech(a, b):
            continue  # the speaker's grammar is quoted as spoken; a misspelling in a quotation is still the writer's
        suggestion = ", ".join(m.replacements[:3]) if m.replacements else None
        yield rule.finding(doc.block_location(block, a, b), flagged, suggestion, sub_id=m.rule_id,
                           severity=opts.severities.get(m.category), detail=m.message.rstrip("."))


def real_misspelling(m: GrammarMatch, flagged: str, before: str, names: frozenset[str], opts: Options) -> bool:
    """False for a spelling match on a name, a proper noun, another variety's spelling or a compound's spacing."""
    words = _WORD.findall(flagged)
    if not words:
        return True
    if all(w in names for w in words):
        return False
    first = words[0]
    # LanguageTool re-splits an unknown name with its neighbour ("Kumars at" -> "Kumar sat"): the first word decides.
    if opts.capitalised and any(c.isupper() for c in first) and (first in names or not _SENTENCE_START.search(before)):
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
    for w in parts:
        words.add(w)
        words.update(p for p in re.split(r"[-‐]", w) if p)
