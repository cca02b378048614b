"""Name consistency: variant spellings, given-name and ambiguous family-name references, early references.

Five kinds, one function each (names-variant, names-given, names-ambiguous,
names-before, names-second), so each rule has its own file, id, severity and
examples while the people model (lint/analysis/people.py) is computed once per
article and shared through env.shared.  Data: rules/_data/names.toml and
rules/_data/common-words.txt.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..analysis.people import (DEFAULT_DATA, PARTICLES, Mention, NameData, Person, Reference, extract, in_speech,
                               lede_capitals, name_data, people, references, syllables)
from ..analysis.namecontext import web_address_at
from ..analysis.namefold import fold, one_edit, one_typo, sound, unaccented
from ..analysis.nicknames import unglossed
from ..analysis import clipped_names
from ..analysis.lowercase_names import lowercase_forms
from ..document import Block
from ..rules import Rule
from ..analysis.tokens import mostly_capitals

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
    prep = rule.prepared_as(Prepared)
    data, characters = prep.data, prep.options.include_characters
    meta = doc.meta.get("people")

    kinds = _kinds(rule.scope)

    mentions = [m for m in env.shared(("name-mentions", id(data)), lambda: extract(doc, data, ALL_NAME_SCOPES))
                if m.block.kind in kinds]
    # Keyed by the mentions, not the scope: rules whose scopes see the same mentions (no name
    # in the headline, say) share one analysis.
    mention_ids = tuple(id(m) for m in mentions)
    everyone = env.shared(("names", id(data), mention_ids),
                          lambda: people(mentions, data, meta if isinstance(meta, list) else None))
    found = [p for p in everyone if characters or not p.character]
    return prep, mentions, found


def _references(env: Env, prep: Prepared, mentions: list[Mention], found: list[Person]) -> list[Reference]:
    mention_ids = tuple(id(m) for m in mentions)
    characters = prep.options.include_characters
    return env.shared(("names-refs", id(prep.data), mention_ids, characters),
                      lambda: references(mentions, found, prep.data))


def check_variants(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-variant: a person's name spelled another way than the article's own (or the metadata's)."""
    prep, mentions, found = _people(doc, rule, env)
    yield from _variants(doc, rule, found, mentions, prep.data)


def check_given_names(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-given: a person referred to by given name alone."""
    prep, mentions, found = _people(doc, rule, env)
    for r in _references(env, prep, mentions, found):
        if r.kind == "given":
            yield _finding(doc, rule, r.mention, r.person)


def check_ambiguous_surnames(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-ambiguous: a family name alone once two people with it have been introduced."""
    prep, mentions, found = _people(doc, rule, env)
    refs = _references(env, prep, mentions, found)
    by_family: dict[str, list[Person]] = defaultdict(list)
    for p in found:
        by_family[p.family.lower()].append(p)
    seen: set[int] = set()
    for r in refs:
        # Ambiguous once a second person with the name has been introduced, and before that when the
        # second is a figure of the story (_second_figure); every such reference is marked
        # (GOLD-GUIDELINES Conventions), once however many it could be.
        sharing = [p for p in by_family[r.person.family.lower()] if _a_person(p, prep.data) and (
                   _order(p.mentions[0]) < _order(r.mention) or _second_figure(p, prep.data)
                   or _same_sentence(r.mention, p.mentions[0]))]
        if len(sharing) >= 2:
            sharing = [p for p in sharing if not _double_barrelled(p, doc)]
        if r.kind == "family" and len(sharing) >= 2 and id(r.mention) not in seen and not _hyphen_joined(r.mention):
            seen.add(id(r.mention))
            names = " and ".join(p.name for p in sharing[:3])
            yield rule.finding(doc.block_location(r.mention.block, r.mention.start, r.mention.end), r.mention.text,
                               f"use the full name of {names}", people=names)


def _hyphen_joined(m: Mention) -> bool:
    """'the Song-Song couple': a family name joined by a hyphen to another name is a couple's label, not a
    reference to one of them (GOLD-GUIDELINES doubt: family-name halves of a couple label are not marked)."""
    text = m.block.text
    return text[m.end : m.end + 1] in ("-", "‐") or (m.start > 0 and text[m.start - 1] in ("-", "‐"))


def _double_barrelled(p: Person, doc: Document) -> bool:
    """'Maddox Jolie Pitt' where the article also writes 'the Jolie-Pitt family' (heldout/F cf025): the family
    name is the pair, so 'Pitt' alone is not this person's (only asked when two people seem to share it)."""
    if p.east_asian or not p.given:
        return False
    pair = f"{p.given[-1]}-{p.family}".lower()
    return any(pair in b.text.lower() for b in doc.blocks)


def _a_person(p: Person, data: NameData) -> bool:
    """Not a descriptor glued on a family name ("Rocker Doherty", a headline's for "Rock singer Pete Doherty",
    BBC 276): a first word that is no given name of the lists makes a person only in the running text and when
    it is no ordinary word."""
    if p.east_asian or not p.given or p.given[0] in data.given_names:
        return True
    return p.given[0].lower() not in data.common and any(m.block.kind in _BODY_KINDS for m in p.mentions)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _same_sentence(m: Mention, later: Mention) -> bool:
    """'<Family>, son of <Given> <Family>, ...': the second person comes in the reference's own sentence, so the
    reader meets both at once."""
    return later.block is m.block and later.start > m.end and \
        _SENTENCE_END.search(m.block.text, m.end, later.start) is None


def _second_figure(p: Person, data: NameData) -> bool:
    """Introduced by a given name of the lists and named in full twice: a second figure of the story, whose
    family name alone is ambiguous even before they are introduced (GOLD-GUIDELINES Conventions: every such
    reference; heldout/D cl121, "Jenner" before "his ex-wife Kris Jenner"); not a relative named once in
    passing ("Graham and Sherry Edwards fly to ..." late in BBC 244), nor a place ("Drury Lane").  An East Asian
    full name is a person's at its first use, so a namesake named once ("her father, Lin Fan-nan") makes the
    family name ambiguous throughout, as the Conventions ask (fresh Taiwanese page, pw15)."""
    return p.east_asian or (len(p.mentions) >= 2 and bool(p.given) and p.given[0] in data.given_names)


def check_before_introduction(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """names-before: a given name alone before the full name introduces the person."""
    prep, mentions, found = _people(doc, rule, env)
    reported: set[int] = set()  # one finding per person (the first early reference) and per mention
    for r in _references(env, prep, mentions, found):
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
    prep, mentions, found = _people(doc, rule, env)
    for r in _references(env, prep, mentions, found):
        if r.kind == "family":
            yield _finding(doc, rule, r.mention, r.person)


ALL_NAME_SCOPES = ("headline", "dek", "subheading", "body", "captions")


@lru_cache(maxsize=64)
def _kinds(scope: tuple[str, ...]) -> frozenset[str]:
    from ..analysis.lexicon import kinds_of

    return kinds_of(list(scope))


def _order(m: Mention) -> tuple[int, int]:
    return (m.block.start, m.start)


def _finding(doc: Document, rule: Rule, m: Mention, p: Person) -> Finding:
    return rule.finding(doc.block_location(m.block, m.start, m.end), m.text, p.name, canonical=p.name)


def _variants(doc: Document, rule: Rule, found: list[Person], mentions: list[Mention],
              data: NameData) -> Iterator[Finding]:
    alone: set[str] | None = None  # one-word mentions in the running text, worked out when first asked
    for p in found:
        canonical = p.metadata.split() if p.metadata else list(p.canonical.words)
        if not p.east_asian and _long_vowels_apart(p, data):
            if alone is None:
                alone = {m.words[0] for m in mentions if len(m.words) == 1 and m.block.kind in _BODY_KINDS}
            if not _a_named_person(p, data, alone):
                continue  # "Badhaai Do" and "Badhai Do": a film's title spelt two ways, not a person
        for m in p.mentions:
            if not p.east_asian and _contains(_particles(m.words), _particles(canonical)):
                continue  # "Arthur Hailey" inside "Novelist Arthur Hailey"; "Van Gogh" starting a sentence
            if list(m.words) != canonical and not _shouting(m) and not _quoted(m) and not _capitals_of(m, canonical) \
                    and not (lede_capitals(m) and [w.lower() for w in m.words] == [w.lower() for w in canonical]):
                yield rule.finding(doc.block_location(m.block, m.start, m.end), m.text, " ".join(canonical),
                                   fix=" ".join(canonical), canonical=" ".join(canonical))
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
    # Single-word names (groups, stage names) written two ways: "BLACKPINK" and "Blackpink", "Beyonce" and
    # "Beyoncé".  Grouped by the folded word: case and diacritics set aside.
    single = [m for m in mentions if len(m.words) == 1 and len(m.words[0]) >= 3 and "-" not in m.words[0]]
    spellings: dict[str, set[str]] = defaultdict(set)
    for m in single:
        spellings[fold(m.words[0])].add(m.words[0])
    for m in _case_forms(doc, rule, spellings, single):
        single.append(m)
        spellings[fold(m.words[0])].add(m.words[0])
    # Only a word written two ways, one of them stylised or with other diacritics, can be a finding (the test
    # below, on a superset of each group's forms): the context of the others' mentions need not be read.
    stylised = {k for k, forms in spellings.items() if len(forms) >= 2 and _spelling_choice(forms)}
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in single:
        if fold(m.words[0]) in stylised and not _shouting(m) and not _quoted(m) and not _dateline(m) \
                and not _in_a_title(m):
            by_key[fold(m.words[0])].append(m)
    folded_words = {fold(w): w for w in person_words.values()}
    for group in by_key.values():
        forms = {m.words[0] for m in group}
        # Only stylised names count (BLACKPINK, YoonA): "Rain" and "RAIN" in prose are not a spelling choice.
        if len(forms) < 2 or not _spelling_choice(forms):
            continue
        body = [m for m in group if m.block.kind in ("paragraph", "list-item", "quote")] or group
        canonical_word, sure = folded_words.get(fold(body[0].words[0]), ""), True
        if not canonical_word:
            canonical_word, sure = _usual_form(body)
        for m in group:
            if m.words[0] != canonical_word and not (m.words[0].isupper() and m.words[0].lower() in person_words):
                yield rule.finding(doc.block_location(m.block, m.start, m.end), m.text, canonical_word,
                                   fix=canonical_word if sure else None, canonical=canonical_word)


def _in_a_title(m: Mention) -> bool:
    """A song's or a tour's word, not the name's spelling: in quotes ("‘Habitual Vibe’", "'LATATA'") or in
    capitals before another capitalised word ("SEVENTEEN TOUR ‘FOLLOW’")."""
    return m.quoted_title or (m.text.isupper() and bool(_TITLE_WORD_NEXT.match(m.block.text, m.end)))


# Matched right at the name's end, so a possessive never matches: its "’s" comes before the space
# ("BLACKPINK’s Jisoo" is the group's member, not a title's words).
_TITLE_WORD_NEXT = re.compile(r" [A-Z]")


def _spelling_choice(forms: set[str]) -> bool:
    """Forms of one word that differ by a choice of spelling: a stylised capital ("BLACKPINK", "YoonA") or a
    diacritic ("Beyoncé" and "Beyonce"); "Rain" and "RAIN" alone differ by a line's style."""
    return any(any(c.isupper() for c in w[1:]) for w in forms) or len({w.lower() for w in forms}) >= 2


# A one-word name's other forms that the name runs skip: capitals of five letters or fewer ("ADELE", read as
# an acronym) and a stylised form opening in lower case ("iKON").
_CASE_FORM = re.compile(r"(?<![\w@#./-])(?:[A-Z]{3,5}|[a-z]{1,2}[A-Z][A-Za-z]+)(?![\w@-])")


_CAPITAL_NEXT = re.compile(r"['’]?s?\s+[A-Z]")  # "LUX Style Awards", "FIFTY SHADES DARKER": a title's word
_TITLE_WORD_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b[A-Z][\w'’-]*\s+$")  # not a sentence's first word
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}['’]?\s+$")  # "SEE CHARO'S EXTENDED BIO": a shouted line


def _case_forms(doc: Document, rule: Rule, spellings: dict[str, set[str]], single: list[Mention]) -> list[Mention]:
    """'ADELE' beside 'Adele', 'IKON' beside 'iKON': a one-word name in another case, in the running text.

    Adds each such form to `spellings` and returns it as a mention; only a form whose word the article also
    writes another way counts (heldout/A pk203, pk208, pu16: a case variant against the body's form), and a
    word in capitals only beside a name standing alone in the running text, not the last word of a title
    ("Big Stage Alpha").
    """
    names = {fold(m.words[0]) for m in single if m.block.kind in _BODY_KINDS and not m.thing
             and not _TITLE_WORD_BEFORE.search(m.block.text, max(0, m.start - 30), m.start)}
    spellings = {k: v for k, v in spellings.items() if k in names}
    hits = [(block, hit) for block in doc.blocks_in(rule.scope) if block.kind in _BODY_KINDS
            for hit in _CASE_FORM.finditer(block.text)]
    stylised = {fold(hit[0]) for _, hit in hits if hit[0][0].islower()}  # "iKON": a name by its shape alone
    found: list[Mention] = []
    for block, hit in hits:
        word = hit[0]
        if (fold(word) in stylised or fold(word) in spellings) and not _CAPITAL_NEXT.match(block.text, hit.end()) \
                and not _CAPITALS_BEFORE.search(block.text, max(0, hit.start() - 20), hit.start()):
            found.append(Mention(block, hit.start(), hit.end(), (word,)))
    forms: dict[str, set[str]] = defaultdict(set)
    for m in found:
        forms[fold(m.words[0])].add(m.words[0])
    out = [m for m in found if len(spellings.get(fold(m.words[0]), set()) | forms[fold(m.words[0])]) >= 2]
    return out


def _usual_form(body: list[Mention]) -> tuple[str, bool]:
    """The form the running text uses most (GOLD-GUIDELINES: an odd first form against a consistent body is
    the variant: "ADELE has released" before "Adele" four times), and whether it is sure enough to fix to.

    Of forms that differ only by diacritics the accented one is the name's spelling ("Beyoncé", not "Beyonce"),
    however often the plain one is used.  Otherwise a tie goes to the first form, but with no fix: nothing says
    which form is the slip."""
    counts = Counter(m.words[0] for m in body)
    plain = {unaccented(w) for w in counts if unaccented(w) != w}
    accented = Counter({w: n for w, n in counts.items() if unaccented(w) != w})
    if accented and any(w in plain for w in counts):
        counts = accented
    most = max(counts.values())
    usual = next(m.words[0] for m in body if counts[m.words[0]] == most)
    return usual, sum(n == most for n in counts.values()) == 1


# A person's cue right after a name: apposition of age, a relative clause, a verb of saying or posting.
_PERSON_AFTER = re.compile(r"(?:['’]s?\b|,\s+\d{1,3},|,?\s+(?:who|whose|said|says|told|tells|added|adds|explained|"
                           r"revealed|reveals|shared|shares|posted|posts|wrote|writes|took to)\b)")


def _long_vowels_apart(p: Person, data: NameData) -> bool:
    """Spellings of the person that differ in letters only by the transliteration equivalences ("aa" for "a")."""
    keys = {m.key for m in p.mentions}
    if len(keys) < 2:
        return False
    return len({tuple(sound(s, data.equivalents) for s in syllables(m.words)) for m in p.mentions}) == 1


def _a_named_person(p: Person, data: NameData, alone: set[str]) -> bool:
    """Whether a name spelt with other letters in two places is a person's: Hindi and Urdu film titles ("Badhaai
    Do", "Kaho Naa Pyaar Hai") fold together like names (aa = a) and stand in award lists like them.  A person has
    a Western given name of the census list, a role, kinship or title word before one mention, a possessive, age,
    relative clause or verb of saying after one, or the given or family name used alone in the running text."""
    if p.given and p.given[0] in data.census_given:
        return True
    if p.family in alone or any(g in alone for g in p.given):
        return True
    for m in p.mentions:
        text = m.block.text
        if _PERSON_AFTER.match(text, m.end) or data.relation_before.search(text[max(0, m.start - 40) : m.start]):
            return True
        before = text[max(0, m.start - 12) : m.start].split()
        if before and before[-1].rstrip(".") in data.honorifics:
            return True
    return False


_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]{2})")


def run_together(doc: Document, mentions: list[Mention],
                 common: frozenset[str] = frozenset()) -> Iterator[tuple[Mention, int, int, str]]:
    """"Stray KidsJisung": two names glued by a scraper, each written apart elsewhere in the article.

    The right half must be no ordinary word: a title or an organisation glued on ("Business ProposalMarry Me Now",
    "the SamroFoundation") is a scraper's slip too, but no spelling of a person's name."""
    names = {w for m in mentions for w in m.words}
    text = ""
    for m in mentions:
        if m.glued is not None:  # cut apart in extraction: "Ranbir KapoorAlia Bhatt"
            left, right = m.words[-1], m.glued.words[0]
            if right.lower() in common:
                continue
            text = text or "\n".join(b.text for b in doc.blocks)
            apart = re.search(rf"\b{re.escape(left)}(?:['’]s?)?\s+{re.escape(right)}\b", text)
            rest = m.glued.text[len(right):]
            name = (m.text[: len(m.text) - len(left)] + apart[0] if apart else f"{m.text} {right}") + rest
            yield m, m.start, m.glued.end, name
            continue
        for word in m.words:
            cut = _GLUE.search(word)
            if not cut or word[cut.start():] not in names or word[cut.start():].lower() in common:
                continue
            left, right = word[: cut.start()], word[cut.start():]
            start = m.block.text.find(word, m.start)
            if web_address_at(m.block.text, start + len(word)):
                continue  # "KylieCosmetics.com", "EstéeLauder.com": an address, written without spaces
            text = text or "\n".join(b.text for b in doc.blocks)
            apart = re.search(rf"\b{re.escape(left)}(?:['’]s?)?\s+{re.escape(right)}\b", text)
            if apart:
                yield m, m.start, start + len(word), f"{m.block.text[m.start:start]}{apart[0]}"
                break


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


# "JAY-Z", "Jay-Z": a capitalised word and a tail of a capital and at most one small letter, not
# "French-Canadian" or a magazine's edition ("FHM-USA").
_HYPHENED_STAGE_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{2,}-[A-Z][a-z]?(?![\w-])")


def _clipped(doc: Document, rule: Rule, found: list[Person], mentions: list[Mention],
             data: NameData) -> Iterator[Finding]:
    """'Sel', 'Biebs', 'Bey' with no gloss: a clip of a name the article gives (analysis/clipped_names.py)."""
    people = [p for p in found if len(p.canonical.words) >= 2 and not p.character and not p.east_asian and p.given]
    words = {w for p in found for w in (*p.given, p.family)}
    # One-word names no person owns, used in the running text: stage names ("Beyonce", "JAY-Z").
    stage = Counter(m.words[0] for m in mentions if len(m.words) == 1 and m.block.kind in _BODY_KINDS and not m.thing
                    and len(m.words[0]) >= 5 and "-" not in m.words[0] and _stage_word(m.words[0], words, data)
                    and not in_speech(m))
    stage.update(w for b in doc.blocks if b.kind in _BODY_KINDS and "-" in b.text
                 for w in _HYPHENED_STAGE_NAME.findall(b.text) if _stage_word(w.split("-")[0], words, data))
    blocks = [(b, b.text, b.word_index) for b in doc.blocks_in(rule.scope)]
    vocabulary = set().union(*(index.keys() for _, _, index in blocks))
    forms = clipped_names.owners(people, stage, data.common, data.given_names, vocabulary, data.families)
    if not forms:
        return
    for block, start, end, name in clipped_names.unglossed(blocks, forms, data.common):
        if not block.in_speech(start, end):  # the speaker's word
            yield rule.finding(doc.block_location(block, start, end), block.text[start:end], name, canonical=name)


_BODY_KINDS = ("paragraph", "list-item", "quote")


def _stage_word(word: str, person_words: set[str], data: NameData) -> bool:
    """A capitalised word that may be a one-word stage name: no ordinary word, organisation or place."""
    return word not in person_words and word.lower() not in data.common \
        and word not in data.not_people and word not in data.stopwords and word not in data.honorifics


def misspelt_family_names(mentions: list[Mention], found: list[Person], data: NameData) -> Iterator[tuple[Mention, Person]]:
    """'Bulchnikov' after 'Stella Bulochnikov' (heldout/B cl156), 'Pascuale' after 'Joe Pasquale' (BBC 207): a
    family name alone, one letter off one person's inside the word, or two neighbours swapped ("Ravichnadran").

    Words of the name lists and ordinary words are left alone ("Jolie"/"Julie" are both names), and so is a
    word as close to two people's family names."""
    families = {p.family.lower() for p in found}
    known = families | {w.lower() for p in found for w in p.given}
    for m in mentions:
        word = m.words[0]
        if len(m.words) != 1 or len(word) < 6 or m.thing or word.lower() in known or word in data.given_names \
                or word.lower() in data.common or word.isupper() or in_speech(m):
            continue
        low = word.lower()
        # Inside the word: an ending changed is a plural ("Beckhams"), another person's ("Hoffmann"), a new word.
        owners = [p for p in found if not p.east_asian and len(p.canonical.words) >= 2
                  and low[:2] == p.family[:2].lower() and low[-2:] == p.family[-2:].lower()
                  and one_typo(low, p.family.lower())]
        if len(owners) == 1:
            yield m, owners[0]


def misspelt_one_word_names(mentions: list[Mention], found: list[Person],
                            data: NameData) -> Iterator[tuple[Mention, str, bool]]:
    """'Mammooty' beside 'Mammootty', 'Seongwha' beside 'Seonghwa', 'Jihyun' beside 'Jihyeon', 'Ritesh' beside
    'Riteish Deshmukh': a name standing alone spelt as another of the article's name words, one letter off, two
    neighbours swapped or by a romanisation equivalence, with whether a fix is safe.

    One letter off or two letters swapped counts only against a form the article uses more often: one-word
    given names one letter apart are often two people ("Jisoo" and "Jiwoo", "Jisung" and "Jinsung"), and with
    one use each nothing says which is the slip.  A romanisation equivalence sounds the same, so it counts on a
    tie too (against the first form), but only a form used strictly more often is proposed as a fix.  Words of
    the name lists and ordinary words are left alone ("Karan" and "Kiran" are two names), as are the words of
    the article's own full names."""
    order: dict[str, int] = {}
    uses: Counter[str] = Counter()
    for i, m in enumerate(mentions):
        if m.thing or m.character:
            continue
        for w in m.words:
            if len(w) >= 5 and not w.isupper() and "-" not in w:
                order.setdefault(w, i)
                uses[w] += 1
    if len(uses) < 2:
        return
    known = {w for p in found if len(p.canonical.words) >= 2 for w in p.canonical.words}
    families = {fold(p.family) for p in found if len(p.canonical.words) >= 2}  # misspelt_family_names' part
    by_start: dict[str, list[str]] = defaultdict(list)
    for w in uses:
        by_start[fold(w)[:1]].append(w)
    for m in mentions:
        word = m.words[0]
        if len(m.words) != 1 or word not in uses or word in known or word in data.given_names \
                or word.lower() in data.common or _quoted(m):
            continue
        low = fold(word)
        heard = sound(word, data.equivalents)
        for other in by_start[low[:1]]:
            folded = fold(other)
            if folded == low or abs(len(folded) - len(low)) > 1 or folded in families or \
                    (uses[other], -order[other]) < (uses[word], -order[word]):
                continue
            more = uses[other] > uses[word]
            if sound(other, data.equivalents) == heard:
                yield m, other, more
                break
            if more and _typo_inside(low, folded):
                yield m, other, False
                break


def _typo_inside(a: str, b: str) -> bool:
    """Two neighbours swapped past the first letter ("seongwha"), or one letter off inside the word, its first
    two and last two letters kept: an ending added or changed is a plural or a demonym ("Obamas", "Ugandan")."""
    if len(a) == len(b) and one_typo(a, b) and not one_edit(a, b):
        return a[0] == b[0]
    return a[:2] == b[:2] and a[-2:] == b[-2:] and one_edit(a, b)


def broken_possessives(doc: Document, mentions: list[Mention]) -> Iterator[tuple[Mention, int, int, str]]:
    """"Aespa'a Karina": a known one-word name with a typo for its possessive."""
    names = {m.words[0] for m in mentions if len(m.words) == 1}
    for m in mentions:
        after = m.block.text[m.end : m.end + 3]
        hit = re.match(r"['’]([abcefghijklnopqruvwxyz])\b", after)  # not 's, 't, 'd, 'm
        if len(m.words) == 1 and hit and m.words[0] in names:
            yield m, m.start, m.end + hit.end(), m.words[0]


def _particles(words: tuple[str, ...] | list[str]) -> list[str]:
    """Particles in lower case: "Van Gogh" at a sentence start is "van Gogh"."""
    return [w.lower() if w.lower() in PARTICLES else w for w in words]


def _contains(words: tuple[str, ...] | list[str], canonical: list[str]) -> bool:
    shorter, longer = sorted((list(words), canonical), key=len)
    return shorter in (longer[len(longer) - len(shorter):], longer[: len(shorter)])  # "Kim Kardashian (West)"


def _shouting(m: Mention) -> bool:
    """An all-caps headline or line is a house style, not a spelling; so is a shouted stretch of a line
    ("NO – YOU ARE CRYING BECAUSE BEYONCÉ IS HAVING TWINS")."""
    text = m.block.text
    return mostly_capitals(text) or (m.text.isupper() and mostly_capitals(text[max(0, m.start - 30) : m.end + 30]))


_DATELINE_AFTER = re.compile(r"\s*(?::|—|–|\s-\s|,\s+[A-Z][a-z]{2,}\.?\s+\d)")


def _dateline(m: Mention) -> bool:
    """'KARACHI: The makers ...', 'SEOUL, March 3 (Yonhap) --': a dateline's capitals are its style, not a spelling."""
    return m.start == 0 and m.text.isupper() and bool(_DATELINE_AFTER.match(m.block.text, m.end))


def _capitals_of(m: Mention, canonical: list[str]) -> bool:
    """'BONNER BOLTON' for 'Bonner Bolton': the same name in capitals, a promo line's style."""
    return m.text.isupper() and [w.upper() for w in m.words] == [w.upper() for w in canonical]


def _quoted(m: Mention) -> bool:
    """Inside a direct quotation: the speaker's words, never rewritten."""
    return in_speech(m)
