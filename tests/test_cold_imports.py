"""A cold check imports only what it uses: the cold-start work of issue #15 stays done.

Each case runs a fresh interpreter (this test process has imported everything already)
and lists which of the modules a check can do without were imported.  No timing: a
module that comes back shows up here as a name, on any machine.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# A check with --ignore grammar over a short article that has nothing to fix, then the modules it imported.
CHILD = r"""
import json, sys
from artlint.runner import Runner
from artlint.settings import Settings

result = Runner(settings=Settings(ignore=("grammar",))).check_source(sys.argv[1], "article.txt")
assert result.error is None, result.error
print(json.dumps(sorted(m for m in sys.argv[2].split(",") if m in sys.modules)))
"""
# Lines 1 and 3 of BBC entertainment 001.txt (the benchmark's cold-start article).
ARTICLE = ("Gallery unveils interactive tree\n\n"
           "A Christmas tree that can receive text messages has been unveiled at London's Tate Britain art gallery.\n")
# Needed only by an ignored family (the LanguageTool client), a fix (rapidfuzz), a TOML text that the warm disk
# cache already holds parsed (tomllib), a rule's call classes that no sentence reached, or writing a file (tempfile,
# with shutil and random; importlib.resources, whose files() a package folder on disk does without).
AVOIDABLE = ("artlint.clients.languagetool", "rapidfuzz", "tomllib", "language_tool_python", "jsonschema",
             "referencing", "tempfile", "importlib.resources")


def _imported(tmp_path: Path) -> list[str]:
    env = {**os.environ, "ARTLINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-c", CHILD, ARTICLE, ",".join(AVOIDABLE)]
    # In tmp_path, no config file is found above the article (reading one needs tomllib, rightly).
    subprocess.run(command, env=env, cwd=tmp_path, check=True, capture_output=True)  # fills the disk cache
    out = subprocess.run(command, env=env, cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    return list(json.loads(out))


def test_a_warm_cache_check_with_grammar_ignored_imports_none_of_the_avoidable_modules(tmp_path: Path) -> None:
    assert _imported(tmp_path) == []


# `artlint check FILE` through the command line, then whether the safe-write module was imported.
CLI_CHILD = r"""
import sys
from artlint.cli import main

sys.argv = ["artlint", "check", "--ignore", "grammar", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("artlint.adopt.writes" in sys.modules, file=sys.stderr)
"""


def test_a_check_that_writes_no_file_does_not_import_the_safe_writes(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "ARTLINT_CACHE_DIR": str(tmp_path / "cache")}

    def writes_imported(*args: str) -> str:
        done = subprocess.run([sys.executable, "-c", CLI_CHILD, *args], env=env, cwd=tmp_path, capture_output=True,
                              text=True)
        return done.stderr.split()[-1]

    assert writes_imported(str(article)) == "False"
    assert writes_imported(str(article), "-o", str(tmp_path / "report.txt")) == "True"
    assert (tmp_path / "report.txt").read_text(encoding="utf-8")
