"""The LanguageTool connection for the grammar family: its HTTP API (/v2/check), spoken directly.

Where the server comes from, in order: `--languagetool`, `languagetool` in
config, the ARTLINT_LANGUAGETOOL environment variable.  A URL names a running
server; "local" is the server `scripts/languagetool start` runs
(http://127.0.0.1:8081); "off" or nothing skips the family.  artlint never
downloads or starts LanguageTool itself.

The API is spoken with the standard library rather than through
language-tool-python so that every answer is read under a size cap and a
deadline, and every match is checked before it is used: LanguageTool counts
offsets in UTF-16 code units (Java strings), which are mapped to Python
characters, and a match whose span is negative, runs past the text or splits a
surrogate pair is dropped, never trusted.  After the first failure (no answer,
a timeout, an error status, garbage, an oversized answer) the client stays down
for the rest of the run, so a dead server costs seconds once, not per file.
"""
from __future__ import annotations

import json
import os
import re
import time
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

ENV_VAR = "ARTLINT_LANGUAGETOOL"
LOCAL_URL = "http://127.0.0.1:8081"  # scripts/languagetool's default port
PROBE_TIMEOUT = 3.0
CHECK_TIMEOUT = 30.0  # a whole article on a local server takes well under a second; a cold one a few
MAX_RESPONSE = 8_000_000  # bytes; a long article's answer is tens of kilobytes
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each (emoji, rare CJK)


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
    max_bytes: int = MAX_RESPONSE
    failed: str | None = None
    dropped: int = 0

    def check(self, text: str) -> list[GrammarMatch] | None:
        """The matches for one text, or None when the server failed (then it is not asked again)."""
        if self.failed is not None:
            return None
        import urllib.parse

        form = urllib.parse.urlencode({"text": text, "language": self.language}).encode("utf-8")
        try:
            data = _post(self.where.rstrip("/") + "/v2/check", form, self.timeout, self.max_bytes)
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or not isinstance(raw.get("matches"), list):
                raise ValueError("answer has no 'matches' list")
        except Exception as error:  # network, server or protocol trouble: skip, never crash a run
            first = (str(error).splitlines() or [type(error).__name__])[0][:200]
            self.failed = f"LanguageTool at {self.where} failed: {first}"
            return None
        matches, dropped = parse_matches(raw["matches"], text)
        self.dropped += dropped
        return matches

    def close(self) -> None:
        """Nothing to release: each request opens and closes its own connection."""


def parse_matches(raw: list[Any], text: str) -> tuple[list[GrammarMatch], int]:
    """Valid matches in Python offsets, and how many were dropped as malformed or out of range."""
    to_char = _utf16_to_char(text)
    out: list[GrammarMatch] = []
    dropped = 0
    for m in raw:
        try:
            start16, length16 = m["offset"], m["length"]
            if type(start16) is not int or type(length16) is not int or start16 < 0 or length16 <= 0:
                raise ValueError("bad span")
            a, b = to_char(start16), to_char(start16 + length16)
            if a is None or b is None:
                raise ValueError("span outside the text")
            rule = m["rule"]
            reps = tuple(str(r["value"]) for r in m.get("replacements", [])[:5] if isinstance(r, dict) and "value" in r)
            out.append(GrammarMatch(a, b - a, str(rule["id"]), str(rule.get("category", {}).get("id", "")),
                                    str(m.get("message", "")), reps, str(rule.get("issueType", ""))))
        except (KeyError, TypeError, ValueError, AttributeError):
            dropped += 1
    return out, dropped


def _utf16_to_char(text: str) -> Any:
    """A function from a UTF-16 offset to a Python index (None when outside or inside a pair)."""
    if not _ASTRAL.search(text):
        n = len(text)
        return lambda i: i if 0 <= i <= n else None
    ends: list[int] = []  # ends[k] = UTF-16 offset just after character k
    pos = 0
    for ch in text:
        pos += 2 if ord(ch) > 0xFFFF else 1
        ends.append(pos)

    def to_char(i: int) -> int | None:
        if i == 0:
            return 0
        k = bisect_left(ends, i)
        return k + 1 if k < len(ends) and ends[k] == i else None

    return to_char


def _post(url: str, form: bytes, timeout: float, max_bytes: int) -> bytes:
    """POST a form and read the answer under a size cap and an overall deadline."""
    import urllib.request

    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (user-configured URL)
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise ValueError(f"answer of {declared} bytes is over the {max_bytes}-byte cap")
        chunks, size = [], 0
        while True:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no complete answer within {timeout:g} s")
            chunk = response.read(65536)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise ValueError(f"answer is over the {max_bytes}-byte cap")
            chunks.append(chunk)
    return b"".join(chunks)


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


def probe(url: str) -> str | None:
    """None when the server answers /v2/languages quickly with a list, else why not."""
    try:
        data = _get(url.rstrip("/") + "/v2/languages")
        if not isinstance(json.loads(data.decode("utf-8")), list):
            raise ValueError("/v2/languages did not answer a list")
    except Exception as error:  # refused, timed out, not HTTP, not LanguageTool
        reason = getattr(error, "reason", error)
        return f"LanguageTool at {url} is not reachable ({reason})"
    return None


def _get(url: str) -> bytes:
    import urllib.request  # only when a server is configured: urllib.request costs 20 ms of start-up

    with urllib.request.urlopen(url, timeout=PROBE_TIMEOUT) as response:  # noqa: S310 (user-configured URL)
        data: bytes = response.read(1_000_001)
    if len(data) > 1_000_000:
        raise ValueError("/v2/languages answer is over 1 MB")
    return data
