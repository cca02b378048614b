"""Metadata shared by every format: key aliases, and blocks made from metadata strings."""
from __future__ import annotations

from typing import Any

from ..document import Block, Document, SpanMap

# Common CMS and static-site names for the article model's fields.
ALIASES = {
    "title": "headline", "date": "published", "published_at": "published", "pubdate": "published",
    "datepublished": "published", "description": "dek", "summary": "dek", "subtitle": "dek",
    "standfirst": "dek", "type": "kind", "authors": "author", "byline": "author",
}


def normalize(meta: dict[str, Any], spans: dict[str, tuple[int, int]]) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    """Rename aliased top-level keys (title -> headline ...) and their pointers."""
    out: dict[str, Any] = {}
    renamed: dict[str, str] = {}
    for key, value in meta.items():
        target = ALIASES.get(key.lower().replace("-", "_"), key)
        if target in out and target != key:
            continue  # an explicit field wins over its alias
        out[target] = value
        if target != key:
            renamed[f"/{key}"] = f"/{target}"
    new_spans: dict[str, tuple[int, int]] = {}
    for pointer, span in spans.items():
        if not pointer:
            continue
        head = "/" + pointer.split("/")[1]
        new_spans[renamed.get(head, head) + pointer[len(head):]] = span
    return out, new_spans


def string_block(doc: Document, pointer: str, kind: str, strings: dict[str, tuple[str, SpanMap]] | None = None) -> Block | None:
    """A block for a metadata string, mapped to its place in the source when known."""
    value: Any = doc.meta
    for part in pointer.strip("/").split("/"):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    if strings and pointer in strings:
        text, spans = strings[pointer]
    else:
        s, e = doc.meta_spans.get(pointer, (0, 0))
        raw = doc.source[s:e]
        if len(raw) >= 2 and raw[0] in "'\"" and raw[-1] == raw[0]:
            s, e, raw = s + 1, e - 1, raw[1:-1]
        text = value
        spans = SpanMap.linear(s, len(value)) if raw == value else SpanMap([(0, len(value), s, e - s)])
    lead = len(text) - len(text.lstrip())
    return Block(kind, text.strip(), spans, shift=lead, pointer=pointer)
