"""A regular expression compiled on first use, for the patterns modules define when they are imported.

A cold `artlint check ONE.txt` imports every kind and analysis the rules name, and each
module holds tens of patterns; compiled at import they were a fifth of a cold start, and
most are never run on a given article (179 of 308 on one BBC page).  A LazyPattern costs
nothing until a method is called; then it compiles the pattern once, and from there on its
methods are the compiled pattern's own, with no wrapper in between.

Patterns a file supplies (house rules, a house vocabulary) are compiled when the file
loads instead, so that a broken one is reported as that file's error.  A pattern built from a
bundled word list (lint/word_lists.py) is given as a function that builds its source: the list
is read at the first compile, not at import.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# The methods callers use; after the first call each is the compiled pattern's bound method.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """re.compile(pattern, flags), deferred until a method is first called; `pattern` may be a function that
    builds the source, called then.

    The first call compiles the pattern and stores the compiled pattern's bound methods in
    the instance, where they shadow the class's methods below (a function on the class yields
    to an instance attribute of its name): later calls go straight to re.
    """

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags

    @property
    def pattern(self) -> str:
        """The pattern's source (built now, if a function builds it)."""
        if callable(self._source):
            self._source = self._source()
        return self._source

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self.__dict__["_compiled"] = compiled
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return compiled

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"
