"""The article as a reader sees it, with findings marked on the right words: the HTML report's main view.

The source is parsed again (the report keeps only the text), and each block is
drawn as what it is: the headline apart, the dek, paragraphs, sub-headings,
quotes, image captions and credits, and the metadata as a small table.
Findings carry source offsets; each is placed on the block text that those
offsets came from, through the block's own span map (so an HTML entity or a
JSON escape never shifts a mark).  Marks are laid by one sweep over sorted
boundaries, so the work grows with the findings, not with their square.
"""
from __future__ import annotations

import bisect
import html
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..document import Block, Document
from ..findings import Finding

WIDE_CHARS = 60  # a finding this long is about a sentence or a headline, not a phrase: underlined, not filled
WIDE_FAMILIES = frozenset({"readability"})
WHOLE_BLOCK_CHARS = 40

_TAGS = {"headline": "h1", "dek": "p", "subheading": "h3", "paragraph": "p", "list-item": "li", "quote": "blockquote",
         "caption": "p", "image-text": "p", "credit": "p", "promo": "p"}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class Placed:
    """A finding placed on some text: [start, end) in that text's own indices."""

    start: int
    end: int
    finding: Finding
    fid: str


def is_wide(f: Finding) -> bool:
    """Whole-sentence findings (by family or length), drawn as an underline and a margin mark."""
    return f.family in WIDE_FAMILIES or f.location.end - f.location.start >= WIDE_CHARS


def whole_block_findings(doc: Document, per_block: list[list[Placed]]) -> set[str]:
    """Findings that cover (nearly) a whole block of some length, such as a verdict on the headline: wide too.

    A short block wholly flagged ("Join Our Telegram Channel") is a phrase and keeps its fill.
    """
    return {p.fid for block, placed in zip(doc.blocks, per_block) for p in placed
            if len(block.text) >= WHOLE_BLOCK_CHARS and p.end - p.start >= 0.9 * len(block.text)}


def highlight(text: str, placed: Iterable[Placed], mark: Callable[[Finding, str, str, bool], str]) -> str:
    """text, escaped, with nested marks: one sweep over the boundaries, holding only the marks open there."""
    items = list(placed)
    n = len(text)
    bounds = sorted({0, n, *(min(p.start, n) for p in items), *(min(p.end, n) for p in items)})
    opening: dict[int, list[Placed]] = defaultdict(list)
    closing: dict[int, list[Placed]] = defaultdict(list)
    flags: dict[int, list[Placed]] = defaultdict(list)
    for p in items:
        a, b = min(p.start, n), min(p.end, n)
        if a >= b:
            flags[a].append(p)
        else:
            opening[a].append(p)
            closing[b].append(p)
    active: dict[str, Placed] = {}
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        for p in closing.pop(a, ()):
            active.pop(p.fid, None)
        for p in opening.pop(a, ()):
            active[p.fid] = p
        out.extend(mark(p.finding, p.fid, "\u2691", False) for p in flags.pop(a, ()))
        segment = _e(text[a:b])
        for p in sorted(active.values(), key=lambda q: q.end - q.start):  # innermost first, outermost last
            segment = mark(p.finding, p.fid, segment, True)
        out.append(segment)
    for rest in flags.values():
        out.extend(mark(p.finding, p.fid, "\u2691", False) for p in rest)
    return "".join(out)


def _text_index(block: Block, offset: int, end: bool, linear: bool = False) -> int:
    """The block-text index standing for a source offset (binary search over the block's span map).

    linear: the block's text is its source slice, so the index is a subtraction.
    """
    if linear:
        return max(0, min(len(block.text), offset - block.start))
    lo, hi = 0, len(block.text)
    while lo < hi:
        mid = (lo + hi) // 2
        at = block.span(0, mid)[1] if end and mid else block.span(mid, mid)[0]
        if at < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def place(doc: Document, findings: list[Finding], ids: dict[int, str]) -> tuple[list[list[Placed]], list[Finding]]:
    """Per block, the findings that fall on its text; and the findings no block holds (metadata, article)."""
    blocks = doc.blocks
    order = sorted(range(len(blocks)), key=lambda k: blocks[k].start)
    starts = [blocks[k].start for k in order]
    ends_max: list[int] = []  # running maximum of block ends, so a search can stop early
    for k in order:
        ends_max.append(max(ends_max[-1] if ends_max else 0, blocks[k].end))
    per_block: list[list[Placed]] = [[] for _ in blocks]
    linear = [doc.source[b.start : b.end] == b.text for b in blocks]
    unplaced = []
    for f in findings:
        s, e = f.location.start, f.location.end
        hit = False
        pos = bisect.bisect_right(starts, s if s < e else s) - 1
        # blocks that start at or before s and reach past it (overlapping blocks are rare: walk back a little)
        k = pos
        while k >= 0 and ends_max[k] >= s:
            b = blocks[order[k]]
            if b.start <= s and (s < b.end or (s == e == b.end)):
                lin = linear[order[k]]
                per_block[order[k]].append(Placed(_text_index(b, s, False, lin), _text_index(b, min(e, b.end), True, lin),
                                                  f, ids[id(f)]))
                hit = True
            k -= 1
        k = pos + 1
        while k < len(order) and starts[k] < e:  # a finding running on into later blocks
            b = blocks[order[k]]
            per_block[order[k]].append(Placed(0, _text_index(b, min(e, b.end), True, linear[order[k]]), f, ids[id(f)]))
            hit = True
            k += 1
        if not hit:
            unplaced.append(f)
    return per_block, unplaced


def _meta_value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 200 else text[:199] + "\u2026"


def meta_table(doc: Document, unplaced: list[Finding], ids: dict[int, str],
               mark: Callable[[Finding, str, str, bool], str]) -> tuple[str, list[Finding]]:
    """Metadata as a small table; findings about a field (by JSON pointer) flagged on its row."""
    by_key: dict[str, list[Finding]] = defaultdict(list)
    rest = []
    for f in unplaced:
        pointer = f.location.pointer or ""
        key = pointer.split("/")[1] if pointer.count("/") else ""
        if key and key in doc.meta:
            by_key[key].append(f)
        else:
            rest.append(f)
    if not doc.meta:
        return "", unplaced
    rows = []
    for key, value in doc.meta.items():
        flags = "".join(mark(f, ids[id(f)], "\u2691 " + f.location.pointer if f.location.pointer else "\u2691", False)
                        for f in by_key.get(key, ()))
        rows.append(f"<tr><th>{_e(key)}</th><td>{_e(_meta_value(value))} {flags}</td></tr>")
    return f'<table class="meta"><caption>metadata</caption>{"".join(rows)}</table>', rest


def reader_view(doc: Document, per_block: list[list[Placed]], unplaced: list[Finding], ids: dict[int, str],
                mark: Callable[[Finding, str, str, bool], str], colour: Callable[[str], str], wide_ids: set[str]) -> str:
    """The article's blocks as HTML, in reading order, with the findings marked (place() says where)."""
    table, rest = meta_table(doc, unplaced, ids, mark)
    out: list[str] = []
    in_list = False
    for block, placed in zip(doc.blocks, per_block):
        if block.kind == "list-item" and not in_list:
            out.append("<ul>")
        elif block.kind != "list-item" and in_list:
            out.append("</ul>")
        in_list = block.kind == "list-item"
        tag = _TAGS.get(block.kind, "p")
        wide = [p.finding for p in placed if p.fid in wide_ids]
        margin = ""
        if wide:  # a bar in the margin, in the family's colour, for whole-sentence findings on this block
            tip = "; ".join(f"{f.rule_id}: {f.message}" for f in wide)
            margin = f' data-margin="1" style="--m:{colour(wide[0].family)}" title="{_e(tip)}"'
        label = {"caption": "caption", "credit": "credit", "image-text": "image", "promo": "promo",
                 "dek": "dek"}.get(block.kind)
        tag_label = f'<span class="kind">{label}</span> ' if label else ""
        out.append(f'<{tag} class="b b-{_e(block.kind)}"{margin}>{tag_label}{highlight(block.text, placed, mark)}</{tag}>')
    if in_list:
        out.append("</ul>")
    article_level = ""
    if rest:
        article_level = ('<p class="whole">About the whole article: '
                         + " ".join(mark(f, ids[id(f)], f"\u2691 {f.rule_id}", False) for f in rest) + "</p>")
    return f'<div class="reader">{article_level}{"".join(out)}{table}</div>'
