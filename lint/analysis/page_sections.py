"""Where the story stands on a pasted page: its first and last paragraphs and the sub-headings that divide it.

A page copied as text keeps more than the story: the headline's deck above the first paragraph, bylines, section
headings, and under the last paragraph the page's own lines.  Checks that judge a line by where it stands read
these.
"""
from __future__ import annotations

import re

from ..document import Block
from ..patterns import LazyPattern

WORD = LazyPattern(r"[^\W\d_][\w’'&.-]*")
# Read from the end of a line, what these patterns say (tests/test_page_sections.py holds them to it):
#   cut_off       [^\W\d_]\s*(?:…|\.\.\.)[\"”’']?$     a teaser cut off by the page: "... and asking…"
#   ends_sentence [.!?…:;][\"”’')\]]*$
# A search for a pattern anchored at the end tries it at every place of the line (8 lines an article, each read
# whole, several times over); the end is all they look at.
_QUOTES = frozenset("\"”’'")


def cut_off(text: str) -> bool:
    """Whether the text ends on a letter and an ellipsis ("... and asking…"), a closing quote after it allowed."""
    return _cut_at_end(text) or (text.endswith("\n") and _cut_at_end(text[:-1]))  # $ also stands before a final newline


def _cut_at_end(text: str) -> bool:
    body = text[:-1] if text[-1:] in _QUOTES else text
    if body.endswith("…"):
        body = body[:-1]
    elif body.endswith("..."):
        body = body[:-3]
    else:
        return False
    body = body.rstrip()  # \s*: str.rstrip strips what re's \s matches
    return body != "" and body[-1].isalnum() and not body[-1].isdecimal()  # [^\W\d_]: a letter


def ends_sentence(text: str, stops: str = ".!?…:;", closers: str = "\"”’')]") -> bool:
    """Whether the text ends on a stop (one of stops: by default a colon or a semicolon too), closing quotes and
    brackets (closers) after it allowed."""
    return _ends_at_end(text, stops, closers) or (text.endswith("\n") and _ends_at_end(text[:-1], stops, closers))


def _ends_at_end(text: str, stops: str, closers: str) -> bool:
    body = text.rstrip(closers)  # the stops and the closers share no character
    return body != "" and body[-1] in stops
BYLINE = LazyPattern(r"^(?:by|edited by|translated by|written by|reporting by|reported by|words by)\s+[A-Z]", re.IGNORECASE)


def mostly_quoted(block: Block) -> bool:
    """Mostly a quotation: a title may quote a few words ('Kris Jenner Is "So Angry" About ...', legit/215)."""
    return sum(b - a for a, b in block.speech) * 3 >= len(block.text.strip())


def story_start(blocks: list[Block], story_words: int) -> int:
    """Index of the first story paragraph (a sentence of some length): lines above it are the headline's deck."""
    for k, b in enumerate(blocks):
        if (b.kind == "paragraph" and len(b.text.split()) >= story_words
                and ends_sentence(b.text.strip(), ".!?", "\"”’')")):
            return k
    return len(blocks)


def story_end(blocks: list[Block]) -> int:
    """Index of the story's last paragraph: the last that ends a sentence and is not cut off by the page.

    Another story's teaser pasted under the story ends on a letter and an ellipsis ("... and asking…"), so it is
    not the story's end; a paragraph that ends on a colon or a semicolon is.  len(blocks) when there is none.
    """
    return max((k for k, b in enumerate(blocks) if b.kind == "paragraph" and ends_sentence(text := b.text.strip())
                and not cut_off(text)), default=len(blocks))


def section_count(blocks: list[Block], first: int, story_words: int, max_lines: int) -> int:
    """How many sub-headings divide the story: below its first paragraph, bylines and the headline repeated left out.

    first: the index of the story's first paragraph (story_start).  The tail under the last paragraph counts only
    when it is itself a list of more than max_lines lines (a cast's filmographies, T/H/I pages pk216); one or two
    lines there are what promo/stray-headline looks for. A repeated
    headline, "By <name>" and a link title in the tail made T/H/I pages qk02 read as built of sections.
    """
    if not story_words:
        return sum(b.kind == "subheading" for b in blocks)
    headline = blocks[0].text.strip().casefold() if blocks else ""
    last = story_end(blocks)
    start = first + 1 if first < len(blocks) else 1  # no paragraph long enough to be the story's first: all count
    heads = [k for k in range(start, len(blocks)) if blocks[k].kind == "subheading"
             and not BYLINE.match(blocks[k].text.strip()) and blocks[k].text.strip().casefold() != headline]
    tail = sum(k > last for k in heads)
    return len(heads) - (tail if tail <= max_lines else 0)
