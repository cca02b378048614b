"""artlint: an editorial quality linter for entertainment news articles.

Library API for CMS integrations:

    import artlint
    report = artlint.check_text(text, format="md")
    report = artlint.check_path("articles/")
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .report import Report


def _config(config: Any) -> Any:
    from .config import Config, load_file, parse_config

    if config is None or isinstance(config, Config):
        return config
    if isinstance(config, dict):
        return parse_config(config, "")
    return load_file(config)


def check_text(text: str, format: str = "txt", config: Any = None, path: str = "<text>") -> Report:
    """Lint article text.  config: a Config, a mapping shaped like artlint.toml, a file path, or None."""
    from .config import Config
    from .runner import Runner

    cfg = _config(config) or Config()
    runner = Runner(config=cfg)
    result = runner.check_source(text, path, format)
    return runner.report([result], cfg.fail_on)


def check_path(path: str, config: Any = None) -> Report:
    """Lint a file or a directory of articles; config as for check_text (None: discover)."""
    from .runner import Runner

    return Runner(config=_config(config)).check_paths([str(path)])


_SUBMODULES = frozenset({"formatters", "config", "report", "findings", "rules", "runner", "errors", "document"})


def __getattr__(name: str) -> Any:
    """artlint.formatters.get(...) and the like work without importing the submodule first.

    Submodules load on first use, so a plain `import artlint` stays cheap for a CMS hook.
    """
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["__version__", "check_text", "check_path"]
