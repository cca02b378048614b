"""The built wheel carries the rule packs and schemas, and works when installed normally."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"wheel build failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return next(out.glob("artlint-*.whl"))


def test_wheel_carries_rules_and_schemas(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = sorted(str(p.relative_to(ROOT / "rules")) for p in (ROOT / "rules").rglob("*") if p.suffix in (".toml", ".json"))
    for rel in data:  # rule files and the data they use (rules/_data/, the clickbait model)
        assert f"artlint/rule_packs/{rel}" in names
    for name in ("article", "rule", "config", "report"):
        assert f"artlint/schemas/{name}.schema.json" in names
    assert "artlint/cli.py" in names
    for layer in ("analysis", "checks", "clients", "adopt", "parsers", "formatters"):  # every layer's package
        assert f"artlint/{layer}/__init__.py" in names


def test_wheel_version_is_the_package_version(wheel: Path) -> None:
    import artlint

    assert wheel.name.startswith(f"artlint-{artlint.__version__}-")  # one place: lint/__init__.py


def test_wheel_runs_from_a_plain_install(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import artlint, artlint.config as c; "
            "assert artlint.__file__.startswith(sys.argv[1]); "
            "r = artlint.check_text('‘Escape’ Trailer — Details Inside\\n\\nThe film ‘Escape’ will open in July 2024.'); "
            "assert {'hype/clickbait-headline', 'dates/vague-release-date'} <= {f.rule_id for f in r.files[0].findings}; "
            # the word lists code builds patterns from (lint/word_lists.py) read from the installed package
            "from artlint.word_lists import words; assert 'spokesman' in words('speakers', 'speaker_nouns'); "
            "assert 'interview' in words('interviews', 'interview_nouns'); "
            "print(len(c.bundled_rules()))")
    done = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rule_files = [p for p in (ROOT / "rules").rglob("*.toml") if not any(part.startswith("_") for part in p.parts)]
    assert int(done.stdout) == len(rule_files)
