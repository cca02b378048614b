"""Plain-text articles: headline on the first non-empty line, paragraphs split by blank lines.

Short standalone lines become sub-headings, captions or credits by their shape
(see lines.py); a short line directly above a credit is that image's caption.
Suppression comments work here too, one per line: <!-- artlint-disable RULE -->.
"""
from __future__ import annotations

from ..document import Block, Document, Image
from .comments import mark_comment_lists
from .speech import mark_speech
from .lines import DIRECTIVE_PATTERN, find_directives, split_line
from ..patterns import LazyPattern

_LINE = LazyPattern(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _lines(source: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, line breaks excluded."""
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(source):
        if m.start() == m.end() == len(source) and spans:
            break
        content = m.group().rstrip("\r\n")
        spans.append((m.start(), m.start() + len(content)))
    return spans


def parse(source: str, path: str, snippet: bool = False) -> Document:
    """Build a Document; snippet=True treats every line as body (for rule examples)."""
    doc = Document(path=path, source=source, format="txt")
    doc.directives = find_directives(source)
    append_blocks(doc, source, 0, len(source), headline=not snippet)
    mark_speech(doc.blocks)  # here, not in append_blocks: json_article copies the blocks and marks them itself
    return doc


def append_blocks(doc: Document, source: str, start: int, end: int, headline: bool) -> None:
    """Parse source[start:end] as plain-text paragraphs into doc.blocks and doc.images."""
    paragraphs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in _lines(source[start:end]):
        a, b = a + start, b + start
        text = source[a:b]
        if not text.strip() or DIRECTIVE_PATTERN.fullmatch(text.strip()):
            if current:
                paragraphs.append(current)
            current = []
        else:
            current.append((a, b))
    if current:
        paragraphs.append(current)

    for index, para in enumerate(paragraphs):
        if headline and index == 0 and not _reads_as_prose(source[para[0][0]:para[0][1]]):
            a, b = para[0]
            doc.blocks.append(_trimmed("headline", source, a, b))
            para = para[1:]
            if not para:
                continue
        _add_paragraph(doc, source, para)
    _link_images(doc)
    mark_comment_lists(doc.blocks)


# A first line of twelve words or more that ends like a sentence, or of more than forty words,
# is the article's opening paragraph pasted without its headline (web-page copies often lose the
# title); read as a headline it would be judged as one. Headlines end without a full stop, and
# the longest has 32 words (celebrity-news/fake 033), in every corpus here.
_SENTENCE_END = LazyPattern(r"(?:(?<![\s.][A-Z])\.|\.\.\.|…)[\"'”’)]?\s*$")
_LONGEST_HEADLINE = 40


def _reads_as_prose(line: str) -> bool:
    words = len(line.split())
    return words > _LONGEST_HEADLINE or words >= 12 and _SENTENCE_END.search(line) is not None


def _trimmed(kind: str, source: str, a: int, b: int) -> Block:
    text = source[a:b]
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return Block.from_source(kind, source, a + lead, b - trail)


def _add_paragraph(doc: Document, source: str, para: list[tuple[int, int]]) -> None:
    standalone = len(para) == 1
    prose_start: int | None = None
    prose_end = 0
    for a, b in para:
        parts = split_line(source[a:b], standalone=standalone)
        if not standalone and all(k in ("subheading", "caption") for k, _, _ in parts):
            parts = [("paragraph", 0, b - a)]
        for kind, i, j in parts:
            if kind == "paragraph":
                if prose_start is None:
                    prose_start = a + i
                prose_end = a + j
                continue
            if prose_start is not None:
                doc.blocks.append(_trimmed("paragraph", source, prose_start, prose_end))
                prose_start = None
            doc.blocks.append(_trimmed(kind, source, a + i, a + j))
    if prose_start is not None:
        doc.blocks.append(_trimmed("paragraph", source, prose_start, prose_end))


def _link_images(doc: Document) -> None:
    """Each credit is an image; the caption or short line just above it is its caption."""
    doc.images = []
    previous: Block | None = None
    for block in doc.blocks:
        if block.kind == "credit":
            caption = previous if previous is not None and previous.kind in ("caption", "subheading") else None
            if caption is not None and caption.kind == "subheading":
                caption.kind = "caption"
            doc.images.append(Image(block.start, block.end, caption=caption, credit=block))
        elif block.kind == "caption" and not _followed_by_credit(doc, block):
            doc.images.append(Image(block.start, block.end, caption=block))
        previous = block


def _followed_by_credit(doc: Document, block: Block) -> bool:
    i = doc.blocks.index(block)
    return i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind == "credit"
