"""scripts/languagetool without a server: usage, one-line errors, status and stop when nothing runs."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "languagetool"
TOOLS = ("bash", "python3", "sed", "grep", "cat", "tr", "mkdir", "rm", "mv", "touch", "seq", "sleep", "setsid",
         "head", "cut")


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})


def _path_without(tmp_path: Path, *missing: str) -> str:
    """A PATH holding the script's tools and java/mvn unless named in `missing`."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in TOOLS + ("java", "mvn"):
        found = shutil.which(tool)
        if tool not in missing and found:
            (folder / tool).symlink_to(found)
    return str(folder)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_bad_usage_and_a_bad_port() -> None:
    assert _run("launch").returncode == 2
    bad = _run("start", "--port", "http")
    assert bad.returncode == 1
    assert bad.stderr == "languagetool: --port must be a number from 1 to 65535, not 'http'\n"


def test_status_and_stop_when_nothing_runs(tmp_path: Path) -> None:
    env = {"ARTLINT_LANGUAGETOOL_HOME": str(tmp_path)}
    port = str(_free_port())
    status = _run("status", "--port", port, env=env)
    assert (status.returncode, status.stdout) == (3, f"not running on port {port}\n")
    stop = _run("stop", "--port", port, env=env)
    assert (stop.returncode, stop.stderr) == (0, f"languagetool: not running on port {port} (nothing to stop)\n")


def test_missing_java_is_one_line(tmp_path: Path) -> None:
    result = _run("start", "--port", str(_free_port()),
                  env={"PATH": _path_without(tmp_path, "java"), "ARTLINT_LANGUAGETOOL_HOME": str(tmp_path / "lt")})
    assert result.returncode == 1
    assert result.stderr == "languagetool: java not found: LanguageTool 6.8 needs a Java 17 or newer runtime\n"


@pytest.mark.skipif(shutil.which("java") is None, reason="java not found: the script stops before Maven")
def test_missing_maven_is_one_line_and_nothing_is_fetched(tmp_path: Path) -> None:
    home = tmp_path / "lt"
    result = _run("fetch", env={"PATH": _path_without(tmp_path, "mvn"), "ARTLINT_LANGUAGETOOL_HOME": str(home)})
    assert result.returncode == 1
    assert result.stderr == (f"languagetool: mvn (Maven) not found: it is needed once to download LanguageTool 6.8 "
                             f"into {home}\n")
    assert not home.exists()


@pytest.mark.skipif(shutil.which("java") is None, reason="java not found: the script stops before the port check")
def test_a_port_taken_by_another_program_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        result = _run("start", "--port", str(port), env={"ARTLINT_LANGUAGETOOL_HOME": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr == f"languagetool: port {port} is taken by another program: pick another with --port N\n"
    assert list(tmp_path.iterdir()) == []  # nothing fetched, nothing started


def test_a_failed_download_is_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / "mvn").write_text("#!/bin/sh\necho '[ERROR] Could not transfer artifact org.languagetool:language-en:jar:6.8: "
                              "Connection refused'\nexit 1\n", encoding="utf-8")
    (fake / "mvn").chmod(0o755)
    if shutil.which("java") is None:
        pytest.skip("java not found: the script stops before Maven")
    home = tmp_path / "lt"
    result = _run("fetch", env={"PATH": f"{fake}:{os.environ['PATH']}", "ARTLINT_LANGUAGETOOL_HOME": str(home)})
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "languagetool: download of LanguageTool 6.8 failed: [ERROR] Could not transfer artifact "
        f"org.languagetool:language-en:jar:6.8: Connection refused (log: {home}/fetch.log)")
    assert not (home / "jars").exists()
