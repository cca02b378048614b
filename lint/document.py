"""The article model: a Document of Blocks whose text maps back to exact source offsets.

Every parser turns its input into the same Document.  A Block's text may differ
from the source (HTML entities decoded, Markdown markup dropped, JSON escapes
undone); its SpanMap records, segment by segment, where each character came from,
so a finding on block text always lands on the right bytes of the original file.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from .findings import Location
from .analysis.tokens import quotation_ranges, sentences, word_count, word_positions

# Scope names used in rule files, mapped to block kinds.
SCOPES: dict[str, frozenset[str]] = {
    "headline": frozenset({"headline"}),
    "dek": frozenset({"dek"}),
    "subheading": frozenset({"subheading"}),
    "body": frozenset({"paragraph", "list-item", "quote"}),
    "captions": frozenset({"caption", "image-text"}),
    "credits": frozenset({"credit"}),
    "promo": frozenset({"promo"}),
}
ALL_SCOPES = tuple(SCOPES)
# The kinds of the story's running text, for analyses that read it apart from headlines and captions.
BODY_KINDS = SCOPES["body"]
# Every scope of article prose (credit lines and promo blocks are not prose): what names, dates and
# release sentences are read from.
TEXT_SCOPES = ("headline", "dek", "subheading", "body", "captions")


def kinds_of(scope: Iterable[str]) -> frozenset[str]:
    """Block kinds named by scopes ("body" -> paragraph, list-item, quote); a block kind names itself."""
    if isinstance(scope, (tuple, frozenset)):
        return _kinds_of(scope)  # a rule's scope: asked for on every article by every rule
    return _kinds_of(tuple(scope))


@lru_cache(maxsize=256)
def _kinds_of(scope: tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    kinds: set[str] = set()
    for name in scope:
        kinds |= SCOPES.get(name, frozenset({name}))
    return frozenset(kinds)


class SpanMap:
    """Maps indices in a block's text to offsets in the source text.

    Segments are (text_start, text_len, src_start, src_len).  When the lengths are
    equal the segment is linear; otherwise (an entity, an escape, collapsed space)
    every character of it maps to the whole source range.
    """

    __slots__ = ("_t", "_segs")

    def __init__(self, segments: list[tuple[int, int, int, int]]) -> None:
        self._segs = segments
        self._t = [s[0] for s in segments]

    @classmethod
    def linear(cls, src_start: int, length: int) -> SpanMap:
        return cls([(0, length, src_start, length)])

    def _seg(self, i: int) -> tuple[int, int, int, int]:
        k = max(bisect.bisect_right(self._t, i) - 1, 0)
        return self._segs[k]

    def start(self, i: int) -> int:
        if not self._segs:
            return 0
        t0, tl, s0, sl = self._seg(i)
        if i >= t0 + tl:  # at or past the end of the text
            return s0 + sl
        return s0 + (i - t0) if tl == sl else s0

    def end(self, j: int) -> int:
        if not self._segs:
            return 0
        if j <= 0:
            return self.start(0)
        t0, tl, s0, sl = self._seg(j - 1)
        if j - 1 >= t0 + tl:
            return s0 + sl
        return s0 + (j - t0) if tl == sl else s0 + sl


class TextBuilder:
    """Builds block text piece by piece while recording where each piece came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segs: list[tuple[int, int, int, int]] = []
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def add(self, text: str, src_start: int, src_end: int) -> None:
        """Append text that stands for source[src_start:src_end]."""
        if not text:
            return
        n, sl = len(text), src_end - src_start
        last = self._segs[-1] if self._segs else None
        if last and n == sl and last[1] == last[3] and last[0] + last[1] == self._len and last[2] + last[3] == src_start:
            self._segs[-1] = (last[0], last[1] + n, last[2], last[3] + n)
        else:
            self._segs.append((self._len, n, src_start, sl))
        self._parts.append(text)
        self._len += n

    def text(self) -> str:
        return "".join(self._parts)

    def block(self, kind: str, **extra: Any) -> Block | None:
        """The built text as a Block, trimmed of surrounding whitespace; None if blank."""
        full = self.text()
        stripped = full.strip()
        if not stripped:
            return None
        lead = len(full) - len(full.lstrip())
        return Block(kind, stripped, SpanMap(self._segs), shift=lead, **extra)


@dataclass(eq=False)
class Block:
    """A piece of article text of one kind (headline, paragraph, caption, credit...)."""

    kind: str
    text: str
    spans: SpanMap
    shift: int = 0
    quoted: bool = False  # the whole block is attributed speech (block quote)
    quote_ranges: tuple[tuple[int, int], ...] = ()  # <q> ranges known from markup
    # The quotation mark that opens the next block, if one does: a quotation this block leaves open goes on there
    # (tokens.quotation_ranges).  The parsers set it (parsers/speech.py).
    quote_goes_on: str = ""
    quote_came_before: str = ""  # the quotation mark that opens the block before, if one does (the same parsers)
    pointer: str | None = None  # JSON pointer when the text came from a metadata field

    @classmethod
    def from_source(cls, kind: str, source: str, start: int, end: int, **extra: Any) -> Block:
        """A block that is exactly source[start:end]."""
        return cls(kind, source[start:end], SpanMap.linear(start, end - start), **extra)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Source offsets of text[i:j]."""
        if i == j:
            s = self.spans.start(i + self.shift)
            return s, s
        return self.spans.start(i + self.shift), self.spans.end(j + self.shift)

    @cached_property
    def start(self) -> int:
        return self.span(0, len(self.text))[0]

    @cached_property
    def end(self) -> int:
        return self.span(0, len(self.text))[1]

    @cached_property
    def speech(self) -> tuple[tuple[int, int], ...]:
        """Ranges of this block's text that are direct quotations."""
        if self.quoted:
            return ((0, len(self.text)),)
        return tuple(sorted(set(self.quotations) | set(self.quote_ranges)))

    @cached_property
    def quotations(self) -> tuple[tuple[int, int], ...]:
        """Quotations found in the text itself (text.quotation_ranges), markup aside."""
        return tuple(quotation_ranges(self.text, self.quote_goes_on, self.quote_came_before))

    @cached_property
    def sentence_spans(self) -> tuple[tuple[int, int, int], ...]:
        """The text's sentences as (start, end, word count), worked out once for every check."""
        return tuple((a, b, word_count(self.text[a:b])) for a, b in sentences(self.text))

    @cached_property
    def word_total(self) -> int:
        """word_count of the text: the sum over its sentences, which hold every word (they split only before
        space), so the text is not counted twice where the sentences are wanted too, as they are for the body."""
        return sum(n for _, _, n in self.sentence_spans)

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Lower-cased words of the text and where they start (see text.word_positions)."""
        return word_positions(self.text, True)

    @cached_property
    def word_index_cased(self) -> dict[str, list[int]]:
        """The same, keeping case, for case-sensitive lexicons."""
        return word_positions(self.text, False)

    def in_speech(self, i: int, j: int) -> bool:
        return any(a <= i and j <= b for a, b in self.speech)


@dataclass(eq=False)
class Image:
    """An image in the article with whatever caption and credit it has."""

    start: int
    end: int
    src: str | None = None
    alt: Block | None = None
    caption: Block | None = None
    credit: Block | None = None
    pointer: str | None = None


@dataclass(frozen=True)
class Directive:
    """An inline suppression comment: disable, enable or disable-next-line."""

    action: str
    rules: tuple[str, ...]  # empty means every rule
    start: int
    end: int
    line: int
    reason: str = ""


class LineIndex:
    """Offset to 1-based line/column conversion for one source text."""

    def __init__(self, source: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]

    @property
    def count(self) -> int:
        return len(self._starts)


@dataclass(eq=False)
class Document:
    """One article: its source text, blocks in reading order, metadata and images."""

    path: str
    source: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    meta_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # (keyword, pointer, field, detail): metadata of the wrong type (left out of meta) or impossible dates
    meta_problems: list[tuple[str, str, str, str]] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "headline"), None)

    def blocks_in(self, scope: Iterable[str]) -> Iterator[Block]:
        """Blocks whose kind falls in any of the named scopes, in reading order."""
        kinds = kinds_of(scope)
        return (b for b in self.blocks if b.kind in kinds)

    def location(self, start: int, end: int, pointer: str | None = None) -> Location:
        line, col = self.lines.position(start)
        end_line, end_col = self.lines.position(end)
        return Location(start, end, line, col, end_line, end_col, pointer)

    def block_location(self, block: Block, i: int, j: int) -> Location:
        s, e = block.span(i, j)
        return self.location(s, e, block.pointer)

    def article_location(self) -> Location:
        """Where whole-article findings go: the headline, else the file start."""
        h = self.headline
        if h is not None:
            return self.block_location(h, 0, len(h.text))
        return self.location(0, 0)

    def meta_location(self, pointer: str) -> Location:
        """The source span of a metadata field, or of its nearest present parent."""
        p = pointer
        while p:
            if p in self.meta_spans:
                s, e = self.meta_spans[p]
                return self.location(s, e, pointer)
            p = p.rsplit("/", 1)[0]
        loc = self.article_location()
        return Location(loc.start, loc.end, loc.line, loc.column, loc.end_line, loc.end_column, pointer)
