"""Bundled data (rule packs and schemas) read through importlib.resources, so wheels work."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

SCHEMA_NAMES = ("article", "rule", "config", "report")


def rules_root() -> Traversable:
    return files("artlint.rule_packs")


def data_text(name: str) -> str:
    """A data file a rule names: a path on disk, or a name inside the bundled rule packs.

    Raises OSError when neither exists; callers turn that into their own clear error.
    """
    from pathlib import Path

    path = Path(name)
    if path.is_absolute() or path.exists():
        return path.read_text(encoding="utf-8")
    return rules_root().joinpath(name).read_text(encoding="utf-8")


def data_stamp(name: str) -> str | None:
    """Where data_text(name) reads from, with its size and modification time; None when not a plain file.

    A key for caching what is derived from the file without reading it.
    """
    from pathlib import Path

    path = Path(name)
    if not (path.is_absolute() or path.exists()):
        bundled = rules_root().joinpath(name)
        if not isinstance(bundled, Path):
            return None
        path = bundled
    try:
        info = path.stat()
    except OSError:
        return None
    return f"{path.resolve()}:{info.st_size}:{info.st_mtime_ns}"


def schemas_root() -> Traversable:
    return files("artlint.schemas")


def schema_text(name: str) -> str:
    return schemas_root().joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def schema(name: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(schema_text(name))
    return value
