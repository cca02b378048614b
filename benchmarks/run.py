#!/usr/bin/env python3
"""artlint's speed and memory figures, against the targets of the throughput issue.

    python benchmarks/run.py [--repeat 5] [--articles 10000] [--corpus DIR]

Prints, each with min / median / max over --repeat runs:
  throughput   articles per second on one core, in one process, every default rule but grammar,
               over the corpus (default ../shared/corpus/bbc-entertainment), start-up excluded: one pass per
               new process (a second pass over the same texts, also printed, mostly measures per-text caches);
               and the same files through proselint in one process when proselint is installed,
               with the ratio (proselint is timed as a whole process, start-up included, as
               its own figures are quoted);
  cli          the same corpus through `artlint check -j 1` and `-j 0` (all cores), wall time;
  families     in process, ms per article for each rule family alone (its shared analyses included);
  write-good   the same files through write-good's CLI (npm), wall time, beside `artlint check -j 1`
               in the same run; --install-peers puts write-good in a scratch folder outside the project;
  latency      `artlint check ONE.txt` from a cold process, wall time (at least 10 runs);
  memory       peak RSS of one `artlint check --format jsonl` process over --articles articles
               (the corpus repeated as JSON Lines), streamed.
Nothing here is a test: it prints figures for the README and the issue notes.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-entertainment"
ARTLINT = [sys.executable, "-m", "artlint"]


def spread(values: list[float], unit: str, digits: int = 2) -> str:
    return (f"min {min(values):.{digits}f} / median {statistics.median(values):.{digits}f} / "
            f"max {max(values):.{digits}f} {unit}")


# One pass over the corpus in a fresh process, start-up and the first article excluded; then the same texts
# again in that process.  Several analyses keep results per text (find_dates, sentences, flesch: lru caches),
# so the second pass measures those caches, not what a run over new articles costs.
PASSES = r"""
import sys, time
from artlint.config import Config, active_rules
from artlint.engine import run
from artlint.env import Env
from artlint.parsers import parse

rules = [r for r in active_rules(Config()) if r.family != "grammar"]
texts = [(p, open(p, encoding="utf-8").read()) for p in sys.argv[1:]]
run(parse(texts[0][1], texts[0][0]), rules, Env())  # warm: compile what the first article needs
for _ in range(2):
    started = time.perf_counter()
    for path, text in texts:
        run(parse(text, path), rules, Env())
    print(len(texts) / (time.perf_counter() - started))
"""


def in_process(paths: list[Path], repeat: int) -> tuple[list[float], list[float]]:
    """Articles per second: (first passes over the corpus, each in a new process; second passes, same texts)."""
    first, again = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", PASSES, *map(str, paths)], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
        first.append(float(out[0]))
        again.append(float(out[1]))
    return first, again


def per_family(paths: list[Path]) -> dict[str, float]:
    """ms per article for each family's rules alone, one pass (the family's shared analyses included)."""
    from artlint.config import Config, active_rules
    from artlint.engine import run
    from artlint.env import Env
    from artlint.parsers import parse

    rules = [r for r in active_rules(Config()) if r.family != "grammar"]
    docs = [parse(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    out = {}
    for family in sorted({r.family for r in rules}):
        chosen = [r for r in rules if r.family == family]
        run(docs[0], chosen, Env())
        started = time.perf_counter()
        for doc in docs:
            run(doc, chosen, Env())
        out[family] = 1000 * (time.perf_counter() - started) / len(docs)
    return out


PEERS = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "artlint" / "bench-peers"


def write_good(install: bool) -> str | None:
    """write-good's CLI from the scratch folder (installed there with --install-peers), else on PATH."""
    script = PEERS / "node_modules" / ".bin" / "write-good"
    if not script.exists() and install and shutil.which("npm"):
        PEERS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--prefix", str(PEERS), "write-good"], check=False,
                       stdout=subprocess.DEVNULL)
    return str(script) if script.exists() else shutil.which("write-good")


def wall(cmd: list[str], repeat: int, cwd: Path = ROOT, cpu: list[float] | None = None) -> list[float]:
    """Wall times of repeat runs; with cpu, each run's CPU time (user + system) is appended there too."""
    times = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if cpu is not None:
            cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return times


def peak_rss_mb(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024


SECTIONS = ("throughput", "families", "cli", "latency", "memory")  # cli: with write-good beside it


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--install-peers", action="store_true",
                        help=f"npm install write-good into {PEERS} (outside the project) if it is missing")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections to run (default all: {','.join(SECTIONS)})")
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    if chosen - set(SECTIONS):
        sys.exit(f"unknown section(s) {', '.join(sorted(chosen - set(SECTIONS)))}; known: {', '.join(SECTIONS)}")
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt articles in {args.corpus}")
    print(f"corpus: {args.corpus} ({len(paths)} articles), {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    if "throughput" in chosen:
        throughput(paths, args.repeat)
    if "families" in chosen:
        families = per_family(paths)
        print("families, in process, ms per article: "
              + ", ".join(f"{name} {ms:.2f}" for name, ms in sorted(families.items(), key=lambda kv: -kv[1])))
    if "cli" in chosen:
        cli(paths, args.corpus, args.repeat, args.install_peers)
    if "latency" in chosen:
        latency(paths[0], args.repeat)
    if "memory" in chosen:
        memory(paths, args.articles)


def throughput(paths: list[Path], repeat: int) -> None:
    rates, again = in_process(paths, repeat)
    print(f"throughput, one core, in process: {spread(rates, 'articles/s', 0)}   (target >= 700)")
    print(f"  the same texts again, same process: {spread(again, 'articles/s', 0)}   (per-text caches hit: not a "
          "throughput)")
    # Next to this Python first (the project's venv), then on PATH.
    beside = Path(sys.executable).parent / "proselint"
    proselint = str(beside) if beside.exists() else shutil.which("proselint")
    if proselint:
        times = wall([proselint, "check", *map(str, paths)], repeat)
        peer = [len(paths) / t for t in times]
        print(f"proselint, one process:           {spread(peer, 'articles/s', 0)}")
        print(f"ratio artlint / proselint (medians): {statistics.median(rates) / statistics.median(peer):.2f}")
    else:
        print("proselint: not installed (pip install proselint) - no comparison")


def cli(paths: list[Path], corpus: Path, repeat: int, install_peers: bool) -> None:
    cli_rates = {}
    cpu: list[float] = []
    for jobs in ("1", "0"):
        times = wall([*ARTLINT, "check", "--ignore", "grammar", "-j", jobs, "--format", "json", str(corpus)],
                     repeat, cpu=cpu if jobs == "1" else None)
        label = "one process" if jobs == "1" else "all cores"
        cli_rates[jobs] = [len(paths) / t for t in times]
        print(f"cli, {label:11}:                {spread(cli_rates[jobs], 'articles/s', 0)}")
    peer = write_good(install_peers)
    if peer:
        cpu_wg: list[float] = []
        times = wall([peer, *map(str, paths)], repeat, cpu=cpu_wg)
        rates_wg = [len(paths) / t for t in times]
        print(f"write-good, one process:          {spread(rates_wg, 'articles/s', 0)}")
        print(f"ratio artlint -j 1 / write-good (medians): "
              f"{statistics.median(cli_rates['1']) / statistics.median(rates_wg):.2f}   (target >= 1)")
        # CPU time is less disturbed by other work on a shared machine than wall time.
        print(f"  CPU s per run, artlint -j 1 {statistics.median(cpu):.2f}, write-good {statistics.median(cpu_wg):.2f} "
              f"(ratio of rates {statistics.median(cpu_wg) / statistics.median(cpu):.2f})")
    else:
        print(f"write-good: not installed (run with --install-peers to put it in {PEERS}) - no comparison")


def latency(one: Path, repeat: int) -> None:
    # Fill the on-disk caches once, and let Python write artlint's bytecode as a wheel install does
    # (an editable checkout under PYTHONDONTWRITEBYTECODE would otherwise recompile every module each run).
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([*ARTLINT, "check", str(one)], cwd=ROOT, capture_output=True, env=warm_env)
    script = Path(sys.executable).parent / "artlint"  # the command the issue times: `artlint check ONE.txt`
    command = [str(script)] if script.exists() else ARTLINT
    cpu: list[float] = []
    cold = wall([*command, "check", "--ignore", "grammar", str(one)], max(repeat, 10), cpu=cpu)  # cheap, and noisy
    print(f"latency, one article, cold process: {spread(cold, 's')}   (target <= 0.25 s)")
    print(f"  CPU time of the same runs: {spread(cpu, 's')}   (python benchmarks/cold.py breaks it down)")


def memory(paths: list[Path], articles: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        with archive.open("w", encoding="utf-8") as out:
            for i in range(articles):
                text = paths[i % len(paths)].read_text(encoding="utf-8")
                headline, _, body = text.partition("\n")
                out.write(json.dumps({"headline": headline, "body": body.strip()}) + "\n")
        started = time.perf_counter()
        rss = peak_rss_mb([*ARTLINT, "check", "--ignore", "grammar", "-j", "1", "--format", "jsonl", "--no-progress",
                           "-o", str(Path(tmp) / "out.jsonl"), str(archive)])
        took = time.perf_counter() - started
        print(f"memory, {articles} articles streamed: peak RSS {rss:.0f} MB in {took:.0f} s   (target <= 150 MB)")


if __name__ == "__main__":
    main()
