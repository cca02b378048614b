"""A small on-disk cache for work that does not change between runs (validated rules, syllable counts).

Lives in $ARTLINT_CACHE_DIR, else $XDG_CACHE_HOME/artlint, else ~/.cache/artlint.
Everything in it can be rebuilt: a missing, unreadable or unwritable cache
only costs time, never correctness.
"""
from __future__ import annotations

import marshal
import os
from pathlib import Path
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


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
    import tempfile  # only a run that writes the cache pays for importing it (with shutil and random)

    try:
        folder = directory()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(value))
        os.replace(tmp, folder / name)
    except (OSError, ValueError):
        pass


def digest(text: str) -> str:
    """A short, stable digest of text, for cache keys (BLAKE2 through hashlib, its public home)."""
    from hashlib import blake2b

    return blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def kept(name: str, build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """What build() returns, kept under name, which must change whenever build's answer may (a version, a
    digest of the inputs).  A cached value that fails `valid`, or none, means building and storing it again."""
    value = load(name)
    if value is not None and valid(value):
        return value  # type: ignore[no-any-return]
    value = build()
    store(name, value)
    return value


def derived(kind: str, sources: list[str], build: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """What build() derives from data files (parsed TOML, word sets), kept until a file changes.

    Keyed by artlint's version, `kind` (name it anew when build changes what it
    returns) and each file's place, size and modification time
    (resources.data_stamp), so nothing is read to find it.  A cached value that
    fails `valid`, a value marshal cannot hold, or a file that is not plain on disk
    means building it again.
    """
    from . import __version__
    from .resources import data_stamp

    stamps = [stamp for stamp in map(data_stamp, sources) if stamp is not None]
    if len(stamps) != len(sources):
        return build()
    return kept(f"{kind}-{digest(chr(0).join([__version__, *stamps]))}", build, valid)
