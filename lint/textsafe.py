"""Text that is safe to print: no control characters, no lone surrogates, valid UTF-8 always.

Paths come from the file system (a Latin-1 name arrives as surrogate escapes,
a name may hold a newline) and messages quote article text (which may hold
terminal escape codes).  A raw newline in a path would start a line of its own
in the text report, where GitHub Actions reads `::error` as a command; a raw
ESC would drive the terminal; a lone surrogate cannot be written as UTF-8.
"""
from __future__ import annotations

import re
from .patterns import LazyPattern

# C0 controls but tab and newline, DEL, C1 controls, and surrogates
_UNSAFE_OUTPUT = LazyPattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# the same, with tab and newline: inside one field of a one-line-per-finding report
_UNSAFE_FIELD = LazyPattern("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 in a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def one_line(message: str) -> str:
    """A message on one line: a newline inside it (a library's error text) would start a fake report line.

    For a FileResult's error, which every format carries; printable() escapes
    what is left when a formatter or the CLI prints it.
    """
    return " ".join(message.split()) if "\n" in message or "\r" in message else message


def printable(text: str) -> str:
    """One field (a path, a message) on one line, every control character and bad byte shown as an escape."""
    return _UNSAFE_FIELD.sub(_visible, text) if _UNSAFE_FIELD.search(text) else text


def _escape_u(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


_SGR = LazyPattern("\x1b\\[[0-9;]*m")  # a colour or weight code, as the text report writes them


def clean_output(text: str, keep_colour: bool = False) -> str:
    r"""A rendered report with every stray control character and lone surrogate as a \uXXXX escape.

    The escape is six ASCII characters: inside a JSON string it is the JSON
    escape of the same character, so a JSON report keeps its meaning; in a text,
    XML or HTML report it shows what was there.  Tabs and newlines stay: formats
    use them, and the formatters escape them inside fields.  keep_colour
    keeps whole colour codes (ESC [ digits m) that a colour report wrote
    itself; it has already passed every field through printable(), so no
    escape from an article survives to look like one.
    """
    if not _UNSAFE_OUTPUT.search(text):
        return text
    if keep_colour:
        pieces = _SGR.split(text)
        codes = _SGR.findall(text)
        return "".join(_UNSAFE_OUTPUT.sub(_escape_u, piece) + (codes[i] if i < len(codes) else "")
                       for i, piece in enumerate(pieces))
    return _UNSAFE_OUTPUT.sub(_escape_u, text)
