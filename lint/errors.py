"""Errors that reach the user: each carries its own exit code and one-line message."""
from __future__ import annotations


class ArtlintError(Exception):
    """Base class: a user-facing problem, printed as one line, never as a traceback."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ArtlintError):
    """An article file that cannot be read or parsed."""


class RuleFileError(ArtlintError):
    """A rule file that is not valid TOML or fails the rule schema."""


class ConfigError(ArtlintError):
    """A configuration file or option that is invalid."""


class UsageError(ArtlintError):
    """A command-line mistake not caught by click itself."""
