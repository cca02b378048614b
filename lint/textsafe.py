"""Text that is safe to print: no control characters, no lone surrogates, valid UTF-8 always.

Paths come from the file system (a Latin-1 name arrives as surrogate escapes,
a name may hold a newline) and messages quote article text (which may hold
terminal escape codes).  A raw newline in a path would start a line of its own
in the text report, where GitHub Actions reads `::error` as a command; a raw
ESC would drive the terminal; a lone surrogate cannot be written as UTF-8.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and surrogates
_UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# the same, with tab and newline: inside one field of a one-line-per-finding report
_UNSAFE_FIELD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 in a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def printable(text: str) -> str:
    """One field (a path, a message) on one line, every control character and bad byte shown as an escape."""
    return _UNSAFE_FIELD.sub(_visible, text) if _UNSAFE_FIELD.search(text) else text


def _escape_u(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def clean_output(text: str) -> str:
    r"""A rendered report with every stray control character and lone surrogate as a \uXXXX escape.

    The escape is six ASCII characters: inside a JSON string it is the JSON
    escape of the same character, so a JSON report keeps its meaning; in a text,
    XML or HTML report it shows what was there.  Tabs and newlines stay: formats
    use them, and the formatters escape them inside fields.
    """
    return _UNSAFE_OUTPUT.sub(_escape_u, text) if _UNSAFE_OUTPUT.search(text) else text
