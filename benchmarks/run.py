#!/usr/bin/env python3
"""artlint's speed and memory figures, against the targets of the throughput issue.

    python benchmarks/run.py [--repeat 5] [--articles 10000] [--corpus DIR]

Prints, each with min / median / max over --repeat runs:
  throughput   articles per second on one core, in one process, every default rule but grammar,
               over the corpus (default ../shared/corpus/bbc-entertainment), start-up excluded;
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


def in_process(paths: list[Path], repeat: int) -> list[float]:
    from artlint.config import Config, active_rules
    from artlint.engine import run
    from artlint.env import Env
    from artlint.parsers import parse

    rules = [r for r in active_rules(Config()) if r.family != "grammar"]
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    run(parse(texts[0][1], texts[0][0]), rules, Env())  # warm: compile what the first article needs
    rates = []
    for _ in range(repeat):
        started = time.perf_counter()
        for path, text in texts:
            run(parse(text, path), rules, Env())
        rates.append(len(texts) / (time.perf_counter() - started))
    return rates


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


def wall(cmd: list[str], repeat: int, cwd: Path = ROOT) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return times


def peak_rss_mb(cmd: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--install-peers", action="store_true",
                        help=f"npm install write-good into {PEERS} (outside the project) if it is missing")
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        sys.exit(f"no .txt articles in {args.corpus}")
    print(f"corpus: {args.corpus} ({len(paths)} articles), {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    rates = in_process(paths, args.repeat)
    print(f"throughput, one core, in process: {spread(rates, 'articles/s', 0)}   (target >= 700)")
    # Next to this Python first (the project's venv), then on PATH.
    beside = Path(sys.executable).parent / "proselint"
    proselint = str(beside) if beside.exists() else shutil.which("proselint")
    if proselint:
        times = wall([proselint, "check", *map(str, paths)], args.repeat)
        peer = [len(paths) / t for t in times]
        print(f"proselint, one process:           {spread(peer, 'articles/s', 0)}")
        print(f"ratio artlint / proselint (medians): {statistics.median(rates) / statistics.median(peer):.2f}")
    else:
        print("proselint: not installed (pip install proselint) - no comparison")

    families = per_family(paths)
    print("families, in process, ms per article: "
          + ", ".join(f"{name} {ms:.2f}" for name, ms in sorted(families.items(), key=lambda kv: -kv[1])))

    cli_rates = {}
    for jobs in ("1", "0"):
        times = wall([*ARTLINT, "check", "--ignore", "grammar", "-j", jobs, "--format", "json", str(args.corpus)],
                     args.repeat)
        label = "one process" if jobs == "1" else "all cores"
        cli_rates[jobs] = [len(paths) / t for t in times]
        print(f"cli, {label:11}:                {spread(cli_rates[jobs], 'articles/s', 0)}")
    peer = write_good(args.install_peers)
    if peer:
        times = wall([peer, *map(str, paths)], args.repeat)
        rates_wg = [len(paths) / t for t in times]
        print(f"write-good, one process:          {spread(rates_wg, 'articles/s', 0)}")
        print(f"ratio artlint -j 1 / write-good (medians): "
              f"{statistics.median(cli_rates['1']) / statistics.median(rates_wg):.2f}   (target >= 1)")
    else:
        print(f"write-good: not installed (run with --install-peers to put it in {PEERS}) - no comparison")

    one = paths[0]
    # Fill the on-disk caches once, and let Python write artlint's bytecode as a wheel install does
    # (an editable checkout under PYTHONDONTWRITEBYTECODE would otherwise recompile every module each run).
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([*ARTLINT, "check", str(one)], cwd=ROOT, capture_output=True, env=warm_env)
    script = Path(sys.executable).parent / "artlint"  # the command the issue times: `artlint check ONE.txt`
    command = [str(script)] if script.exists() else ARTLINT
    cold = wall([*command, "check", "--ignore", "grammar", str(one)], max(args.repeat, 10))  # cheap, and noisy
    print(f"latency, one article, cold process: {spread(cold, 's')}   (target <= 0.25 s)")

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        with archive.open("w", encoding="utf-8") as out:
            for i in range(args.articles):
                text = paths[i % len(paths)].read_text(encoding="utf-8")
                headline, _, body = text.partition("\n")
                out.write(json.dumps({"headline": headline, "body": body.strip()}) + "\n")
        started = time.perf_counter()
        rss = peak_rss_mb([*ARTLINT, "check", "--ignore", "grammar", "-j", "1", "--format", "jsonl", "--no-progress",
                           "-o", str(Path(tmp) / "out.jsonl"), str(archive)])
        took = time.perf_counter() - started
        print(f"memory, {args.articles} articles streamed: peak RSS {rss:.0f} MB in {took:.0f} s   (target <= 150 MB)")


if __name__ == "__main__":
    main()
