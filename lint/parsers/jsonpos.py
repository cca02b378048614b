"""A JSON scanner that records where every value sits in the source.

The standard json module gives values but no positions; findings about a field
and text inside JSON strings need exact offsets, so after json.loads has
accepted the document this scanner walks it again, keeping spans and a SpanMap
for every string that undoes its escapes.
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..document import SpanMap
from ..limits import check_json_depth
from ..patterns import LazyPattern

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_WS = " \t\r\n"
# A \uD800-\uDFFF escape not in a high-low pair decodes to a lone surrogate, which no UTF-8 report can hold.
_SURROGATE = LazyPattern(r"\\u[dD][89a-fA-F]")
_ESCAPE = LazyPattern(r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})(\\u[dD][c-fC-F][0-9a-fA-F]{2})?|u[dD][c-fC-F][0-9a-fA-F]{2}|.)", re.S)


class Located:
    """Spans found by the scanner: pointer -> (start, end) and pointer -> string SpanMap."""

    def __init__(self) -> None:
        self.spans: dict[str, tuple[int, int]] = {}
        self.strings: dict[str, tuple[str, SpanMap]] = {}


def replace_lone_surrogates(text: str) -> str:
    """Unpaired surrogate escapes become \\ufffd, of the same length, so every offset still holds."""
    if not _SURROGATE.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        whole = m.group()
        if whole[1] != "u" or (m.group(1) and m.group(2)):
            return whole
        return "\\ufffd"  # a high surrogate alone (what follows it is read on its own) or a low one

    return _ESCAPE.sub(fix, text)


def _escape_pointer(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def scan(text: str, base: int = 0) -> tuple[Any, Located]:
    """Parse JSON text with the span of every value; offsets are shifted by base (for embedded JSON).

    Raises InputError for nesting past limits.MAX_DEPTH (before any recursion), and
    ValueError (json.JSONDecodeError among them) for what json.loads refuses.
    """
    check_json_depth(text, "the JSON")
    text = replace_lone_surrogates(text)
    value = json.loads(text)
    found = Located()
    _Scanner(text, base, found).value(0, "")
    return value, found


class _Scanner:
    def __init__(self, text: str, base: int, found: Located) -> None:
        self.t, self.base, self.found = text, base, found

    def ws(self, i: int) -> int:
        while i < len(self.t) and self.t[i] in _WS:
            i += 1
        return i

    def value(self, i: int, pointer: str) -> int:
        i = self.ws(i)
        ch = self.t[i]
        if ch == "{":
            end = self.obj(i, pointer)
        elif ch == "[":
            end = self.arr(i, pointer)
        elif ch == '"':
            end = self.string(i, pointer)
        else:
            end = i
            while end < len(self.t) and self.t[end] not in ",]}" + _WS:
                end += 1
        self.found.spans[pointer] = (self.base + i, self.base + end)
        return end

    def obj(self, i: int, pointer: str) -> int:
        i = self.ws(i + 1)
        if self.t[i] == "}":
            return i + 1
        while True:
            key_end = self.string(i, None)
            key = json.loads(self.t[i:key_end])
            i = self.ws(key_end)
            i = self.value(i + 1, f"{pointer}/{_escape_pointer(key)}")
            i = self.ws(i)
            if self.t[i] == "}":
                return i + 1
            i = self.ws(i + 1)

    def arr(self, i: int, pointer: str) -> int:
        i = self.ws(i + 1)
        if self.t[i] == "]":
            return i + 1
        n = 0
        while True:
            i = self.value(i, f"{pointer}/{n}")
            n += 1
            i = self.ws(i)
            if self.t[i] == "]":
                return i + 1
            i = self.ws(i + 1)

    def string(self, i: int, pointer: str | None) -> int:
        """Scan a string starting at its opening quote; record its decoded text and map."""
        t = self.t
        j = i + 1
        parts: list[str] = []
        segs: list[tuple[int, int, int, int]] = []
        out = 0
        run = j
        while t[j] != '"':
            if t[j] == "\\":
                if j > run:
                    segs.append((out, j - run, self.base + run, j - run))
                    parts.append(t[run:j])
                    out += j - run
                if t[j + 1] == "u":
                    code = int(t[j + 2 : j + 6], 16)
                    width = 6
                    if 0xD800 <= code < 0xDC00 and t[j + 6 : j + 8] == "\\u":
                        low = int(t[j + 8 : j + 12], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        width = 12
                    ch = chr(code)
                else:
                    ch, width = _ESCAPES[t[j + 1]], 2
                segs.append((out, 1, self.base + j, width))
                parts.append(ch)
                out += 1
                j += width
                run = j
            else:
                j += 1
        if j > run:
            segs.append((out, j - run, self.base + run, j - run))
            parts.append(t[run:j])
        if pointer is not None:
            self.found.strings[pointer] = ("".join(parts), SpanMap(segs))
        return j + 1
