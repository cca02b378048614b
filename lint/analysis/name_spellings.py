"""How the article spells its names: a person's full name another way, a one-word name in two forms.

The names-variant kind (checks/names.py) reads these.  A full name counts against the article's own (or the
metadata's) spelling; a one-word name (a group, a stage name) written two ways, by a stylised capital or a
diacritic, counts against the form the running text uses most.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from ..document import BODY_KINDS, Block
from .namefold import fold, sound, unaccented
from .name_mentions import PARTICLES, Mention, in_speech, lede_capitals, syllables
from .name_data import NameData
from .people import Person
from .tokens import mostly_capitals
from ..patterns import LazyPattern



def full_name_variants(found: list[Person], mentions: list[Mention], data: NameData) -> Iterator[tuple[Mention, str]]:
    """Each mention of a person spelt otherwise than the person's name (the metadata's, or the article's own)."""
    alone: set[str] | None = None  # one-word mentions in the running text, worked out when first asked
    for p in found:
        canonical = p.metadata.split() if p.metadata else list(p.canonical.words)
        if not p.east_asian and _long_vowels_apart(p, data):
            if alone is None:
                alone = {m.words[0] for m in mentions if len(m.words) == 1 and m.block.kind in BODY_KINDS}
            if not _a_named_person(p, data, alone):
                continue  # "Badhaai Do" and "Badhai Do": a film's title spelt two ways, not a person
        for m in p.mentions:
            if not p.east_asian and _contains(_particles(m.words), _particles(canonical)):
                continue  # "Arthur Hailey" inside "Novelist Arthur Hailey"; "Van Gogh" starting a sentence
            if list(m.words) != canonical and not shouting(m) and not in_speech(m) and not _capitals_of(m, canonical) \
                    and not (lede_capitals(m) and [w.lower() for w in m.words] == [w.lower() for w in canonical]):
                yield m, " ".join(canonical)


def one_word_variants(blocks: Iterable[Block], mentions: list[Mention],
                      person_words: dict[str, str]) -> Iterator[tuple[Mention, str, bool]]:
    """Single-word names (groups, stage names) written two ways: "BLACKPINK" and "Blackpink", "Beyonce" and
    "Beyoncé"; each mention not in the name's form, that form, and whether it is sure enough to fix to.

    Grouped by the folded word: case and diacritics set aside.  `blocks` are the rule's blocks, read for
    forms the name runs skip (`case_forms`); `person_words` maps a lower-cased word of a person's full name
    to its spelling there, which a one-word form of it follows."""
    single = [m for m in mentions if len(m.words) == 1 and len(m.words[0]) >= 3 and "-" not in m.words[0]]
    spellings: dict[str, set[str]] = defaultdict(set)
    for m in single:
        spellings[fold(m.words[0])].add(m.words[0])
    for m in case_forms(blocks, spellings, single):
        single.append(m)
        spellings[fold(m.words[0])].add(m.words[0])
    # Only a word written two ways, one of them stylised or with other diacritics, can be a finding (the test
    # below, on a superset of each group's forms): the context of the others' mentions need not be read.
    stylised = {k for k, forms in spellings.items() if len(forms) >= 2 and spelling_choice(forms)}
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in single:
        if fold(m.words[0]) in stylised and not shouting(m) and not in_speech(m) and not _dateline(m) \
                and not _in_a_title(m):
            by_key[fold(m.words[0])].append(m)
    folded_words = {fold(w): w for w in person_words.values()}
    for group in by_key.values():
        forms = {m.words[0] for m in group}
        # Only stylised names count (BLACKPINK, YoonA): "Rain" and "RAIN" in prose are not a spelling choice.
        if len(forms) < 2 or not spelling_choice(forms):
            continue
        body = [m for m in group if m.block.kind in BODY_KINDS] or group
        canonical_word, sure = folded_words.get(fold(body[0].words[0]), ""), True
        if not canonical_word:
            canonical_word, sure = usual_form(body)
        for m in group:
            if m.words[0] != canonical_word and not (m.words[0].isupper() and m.words[0].lower() in person_words):
                yield m, canonical_word, sure


def _in_a_title(m: Mention) -> bool:
    """A song's or a tour's word, not the name's spelling: in quotes ("‘Habitual Vibe’", "'LATATA'") or in
    capitals before another capitalised word ("SEVENTEEN TOUR ‘FOLLOW’")."""
    return m.quoted_title or (m.text.isupper() and bool(_TITLE_WORD_NEXT.match(m.block.text, m.end)))


# Matched right at the name's end, so a possessive never matches: its "’s" comes before the space
# ("BLACKPINK’s Jisoo" is the group's member, not a title's words).
_TITLE_WORD_NEXT = LazyPattern(r" [A-Z]")


def spelling_choice(forms: set[str]) -> bool:
    """Forms of one word that differ by a choice of spelling: a stylised capital ("BLACKPINK", "YoonA") or a
    diacritic ("Beyoncé" and "Beyonce"); "Rain" and "RAIN" alone differ by a line's style."""
    return any(any(c.isupper() for c in w[1:]) for w in forms) or len({w.lower() for w in forms}) >= 2


# A one-word name's other forms that the name runs skip: capitals of five letters or fewer ("ADELE", read as
# an acronym) and a stylised form opening in lower case ("iKON").
_CASE_FORM = LazyPattern(r"(?<![\w@#./-])(?:[A-Z]{3,5}|[a-z]{1,2}[A-Z][A-Za-z]+)(?![\w@-])")


_CAPITAL_NEXT = LazyPattern(r"['’]?s?\s+[A-Z]")  # "LUX Style Awards", "FIFTY SHADES DARKER": a title's word
_TITLE_WORD_BEFORE = LazyPattern(r"(?<![.!?:;]\s)(?<![.!?:;])\b[A-Z][\w'’-]*\s+$")  # not a sentence's first word
_CAPITALS_BEFORE = LazyPattern(r"\b[A-Z]{2,}['’]?\s+$")  # "SEE CHARO'S EXTENDED BIO": a shouted line


def case_forms(blocks: Iterable[Block], spellings: dict[str, set[str]], single: list[Mention]) -> list[Mention]:
    """'ADELE' beside 'Adele', 'IKON' beside 'iKON': a one-word name in another case, in the running text.

    Returns each such form as a mention; only a form whose word the article also writes another way counts
    (heldout/A pk203, pk208, pu16: a case variant against the body's form), and a word in capitals only beside
    a name standing alone in the running text, not the last word of a title ("Big Stage Alpha").
    """
    hits = [(block, hit) for block in blocks if block.kind in BODY_KINDS
            for hit in _CASE_FORM.finditer(block.text)]
    if not hits:
        return []
    stylised = {fold(hit[0]) for _, hit in hits if hit[0][0].islower()}  # "iKON": a name by its shape alone
    # Only the spellings of the hits' words are read below: the title-word test (a search before each
    # mention) is made for the mentions of those words alone.
    wanted = {fold(hit[0]) for _, hit in hits}
    names = {fold(m.words[0]) for m in single if m.block.kind in BODY_KINDS and not m.thing and fold(m.words[0]) in wanted
             and not _TITLE_WORD_BEFORE.search(m.block.text, max(0, m.start - 30), m.start)}
    spellings = {k: v for k, v in spellings.items() if k in names}
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


def usual_form(body: list[Mention]) -> tuple[str, bool]:
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
_PERSON_AFTER = LazyPattern(r"(?:['’]s?\b|,\s+\d{1,3},|,?\s+(?:who|whose|said|says|told|tells|added|adds|explained|"
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


# "JAY-Z", "Jay-Z": a capitalised word and a tail of a capital and at most one small letter, not
# "French-Canadian" or a magazine's edition ("FHM-USA").  The look-behind sits after the first capital, so re
# skips through the text to capitals.
_HYPHENED_STAGE_NAME = LazyPattern(r"[A-Z](?<![\w-][A-Z])[A-Za-z]{2,}-[A-Z][a-z]?(?![\w-])")


def stage_names(blocks: Iterable[Block], found: list[Person], mentions: list[Mention], data: NameData) -> Counter[str]:
    """One-word names no person owns, used in the running text, with their uses: stage names ("Beyonce",
    "JAY-Z").  `blocks` are all the article's blocks."""
    words = {w for p in found for w in (*p.given, p.family)}
    stage = Counter(m.words[0] for m in mentions if len(m.words) == 1 and m.block.kind in BODY_KINDS and not m.thing
                    and len(m.words[0]) >= 5 and "-" not in m.words[0] and _stage_word(m.words[0], words, data)
                    and not in_speech(m))
    stage.update(w for b in blocks if b.kind in BODY_KINDS and "-" in b.text
                 for w in _HYPHENED_STAGE_NAME.findall(b.text) if _stage_word(w.split("-")[0], words, data))
    return stage


def _stage_word(word: str, person_words: set[str], data: NameData) -> bool:
    """A capitalised word that may be a one-word stage name: no ordinary word, organisation or place."""
    return word not in person_words and word.lower() not in data.common \
        and word not in data.not_people and word not in data.stopwords and word not in data.honorifics


def _particles(words: tuple[str, ...] | list[str]) -> list[str]:
    """Particles in lower case: "Van Gogh" at a sentence start is "van Gogh"."""
    return [w.lower() if w.lower() in PARTICLES else w for w in words]


def _contains(words: tuple[str, ...] | list[str], canonical: list[str]) -> bool:
    shorter, longer = sorted((list(words), canonical), key=len)
    return shorter in (longer[len(longer) - len(shorter):], longer[: len(shorter)])  # "Kim Kardashian (West)"


def shouting(m: Mention) -> bool:
    """An all-caps headline or line is a house style, not a spelling; so is a shouted stretch of a line
    ("NO – YOU ARE CRYING BECAUSE BEYONCÉ IS HAVING TWINS")."""
    text = m.block.text
    return mostly_capitals(text) or (m.text.isupper() and mostly_capitals(text[max(0, m.start - 30) : m.end + 30]))


_DATELINE_AFTER = LazyPattern(r"\s*(?::|—|–|\s-\s|,\s+[A-Z][a-z]{2,}\.?\s+\d)")


def _dateline(m: Mention) -> bool:
    """'KARACHI: The makers ...', 'SEOUL, March 3 (Yonhap) --': a dateline's capitals are its style, not a spelling."""
    return m.start == 0 and m.text.isupper() and bool(_DATELINE_AFTER.match(m.block.text, m.end))


def _capitals_of(m: Mention, canonical: list[str]) -> bool:
    """'BONNER BOLTON' for 'Bonner Bolton': the same name in capitals, a promo line's style."""
    return m.text.isupper() and [w.upper() for w in m.words] == [w.upper() for w in canonical]
