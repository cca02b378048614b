#!/usr/bin/env python3
"""The HTML report's time against the text report's, as findings grow (it must stay linear).

    python benchmarks/html_report.py [--findings 10000]

Renders one synthetic article with N and 4N findings in both formats and prints the times
and the growth ratio (4.0 is linear; the old HTML renderer's covering scan grew 16x).
Not a test: timings belong here, not in the unit tests.
"""
from __future__ import annotations

import argparse
import time

from artlint.findings import Finding, Location, Severity
from artlint.formatters import get
from artlint.report import FileResult, Report

HEAD = "Headline for a long test\n\n"


def report(n: int) -> Report:
    start = len(HEAD)
    findings = [Finding("hype/puffery", Severity.WARNING, "m",
                        Location(start + 5 * i, start + 5 * i + 4, 3, 5 * i + 1, 3, 5 * i + 5), "word")
                for i in range(n)]
    return Report([FileResult("big.txt", "txt", findings, {"words": n}, source=HEAD + "word " * n)])


def timed(fmt: str, r: Report) -> float:
    started = time.perf_counter()
    get(fmt)(r)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=10_000)
    n = parser.parse_args().findings
    small, large = report(n), report(4 * n)
    for fmt in ("text", "html"):
        a, b = timed(fmt, small), timed(fmt, large)
        print(f"{fmt:5} {n:>7} findings {a:6.2f} s   {4 * n:>7} findings {b:6.2f} s   growth x{b / a:.1f} (linear: x4)")


if __name__ == "__main__":
    main()
