"""Input parsers: each turns source text into a Document.  This module reads files safely."""
from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..document import Document
from ..errors import InputError

FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".json": "json",
}
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def _parser(fmt: str) -> Callable[[str, str], Document]:
    # Imported on demand: a run over .txt files never pays for markdown-it or yaml.
    if fmt not in ("txt", "md", "html", "json"):
        raise InputError(f"unknown format {fmt!r} (expected txt, md, html or json)")
    import importlib

    module = importlib.import_module(f"{__name__}.{ {'txt': 'plain', 'md': 'markdown', 'html': 'html', 'json': 'json_article'}[fmt] }")
    parse_fn: Callable[[str, str], Document] = module.parse
    return parse_fn


def format_of(path: str) -> str:
    return FORMATS.get(Path(path).suffix.lower(), "txt")


def decode(data: bytes, path: str) -> str:
    """UTF-8 text exactly as stored, BOM stripped and newlines untouched."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (bad byte 0x{data[error.start]:02x} at byte {error.start})", path) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError("binary file (contains NUL bytes)", path)
    return text


_SPECIAL = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"))


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for reading; refuse pipes, sockets and devices without blocking on them.

    The file is opened non-blocking (a FIFO with no writer would wait forever) and
    checked again once open, so a file swapped for a pipe in between is refused too.
    """
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise InputError("is a directory", path)
        if not stat.S_ISREG(mode):
            what = next((name for test, name in _SPECIAL if test(mode)), "a special file")
            raise InputError(f"not a regular file ({what}); skipped", path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError("no such file or directory", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", path) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError("not a regular file; skipped", path)
    return os.fdopen(fd, "rb")


def read(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read one article file, refusing what is missing, special, too large, binary or not UTF-8.

    The size limit holds for what is read, not what the file system reports: a
    file that grows while it is read is cut off at the limit and refused.
    """
    with open_regular(path) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror}", path) from None
        size = max(len(data), os.fstat(handle.fileno()).st_size)
    if len(data) > max_bytes:
        raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (max-file-size)", path)
    return decode(data, path)


def parse(text: str, path: str, fmt: str | None = None) -> Document:
    """Parse source text of the given (or path-implied) format into a Document."""
    fmt = fmt or format_of(path)
    if not text.strip():
        raise InputError("empty file", path)
    doc = _parser(fmt)(text, path)
    if doc.meta:
        from .typed import clean

        doc.meta, doc.meta_problems = clean(doc.meta)
    return doc
