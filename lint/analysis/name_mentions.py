"""A name mention: the Mention type, the spelling-insensitive keys names are compared by, and where a mention
stands (a tabloid lede set in capitals, inside speech).

name_extraction.py finds the mentions of an article; name_runs.py cuts a run of capitalised words into names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..document import BODY_KINDS, Block
from .namecontext import single_quote_open
from .namefold import fold
from ..patterns import LazyPattern

# Lower-case particles inside a name: "Theo van Gogh", "Ursula von der Leyen", "Paulo da Silva".
PARTICLE_WORDS = ("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "ter", "bin", "binti",
              "al", "el", "la", "le")
PARTICLES = frozenset(PARTICLE_WORDS)
HYPHEN = LazyPattern(r"[-‐]")  # between the parts of a name word ("Heung-min"), plain or Unicode


@dataclass(eq=False)  # compared by identity; not frozen: a frozen dataclass's __init__ costs twice as much
class Mention:
    """A run of name words in one block: its words, where it is, and what precedes it."""

    block: Block
    start: int
    end: int
    words: tuple[str, ...]
    character: bool = False  # introduced as a fictional character ("plays Gyu Nam")
    thing: bool = False  # a title, band or event by its context ("the film Vera Drake")
    quoted_title: bool = False  # marked as a title by quotes alone (the album ‘Jay’), or only a word of one
    glued: Mention | None = None  # the next name, glued on by a scraper ("Ranbir KapoorAlia Bhatt")

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @cached_property
    def key(self) -> str:
        return name_key(self.words)


def name_key(words: tuple[str, ...] | list[str]) -> str:
    """Spelling-insensitive key: case, spaces and hyphens folded ("Lee Je-hoon" == "Lee Je Hoon")."""
    return _key(tuple(words))


@lru_cache(maxsize=65536)
def _key(words: tuple[str, ...]) -> str:
    return fold(" ".join(words))


@lru_cache(maxsize=65536)
def _syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.lower() for w in words for p in HYPHEN.split(w) if p)


def syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words' hyphened parts, lower-cased: ("Son", "Heung-min") -> ("son", "heung", "min")."""
    return _syllables(tuple(words))


@lru_cache(maxsize=65536)
def sorted_syllables(words: tuple[str, ...]) -> tuple[str, ...]:
    """syllables() sorted: equal for names that hold the same parts in any order ("Lee Je Hoon", "Je Hoon Lee")."""
    return tuple(sorted(_syllables(words)))


def lede_capitals(m: Mention) -> bool:
    """'KIM Kardashian fails to ...': a tabloid lede sets its first word in capitals; a style, not a spelling."""
    return m.start == 0 and m.block.kind in BODY_KINDS and len(m.words[0]) > 1 and m.words[0].isupper() and \
        not all(w.isupper() for w in m.words)


def in_speech(m: Mention) -> bool:
    """Inside a direct quotation, or after an opening mark (curly, or straight and unpaired) that nothing closes
    in its paragraph.

    A quotation that goes on into the next paragraph leaves its closing mark off (“... My life with
    Alia is best.): for names, the rest of the paragraph is still the speaker's.
    """
    if m.block.in_speech(m.start, m.end):
        return True
    text = m.block.text
    if single_quote_open(text, m.start):
        return True
    straight = text.rfind('"', 0, m.start)
    if straight >= 0 and (straight == 0 or text[straight - 1] in " (—–") and text[straight + 1 : straight + 2].isalpha() \
            and '"' not in text[straight + 1 :] and text.count('"') % 2 and "”" not in text[straight:]:
        return True  # the same with straight marks: a statement opened with '"' that runs to the paragraph's end
    opened = text.rfind("“", 0, m.start)
    if opened < 0 or "”" in text[opened:] or '"' in text[opened:]:
        return False
    # Closed by a mismatched mark (“Sanju’ fame) is closed; cut at a sentence end is only left open.
    return not any(a == opened and text[b - 1] in "’'" for a, b in m.block.speech)
