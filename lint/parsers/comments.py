"""Readers' comments quoted as a bulleted list under their forum's name.

K-pop outlets quote netizens as a run of bullets under a credit line that names
the forum ("| theqoo", "Netizen comments | theqoo"), often without quotation
marks (gold-dev k22: "• Wow, so pretty.").  Those lines are the commenters'
words, not the writer's, so the run is marked as quoted speech, as a Markdown
block quote is.  Only bullets count: a paragraph under "Source: Pann" may be
the writer's own (gold-dev d06 "Kim Yeontan is indeed very handsome").
"""
from __future__ import annotations

import re

from ..document import Block
from ..patterns import LazyPattern

# Forums and comment sections K-pop outlets cite (gold-dev d, k groups): theqoo, Nate Pann, Instiz, DC Inside,
# Naver and Daum comments, and the plain words for a comment section.
_FORUM = LazyPattern(r"\b(?:theqoo|pann|instiz|dc ?inside|naver|daum|comments?|replies|reactions|netizens?)\b", re.IGNORECASE)
_LABEL_KINDS = ("credit", "caption", "subheading")


def mark_comment_lists(blocks: list[Block]) -> None:
    """Mark each run of list items that follows a forum's credit or caption line as quoted speech."""
    label = False  # the blocks since the last prose name a forum
    for block in blocks:
        if block.kind in _LABEL_KINDS:
            label = label or _FORUM.search(block.text) is not None
        elif block.kind == "list-item":
            if label:
                block.quoted = True
        else:
            label = False
