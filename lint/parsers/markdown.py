"""Markdown articles: front matter, headings, paragraphs, block quotes, lists and images.

markdown-it-py supplies the block structure with source line maps; inline markup
is then stripped here line by line so that every character of block text keeps
its offset in the file (markdown-it's inline tokens carry no positions).
"""
from __future__ import annotations

import re

from ..document import Block, Document, Image, TextBuilder
from .speech import mark_speech
from . import frontmatter, meta
from .lines import find_directives, split_line
from .plain import _lines
from ..patterns import LazyPattern

_INLINE = LazyPattern(
    r"""(?P<image>!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)(?:\s+["'](?P<title>[^"']*)["'])?\s*\))
    |(?P<link>\[(?P<text>[^\]]*)\]\([^)]*\))
    |(?P<ref>\[(?P<rtext>[^\]]+)\]\[[^\]]*\])
    |(?P<auto><(?:https?://|mailto:)[^>]+>)
    |(?P<qopen><q(?:\s[^>]*)?>)|(?P<qclose></q>)
    |(?P<tag></?[A-Za-z][^>]*>|<!--.*?-->)
    |(?P<code>`+)
    |(?P<emph>(?<![\w\\])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w))
    |(?P<escape>\\[\\`*_{}\[\]()#+\-.!|>])
    |(?P<entity>&(?:\#\d+|\#x[0-9a-fA-F]+|\w+);)""",
    re.X,
)
_QUOTE_PREFIX = LazyPattern(r"[ \t]{0,3}>[ \t]?")
_LIST_MARKER = LazyPattern(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_HEADING = LazyPattern(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_CLOSE = LazyPattern(r"[ \t]+#+[ \t]*$")
_SETEXT = LazyPattern(r"[ \t]*(?:=+|-+)[ \t]*$")


def parse(source: str, path: str) -> Document:
    from markdown_it import MarkdownIt

    doc = Document(path=path, source=source, format="md")
    raw_meta, spans, body_start = frontmatter.parse(source, path)
    doc.meta, doc.meta_spans = meta.normalize(raw_meta, spans)
    doc.directives = find_directives(source)
    # Blank out front matter but keep every offset and line number.
    masked = re.sub(r"[^\r\n]", " ", source[:body_start]) + source[body_start:]
    tokens = MarkdownIt("commonmark").enable("table").parse(masked)
    lines = _lines(source)
    containers: list[str] = []
    pending_image: Image | None = None
    heading_level = 0
    for index, tok in enumerate(tokens):
        if tok.type in ("blockquote_open", "list_item_open"):
            containers.append(tok.type)
        elif tok.type in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif tok.type == "heading_open":
            heading_level = int(tok.tag[1])
        elif tok.type == "inline" and tok.map:
            parent = tokens[index - 1].type
            first, last = tok.map
            if parent == "heading_open":
                kind = "headline" if heading_level == 1 and doc.headline is None else "subheading"
            elif "blockquote_open" in containers:
                kind = "quote"
            elif "list_item_open" in containers:
                kind = "list-item"
            elif parent == "paragraph_open":
                kind = "paragraph"
            else:
                continue  # table cells and the like carry no article prose
            builder, images = _inline(source, lines, first, last, containers, kind)
            for image in images:
                doc.images.append(image)
                if image.alt is not None:
                    doc.blocks.append(image.alt)
                if image.credit is not None:
                    doc.blocks.append(image.credit)
            block = builder.block(kind, quoted=kind == "quote")
            if block is None:
                pending_image = images[-1] if images else None
                continue
            parts = split_line(block.text) if pending_image is not None and kind == "paragraph" else []
            if parts and any(k in ("credit", "caption", "subheading") for k, _, _ in parts):
                _attach_caption(doc, pending_image, block)
            else:
                doc.blocks.append(block)
            pending_image = images[-1] if images and not block.text.strip() else None
    if doc.headline is None:
        block = meta.string_block(doc, "/headline", "headline")
        if block is not None:
            doc.blocks.insert(0, block)
    mark_speech(doc.blocks)
    return doc


def _attach_caption(doc: Document, image: Image | None, block: Block) -> None:
    """The paragraph right after an image is its caption, with any credit split off."""
    for kind, i, j in split_line(block.text):
        part = _sub(block, "credit" if kind == "credit" else "caption", i, j)
        if part is None or image is None:
            continue
        doc.blocks.append(part)
        if part.kind == "credit" and image.credit is None:
            image.credit = part
        elif part.kind == "caption" and image.caption is None:
            image.caption = part


def _sub(block: Block, kind: str, i: int, j: int) -> Block | None:
    text = block.text[i:j]
    lead = len(text) - len(text.lstrip())
    if not text.strip():
        return None
    return Block(kind, text.strip(), block.spans, shift=block.shift + i + lead, pointer=block.pointer)


def _content_start(line: str, first: bool, containers: list[str], kind: str) -> int:
    pos = 0
    for container in containers:
        if container == "blockquote_open":
            m = _QUOTE_PREFIX.match(line, pos)
            if m:
                pos = m.end()
        elif container == "list_item_open" and first:
            m = _LIST_MARKER.match(line, pos)
            if m:
                pos = m.end()
    if kind in ("headline", "subheading"):
        m = _HEADING.match(line, pos)
        if m:
            pos = m.end()
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return pos


def _inline(source: str, lines: list[tuple[int, int]], first: int, last: int, containers: list[str], kind: str) -> tuple[TextBuilder, list[Image]]:
    builder = TextBuilder()
    images: list[Image] = []
    for n in range(first, min(last, len(lines))):
        a, b = lines[n]
        line = source[a:b]
        if kind in ("headline", "subheading"):
            if n > first and _SETEXT.match(line):
                continue
            m = _HEADING_CLOSE.search(line)
            if m:
                b = a + m.start()
        start = a + _content_start(line, n == first, containers, kind)
        if n > first and len(builder):
            builder.add("\n", lines[n - 1][1], lines[n - 1][1] + 1)
        _strip_inline(source, start, b, builder, images)
    return builder, images


def _strip_inline(source: str, a: int, b: int, builder: TextBuilder, images: list[Image]) -> None:
    pos = a
    for m in _INLINE.finditer(source, a, b):
        builder.add(source[pos : m.start()], pos, m.start())
        pos = m.end()
        if m["image"]:
            image = Image(m.start(), m.end(), src=m["src"])
            if m["alt"].strip():
                image.alt = Block.from_source("image-text", source, m.start("alt"), m.end("alt"))
            if m["title"]:
                kind = "credit" if split_line(m["title"])[0][0] == "credit" else "image-text"
                title = Block.from_source(kind, source, m.start("title"), m.end("title"))
                if kind == "credit":
                    image.credit = title
            images.append(image)
        elif m["link"]:
            builder.add(m["text"], m.start("text"), m.end("text"))
        elif m["ref"]:
            builder.add(m["rtext"], m.start("rtext"), m.end("rtext"))
        elif m["entity"]:
            import html

            builder.add(html.unescape(m["entity"]), m.start(), m.end())
        elif m["escape"]:
            builder.add(m["escape"][1], m.start() + 1, m.end())
    builder.add(source[pos:b], pos, b)
