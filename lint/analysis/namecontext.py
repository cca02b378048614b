"""What the text right around a name says about it: an age, a cast credit, a web address, an open quotation.

Each function reads a paragraph's text at a mention's offsets and answers one
question; lint/analysis/name_extraction.py and people.py decide what the answer means for the person.
No word lists: these are patterns of punctuation and numbers that hold in every
outlet's copy ("Cressida Bonas, 26,", "Den, played by Leslie Grantham",
"RadarOnline.com", "Paul claimed: 'He ...").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from ..patterns import LazyPattern

# "Cressida Bonas, 26,": an age in apposition says a person, whatever the words look like.
_AGE_AFTER = LazyPattern(r",\s+(\d{1,3}),")
# "12-year-old ventriloquist Darci Lynne Farmer", "5-year-old daughter Blue Ivy", "her 11-year-old daughter,
# Suri Cruise" (heldout/F cl181: the noun may end in the comma of apposition).
_YEARS_OLD_BEFORE = LazyPattern(r"\b(\d{1,2})-year-old\s+(?:[a-z]+,?\s+){0,2}$")
# "Photos of Baby Kenzo", "their newborn, Kenzo Kash Hart" (heldout/F cl168): a word for an infant before the
# name says a child with no number at all. The four nouns are English's words for a child under two. With a
# comma the noun needs a possessive before it, as "another baby, Kate is said to" (celebrity-news/fake 079)
# ends a clause there.
_INFANT = r"(?:baby|newborn|infant|toddler)(?:\s+(?:son|daughter|boy|girl))?"
_INFANT_BEFORE = LazyPattern(rf"(?:\b(?:her|his|their|our|my|\w+['’]s)\s+{_INFANT},?|\b{_INFANT})\s+$", re.IGNORECASE)
# "her first son, Maddox, ... over the 15-year-old." (heldout/F cf025): an offspring noun in apposition before
# the name, after a possessive, and a child's age used as a noun later in the same paragraph.
_OFFSPRING_BEFORE = LazyPattern(r"\b(?:her|his|their|our|my|\w+['’]s)\s+(?:[a-z]+\s+)?"
                               r"(?:son|daughter|child|stepson|stepdaughter),?\s+$")
_AGE_AS_NOUN = LazyPattern(r"\bthe (\d{1,2})-year-old\b(?!-|\s+[a-z])")
PLAYED_BY_WORDS = frozenset({"played", "portrayed", "voiced"})  # a block's word index without them needs no look
_PLAYED_BY = LazyPattern(rf",?\s+\(?(?:{'|'.join(sorted(PLAYED_BY_WORDS))}) by\b")
_DOMAIN_AFTER = LazyPattern(r"\.(?:com|net|org|co|tv|io|uk|ie|in|kr|ph)\b")
# "Mel B", "Mel C": a short name with an initial is a stage name of its own, not Melanie Chisholm's "Mel".
_INITIAL_AFTER = LazyPattern(r" [A-Z]\b(?!['’][A-Z])")
# "Jan. 3", "Mar 15": a month's abbreviation before a number, not Janet's short name.
_NUMBER_AFTER = LazyPattern(r"\.?\s?\d")
# "National Gallery of Art", "Bank of America": the word after "of" ends an institution's name.
_OF_TITLE = LazyPattern(r"[A-Z][^\W\d_]* of $")
# "Paul claimed: 'He even had ...": a single mark opening a quotation after a colon.
_SINGLE_OPENS = LazyPattern(r":\s+['‘](?=[A-Z])")
_SINGLE_CLOSES = LazyPattern(r"(?<![^\W\d_])['’]|['’](?![^\W\d_])")  # an apostrophe sits between letters


def age_after(text: str, end: int) -> int | None:
    """The age in apposition right after a name ending at `end` ("Bonas, 26,"), if any."""
    found = _AGE_AFTER.match(text, end)
    return int(found[1]) if found else None


def child_age(text: str, start: int, end: int) -> bool:
    """An age under 18 in apposition after the name or as 'N-year-old' before it, a word for an infant before it,
    or an offspring noun before it with 'the N-year-old' (under 18) later in the paragraph: a child."""
    age = age_after(text, end)
    before = _YEARS_OLD_BEFORE.search(text, max(0, start - 40), start) if age is None else None
    if (age if age is not None else int(before[1]) if before else 99) < 18:
        return True
    if age is not None or before is not None:
        return False  # an adult's age in apposition outweighs a kinship word
    window = max(0, start - 40)
    if _INFANT_BEFORE.search(text, window, start):
        return True
    return bool(_OFFSPRING_BEFORE.search(text, window, start)) and any(
        int(m[1]) < 18 for m in _AGE_AS_NOUN.finditer(text, end))


def played_by_after(text: str, end: int) -> bool:
    """'Den, played by Leslie Grantham': the name before is a character's."""
    return bool(_PLAYED_BY.match(text, end))


# "as <character> in “<title>”": a part in a quoted title, the filmography's shape of a character.
_IN_QUOTED_TITLE = LazyPattern(r"\s+in\s+[\"“‘'][A-Z]")


def role_in_title_after(text: str, end: int) -> bool:
    """After "as <name>": the name is a part in a quoted work ("as Jack Sparrow in “Pirates of the Caribbean”")."""
    return bool(_IN_QUOTED_TITLE.match(text, end))


def web_address_at(text: str, at: int) -> bool:
    """A top-level domain follows: the name before it is a web address ("RadarOnline.com")."""
    return bool(_DOMAIN_AFTER.match(text, at))


def speaker_label(text: str, start: int, end: int) -> bool:
    """'Kim: What's going on with this?': a name labelling a line of a transcript, at the start of its paragraph."""
    return start == 0 and text.startswith(":", end)


def not_a_short_name(text: str, start: int, end: int) -> bool:
    """A word that looks like a short given name but is something else here: the end of an institution's
    name ("Gallery of Art"), a name with an initial ("Mel B"), a month before a number ("Jan. 3")."""
    return bool(_OF_TITLE.search(text, max(0, start - 30), start) or _INITIAL_AFTER.match(text, end)
                or _NUMBER_AFTER.match(text, end))


# "George, Amal Clooney", "George and Amal Clooney": a given name coordinated with a full name that carries the surname.
_COORDINATED = LazyPattern(r"(?:,| and| &)\s+[A-Z][^\W\d_]+\s+([A-Z][^\W\d_'’-]+)")


def shares_surname_after(text: str, end: int, families: list[str]) -> bool:
    """A given name ending at `end` coordinated with another given name and a shared family name."""
    found = _COORDINATED.match(text, end)
    return found is not None and found[1] in families


# "OJ Simpson", then "OJ’s comeback" and "work with OJ": two capitals standing for a given name.
# The look-behinds sit after the first capital, so re can skip through the text to capitals.
# One pattern for both uses, so a text is scanned once: group 2 holds the capitalised word after the initials.
_INITIALS_USED = LazyPattern(r"([A-Z](?<![\w.’'-][A-Z])[A-Z])(?:( [A-Z][a-z]{2,})|['’]s\b| [a-z])")
_TWO_CAPITALS = LazyPattern(r"[A-Z]{2}")
_INITIALS_AS_THING = LazyPattern(r"\b(?:the|a|an|in|on|of|to|from|via)\s+([A-Z]{2})\b", re.IGNORECASE)


def initials_as_names(texts: Iterable[str]) -> frozenset[str]:
    """Two capitals the article uses as a given name (lower-cased, as _proper_words gives): before a capitalised
    word ("OJ Simpson") and alone as a person (a possessive, or a verb after it), never after an article or a
    preposition ("the UK", "on TV", "a DJ")."""
    texts = list(texts)
    before: set[str] = set()
    alone: set[str] = set()
    for text in texts:
        if _TWO_CAPITALS.search(text) is None:
            continue  # most paragraphs: the pattern starts with two capitals
        for m in _INITIALS_USED.finditer(text):
            (before if m[2] else alone).add(m[1])
    both = before & alone
    if not both:
        return frozenset()  # most articles: the texts' "things" (a scan per letter) cannot change the answer
    things: set[str] = set()
    for text in texts:
        # Only texts with two capitals side by side (any script) count their things: "on tv" in a text of no
        # capitals does not make "TV" a thing.
        if any(c.isupper() and d.isupper() for c, d in zip(text, text[1:])):
            things.update(m[1].upper() for m in _INITIALS_AS_THING.finditer(text))
    return frozenset(w.lower() for w in both - things)


def single_quote_open(text: str, at: int) -> bool:
    """After a single quotation mark opened by a colon and not closed before `at` (British copy leaves it
    open when the quotation runs on into the next paragraph)."""
    opens = _single_opens(text) if ":" in text else ()
    i = bisect_left(opens, at + 1) - 1
    return i >= 0 and not _SINGLE_CLOSES.search(text, opens[i], at)


@lru_cache(maxsize=4096)
def _single_opens(text: str) -> tuple[int, ...]:
    return tuple(o.end() for o in _SINGLE_OPENS.finditer(text))
