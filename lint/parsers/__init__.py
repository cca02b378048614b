"""Input parsers: each turns source text into a Document.  This module reads files safely."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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


def read(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read one article file, refusing what is missing, too large, binary or not UTF-8."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (max-file-size)", path)
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file or directory", path) from None
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", path) from None
    return decode(data, path)


def parse(text: str, path: str, fmt: str | None = None) -> Document:
    """Parse source text of the given (or path-implied) format into a Document."""
    fmt = fmt or format_of(path)
    if not text.strip():
        raise InputError("empty file", path)
    return _parser(fmt)(text, path)
