"""tomllib on Python 3.11+, tomli before, imported when a TOML text is first read.

Most runs read no TOML at all (the bundled rules and data files come parsed from
the disk cache, and few folders hold a config file), and importing the parser
costs a cold start about 7 ms: so `tomllib` here stands for the module and
imports it on first use.  Type checkers see the module itself.
"""
from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

_NAME = "tomllib" if sys.version_info >= (3, 11) else "tomli"


class _OnFirstUse:
    """The TOML module, imported when one of its names (loads, TOMLDecodeError) is first asked for."""

    def __getattr__(self, name: str) -> Any:
        module: ModuleType = importlib.import_module(_NAME)
        return getattr(module, name)


if TYPE_CHECKING:
    import tomllib
else:
    tomllib = _OnFirstUse()

__all__ = ["tomllib"]
