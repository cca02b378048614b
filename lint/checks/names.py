"""Name consistency: variant spellings, given-name and ambiguous family-name references, early references.

Five kinds, one function each (names-variant, names-given, names-ambiguous,
names-before, names-second), so each rule has its own file, id, severity and
examples while the people model (lint/analysis/name_extraction.py, people.py and name_references.py) is computed once per
article and shared through env.shared.  What the kinds decide on is analysis:
spellings (lint/analysis/name_spellings.py), slips (name_slips.py) and namesakes
(namesakes.py).  Data: rules/_data/names.toml and rules/_data/common-words.txt.
"""
from __future__ import annotations

from functools import lru_cache
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Block, Document
from ..env import Env
from ..findings import Finding
from ..analysis.name_data import DEFAULT_DATA, NameData, name_data
from ..analysis.name_extraction import extract
from ..analysis.name_mentions import Mention
from ..analysis.people import Person, people, same_without, unaffected_by
from ..analysis.name_references import Reference, references, references_unaffected_by
from ..analysis.nicknames import unglossed
from ..analysis import clipped_names
from ..analysis.lowercase_names import lowercase_forms
from ..analysis.namesakes import ambiguous_family_names
from ..analysis.name_slips import broken_possessives, misspelt_family_names, misspelt_one_word_names, run_together
from ..analysis.name_spellings import full_name_variants, one_word_variants, stage_names
from ..rules import Rule

_NAME_PARAMS: dict[str, Any] = {
    "data": {"type": "string", "description": "Name data: a TOML file path, or a name in the bundled rule packs."},
    "include_characters": {"type": "boolean", "description": "Also check fictional characters."},
}
PARAMS_SCHEMA: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": _NAME_PARAMS}
SECOND_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **_NAME_PARAMS,
        "second_reference": {"enum": ["surname", "full"],
                             "description": "'full' flags family-name-only second references; 'surname' (AP) allows them."},
    },
}


@dataclass(frozen=True)
class Options:
    """Params of every names kind."""

    data: str = DEFAULT_DATA
    include_characters: bool = False


@dataclass(frozen=True)
class SecondOptions(Options):
    """names-second: the house policy for second references."""

    second_reference: str = "surname"


@dataclass(frozen=True)
class Prepared:
    """The options with the name data loaded."""

    options: Options
    data: NameData


def prepare(options: Options) -> Prepared:
    return Prepared(options, name_data(options.data))


def _people(doc: Document, rule: Rule, env: Env) -> tuple[Prepared, list[Mention], list[Person]]:
    """The rule's name mentions and the people they name, shared by every names rule of the document."""
    prep, mentions, found, _ = _people_from(doc, rule, env)
    return prep, mentions, found


def _people_from(doc: Document, rule: Rule, env: Env) -> tuple[Prepared, list[Mention], list[Person], list[Mention]]:
    """_people, and the mentions the people are worked out from: every mention of the article, or the rule's own."""
    prep = rule.prepared_as(Prepared)
    data, characters = prep.data, prep.options.include_characters
    meta = doc.meta.get("people")

    kinds = _kinds(rule.scope)
    meta_people = meta if isinstance(meta, list) else None

    every_mention = env.shared(("name-mentions", id(data)), lambda: extract(doc, data, ALL_NAME_SCOPES))
    mentions = [m for m in every_mention if m.block.kind in kinds]

    def analysed(these: list[Mention]) -> list[Person]:
        # Keyed by the mentions, not the scope: rules whose scopes see the same mentions (no name
        # in the headline, say) share one analysis.
        return env.shared(("names", id(data), tuple(map(id, these))), lambda: people(these, data, meta_people))

    everyone: list[Person] | None = None
    if len(mentions) < len(every_mention):
        # A scope without the headline: its one-word names there rarely change who the people are, and
        # then the analysis of every mention (which the other rules share) is this one's too.
        dropped = [m for m in every_mention if m.block.kind not in kinds]
        if unaffected_by(dropped):
            everyone = analysed(every_mention)
            if not same_without(dropped, everyone):
                everyone = None
    if everyone is None:
        everyone, every_mention = analysed(mentions), mentions
    found = [p for p in everyone if characters or not p.character]
    return prep, mentions, found, every_mention


def _references(env: Env, prep: Prepared, mentions: list[Mention], found: list[Person],
                source: list[Mention]) -> list[Reference]:
    """The references among the rule's mentions to the people found from `source` (see _people)."""
    characters = prep.options.include_characters

    def of(these: list[Mention]) -> list[Reference]:
        return env.shared(("names-refs", id(prep.data), tuple(map(id, these)), characters),
                          lambda: references(these, found, prep.data))

    if len(source) > len(mentions):
        # The people of every mention serve a scope without the headline: so do their references, unless
        # the headline's text could change how one of the rule's mentions reads.
        kept = {id(m) for m in mentions}
        if references_unaffected_by([m for m in source if id(m) not in kept], found, prep.data):
            return [r for r in of(source) if id(r.mention) in kept]
    return of(mentions)


def check_variants(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-variant: a person's name spelled another way than the article's own (or the metadata's)."""
    prep, mentions, found = _people(doc, rule, env)
    yield from _variants(doc, rule, found, mentions, prep.data)


def check_given_names(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-given: a person referred to by given name alone."""
    prep, mentions, found, source = _people_from(doc, rule, env)
    for r in _references(env, prep, mentions, found, source):
        if r.kind == "given":
            yield _finding(doc, rule, r.mention, r.person)


def check_ambiguous_surnames(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-ambiguous: a family name alone once two people with it have been introduced."""
    prep, mentions, found, source = _people_from(doc, rule, env)
    refs = _references(env, prep, mentions, found, source)
    for m, sharing in ambiguous_family_names(doc, refs, found, prep.data):
        names = " and ".join(p.name for p in sharing[:3])
        yield rule.finding(doc.block_location(m.block, m.start, m.end), m.text,
                           f"use the full name of {names}", people=names)


def check_before_introduction(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-before: a given name alone before the full name introduces the person."""
    prep, mentions, found, source = _people_from(doc, rule, env)
    reported: set[int] = set()  # one finding per person (the first early reference) and per mention
    for r in _references(env, prep, mentions, found, source):
        if r.kind == "family":
            continue  # a surname alone is AP style wherever it stands ("Park thanks fans after the finale" as a lead line)
        if any(_order(p.mentions[0]) < _order(r.mention) for p in [r.person] if p.mentions):
            continue
        if id(r.person) in reported or id(r.mention) in reported:
            continue
        reported.update((id(r.person), id(r.mention)))
        yield _finding(doc, rule, r.mention, r.person)


def check_second_references(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-second: under a 'full' policy, every family-name-only second reference."""
    options = rule.prepared_as(Prepared).options
    if not isinstance(options, SecondOptions) or options.second_reference != "full":
        return  # the AP default: nothing to look for, so no people to work out
    prep, mentions, found, source = _people_from(doc, rule, env)
    for r in _references(env, prep, mentions, found, source):
        if r.kind == "family":
            yield _finding(doc, rule, r.mention, r.person)


ALL_NAME_SCOPES = ("headline", "dek", "subheading", "body", "captions")


@lru_cache(maxsize=64)
def _kinds(scope: tuple[str, ...]) -> frozenset[str]:
    from ..document import kinds_of

    return kinds_of(list(scope))


def _order(m: Mention) -> tuple[int, int]:
    return (m.block.start, m.start)


def _finding(doc: Document, rule: Rule, m: Mention, p: Person) -> Finding:
    return rule.finding(doc.block_location(m.block, m.start, m.end), m.text, p.name, canonical=p.name)


def _variants(doc: Document, rule: Rule, found: list[Person], mentions: list[Mention],
              data: NameData) -> Iterator[Finding]:
    for m, canonical in full_name_variants(found, mentions, data):
        yield rule.finding(doc.block_location(m.block, m.start, m.end), m.text, canonical,
                           fix=canonical, canonical=canonical)
    yield from _nicknames(doc, rule, found)
    yield from _clipped(doc, rule, found, mentions, data)
    for m, p in misspelt_family_names(mentions, found, data):
        name = p.metadata.split()[-1] if p.metadata else p.family
        yield rule.finding(doc.block_location(m.block, m.start, m.end), m.text, name, fix=name, canonical=name)
    for m, word, sure in misspelt_one_word_names(mentions, found, data):
        yield rule.finding(doc.block_location(m.block, m.start, m.end), m.text, word, fix=word if sure else None,
                           canonical=word)
    # A word of a person's full name ("Clooney", "DeGeneres") is spelt as in that name, not as its first use alone.
    person_words = {w.lower(): w for p in found for w in (p.metadata.split() if p.metadata else p.canonical.words)
                    if len(p.canonical.words) >= 2}
    # A name of ordinary words alone ("Soundtracks Sung" of a Title Case headline) is not looked for in lower case.
    # Nor one with no word of the name lists: a Title Case headline's "Coronavirus Pandemic" is no person.
    full = [p.name for p in found if len(p.canonical.words) >= 2 and not p.character
            and not all(w.lower() in data.common or w.lower()[:-1] in data.common for w in p.canonical.words)
            and any(w in data.given_names or w in data.families for w in p.canonical.words)]
    for block, start, end, name in lowercase_forms(doc.blocks_in(rule.scope), full):
        # No fix: the line may be an image's name, which only the editor can place.
        yield rule.finding(doc.block_location(block, start, end), block.text[start:end], name, canonical=name)
    for m, start, end, name in run_together(doc, mentions, data.common):
        yield rule.finding(doc.block_location(m.block, start, end), m.block.text[start:end], name, canonical=name)
    for m, start, end, name in broken_possessives(doc, mentions):
        yield rule.finding(doc.block_location(m.block, start, end), m.block.text[start:end], f"{name}’s",
                           fix=f"{name}’s", canonical=f"{name}’s")
    for m, word, sure in one_word_variants(doc.blocks_in(rule.scope), mentions, person_words):
        yield rule.finding(doc.block_location(m.block, m.start, m.end), m.text, word,
                           fix=word if sure else None, canonical=word)


def _nicknames(doc: Document, rule: Rule, found: list[Person]) -> Iterator[Finding]:
    """'A-Rod', 'JLo' with no gloss: a nickname made from a full name the article gives (analysis/nicknames.py)."""
    people = [p for p in found if len(p.canonical.words) >= 2 and not p.character]
    if not people:
        return
    full_at: dict[int, list[tuple[Block, int]]] = {id(p): [(m.block, m.end) for m in p.mentions] for p in people}
    blocks = list(doc.blocks_in(rule.scope))
    for block, start, end, person in unglossed([(b, b.text) for b in blocks], people, full_at):
        if block.in_speech(start, end):
            continue  # the speaker's word
        name = person.name
        yield rule.finding(doc.block_location(block, start, end), block.text[start:end], name, canonical=name)


def _clipped(doc: Document, rule: Rule, found: list[Person], mentions: list[Mention],
             data: NameData) -> Iterator[Finding]:
    """'Sel', 'Biebs', 'Bey' with no gloss: a clip of a name the article gives (analysis/clipped_names.py)."""
    people = [p for p in found if len(p.canonical.words) >= 2 and not p.character and not p.east_asian and p.given]
    stage = stage_names(doc.blocks, found, mentions, data)
    if not people and not stage:
        return  # no name to clip
    blocks = [(b, b.text, b.word_index) for b in doc.blocks_in(rule.scope)]
    vocabulary = set().union(*(index.keys() for _, _, index in blocks))
    forms = clipped_names.owners(people, stage, data.common, data.given_names, vocabulary, data.families)
    if not forms:
        return
    for block, start, end, name in clipped_names.unglossed(blocks, forms, data.common):
        if not block.in_speech(start, end):  # the speaker's word
            yield rule.finding(doc.block_location(block, start, end), block.text[start:end], name, canonical=name)
