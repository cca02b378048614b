#!/usr/bin/env python3
"""Where a cold `artlint check ONE.txt` spends its time, phase by phase, in fresh processes.

    python benchmarks/cold.py [--repeat 3] [--file ARTICLE] [--ignore grammar]

Each run starts a new interpreter that goes the CLI's way through one article and
reports, for each phase, CPU time (less disturbed than wall time on a shared
machine) and wall time, in ms:
  interpreter  `python -c pass` alone, for scale;
  import       `import artlint.cli` (click and what the CLI module imports);
  rules        the Runner's config and active rules (rule files, kind modules, their imports);
  first        checking the article (each rule's prepare, the analyses, compiling on first use);
  report       rendering the text report;
and which heavy libraries the run imported.  Medians over --repeat runs.  The caches
in ~/.cache/artlint and artlint's bytecode are written by one unmeasured run first, as after
any install.
Nothing here is a test: it prints figures for the README and the issue notes.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared corpora beside the clone, or wherever ARTLINT_CORPUS says (a worktree is one folder deeper), as tests find them
CORPUS = Path(os.environ.get("ARTLINT_CORPUS") or ROOT.parent / "shared" / "corpus")
DEFAULT_FILE = CORPUS / "bbc-entertainment" / "001.txt"
HEAVY = ("click", "jsonschema", "rapidfuzz", "sqlite3", "hashlib", "textstat", "pyphen", "artlint.clients.languagetool")

# Run in the child (argv: heavy module names, the article, families to ignore): the phases of cli.check for one file, timed one by one.
CHILD = r"""
import json, sys, time
cpu, wall = time.process_time, time.perf_counter
marks = [(cpu(), wall())]
import artlint.cli
marks.append((cpu(), wall()))
from artlint.runner import Runner
from artlint.settings import Settings
runner = Runner(settings=Settings(ignore=tuple(sys.argv[3:])))
runner.rules_for(runner.config_for(sys.argv[2]))
marks.append((cpu(), wall()))
result = runner.check_file(sys.argv[2])
assert result.error is None, result.error  # a missing file is no cold start: it would time nothing
marks.append((cpu(), wall()))
from artlint.formatters import get
from artlint.report import Report
report = Report()
report.files.append(result)
get("text")(report, colour=False, quiet=False)
marks.append((cpu(), wall()))
names = ("import", "rules", "first", "report")
out = {n: [1000 * (b[0] - a[0]), 1000 * (b[1] - a[1])] for n, a, b in zip(names, marks, marks[1:])}
out["total"] = [1000 * cpu(), None]
out["heavy"] = sorted(m for m in sys.argv[1].split(",") if m in sys.modules)
out["findings"] = len(result.findings)
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--ignore", action="append", default=[], help="families to leave out (repeatable)")
    args = parser.parse_args()
    command = [sys.executable, "-c", CHILD, ",".join(HEAVY), str(args.file), *args.ignore]
    # Fill the on-disk caches, and let Python write artlint's bytecode as a wheel install does (an editable
    # checkout under PYTHONDONTWRITEBYTECODE would otherwise compile every edited module on each run).
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, cwd=ROOT, capture_output=True, check=True, env=warm_env)
    runs = [json.loads(subprocess.run(command, cwd=ROOT, capture_output=True, check=True, text=True).stdout)
            for _ in range(args.repeat)]
    bare = []
    for _ in range(args.repeat):
        probe = "import time; print(1000 * time.process_time())"
        bare.append(float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout))
    print(f"{args.file.name}, ignoring {', '.join(args.ignore) or 'nothing'}; medians of {args.repeat} fresh processes, "
          "CPU ms (wall ms)")
    print(f"  interpreter  {statistics.median(bare):6.0f}")
    for phase in ("import", "rules", "first", "report"):
        cpu = statistics.median(r[phase][0] for r in runs)
        wall = statistics.median(r[phase][1] for r in runs)
        print(f"  {phase:11}  {cpu:6.0f}  ({wall:.0f})")
    print(f"  total CPU    {statistics.median(r['total'][0] for r in runs):6.0f}   "
          f"findings {runs[0]['findings']}; heavy imports: {', '.join(runs[0]['heavy']) or 'none'}")


if __name__ == "__main__":
    main()
