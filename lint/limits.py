"""Bounds on the work one input may cause: nesting depth, alias expansion, digits.

Python's json, tomllib and PyYAML's composer recurse once (or more) per level
of nesting, so a file of 100,000 "[" ends in a RecursionError deep inside a
library.  These scans run first, in linear time without recursion, and refuse
such input with a message that says what the limit is.
"""
from __future__ import annotations

import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import InputError

# Articles nest a few levels (JSON-LD @graph, people, images); 64 leaves room for any real export
# while jsonschema, which recurses several frames per level, stays far from the interpreter's limit.
MAX_DEPTH = 64
# Expanded values of YAML front matter: real front matter has tens; an alias bomb has billions.
MAX_YAML_VALUES = 100_000
MAX_DIGITS = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300

_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
TOML_TOKENS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]')
_OPEN = frozenset("[{")
_CLOSE = frozenset("]}")


def too_deep(text: str, tokens: re.Pattern[str] = _JSON_TOKENS, limit: int = MAX_DEPTH) -> int | None:
    """The offset where brackets outside strings first nest deeper than limit, else None."""
    if text.count("[") + text.count("{") <= limit:
        return None  # cannot nest deeper than it has brackets: most files stop here
    depth = 0
    for m in tokens.finditer(text):
        ch = m.group()
        if ch in _OPEN:
            depth += 1
            if depth > limit:
                return m.start()
        elif ch in _CLOSE:
            depth -= 1
    return None


def check_json_depth(text: str, what: str, path: str | None = None) -> None:
    """Refuse JSON nested deeper than MAX_DEPTH, naming the line."""
    at = too_deep(text)
    if at is not None:
        line = text.count("\n", 0, at) + 1
        raise InputError(f"{what} is nested more than {MAX_DEPTH} levels deep (line {line}); "
                         "artlint does not read deeper structures", path)


def check_toml_depth(text: str, what: str, path: str | None = None) -> None:
    """Refuse TOML whose arrays and inline tables nest deeper than MAX_DEPTH."""
    at = too_deep(text, TOML_TOKENS)
    if at is not None:
        line = text.count("\n", 0, at) + 1
        raise InputError(f"{what} is nested more than {MAX_DEPTH} levels deep (line {line}); "
                         "artlint does not read deeper structures", path)


def number_problem(error: ValueError) -> str | None:
    """The message for Python's refusal of a too-long integer, else None."""
    if "integer string conversion" in str(error) or "Exceeds the limit" in str(error):
        return f"a number has more than {MAX_DIGITS:,} digits"
    return None


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise TimeoutError inside the block once `seconds` have passed.

    The `regex` module's own timeout is checked only now and then (a budget of
    0.25 s ran for seconds), and the standard `re` has none; both engines do
    check for signals, so an interval timer stops a runaway pattern on time.
    Signals reach only the main thread: elsewhere (a library caller's thread)
    the block runs unbounded and the `regex` timeout is the only guard.
    """
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what} took over {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


PATTERN_BLOCK_CHARS = 100_000


def pattern_budget(seconds: float, length: int) -> float:
    """A pattern's time for one block: the configured seconds per 100,000 characters, at least the seconds.

    A linear pattern over a 5 MB one-paragraph file needs more than a quarter
    second; a runaway one on a short sentence is stopped as configured.
    """
    return seconds * max(1.0, length / PATTERN_BLOCK_CHARS)
