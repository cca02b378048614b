"""A small on-disk cache for work that does not change between runs (validated rules, syllable counts).

Lives in $ARTLINT_CACHE_DIR, else $XDG_CACHE_HOME/artlint, else ~/.cache/artlint.
Everything in it can be rebuilt: a missing, unreadable or unwritable cache
only costs time, never correctness.
"""
from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path
from typing import Any


def directory() -> Path:
    explicit = os.environ.get("ARTLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "artlint"


def load(name: str) -> Any | None:
    try:
        return marshal.loads((directory() / name).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def store(name: str, value: Any) -> None:
    """Write atomically; give up silently when the cache cannot be written."""
    try:
        folder = directory()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(value))
        os.replace(tmp, folder / name)
    except (OSError, ValueError):
        pass
