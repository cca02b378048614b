"""Word and phrase lists: flag each listed phrase, with its suggestion, in the rule's scopes.

The generic kind for house rules.  Entries may be plain phrases, {phrase, suggestion}
tables, regex {pattern} tables, or grouped under [[params.groups]] with a shared
suggestion.  Text inside direct quotations is skipped unless skip_quotes = false.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..document import Document
from ..env import Env
from ..errors import ArtlintError
from ..findings import Finding
from ..limits import pattern_budget, time_limit
from ..rules import Rule
from ..analysis.casefold import FoldedPattern
from ..analysis.glued_prefixes import GluedPrefixes, glued_prefixes
from ..analysis.attribution import attributed, attribution_pattern
from ..analysis.titlecase import in_title
from ..analysis.lexicon import Matcher
from ..analysis.lexicon_entries import ENTRY_SCHEMA, GROUPS_SCHEMA, Entry, entries
from ..analysis.phrase_patterns import LEFT, phrase_regex

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "phrases": {"type": "array", "items": ENTRY_SCHEMA,
                    "description": "Entries: a phrase, or {phrase, suggestion}, or {pattern} (a regular expression)."},
        "groups": {**GROUPS_SCHEMA, "description": "Entries grouped under a name, with a shared suggestion and scope.",
                   "items": {**GROUPS_SCHEMA["items"], "properties": {
                       **GROUPS_SCHEMA["items"]["properties"],
                       "attribution": {"type": "array", "items": {"type": "string"},
                                       "description": "Words that make a sentence attributed reported speech, where "
                                                      "this group's matches are left alone (as the rule's own "
                                                      "attribution leaves every group's)."}}}},
        "exceptions": {"type": "array", "items": {"type": "string"}, "description": "Longer phrases inside which a match is fine."},
        "suggestion": {"type": "string", "description": "Default suggestion for entries without their own."},
        "ignore_case": {"type": "boolean", "description": "Match regardless of case."},
        "inflect": {"type": "boolean", "description": "Match regular inflections of each entry's first and last word."},
        "skip_quotes": {"type": "boolean", "description": "Leave direct quotations alone."},
        "attribution": {"type": "array", "items": {"type": "string"},
                        "description": "Words that make a sentence attributed reported speech, left alone."},
        "attribution_near": {"type": "array", "items": {"type": "string"},
                             "description": "Words that attribute a match only when they stand within "
                                            "attribution_window words before it ('voted the best')."},
        "attribution_window": {"type": "integer", "minimum": 1,
                               "description": "How many words before a match attribution_near words count."},
        "skip_titles": {"type": "boolean",
                        "description": "Leave a capitalised match between capitalised words of running text (a title) alone."},
        "prefixes": {"type": "array", "items": {"type": "string", "pattern": "^[^\\W\\d_]+(?:-[^\\W\\d_]+)*$"},
                     "description": "Intensifying prefixes glued to a word by a hyphen ('ever-', 'oh-so-'): an entry "
                                    "matches after one as it does after a space ('ever-gorgeous')."},
        "timeout": {"type": "number", "exclusiveMinimum": 0,
                    "description": "Seconds {pattern} entries may take per block (per 100,000 characters of a longer one)."},
    },
}


@dataclass(frozen=True)
class Options:
    """phrases params (entries as the schema validated them)."""

    phrases: tuple[str | Mapping[str, Any], ...] = ()
    groups: tuple[Mapping[str, Any], ...] = ()
    exceptions: tuple[str, ...] = ()
    suggestion: str | None = None
    ignore_case: bool = True
    inflect: bool = True
    skip_quotes: bool = True
    attribution: tuple[str, ...] = ()
    attribution_near: tuple[str, ...] = ()
    attribution_window: int = 5
    skip_titles: bool = False
    prefixes: tuple[str, ...] = ()
    timeout: float = 0.25


@dataclass(frozen=True)
class Prepared:
    """A phrases rule ready to run: its matcher, exceptions and the reported-speech tests it applies."""

    matcher: Matcher
    exceptions: FoldedPattern | None
    skip_quotes: bool
    timeout: float | None = None  # set when the lexicon has {pattern} entries, which may backtrack
    attribution: re.Pattern[str] | None = None  # sentences holding one are reported speech, left alone
    skip_titles: bool = False
    attribution_near: re.Pattern[str] | None = None  # counts only within attribution_window words before a match
    attribution_window: int = 5
    group_attribution: Mapping[str, re.Pattern[str]] = field(default_factory=dict, hash=False)  # by group name
    prefixes: GluedPrefixes = GluedPrefixes()  # the hyphen after an intensifying prefix is read as a space

    def protected(self, text: str) -> list[tuple[int, int]]:
        """Spans of text inside an exception phrase."""
        return [m.span() for m in self.exceptions.finditer(text)] if self.exceptions is not None else []


def prepare(options: Options) -> Prepared:
    items = entries({"phrases": options.phrases, "groups": options.groups, "suggestion": options.suggestion})
    ignore_case = options.ignore_case
    exc = options.exceptions
    # Ignoring case, a phrase's own capitals do not matter: lower-cased, the pattern can run over lower-cased text.
    # Bounded on the left as the lexicon's entries are: "profile icon" is no exception inside "high-profile icon".
    source = LEFT + "(?:" + "|".join(phrase_regex(e.lower() if ignore_case else e, False) for e in exc) + ")"
    exceptions = FoldedPattern(source, ignore_case) if exc else None
    timeout = float(options.timeout) if any(e.pattern for e in items) else None
    by_group = {g["name"]: attribution_pattern(g["attribution"]) for g in options.groups if g.get("attribution")}
    return Prepared(Matcher(items, ignore_case, options.inflect), exceptions, options.skip_quotes, timeout,
                    attribution_pattern(options.attribution), options.skip_titles,
                    attribution_pattern(options.attribution_near), options.attribution_window,
                    {name: pattern for name, pattern in by_group.items() if pattern is not None},
                    glued_prefixes(options.prefixes))


def _matches(prep: Prepared, text: str, index: Mapping[str, list[int]], kind: str, rule: Rule,
             path: str) -> Iterable[tuple[int, int, Entry]]:
    """The lexicon's matches in one block of this kind; {pattern} entries run under the time budget."""
    if prep.timeout is None or rule.bundled:  # bundled lexicons are tested; house patterns may backtrack
        return prep.matcher.find_in(kind, text, index)
    budget = pattern_budget(prep.timeout, len(text))
    try:
        with time_limit(budget, "a {pattern} entry"):
            return prep.matcher.find_in(kind, text, index)
    except TimeoutError:
        raise ArtlintError(f"rule {rule.id}: a {{pattern}} entry took over {budget:g}s on one block "
                           "(catastrophic backtracking?); simplify it", path) from None


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each listed phrase in the rule's scopes."""
    prep = rule.prepared_as(Prepared)
    for block in doc.blocks_in(rule.scope):
        text = block.text
        protected: list[tuple[int, int]] | None = None  # exceptions are looked for only once something matches
        index = block.word_index if prep.matcher.ignore_case else block.word_index_cased
        # An entry matches after a glued prefix's hyphen as after a space; the word index already files the word after it.
        for i, j, entry in _matches(prep, prep.prefixes.unglued(text, index), index, block.kind, rule, doc.path):
            if protected is None:
                protected = prep.protected(text)
            if prep.skip_quotes and block.in_speech(i, j):
                continue
            if prep.attribution is not None and attributed(block, i, prep.attribution):
                continue
            if prep.attribution_near is not None and attributed(block, i, prep.attribution_near,
                                                                prep.attribution_window):
                continue
            said = prep.group_attribution.get(entry.group or "")
            if said is not None and attributed(block, i, said):
                continue
            if prep.skip_titles and in_title(block, i, j):
                continue
            if any(a <= i and j <= b for a, b in protected):
                continue
            # A fixable list removes a block that is nothing but the phrase (a promo line), never part of a sentence.
            whole = rule.fixable and text[:i].strip() == "" and text[j:].strip(" .:!") == ""
            yield rule.finding(doc.block_location(block, i, j) if not whole else doc.block_location(block, 0, len(text)),
                               text[i:j] if not whole else text, entry.suggestion, fix="" if whole else None,
                               group=entry.group or "")
