"""JSON articles (a CMS export): the object described by schemas/article.schema.json."""
from __future__ import annotations

import json
from typing import Any

from ..document import Block, Document, Image
from .speech import mark_speech
from ..errors import InputError
from ..limits import number_problem
from . import jsonpos, meta
from .plain import append_blocks

_TEXT_FIELDS = (("headline", "headline"), ("dek", "dek"))


def parse(source: str, path: str) -> Document:
    try:
        value, located = jsonpos.scan(source)
    except json.JSONDecodeError as error:
        raise InputError(f"malformed JSON (line {error.lineno}, column {error.colno}): {error.msg}", path) from None
    except InputError as error:
        raise InputError(error.message, path) from None
    except ValueError as error:  # json.loads refusing a 5,000-digit integer
        raise InputError(f"malformed JSON: {number_problem(error) or error}", path) from None
    if not isinstance(value, dict):
        raise InputError("a JSON article must be an object with at least a headline or body", path)
    _check_shape(value, path)
    doc = Document(path=path, source=source, format="json")
    doc.meta, doc.meta_spans = meta.normalize(
        {k: v for k, v in value.items() if k != "body"}, located.spans
    )
    strings = {_renamed(p): v for p, v in located.strings.items()}
    for field, kind in _TEXT_FIELDS:
        block = meta.string_block(doc, f"/{field}", kind, strings)
        if block is not None:
            doc.blocks.append(block)
    body = value.get("body")
    pieces = [("/body", body)] if isinstance(body, str) else [(f"/body/{i}", p) for i, p in enumerate(body or [])]
    for pointer, text in pieces:
        if not isinstance(text, str) or pointer not in located.strings:
            continue
        decoded, spans = located.strings[pointer]
        # Paragraphs and credit lines inside a body string are found as in plain text.
        part = Document(path=path, source=decoded, format="txt")
        append_blocks(part, decoded, 0, len(decoded), headline=False)
        for b in part.blocks:
            doc.blocks.append(Block(b.kind, b.text, spans, shift=b.start, pointer=pointer))
    for n, image in enumerate(value.get("images") or []):
        if not isinstance(image, dict):
            continue
        pointer = f"/images/{n}"
        s, e = located.spans.get(pointer, (0, 0))
        url = image.get("url")
        img = Image(s, e, src=url if isinstance(url, str) else None, pointer=pointer)
        img.caption = meta.string_block(doc, f"{pointer}/caption", "caption", strings)
        img.credit = meta.string_block(doc, f"{pointer}/credit", "credit", strings)
        doc.blocks.extend(b for b in (img.caption, img.credit) if b is not None)
        doc.images.append(img)
    mark_speech(doc.blocks)
    return doc


def _renamed(pointer: str) -> str:
    head = pointer.split("/")[1] if pointer.count("/") else ""
    target = meta.ALIASES.get(head.lower(), head)
    return f"/{target}{pointer[len(head) + 1:]}" if head else pointer


def _check_shape(value: dict[str, Any], path: str) -> None:
    """Reject what cannot become an article; finer problems are schema findings later."""
    body = value.get("body")
    if body is not None and not isinstance(body, (str, list)):
        raise InputError("/body: expected a string or a list of paragraphs", path)
    images = value.get("images")
    if images is not None and not isinstance(images, list):
        raise InputError("/images: expected a list of image objects", path)
    for key in ("headline", "title", "dek"):
        if key in value and not isinstance(value[key], (str, type(None))):
            raise InputError(f"/{key}: expected a string", path)
    if not any(value.get(k) for k in ("headline", "title", "body")):
        raise InputError("a JSON article needs a headline or a body", path)
