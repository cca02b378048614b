"""A session fixture that runs the real LanguageTool through the project's own scripts/languagetool.

ARTLINT_TEST_LANGUAGETOOL=URL uses a server that is already running instead.
Otherwise the script starts one on ARTLINT_TEST_LANGUAGETOOL_PORT (8181 by
default, away from the 8081 a developer's own server uses) once per test run,
and stops it at the end unless it was already running before the run.  Where
Java is missing, or Maven is missing and the jars were never fetched, the tests
that need it skip with that reason; any other failure to start fails them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "languagetool"


def _jars_fetched() -> bool:
    home = os.environ.get("ARTLINT_LANGUAGETOOL_HOME")
    if home:
        return (Path(home) / "jars" / ".complete").exists()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return any(base.glob("artlint/languagetool/*/jars/.complete"))


@pytest.fixture(scope="session")
def languagetool_url() -> Iterator[str]:
    given = os.environ.get("ARTLINT_TEST_LANGUAGETOOL")
    if given:
        yield given
        return
    if shutil.which("java") is None:
        pytest.skip("java not found: the real LanguageTool server cannot run here")
    if shutil.which("mvn") is None and not _jars_fetched():
        pytest.skip("mvn not found and LanguageTool was never fetched: the real server cannot be set up here")
    port = os.environ.get("ARTLINT_TEST_LANGUAGETOOL_PORT", "8181")
    before = subprocess.run(["bash", str(SCRIPT), "status", "--port", port], capture_output=True, text=True)
    started = subprocess.run(["bash", str(SCRIPT), "start", "--port", port], capture_output=True, text=True,
                             timeout=900)
    if started.returncode != 0:
        pytest.fail(f"scripts/languagetool start failed: {started.stderr.strip()}")
    try:
        yield started.stdout.strip()
    finally:
        if before.returncode != 0:  # we started it, so we stop it
            subprocess.run(["bash", str(SCRIPT), "stop", "--port", port], capture_output=True, timeout=60)
