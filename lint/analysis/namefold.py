"""Spelling keys for names: what two spellings of one name have in common.

A name's key folds case, diacritics, hyphens, spaces and apostrophes ("Lee Je-hoon",
"Lee Je Hoon" and "LEE JE HOON" share one; so do "Zoë" and "Zoe").  Its sound key
also applies the transliteration equivalences of rules/_data/names.toml ("eo" and
"u": "Jeong" and "Jung"; "aa" and "a": "Taapsee" and "Tapsee"), so romanisation
variants meet.  rapidfuzz measures what is left: a typo or a dropped letter.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from ..patterns import LazyPattern

_FOLD = LazyPattern(r"[\s\-‐'’.]")
# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae",
                               "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics, hyphens, spaces, dots or apostrophes."""
    text = _FOLD.sub("", text).lower()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c))


def unaccented(text: str) -> str:
    """The text without diacritics, its case kept ("Beyoncé" to "Beyonce")."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@lru_cache(maxsize=65536)
def sound(text: str, equivalents: tuple[tuple[str, str], ...]) -> str:
    """The folded form with each transliteration equivalence applied, in the order given."""
    key = fold(text)
    for a, b in equivalents:
        if a in key:
            key = key.replace(a, b)
    return key


def similarity(a: str, b: str) -> float:
    """rapidfuzz's normalised similarity, 0 to 100."""
    from rapidfuzz import fuzz  # imported on first use: most articles never get this far (8 ms of start-up)

    return float(fuzz.ratio(a, b))


def one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed ("Arjit" and "Arijit"), on words of five letters or more."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(a, b)) == 1


def one_typo(a: str, b: str) -> bool:
    """one_edit, or two neighbouring letters swapped ("Ravichnadran" for "Ravichandran"), on words of five or more."""
    if one_edit(a, b):
        return True
    if len(a) != len(b) or len(a) < 5:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
