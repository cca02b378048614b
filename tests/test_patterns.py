"""LazyPattern: compiled on first use, then answering exactly as re's compiled pattern does."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from artlint.patterns import LazyPattern

LINT = Path(__file__).resolve().parents[1] / "lint"
TEXT = "The film opens on Friday, 14 March; the tour opens in May."


def test_nothing_is_compiled_until_a_method_is_called() -> None:
    lazy = LazyPattern(r"opens (?:on|in) (\w+)")
    assert "_compiled" not in vars(lazy) and "search" not in vars(lazy)
    assert lazy.pattern == r"opens (?:on|in) (\w+)"
    lazy.search(TEXT)
    assert vars(lazy)["_compiled"] is re.compile(r"opens (?:on|in) (\w+)")


def test_a_built_source_is_built_once_on_first_use() -> None:
    built: list[str] = []

    def build() -> str:
        built.append("once")
        return r"opens (?:on|in) (\w+)"

    lazy = LazyPattern(build, re.IGNORECASE)
    assert built == []  # a word list it reads is not read at import
    found = lazy.search(TEXT.upper())
    assert found is not None and found[1] == "FRIDAY"
    assert lazy.findall(TEXT) == ["Friday", "May"]
    assert lazy.pattern == r"opens (?:on|in) (\w+)" and built == ["once"]


def test_a_broken_pattern_fails_on_first_use_not_on_import() -> None:
    lazy = LazyPattern(r"opens (")
    with pytest.raises(re.error):
        lazy.search(TEXT)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_every_method_answers_as_the_compiled_pattern(flags: int) -> None:
    source = r"(?P<verb>OPENS) (?:on|in) (\w+)"
    compiled = re.compile(source, flags)

    def spans(m: re.Match[str] | None) -> object:
        return None if m is None else (m.span(), m.groups())

    # Twice: the first call goes through the class's method, the second straight to re.
    for _ in range(2):
        lazy = LazyPattern(source, flags)
        assert spans(lazy.search(TEXT, 5, 50)) == spans(compiled.search(TEXT, 5, 50))
        assert spans(lazy.match(TEXT, 9)) == spans(compiled.match(TEXT, 9))
        assert spans(lazy.fullmatch("opens in May")) == spans(compiled.fullmatch("opens in May"))
        assert [spans(m) for m in lazy.finditer(TEXT)] == [spans(m) for m in compiled.finditer(TEXT)]
        assert lazy.findall(TEXT) == compiled.findall(TEXT)
        assert lazy.sub(r"\2", TEXT, 1) == compiled.sub(r"\2", TEXT, 1)
        assert lazy.subn(lambda m: m[2], TEXT) == compiled.subn(lambda m: m[2], TEXT)
        assert lazy.split(TEXT) == compiled.split(TEXT)
        assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (compiled.flags, compiled.groups,
                                                                  dict(compiled.groupindex))


def _import_time_compiles(path: Path) -> list[int]:
    """Lines of re.compile calls that run when the module is imported (outside any function)."""
    lines: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if (not inside and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"):
                lines.append(child.lineno)
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return lines


# limits.too_deep's public signature takes a compiled pattern; its two patterns run on every rule file anyway.
_COMPILED_AT_IMPORT = {"limits.py"}


def test_modules_a_check_imports_compile_no_pattern_at_import() -> None:
    """Parsers, analyses, kinds and what they import keep their patterns lazy: a cold check pays for those it runs."""
    found = {}
    for path in sorted(LINT.rglob("*.py")):
        name = str(path.relative_to(LINT))
        if name.startswith(("adopt/", "formatters/")) or name in _COMPILED_AT_IMPORT:
            continue  # not imported by `artlint check` with the text formatter
        if lines := _import_time_compiles(path):
            found[name] = lines
    assert found == {}
