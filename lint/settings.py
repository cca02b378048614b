"""Settings: everything `artlint check` was told on its command line, as one typed, frozen object.

click builds it (cli.py is the only module that knows click) and the runner
takes it whole.  The fields that change which rules run or how a run is judged
are merged into each file's Config in one place, `Config.with_settings`; the
rest say what the run reads and writes.  Field names are the click parameter
names of `artlint check`, so the command builds a Settings from its keyword
arguments with no list to keep in step (tests/test_cli.py holds them equal).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The levels --fail-on and fail-on take (schemas/config.schema.json lists the same; a test holds them equal).
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class Settings:
    """One `artlint check` invocation; the defaults are a library caller's (no overrides, one process)."""

    paths: tuple[str, ...] = ()
    # merged into every file's Config (config.Config.with_settings): the command line wins over the file
    select: tuple[str, ...] = ()  # replaces the config's select
    ignore: tuple[str, ...] = ()  # adds to the config's ignore
    rules_paths: tuple[str, ...] = ()  # house rule files or folders, added to extend-rules
    fail_on: str | None = None
    reference_date: dt.date | None = None
    kind: str | None = None
    languagetool: str | None = None
    # how folders are walked (discovery.Walk)
    exclude: tuple[str, ...] = ()  # adds to the config's exclude
    respect_gitignore: bool | None = None  # None: the config's setting
    # where the config comes from, and what the run reads and writes
    config_path: str | None = None  # None: discovered upward from each file
    fmt: str = "text"
    output: str | None = None
    stdin_format: str = "txt"
    baseline_path: str | None = None
    write_baseline: str | None = None
    diff_base: str | None = None
    fix: bool = False
    show_diff: bool = False
    hard_links: bool = False
    statistics: bool = False
    jobs: int = 1  # worker processes; 0: one per core
    no_progress: bool = False
    quiet: bool = False

    @property
    def reads_stdin(self) -> bool:
        return "-" in self.paths

    @property
    def streams(self) -> bool:
        """Whether results can be written as they arrive: JSON Lines, with nothing that needs the whole report."""
        return self.fmt == "jsonl" and not (self.fix or self.show_diff or self.diff_base or self.baseline_path
                                            or self.write_baseline or self.statistics)
