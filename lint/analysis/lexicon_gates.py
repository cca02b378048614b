"""The literal strings every match of a lexicon's regex holds (openings.required), kept in the disk cache: a text
that holds none of an entry's cannot match it."""
from __future__ import annotations

from .. import cache
from .casefold import CASELESS
from .openings import READER_VERSION, required

_GATES_VERSION = 1  # name the cached gate strings anew when gate_strings answers differently


def gate_strings(sources: list[str], fold: bool) -> list[list[str]] | None:
    """Per regex source, the literal strings every match of it holds (openings.required, lower-cased with fold);
    None when a source's cannot be read or, with fold, one lies outside what lowered text shows as re sees it.

    Kept in the disk cache by the sources' digest: reading them is slower than compiling them (7 ms for
    promo/call-to-action's free entries), and a cold check of one article would pay it every time.
    """
    name = f"lexicon-gates-{_GATES_VERSION}-{READER_VERSION}-{cache.digest(chr(0).join([str(fold), *sources]))}"
    # in a 1-tuple: None is an answer (no strings), and the cache's own "nothing kept"
    return cache.kept(name, lambda: (_read_gate_strings(sources, fold),), _one_tuple)[0]


def entry_strings(sources: list[str], fold: bool) -> list[list[str] | None]:
    """Per regex source, the strings gate_strings reads for it, or None for one whose cannot be read (or are
    none); kept in the disk cache as gate_strings keeps its."""
    name = f"lexicon-entry-gates-{_GATES_VERSION}-{READER_VERSION}-{cache.digest(chr(0).join([str(fold), *sources]))}"
    return cache.kept(name, lambda: ([_entry_strings(source, fold) for source in sources],), _one_tuple)[0]


def _entry_strings(source: str, fold: bool) -> list[str] | None:
    read = _read_gate_strings([source], fold)
    return read[0] if read and read[0] else None


def _one_tuple(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 1


def _read_gate_strings(sources: list[str], fold: bool) -> list[list[str]] | None:
    strings = []
    for source in sources:
        found = required(source, fold=fold)
        if found is None or (fold and not all(_folds_plainly(s) for s in found)):
            return None
        strings.append(list(found))
    return strings


def _folds_plainly(string: str) -> bool:
    """Lower-cased text holds the string wherever re, ignoring case, matches it: ASCII, or caseless punctuation."""
    return all(c.isascii() or c in CASELESS for c in string)
