"""Facts written once: format names, scopes, credit labels, the one-line error helper, the language setting."""
from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

import click
import pytest

from artlint.analysis.credits import parse_credit
from artlint.cli import check
from artlint.config import Config
from artlint.document import SCOPES, TEXT_SCOPES, kinds_of
from artlint.env import Env
from artlint.formatters import FORMATS
from artlint.parsers.lines import is_credit
from artlint.runner import Runner
from artlint.textsafe import one_line


def test_format_names_come_from_the_formatters() -> None:
    option = next(p for p in check.params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == ["text", "json", "jsonl", "sarif", "github", "junit", "html"] == list(FORMATS)
    for module in FORMATS.values():
        assert callable(importlib.import_module(f"artlint.formatters.{module}").render)


def test_scopes_name_block_kinds_in_one_map() -> None:
    assert kinds_of(["body", "captions"]) == {"paragraph", "list-item", "quote", "caption", "image-text"}
    assert kinds_of(["paragraph"]) == {"paragraph"}  # a block kind names itself
    assert set(TEXT_SCOPES) <= set(SCOPES)


def test_the_body_kinds_are_spelled_out_once() -> None:
    """Analyses and kinds that read the running text name it as document.BODY_KINDS, not as their own tuple."""
    lint = Path(__file__).resolve().parents[1] / "lint"
    spelled = [str(p.relative_to(lint)) for p in sorted(lint.rglob("*.py")) if p.name != "document.py"
               if re.search(r"""["']paragraph["'],\s*["']list-item["'],\s*["']quote["']""", p.read_text(encoding="utf-8"))]
    assert spelled == []


def test_the_parser_and_the_credit_reader_share_their_labels() -> None:
    """'Screengrab: TikTok' is a vague credit in GOLD-GUIDELINES.md (Conventions, credits)."""
    assert is_credit("Screengrab: TikTok")
    credit = parse_credit("Screengrab: TikTok")  # the label was once the parser's word only
    assert (credit.label, [("Screengrab: TikTok"[a:b]) for a, b in credit.sources]) == ("Screengrab", ["TikTok"])
    credit = parse_credit("Photo credit: Google")
    assert (credit.label, [("Photo credit: Google"[a:b]) for a, b in credit.sources]) == ("Photo credit", ["Google"])


def test_one_line_joins_a_library_message_and_leaves_others_alone() -> None:
    assert one_line("expected value\n  at line 2\r\ncolumn 3") == "expected value at line 2 column 3"
    assert one_line("two  spaces stay") == "two  spaces stay"


def test_the_language_has_one_home(monkeypatch: pytest.MonkeyPatch) -> None:
    """Config.language reaches the grammar client through the runner; Env keeps no second copy."""
    from artlint.clients import languagetool

    asked: list[tuple[str | None, str]] = []
    monkeypatch.setattr(languagetool, "connect", lambda where, language: asked.append((where, language)) or (None, ""))
    runner = Runner(config=Config(language="en-GB", languagetool="http://127.0.0.1:9"))
    runner.grammar_for(runner.config_for("-"))
    assert asked == [("http://127.0.0.1:9", "en-GB")]
    assert "locale" not in {f.name for f in dataclasses.fields(Env)}


def test_click_is_imported_by_the_cli_alone() -> None:
    import ast
    from pathlib import Path

    lint = Path(__file__).resolve().parents[1] / "lint"
    users = set()
    for path in lint.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(n == "click" or n.startswith("click.") for n in names):
                users.add(path.relative_to(lint).as_posix())
    assert users == {"cli.py"}


def test_colour_reaches_a_terminal_and_an_article_escape_does_not(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The text report's own colour codes survive the output cleaning (they were once escaped to \\u001b[1m)."""
    from click.testing import CliRunner

    from artlint.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Title\n\nJoin Our Telegram Channel \x1b[31mnow\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--select", "promo", str(article)], env={"FORCE_COLOR": "1"},
                             color=True).output
    lines = out.splitlines()
    assert lines[0].startswith(click.style(f"{article}:3:1:", bold=True) + " " + click.style("warning", fg="yellow")
                               + " " + click.style("promo/reader-call", dim=True) + " ")
    assert lines[1] == "    3 | Join Our Telegram Channel \\u001b[31mnow"  # the article's own code, escaped
    assert out.count("\x1b[") == 10  # each opened and reset: path, severity, rule; the caret; the summary


def test_fail_on_levels_match_the_config_schema() -> None:
    from artlint.resources import schema
    from artlint.settings import FAIL_ON

    assert tuple(schema("config")["properties"]["fail-on"]["enum"]) == FAIL_ON
    option = next(p for p in check.params if p.name == "fail_on")
    assert isinstance(option.type, click.Choice) and tuple(option.type.choices) == FAIL_ON
