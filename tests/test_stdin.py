"""Text on stdin is read as files are: bytes that are not UTF-8 are an error (exit 2, one line)."""
from __future__ import annotations

from click.testing import CliRunner

from artlint.cli import main


def test_bad_bytes_on_stdin_are_an_error() -> None:
    result = CliRunner().invoke(main, ["check", "-"], input=b"Headline\n\nCaf\xe9 opens\n")
    assert (result.exit_code, result.output) == (2, "artlint: error: -: not UTF-8 text (bad byte 0xe9 at byte 13)\n")
    good = CliRunner().invoke(main, ["check", "--select", "promo", "-"], input="Headline\n\nCafé opens\n".encode())
    assert (good.exit_code, good.output) == (0, "No problems found in 1 file.\n")
