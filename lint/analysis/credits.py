"""Reading a credit line: its label ("Photo :"), its wrapping and the sources it names.

"(Photo : Google )" -> label "Photo", sources ["Google"]; "(tvN, Instagram)" ->
sources ["tvN", "Instagram"]; "Netizen comments | theqoo" credit part -> ["theqoo"].
Shared by the credits check kinds; whether a source is vague is the rule's data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..parsers.lines import CREDIT_LABEL
from ..patterns import LazyPattern

_LABEL = LazyPattern(
    r"""^(?P<open>\(\s*)?
    (?P<label>""" + CREDIT_LABEL + r"""
      (?:\s*(?:credits?|sources?|courtesy))?)
    (?P<sep>\s*[:=|]\s*|\s*/\s*|\s+[-–—]\s+|\s+(?:by|via|from|courtesy(?:\s+of)?|adapted\s+from)\s+)""",
    re.IGNORECASE | re.X,
)
_EMBED = LazyPattern(r"^A post shared by\s+", re.IGNORECASE)
_SPLIT = LazyPattern(r"\s*(?:,|;|\s&\s|\band\b)\s*")
_COPYRIGHT = LazyPattern(r"^(?:©|\(c\)|copyright\b)\s*(?:\d{4}\s*)?", re.IGNORECASE)


@dataclass(frozen=True)
class Credit:
    """A parsed credit: where its label and each named source sit in the block text."""

    label: str | None
    label_span: tuple[int, int] | None
    separator: str
    parenthesised: bool
    sources: tuple[tuple[int, int], ...]  # spans of each source in the block text
    embed: bool = False  # "A post shared by ...", "© ...": labelled by its opening words


def parse_credit(text: str) -> Credit:
    """Split a credit's text into label and sources (spans relative to text)."""
    start, end = 0, len(text)
    parenthesised = False
    stripped = text.strip()
    if any(stripped.startswith(a) and stripped.endswith(b) for a, b in ("()", "[]", "<>")):
        parenthesised = True  # "[YONHAP]", "<Photo=Yonhap>": square and angle brackets wrap a credit as parentheses do
        start = text.index(stripped[0]) + 1
        end = text.rindex(stripped[-1])
    elif stripped.startswith("|"):
        start = text.index("|") + 1
    label = label_span = None
    separator = ""
    embed = False
    body = text[start:end]
    m = _LABEL.match(body.lstrip())
    lead = len(body) - len(body.lstrip())
    if m and not m["open"]:
        label = m["label"]
        label_span = (start + lead + m.start("label"), start + lead + m.end("label"))
        separator = m["sep"]
        start = start + lead + m.end()
    else:
        e = _EMBED.match(body.lstrip()) or _COPYRIGHT.match(body.lstrip())
        if e:
            start = start + lead + e.end()
            embed = True
    sources = []
    pos = start
    for piece in _SPLIT.split(text[start:end]) + [""]:
        if not piece:
            continue
        i = text.index(piece, pos)
        pos = i + len(piece)
        inner = piece.strip(" .")
        if inner:
            j = i + piece.index(inner)
            sources.append((j, j + len(inner)))
    return Credit(label, label_span, separator, parenthesised, tuple(sources), embed)
