"""Print the quality score's distribution per corpus: the figures the score is calibrated on.

    python benchmarks/score_distribution.py [--corpus ../shared/corpus]

BBC entertainment is professionally edited copy and should mostly score 85 or
more; the celebrity-news gossip ("fake") half should spread across the range;
the "Escape" seed (tests/fixtures/seed.txt) should sit near the bottom without
being pinned at 0.  Grammar is off (it needs a server); everything else runs
with the default rules, as `artlint check` does.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _scores(paths: list[str]) -> list[int]:
    from artlint.config import Config
    from artlint.runner import Runner

    runner = Runner(config=Config(ignore=("grammar",)))
    return [r.score for r in runner.iter_results(paths) if r.score is not None]


def _line(name: str, scores: list[int]) -> str:
    if not scores:
        return f"{name:<30} no articles"
    if len(scores) == 1:
        return f"{name:<30} n=1    score {scores[0]}"
    deciles = statistics.quantiles(scores, n=10, method="inclusive")
    quartiles = statistics.quantiles(scores, n=4, method="inclusive")
    high = sum(s >= 85 for s in scores) / len(scores)
    bands = [sum(lo <= s < lo + 20 or s == lo + 20 == 100 for s in scores) for lo in range(0, 100, 20)]
    return (f"{name:<30} n={len(scores):<4} min {min(scores):>3}  p10 {deciles[0]:>3.0f}  p25 {quartiles[0]:>3.0f}  "
            f"median {statistics.median(scores):>3.0f}  p75 {quartiles[2]:>3.0f}  p90 {deciles[8]:>3.0f}  "
            f"max {max(scores):>3}  >=85: {100 * high:>3.0f}%  per 20 points (0-19 ... 80-100): {bands}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"), help="the shared corpus folder")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    sets = [("bbc-entertainment", [corpus / "bbc-entertainment"]),
            ("celebrity-news/legit", [corpus / "celebrity-news" / "legit"]),
            ("celebrity-news/fake (gossip)", [corpus / "celebrity-news" / "fake"]),
            ("gold-dev", [corpus / "gold-dev"]),
            ("seed (tests/fixtures/seed.txt)", [ROOT / "tests" / "fixtures" / "seed.txt"])]
    for name, folders in sets:
        present = [str(f) for f in folders if f.exists()]
        print(_line(name, _scores(present) if present else []))


if __name__ == "__main__":
    main()
