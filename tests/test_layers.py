"""Imports run one way, down the layers of ARCHITECTURE.md; function-level imports count too."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

LINT = Path(__file__).resolve().parents[1] / "lint"

# Lowest first. A module may import its own layer and the layers below it, never one above.
# The package facade (artlint/__init__.py: check_text, check_path) and __main__ sit on top.
LAYERS: list[tuple[str, ...]] = [
    ("errors", "findings", "tomlcompat", "resources", "validation", "cache", "limits", "textsafe", "settings", "patterns",
     "word_lists", "__version__"),
    # blocks with offsets, the words they are made of, and how a pattern meets their lower-cased text
    ("document", "analysis.tokens", "analysis.casefold"),
    ("parsers",),
    ("analysis",),                         # shared analyses every check reads
    ("rules", "env", "clients", "suppress"),
    ("checks",),
    ("engine", "fixes", "overlap", "config", "examples", "docs", "rule_files", "rule_lists"),
    ("report", "runner", "discovery"),
    ("formatters", "adopt"),
    ("cli",),
]


def _layer(module: str) -> int | None:
    """The layer of artlint.<module>: the longest matching prefix in LAYERS."""
    best: tuple[int, int] | None = None
    for number, names in enumerate(LAYERS):
        for name in names:
            if module == name or module.startswith(name + "."):
                if best is None or len(name) > best[1]:
                    best = (number, len(name))
    return None if best is None else best[0]


def _imports() -> list[tuple[str, str, int]]:
    """(importing module, imported module, line) for every artlint import in lint/, relative or absolute."""
    found = []
    for path in sorted(LINT.rglob("*.py")):
        parts = list(path.relative_to(LINT).with_suffix("").parts)
        package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
        module = ".".join(p for p in parts if p != "__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[list[str]] = []
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                if node.module:
                    targets.append(base + node.module.split("."))
                else:
                    targets += [base + [alias.name] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("artlint"):
                targets.append((node.module or "").split(".")[1:])
            elif isinstance(node, ast.Import):
                targets += [a.name.split(".")[1:] for a in node.names if a.name.startswith("artlint.")]
            found += [(module, ".".join(t), node.lineno) for t in targets if t]
    return found


def test_every_module_has_a_layer() -> None:
    modules = {".".join(p for p in path.relative_to(LINT).with_suffix("").parts if p != "__init__")
               for path in LINT.rglob("*.py")}
    assert sorted(m for m in modules if m not in ("", "__main__") and _layer(m) is None) == []


@pytest.mark.parametrize("facade", ["", "__main__"])
def test_facades_are_the_only_modules_above_the_cli(facade: str) -> None:
    assert _layer(facade) is None


def test_imports_never_go_up_a_layer() -> None:
    upward = []
    for module, target, line in _imports():
        if module in ("", "__main__"):
            continue
        mine, theirs = _layer(module), _layer(target)
        if mine is not None and theirs is not None and theirs > mine:
            upward.append(f"{module}:{line} imports {target} ({LAYERS[theirs][0]} is above {LAYERS[mine][0]})")
    assert upward == []
