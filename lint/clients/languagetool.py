"""The LanguageTool connection for the grammar family, through language-tool-python.

Where the server comes from, in order: `--languagetool`, `languagetool` in
config, the ARTLINT_LANGUAGETOOL environment variable.  A URL names a running
server; "local" starts the LanguageTool that language-tool-python has already
installed (LTP_PATH or ~/.cache/language_tool_python); "off" or nothing skips
the family.  language-tool-python downloads LanguageTool when it finds none;
artlint never lets it: without an installed copy, "local" is a skip with the
reason, not a download.  Every request has a timeout, and after the first
failure the client stays down for the rest of the run, so a dead server costs
seconds once, not per file.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

ENV_VAR = "ARTLINT_LANGUAGETOOL"
PROBE_TIMEOUT = 3.0
CHECK_TIMEOUT = 20


@dataclass(frozen=True)
class GrammarMatch:
    """One LanguageTool match, with offsets in Python characters."""

    offset: int
    length: int
    rule_id: str
    category: str
    message: str
    replacements: tuple[str, ...]


@dataclass
class GrammarClient:
    """A connected LanguageTool; `failed` says why it went down mid-run."""

    tool: Any
    where: str
    failed: str | None = None

    def check(self, text: str) -> list[GrammarMatch] | None:
        """The matches, or None when the server failed (then it is not asked again)."""
        if self.failed is not None:
            return None
        try:
            matches = self.tool.check(text)
        except Exception as error:  # network, server or protocol trouble: skip, never crash a run
            self.failed = f"LanguageTool at {self.where} failed: {str(error).splitlines()[0][:200]}"
            return None
        return [GrammarMatch(int(m.offset), int(m.error_length), str(m.rule_id), str(m.category), str(m.message),
                             tuple(str(r) for r in m.replacements[:5])) for m in matches]

    def close(self) -> None:
        close = getattr(self.tool, "close", None)
        if callable(close):
            close()


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
        return _local(language)
    if not where.startswith(("http://", "https://")):
        return None, f"languagetool setting {where!r} is not a URL, 'local' or 'off'"
    problem = probe(where)
    if problem:
        return None, problem
    try:
        tool = _tool_class()(language, remote_server=where)
    except Exception as error:
        return None, f"LanguageTool at {where} could not be used: {str(error).splitlines()[0][:200]}"
    return GrammarClient(tool, where), ""


def probe(url: str) -> str | None:
    """None when the server answers /v2/languages quickly, else why not."""
    import urllib.error  # only when a server is configured: urllib.request costs 20 ms of start-up
    import urllib.request

    target = url.rstrip("/") + "/v2/languages"
    try:
        with urllib.request.urlopen(target, timeout=PROBE_TIMEOUT) as response:  # noqa: S310 (user-configured URL)
            json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return f"LanguageTool at {url} is not reachable ({reason})"
    return None


def _tool_class() -> Any:
    import language_tool_python

    class Tool(language_tool_python.LanguageTool):
        _TIMEOUT = CHECK_TIMEOUT  # type: ignore[assignment]  # language-tool-python waits 300 s by default

    return Tool


def _local(language: str) -> tuple[GrammarClient | None, str]:
    from language_tool_python.utils import get_language_tool_download_path

    folder = get_language_tool_download_path()
    installed = [p for p in folder.glob("LanguageTool*") if p.is_dir()]
    if not installed:
        return None, (f"no local LanguageTool installed in {folder}; artlint does not download it "
                      "(install it there, or use --languagetool URL)")
    version = installed[-1].name.removeprefix("LanguageTool-")  # start the copy that is there, never fetch another
    try:
        tool = _tool_class()(language, language_tool_download_version=version)
    except Exception as error:
        return None, f"local LanguageTool could not start: {str(error).splitlines()[0][:200]}"
    return GrammarClient(tool, "local"), ""
