"""Capitalised words inside a name or a title of a work, told by the capitals around them.

In running text a praise word written with a capital, away from the start of its
sentence and beside another capitalised word, is part of a name: "Extraordinary You
(2019)" and "'The Divine Fury'" (gold-dev k26, d16), "the Marvellous Mechanical Mouse
Organ" (BBC entertainment 353).  Listing every such title is memorisation; the
capitals tell them apart.  Headlines and sub-headings are written in Title Case, so
only running text (paragraphs, list items, captions) is read this way.

A single capitalised word between two lower-case words of a sentence is a name too:
running text writes praise in lower case, and only a title or a name keeps its capital
there ("mentions his British roots in Gorgeous when she sings", celebrity-news/legit 152,
a song).  Not a word in capitals throughout ("an AMAZING report" is shouting, not a
name), and not two capitalised words ("fans of Rebel Star will", an epithet used as a
title, is the rule's to judge).  Not after a verb of looking or seeming either ("The actress
looked Stunning in a red gown", review 9): there the word is the verdict on a look, which a
caption or a gossip page may capitalise for stress; a title follows a verb of performing or
a preposition ("sang Gorgeous", "in Gorgeous").
"""
from __future__ import annotations

import re

from ..document import Block
from ..patterns import LazyPattern

_PROSE = frozenset({"paragraph", "list-item", "caption", "quote"})
_WORD_BEFORE = LazyPattern(r"([\w’'\-]+)[ /]+$")
_WORD_AFTER = LazyPattern(r"^[ /]+([\w’'\-]+)")
_SENTENCE_OPEN = LazyPattern(r"(?:^|[.!?:•–—][\"”’')\]]*)[\s‘'“\"(\-]*$")
_SMALL = frozenset({"I", "A"})
# Lower-case joiners inside a title of a work ("The Fate of the Furious", "Fast and Furious", pages T): the
# capitalised word that makes the name stands on their far side.
_JOINERS = frozenset({"of", "the", "and", "&"})
# Verbs of looking and seeming (Levin 1993, 30.4 "stimulus subject perception verbs" and 109 "appear"), and the
# degree adverbs between them and their verdict ("looked truly Stunning").
_LOOKS = frozenset({"look", "looks", "looked", "looking", "seem", "seems", "seemed", "seeming", "appear", "appears",
                    "appeared", "appearing"})
_DEGREE = frozenset({"so", "very", "just", "truly", "absolutely", "simply", "utterly", "totally", "really", "quite"})


def in_title(block: Block, i: int, j: int) -> bool:
    """Whether text[i:j], in running text, starts with a capital and sits between capitalised words of a name."""
    text = block.text
    if block.kind not in _PROSE or not text[i:i + 1].isupper() or _SENTENCE_OPEN.search(text, 0, i) is not None:
        return False  # a Title Case heading, a lower-case word, or the capital that opens a sentence
    after = _WORD_AFTER.match(text[j:j + 40])
    if after is not None and after.group(1)[:1].isupper() and after.group(1) not in _SMALL:
        return True
    before = _WORD_BEFORE.search(text, max(0, i - 40), i)
    if _alone_in_lower_case(text[i:j], before, after) and not _after_looks(text, before):
        return True
    for _ in range(3):
        if before is None or before.group(1) not in _JOINERS:
            break
        before = _WORD_BEFORE.search(text, max(0, before.start(1) - 40), before.start(1))
    if before is None or not before.group(1)[:1].isupper() or before.group(1) in _SMALL:
        return False
    # "The Stunning actress": the capital before is only the sentence's own.
    return _SENTENCE_OPEN.search(text, 0, before.start(1)) is None


def _lower_word(m: re.Match[str] | None) -> bool:
    return m is not None and m.group(1)[:1].islower()


def _alone_in_lower_case(word: str, before: re.Match[str] | None, after: re.Match[str] | None) -> bool:
    """Whether a one-word match with a capital and then small letters stands between two lower-case words."""
    return (word.isalpha() and word[1:].islower() and _lower_word(before) and _lower_word(after))


def _after_looks(text: str, before: re.Match[str] | None) -> bool:
    """Whether the word before is a verb of looking or seeming, a degree adverb between them allowed."""
    if before is not None and before.group(1).lower() in _DEGREE:
        before = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
    return before is not None and before.group(1).lower() in _LOOKS
