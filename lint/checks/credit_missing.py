"""Images (HTML img/figure, Markdown image, JSON image, captioned text image) with no credit."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "ignore_src": {"type": "array", "items": {"type": "string"},
                       "description": "Regexes for image addresses that need no credit (logos, icons, tracking pixels)."},
        "text_captions": {"type": "boolean",
                          "description": "Also flag plain-text caption lines with no credit after them (a guess: off by default)."},
    },
}


@dataclass(frozen=True)
class Options:
    """credit-missing params."""

    ignore_src: tuple[str, ...] = ()
    text_captions: bool = False


@dataclass(frozen=True)
class Prepared:
    """credit-missing options compiled: the image sources to ignore, and whether text captions count."""

    ignore: re.Pattern[str] | None
    text_captions: bool


def prepare(options: Options) -> Prepared:
    patterns = options.ignore_src
    ignore = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None
    return Prepared(ignore, options.text_captions)


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """One finding per uncredited image, on its caption, alt text or markup."""
    prep = rule.prepared_as(Prepared)
    for image in doc.images:
        if image.credit is not None or (prep.ignore and image.src and prep.ignore.search(image.src)):
            continue
        if doc.format == "txt" and image.src is None and not prep.text_captions:
            continue  # in plain text an uncredited "caption" may be a sub-heading or a label
        label = image.caption or image.alt
        if label is not None:
            loc = doc.block_location(label, 0, len(label.text))
            what = label.text
        else:
            loc = doc.location(image.start, image.end, image.pointer)
            what = image.src or "image"
        yield rule.finding(loc, doc.source[loc.start:loc.end], "add the rights holder: 'Photo: Agency/Photographer'",
                           image=what)
