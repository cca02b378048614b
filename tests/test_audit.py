"""artlint audit on a real Dask LocalCluster (two workers): the same findings as the serial run."""
from __future__ import annotations

import io
import json

import pytest

from artlint.adopt.audit import run
from artlint.config import Config
from artlint.runner import Runner
from conftest import shared

pytest.importorskip("dask.distributed", reason="Dask is an optional extra: pip install 'artlint[dask]'")


def test_local_cluster_matches_the_serial_run_article_for_article() -> None:
    corpus = str(shared("bbc-entertainment"))
    runner = Runner(config=Config(ignore=("grammar",)))
    out = io.StringIO()
    summary = run([corpus], runner, out, scheduler=None, workers=2)
    distributed = [json.loads(line) for line in out.getvalue().splitlines()]
    serial = [json.loads(json.dumps(entry)) for entry in _serial(runner, corpus)]
    assert [d["path"] for d in distributed] == [s["path"] for s in serial]
    assert distributed == serial
    assert summary.articles == 386 and summary.errors == 0  # README.md is not an article
    assert sum(summary.findings.values()) == sum(len(s["findings"]) for s in serial)
    worst = summary.as_dict()["worst"]
    assert worst == sorted(worst, key=lambda w: (w["score"], w["path"]))


def _serial(runner: Runner, corpus: str) -> list[dict]:  # type: ignore[type-arg]
    from artlint.formatters.json_report import file_dict

    return [file_dict(r) for r in runner.iter_results([corpus], jobs=1)]


def test_globs_and_missing_matches(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from artlint.adopt.audit import sources
    from artlint.errors import UsageError

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert sources([str(tmp_path / "*.txt")]) == [str(tmp_path / "a.txt")]
    with pytest.raises(UsageError, match="no files match"):
        sources([str(tmp_path / "*.md")])


def test_missing_folder_is_an_error_that_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from artlint.cli import main

    missing = tmp_path / "no-such-archive"
    result = CliRunner().invoke(main, ["audit", str(missing), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 2
    assert result.output == f"artlint: error: {missing}: no such file or directory\n"
    assert not (tmp_path / "out.jsonl").exists()
