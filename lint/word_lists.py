"""Word lists of rules/_data that code builds its patterns from (speakers.toml, interviews.toml, saying.toml).

Each file is parsed once per process, through the derived-data cache as holidays.toml and media-nouns.toml are (a
warm start imports no TOML parser), and only when a pattern built from it is first used: such a pattern is a
LazyPattern given the function that builds its source.  The entries are plain words; a space inside one stands for
the space its pattern allows there.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from . import cache
from .errors import RuleFileError
from .resources import data_text
from .tomlcompat import tomllib


def words(file: str, key: str) -> tuple[str, ...]:
    """The list KEY of rules/_data/FILE.toml (KeyError when the file has no such list)."""
    return _lists(file)[key]


def alternation(entries: Iterable[str], space: str = " ") -> str:
    """The entries as the alternatives of one regular expression, escaped and longest first, each space inside an
    entry written as `space` (r"\\s+" where any run of white space may part the words)."""
    return "|".join(space.join(re.escape(part) for part in entry.split(" "))
                    for entry in sorted(entries, key=len, reverse=True))


@lru_cache(maxsize=None)
def _lists(file: str) -> dict[str, tuple[str, ...]]:
    name = f"_data/{file}.toml"
    lists = cache.derived(f"word-lists-1-{file}", [name], lambda: _read(name), _valid)
    return {key: tuple(entries) for key, entries in lists.items()}


def _read(name: str) -> dict[str, list[str]]:
    """The lists of a bundled data file; a file that cannot be read or holds anything but lists of words is a
    RuleFileError, as the other bundled data loaders report theirs (release vocabulary, name data)."""
    try:
        data = tomllib.loads(data_text(name))
    except (OSError, ValueError) as error:
        raise RuleFileError(f"cannot load word lists: {error}", f"rules/{name}") from None
    if not _valid(data):
        raise RuleFileError("every key must hold a non-empty list of words", f"rules/{name}")
    return data


def _valid(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(entries, list) and entries and all(isinstance(e, str) and e.strip() == e and e for e in entries)
        for entries in value.values())


__all__ = ["alternation", "words"]
