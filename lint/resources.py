"""Bundled data (rule packs and schemas) read through importlib.resources, so wheels work."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

SCHEMA_NAMES = ("article", "rule", "config", "report")


def rules_root() -> Traversable:
    return _package_root("artlint.rule_packs")


@lru_cache(maxsize=None)
def _package_root(package: str) -> Traversable:
    """importlib.resources.files(package), read off the package itself when it is a folder on disk (a wheel
    installed, a checkout): what files() answers there, without importing importlib.resources, whose
    tempfile and shutil were 8 ms of a cold `artlint check`.  Anywhere else (a zip), files() says."""
    spec = import_module(package).__spec__
    origin = spec.origin if spec is not None else None
    if origin is not None and Path(origin).name == "__init__.py" and Path(origin).is_file():
        return Path(origin).parent
    from importlib.resources import files

    return files(package)


def data_text(name: str) -> str:
    """A data file a rule names: a path on disk, or a name inside the bundled rule packs.

    Raises OSError when neither exists; callers turn that into their own clear error.
    """
    path = Path(name)
    if path.is_absolute() or path.exists():
        return path.read_text(encoding="utf-8")
    return rules_root().joinpath(name).read_text(encoding="utf-8")


def data_stamp(name: str) -> str | None:
    """Where data_text(name) reads from, with its size and modification time; None when not a plain file.

    A key for caching what is derived from the file without reading it.
    """
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
    return _package_root("artlint.schemas")


def schema_text(name: str) -> str:
    return schemas_root().joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def schema(name: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(schema_text(name))
    return value
