"""Archive audits on a Dask cluster: many articles, checked where the workers are, written as JSON Lines.

Articles are independent, so the work is a map: the units (files, or lines of
JSON Lines archives) go out in batches, each worker keeps one Runner (rules
loaded and compiled once per worker process), and results come back in
submission order, so the output is the serial run's, line for line.  Without a
scheduler address a LocalCluster is started on this machine.  Dask is an
optional extra: pip install 'artlint[dask]'.
"""
from __future__ import annotations

import glob
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..discovery import Unit, units_of
from ..errors import InputError, UsageError
from ..runner import Runner
from .writes import Inputs, write_text

BATCH = 32
_WORKER_RUNNERS: dict[str, Runner] = {}


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    worst: list[tuple[int, str, int]] = field(default_factory=list)  # (score, path, findings)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, error), printed one line each

    def add(self, entry: dict[str, Any]) -> None:
        self.articles += 1
        if "error" in entry:
            self.errors += 1
            self.problems.append((entry["path"], entry["error"]))
            return
        self.findings.update(f["rule"] for f in entry["findings"])
        self.worst.append((entry.get("score", 100), entry["path"], len(entry["findings"])))
        self.worst = sorted(self.worst)[:10]

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "errors": self.errors, "findings": sum(self.findings.values()),
                "per_rule": dict(self.findings.most_common()),
                "worst": [{"path": p, "score": s, "findings": n} for s, p, n in self.worst]}


def sources(patterns: Iterable[str]) -> list[str]:
    """Folders, files, JSON Lines archives, or shell-style globs."""
    out: list[str] = []
    for pattern in patterns:
        if any(ch in pattern for ch in "*?["):
            matched = sorted(glob.glob(pattern, recursive=True))
            if not matched:
                raise UsageError(f"no files match {pattern!r}")
            out.extend(matched)
        elif not Path(pattern).exists():  # before a cluster starts: the user learns at once, as with check
            raise InputError("no such file or directory", pattern)
        else:
            out.append(pattern)
    return out


def _batches(units: list[Unit]) -> Iterator[list[Unit]]:
    for i in range(0, len(units), BATCH):
        yield units[i : i + BATCH]


def _check_batch(batch: list[Unit], runner: Runner, key: str) -> list[str]:
    """On a worker: check a batch with that worker's Runner, return JSON Lines."""
    from ..formatters.jsonl import line

    local = _WORKER_RUNNERS.get(key)
    if local is None:
        local = _WORKER_RUNNERS[key] = runner
    return [line(local.check_unit(unit)) for unit in batch]


def run(patterns: Iterable[str], runner: Runner, out: IO[str], scheduler: str | None = None,
        workers: int = 2, files: list[tuple[str, str | None]] | None = None) -> Summary:
    """Check every article on a Dask cluster; files: what runner.files(sources(patterns)) found, if already walked."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("artlint audit needs Dask: pip install 'artlint[dask]'") from None
    units = list(units_of(runner.files(sources(patterns)) if files is None else files))
    summary = Summary()
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
        else:
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40)
            client = Client(cluster)  # type: ignore[no-untyped-call]
    except OSError as error:
        raise UsageError(f"cannot reach the Dask scheduler {scheduler!r}: {error}") from None
    try:
        key = repr((runner.config, runner.settings))
        shipped = client.scatter(runner, broadcast=True)  # type: ignore[no-untyped-call]
        futures = [client.submit(_check_batch, batch, shipped, key, pure=False) for batch in _batches(units)]
        for future in futures:  # in submission order: the output is the serial run's
            for text in future.result():
                out.write(text)
                summary.add(json.loads(text))
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()
    return summary


def write_summary(summary: Summary, target: str | None, inputs: Inputs | None = None) -> str:
    text = json.dumps(summary.as_dict(), indent=2, ensure_ascii=False) + "\n"
    if target:
        write_text(target, text, inputs=inputs, what="summary")
    return text
