"""HTML articles: headline, paragraphs, figures and captions, schema.org JSON-LD metadata.

Built on the standard library's tokenizer rather than selectolax or lxml: those
build fast trees but drop source offsets, and artlint must place every finding
on the exact characters of the file, entities included.  Scripts, styles,
navigation, headers, footers, forms and asides are dropped.
"""
from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser
from typing import Any

from ..document import Block, Document, Image, LineIndex, TextBuilder
from .speech import mark_speech
from ..errors import InputError
from . import jsonpos, meta
from .lines import find_directives, split_line
from ..patterns import LazyPattern

_SKIP = {"head", "title", "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form", "button", "svg", "select", "iframe"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "figure", "div", "section",
          "article", "main", "td", "th", "dd", "dt", "pre", "table", "tr", "ul", "ol", "dl", "body", "br", "hr", "caption"}
_CREDIT_CLASS = LazyPattern(r"credit|copyright|byline-photo|photo-source|source", re.I)
_CAPTION_CLASS = LazyPattern(r"caption", re.I)
_SPACE = LazyPattern(r"\s+")


class _Parser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.index = LineIndex(source)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.decided: list[str | None] = []  # per stack entry: the kind its innermost deciding element gives
        self.open_tags: dict[str, int] = {}  # how many of each tag are open on the stack
        self.skip_depth = 0  # nesting of skip_tag while inside a dropped element
        self.skip_tag = ""
        self.builder = TextBuilder()
        self.kind = "paragraph"
        self.quote_start: int | None = None
        self.quote_ranges: list[tuple[int, int]] = []
        self.blocks: list[Block] = []
        self.images: list[Image] = []
        self.figure: Image | None = None
        self.jsonld: list[tuple[str, int]] = []
        self.og_block: Block | None = None  # og:title, the headline when there is no <h1>
        self.in_jsonld = False
        self.seen_h1 = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.index.line_start(line) + col

    # -- block handling -------------------------------------------------
    @staticmethod
    def _decides(tag: str, attrs: dict[str, str]) -> str | None:
        """The block kind an open element gives the text inside it, if it gives one ("h1" is settled later)."""
        cls = attrs.get("class", "") or ""
        if tag == "figcaption" or _CAPTION_CLASS.search(cls) or _CREDIT_CLASS.search(cls):
            return "credit" if _CREDIT_CLASS.search(cls) else "caption"
        if tag == "h1":
            return "h1"
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            return "subheading"
        if tag == "blockquote":
            return "quote"
        if tag == "li":
            return "list-item"
        if tag in ("p", "div", "td", "dd", "section", "article"):
            return "paragraph"
        return None

    def _push(self, tag: str, attrs: dict[str, str]) -> None:
        # Each entry keeps the kind of its innermost deciding element, so the current kind is read in
        # constant time: 100,000 unclosed <span> must not make every tag walk the whole stack.
        own = self._decides(tag, attrs)
        self.stack.append((tag, attrs))
        self.decided.append(own if own is not None else (self.decided[-1] if self.decided else None))
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1

    def _pop(self) -> str:
        tag, _ = self.stack.pop()
        self.decided.pop()
        self.open_tags[tag] -= 1
        return tag

    def _kind(self) -> str:
        decided = self.decided[-1] if self.decided else None
        if decided == "h1":
            return "headline" if not self.seen_h1 else "subheading"
        return decided or "paragraph"

    def flush(self) -> None:
        if self.quote_start is not None:
            self.quote_ranges.append((self.quote_start, len(self.builder)))
            self.quote_start = None
        text = self.builder.text()
        lead = len(text) - len(text.lstrip())
        ranges = tuple((max(a - lead, 0), max(b - lead, 0)) for a, b in self.quote_ranges)
        block = self.builder.block(self.kind, quoted=self.kind == "quote", quote_ranges=ranges)
        self.builder = TextBuilder()
        self.quote_ranges = []
        if block is None:
            return
        if block.kind == "headline":
            self.seen_h1 = True
        if block.kind == "caption":
            parts = split_line(block.text)
            for kind, i, j in parts:
                piece = block.text[i:j]
                lead2 = len(piece) - len(piece.lstrip())
                if piece.strip():
                    self._add(Block("credit" if kind == "credit" else "caption", piece.strip(), block.spans,
                                    shift=block.shift + i + lead2))
            return
        self._add(block)

    def _add(self, block: Block) -> None:
        self.blocks.append(block)
        if block.kind in ("caption", "credit"):
            image = self.figure or (self.images[-1] if self.images else None)
            if image is not None and getattr(image, block.kind) is None:
                setattr(image, block.kind, block)
            else:  # no image yet, or this one already has a caption/credit of that kind
                new = Image(block.start, block.end)
                setattr(new, block.kind, block)
                self.images.append(new)

    # -- tokenizer callbacks -------------------------------------------
    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k: v or "" for k, v in attrs_list}
        if tag == "script" and "ld+json" in attrs.get("type", ""):
            self.in_jsonld = True
        if tag == "meta" and attrs.get("property", attrs.get("name", "")) == "og:title":
            self._og_title(attrs.get("content", ""))
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        if tag in _SKIP:
            self.flush()
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in _BLOCK:
            self.flush()
        if tag == "q":
            self.quote_start = len(self.builder)
        if tag == "figure":
            self.figure = Image(self._pos(), self._pos())
            self.images.append(self.figure)
        if tag == "img":
            self._img(attrs)
        if tag not in _VOID:
            self._push(tag, attrs)
            self.kind = self._kind()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and not self.skip_depth:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_jsonld = False
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag == "q" and self.quote_start is not None:
            self.quote_ranges.append((self.quote_start, len(self.builder)))
            self.quote_start = None
        if tag in _BLOCK:
            self.flush()
        if self.open_tags.get(tag):
            while self.stack and self._pop() != tag:
                pass
        if tag == "figure":
            self.figure = None
        self.kind = self._kind()

    def handle_data(self, data: str) -> None:
        start = self._pos()
        if self.in_jsonld:
            self.jsonld.append((data, start))
            return
        if self.skip_depth:
            return
        kind = self._kind()
        if kind != self.kind:
            self.flush()
            self.kind = kind
        pos = 0
        for m in _SPACE.finditer(data):
            self.builder.add(data[pos : m.start()], start + pos, start + m.start())
            self.builder.add(" ", start + m.start(), start + m.end())
            pos = m.end()
        self.builder.add(data[pos:], start + pos, start + len(data))

    def _ref(self, raw: str) -> None:
        if self.skip_depth or self.in_jsonld:
            return
        start = self._pos()
        end = start + len(raw)
        if end < len(self.source) and self.source[end] == ";":
            end += 1
        self.builder.add(htmllib.unescape(self.source[start:end]), start, end)

    def handle_entityref(self, name: str) -> None:
        self._ref("&" + name)

    def handle_charref(self, name: str) -> None:
        self._ref("&#" + name)

    def _attr_block(self, kind: str, name: str, value: str) -> Block | None:
        """A block for an attribute value, located inside the current start tag."""
        tag_text = self.get_starttag_text() or ""
        m = re.search(rf"""\b{name}\s*=\s*(["']?)""", tag_text, re.I)
        if not m or not value.strip():
            return None
        start = self._pos() + m.end()
        raw_end = tag_text.find(m.group(1) or " ", m.end()) if m.group(1) else len(tag_text) - 1
        raw = tag_text[m.end() : raw_end]
        b = TextBuilder()
        b.add(value, start, start + len(raw))
        return b.block(kind)

    def _img(self, attrs: dict[str, str]) -> None:
        image = self.figure
        if image is None:
            image = Image(self._pos(), self._pos() + len(self.get_starttag_text() or ""))
            self.images.append(image)
        image.src = attrs.get("src")
        image.end = self._pos() + len(self.get_starttag_text() or "")
        alt = self._attr_block("image-text", "alt", attrs.get("alt", ""))
        if alt is not None:
            image.alt = alt
            self.blocks.append(alt)
        title = attrs.get("title", "")
        if title and split_line(title)[0][0] == "credit":
            credit = self._attr_block("credit", "title", title)
            if credit is not None:
                image.credit = credit
                self.blocks.append(credit)

    def _og_title(self, value: str) -> None:
        self.og_block = self._attr_block("headline", "content", value)


def parse(source: str, path: str) -> Document:
    doc = Document(path=path, source=source, format="html")
    doc.directives = find_directives(source)
    parser = _Parser(source)
    try:
        parser.feed(source)
        parser.close()
    except Exception as error:  # the stdlib tokenizer rarely fails, but never let it escape
        raise InputError(f"malformed HTML: {error}", path) from None
    parser.flush()
    doc.blocks = parser.blocks
    doc.images = [i for i in parser.images if i.src or i.alt or i.caption or i.credit]
    for text, base in parser.jsonld:
        _jsonld(doc, text, base)
    if doc.headline is None:
        block = parser.og_block or meta.string_block(doc, "/headline", "headline")
        if block is not None:
            block.kind = "headline"
            doc.blocks.insert(0, block)
    if not doc.blocks and "<" not in source:
        raise InputError("no HTML markup found", path)
    mark_speech(doc.blocks)
    return doc


def _find_article(value: Any) -> tuple[dict[str, Any], str] | None:
    """The NewsArticle-like object in a JSON-LD value, with its JSON pointer."""
    kinds = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "ReviewNewsArticle"}
    if isinstance(value, dict):
        types = value.get("@type")
        types = types if isinstance(types, list) else [types]
        if kinds & set(t for t in types if isinstance(t, str)):
            return value, ""
        for key in ("@graph", "mainEntity"):
            found = _find_article(value.get(key))
            if found:
                return found[0], f"/{key}{found[1]}"
    if isinstance(value, list):
        for i, item in enumerate(value):
            found = _find_article(item)
            if found:
                return found[0], f"/{i}{found[1]}"
    return None


def _jsonld(doc: Document, text: str, base: int) -> None:
    try:
        value, located = jsonpos.scan(text, base)
    except (ValueError, IndexError, KeyError, InputError):
        return  # broken or too deeply nested JSON-LD is the page's problem, not the article's
    found = _find_article(value)
    if not found:
        return
    article, prefix = found
    fields = {"headline": "headline", "datePublished": "published", "author": "author",
              "description": "dek", "image": "images", "keywords": "tags"}
    for key, target in fields.items():
        if key not in article or target in doc.meta:
            continue
        val = article[key]
        if target == "author":
            val = _names(val)
        elif target == "images":
            val = [_image(i) for i in (val if isinstance(val, list) else [val])]
            for n, img in enumerate(val):
                _add_jsonld_image(doc, img, located, f"{prefix}/{key}" + (f"/{n}" if isinstance(article[key], list) else ""))
        doc.meta[target] = val
        span = located.spans.get(f"{prefix}/{key}")
        if span:
            doc.meta_spans[f"/{target}"] = span


def _names(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("name", "")
    if isinstance(value, list):
        return ", ".join(str(_names(v)) for v in value)
    return value


def _image(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        return {"url": value}
    if not isinstance(value, dict):
        return {}
    credit = value.get("creditText") or _names(value.get("copyrightHolder")) or _names(value.get("creator")) or _names(value.get("author"))
    out = {"url": value.get("url") or value.get("contentUrl"), "caption": value.get("caption"), "credit": credit}
    return {k: v for k, v in out.items() if v and isinstance(v, str)}  # JSON-LD may hold anything


def _add_jsonld_image(doc: Document, img: dict[str, Any], located: jsonpos.Located, pointer: str) -> None:
    for key in ("creditText", "copyrightHolder", "creator", "author"):
        for p in (f"{pointer}/{key}", f"{pointer}/{key}/name"):
            if p in located.strings:
                text, spans = located.strings[p]
                if text.strip():
                    block = Block("credit", text.strip(), spans, shift=len(text) - len(text.lstrip()), pointer=p)
                    doc.blocks.append(block)
                    s, e = located.spans[pointer]
                    doc.images.append(Image(s, e, src=img.get("url"), credit=block, pointer=pointer))
                    return
    if pointer in located.spans and img.get("url"):
        s, e = located.spans[pointer]
        doc.images.append(Image(s, e, src=img.get("url"), pointer=pointer))
