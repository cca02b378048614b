"""The LanguageTool connection for the grammar family: language-tool-python talking to a LanguageTool server.

Where the server comes from, in order: `--languagetool`, `languagetool` in
config, the ARTLINT_LANGUAGETOOL environment variable.  A URL names a running
server; "local" is the server `scripts/languagetool start` runs
(http://127.0.0.1:8081); "off" or nothing skips the family.  artlint never
downloads or starts LanguageTool itself: language-tool-python is only ever
given `remote_server`, the one way it neither fetches nor starts a server.

language-tool-python is used through its public API (`LanguageTool`, `.check`,
the `Match` fields), and what it does not offer is added around it:
- a deadline per check: `.check` runs in a daemon thread that is waited for at
  most `timeout` seconds, so a server that accepts a request and never answers
  costs one timeout, not the run (the library itself waits up to 300 s, twice);
- checked matches: the library turns LanguageTool's UTF-16 start offset into
  Python characters but leaves the length in UTF-16 units, so the end is mapped
  here, and a match is dropped when its span is negative, runs past the text,
  splits a surrogate pair, or disagrees with the context LanguageTool sent
  (the only place a start inside a surrogate pair still shows);
- no cap on the size of a /v2/check answer: the library reads the whole body
  before artlint sees it, and the public API has no way to bound it.  The
  deadline bounds the time; the probe of /v2/languages, artlint's own request,
  is read under a size cap.
After the first failure (no answer in time, an error status, garbage) the
client stays down for the rest of the run, so a dead server costs seconds once.
"""
from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from ..patterns import LazyPattern

ENV_VAR = "ARTLINT_LANGUAGETOOL"
LOCAL_URL = "http://127.0.0.1:8081"  # scripts/languagetool's default port
PROBE_TIMEOUT = 3.0
PROBE_MAX_BYTES = 1_000_000  # /v2/languages is about 5 KB
CHECK_TIMEOUT = 30.0  # a whole article on a local server takes well under a second; a cold one a few
_ASTRAL = LazyPattern("[\U00010000-\U0010ffff]")  # two UTF-16 units each (emoji, rare CJK)
_SPACE = LazyPattern(r"\s")


@dataclass(frozen=True)
class GrammarMatch:
    """One LanguageTool match, with offsets in Python characters."""

    offset: int
    length: int
    rule_id: str
    category: str
    message: str
    replacements: tuple[str, ...]
    issue_type: str = ""


@dataclass
class GrammarClient:
    """A LanguageTool server; `failed` says why it went down mid-run, `dropped` counts invalid matches."""

    where: str
    language: str = "en-US"
    timeout: float = CHECK_TIMEOUT
    failed: str | None = None
    dropped: int = 0
    _tool: Any = field(default=None, repr=False, compare=False)

    def check(self, text: str) -> list[GrammarMatch] | None:
        """The matches for one text, or None when the server failed (then it is not asked again)."""
        if self.failed is not None:
            return None
        try:
            found = _within(self.timeout, lambda: self._connected().check(text))
        except Exception as error:  # network, server or protocol trouble: skip, never crash a run
            first = (f"malformed answer (no {error} field)" if isinstance(error, KeyError)
                     else (str(error).strip().splitlines() or [type(error).__name__])[0][:200])
            self.failed = f"LanguageTool at {self.where} failed: {first}"
            return None
        matches, dropped = convert(found, text)
        self.dropped += dropped
        return matches

    def _connected(self) -> Any:
        """language-tool-python's client, made on first use (it asks the server for its languages)."""
        if self._tool is None:
            import language_tool_python  # only when a server is configured: it imports requests

            # The trailing slash keeps a path such as http://host/lt when the library joins "v2/" to it.
            self._tool = language_tool_python.LanguageTool(self.language, remote_server=self.where.rstrip("/") + "/")
        return self._tool

    def close(self) -> None:
        """Nothing to release: a remote LanguageTool has no process of ours behind it."""

    def __getstate__(self) -> dict[str, Any]:
        """Worker processes get the setting and state, not the library object (it is made again there)."""
        return {**self.__dict__, "_tool": None}


def _within(seconds: float, call: Callable[[], Any]) -> Any:
    """call() run in a daemon thread and waited for at most `seconds`; TimeoutError when it is not done.

    A thread that overruns is left to end on its own (the library's own 300 s timeout); being a
    daemon it never holds the process open, and the client that started it is never asked again.
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as error:  # handed to the waiting thread
            box["error"] = error

    worker = threading.Thread(target=run, name="artlint-languagetool", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s (timed out)")
    if "error" in box:
        raise box["error"]
    return box["value"]


def convert(found: Iterable[Any], text: str) -> tuple[list[GrammarMatch], int]:
    """language-tool-python's matches as checked spans in Python characters, and how many were dropped."""
    to_char, to_unit = _offset_maps(text)
    out: list[GrammarMatch] = []
    dropped = 0
    for m in found:
        try:
            a, length16 = m.offset, m.error_length  # start already in characters, length still in UTF-16 units
            if type(a) is not int or type(length16) is not int or a < 0 or length16 <= 0 or a > len(text):
                raise ValueError("bad span")
            b = to_char(to_unit(a) + length16)
            if b is None:
                raise ValueError("span outside the text or inside a surrogate pair")
            if not _agrees_with_context(m, text[a:b]):
                raise ValueError("span does not hold the text LanguageTool quoted")
            out.append(GrammarMatch(a, b - a, str(m.rule_id), str(m.category), str(m.message),
                                    tuple(str(r) for r in m.replacements[:5]), str(m.rule_issue_type)))
        except (AttributeError, TypeError, ValueError):
            dropped += 1
    return out, dropped


def _agrees_with_context(m: Any, flagged: str) -> bool:
    """The match's context (UTF-16 offsets, line breaks shown as spaces) holds exactly the flagged text.

    A start inside a surrogate pair reaches artlint moved onto the pair's first character, so the
    span looks valid; in the context the same start still splits the pair, or quotes other text.
    """
    context, start = m.context, m.offset_in_context
    if not isinstance(context, str) or type(start) is not int or start < 0:
        return False
    to_char, _ = _offset_maps(context)
    a, b = to_char(start), to_char(start + m.error_length)
    return a is not None and b is not None and _SPACE.sub(" ", context[a:b]) == _SPACE.sub(" ", flagged)


def _offset_maps(text: str) -> tuple[Callable[[int], int | None], Callable[[int], int]]:
    """UTF-16 offset -> Python index (None when outside or inside a pair), and Python index -> UTF-16 offset."""
    n = len(text)
    if not _ASTRAL.search(text):
        return (lambda i: i if 0 <= i <= n else None), (lambda c: c)
    from bisect import bisect_left

    ends: list[int] = []  # ends[k] = UTF-16 offset just after character k
    pos = 0
    for ch in text:
        pos += 2 if ord(ch) > 0xFFFF else 1
        ends.append(pos)

    def to_char(i: int) -> int | None:
        if i == 0:
            return 0
        k = bisect_left(ends, i)
        return k + 1 if k < n and ends[k] == i else None

    return to_char, (lambda c: ends[c - 1] if c > 0 else 0)


def setting(cli: str | None, configured: str | None) -> str | None:
    """The server setting in force: the flag, else config, else the environment."""
    for value in (cli, configured, os.environ.get(ENV_VAR)):
        if value:
            return value.strip()
    return None


def connect(where: str | None, language: str = "en-US") -> tuple[GrammarClient | None, str]:
    """A client, or None and the reason grammar is skipped."""
    if not where or where.lower() in ("off", "none", "no"):
        return None, (f"no LanguageTool server configured (use --languagetool URL, languagetool in config, "
                      f"or {ENV_VAR})")
    if where.lower() == "local":
        where = LOCAL_URL
        problem = probe(where)
        if problem:
            return None, f"{problem}; start it with scripts/languagetool start"
        return GrammarClient(where, language), ""
    if not where.startswith(("http://", "https://")):
        return None, f"languagetool setting {where!r} is not a URL, 'local' or 'off'"
    problem = probe(where)
    if problem:
        return None, problem
    return GrammarClient(where, language), ""


def probe(url: str, max_bytes: int = PROBE_MAX_BYTES) -> str | None:
    """None when the server answers /v2/languages quickly with a list, else why not."""
    try:
        data = _get(url.rstrip("/") + "/v2/languages", max_bytes)
        if not isinstance(json.loads(data.decode("utf-8")), list):
            raise ValueError("/v2/languages did not answer a list")
    except Exception as error:  # refused, timed out, not HTTP, not LanguageTool, too big
        reason = getattr(error, "reason", error)
        return f"LanguageTool at {url} is not reachable ({reason})"
    return None


def _get(url: str, max_bytes: int) -> bytes:
    import urllib.request  # only when a server is configured: urllib.request costs 20 ms of start-up

    with urllib.request.urlopen(url, timeout=PROBE_TIMEOUT) as response:  # noqa: S310 (user-configured URL)
        data: bytes = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"/v2/languages answer is over the {max_bytes}-byte cap")
    return data
