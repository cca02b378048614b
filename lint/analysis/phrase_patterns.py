"""A lexicon's phrase as a regular expression: its words, their regular inflections, the gaps between them and the
bounds around it."""
from __future__ import annotations

import os
import re
from functools import lru_cache

_GAP = r"[\s\-‐‑]+"  # a space or hyphen in a phrase matches either, once or more
# The bounds of every phrase and pattern of a lexicon: no word character, hyphen (or, before, apostrophe) beside it.
# Two look-behinds, not one class of all six: re compiles a class whose characters outside \w make more than two
# runs ("'", "-", "‐‑", "’") through a 65,536-entry table, 0.6 ms each time a pattern holding it is compiled.
LEFT = r"(?<![\w\-‐‑])(?<!['’])"
LEFT_ALSO = "_-‐‑’'"  # with letters and digits, the characters LEFT refuses before a phrase
RIGHT = r"(?![\w\-‐‑])"
RIGHT_ALSO = "_-‐‑"  # with letters and digits, the characters RIGHT refuses after a phrase


def inflections(word: str) -> list[str]:
    """Regular verb and noun forms of a word: captivate -> captivates, captivated, captivating.

    The word keeps its own case ("Gem" -> "Gems"): a case-sensitive lexicon means it.
    """
    w, low = word, word.lower()
    if not low.isalpha() or len(low) < 3:
        return [word]
    forms = {w, w + "s"}
    if low.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    elif low.endswith("y") and low[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    else:
        forms |= {w + "ed", w + "ing", w + "es"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", low) and len(low) <= 5:
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    # longest first, and one order for forms of a length: a set's order changes with the hash seed, and the patterns
    # built from these forms name disk-cache entries (a gate's strings), which must not change from run to run
    return sorted(forms, key=lambda form: (-len(form), form))


def _word_regex(word: str, inflect: bool) -> str:
    forms = inflections(word) if inflect else [word]
    stem = os.path.commonprefix(forms)
    if len(forms) > 1 and stem and not re.search(r"['’]", "".join(forms)):
        # watch(?:ing|es|ed|s)? rather than (?:watching|watches|watched|watchs|watch): the same
        # longest-first order in half the pattern, and compiling patterns is a large part of a cold start.
        endings = [f[len(stem):] for f in forms if f != stem]
        return re.escape(stem) + "(?:" + "|".join(re.escape(e) for e in endings) + ")" + ("?" if stem in forms else "")
    parts = ["['’]".join(re.escape(p) for p in re.split(r"['’]", f)) for f in forms]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=8192)
def phrase_regex(phrase: str, inflect: bool) -> str:
    """Regex for one phrase; with inflect, its first and last words take regular endings."""
    words = [w for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]
    out = []
    for i, word in enumerate(words):
        edge = i == 0 or i == len(words) - 1
        out.append(_word_regex(word, inflect and edge))
    return _GAP.join(out)


def phrase_tail_regex(phrase: str, inflect: bool) -> str:
    """phrase_regex after the first word, gap included ("" for one word)."""
    words = [w for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]
    return "".join(_GAP + _word_regex(w, inflect and i == len(words) - 1) for i, w in enumerate(words) if i)


def phrase_words(phrase: str) -> list[str]:
    """A phrase's words, split where phrase_regex puts a gap: at spaces and hyphens."""
    return [w for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]


def _refused_before(text: str, at: int) -> bool:
    """What LEFT refuses just before a phrase: a letter, digit, underscore, hyphen or apostrophe."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in LEFT_ALSO)


def _continues(text: str, at: int) -> bool:
    """What RIGHT refuses just after a phrase: a letter, digit, underscore or hyphen."""
    return at < len(text) and (text[at].isalnum() or text[at] in RIGHT_ALSO)
