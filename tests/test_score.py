"""The quality score on the corpora it was calibrated on (benchmarks/score_distribution.py prints them)."""
from __future__ import annotations

import statistics

from artlint.config import Config
from artlint.runner import Runner
from conftest import shared


def _scores(folder: str) -> list[int]:
    runner = Runner(config=Config(ignore=("grammar",)))
    return [r.score for r in runner.iter_results([str(shared(*folder.split("/")))]) if r.score is not None]


def test_edited_bbc_copy_mostly_scores_85_or_more() -> None:
    scores = _scores("bbc-entertainment")
    assert len(scores) == 386
    assert sum(s >= 85 for s in scores) / len(scores) >= 0.85  # 0.89 when calibrated
    assert statistics.median(scores) >= 95


def test_gossip_spreads_across_the_range() -> None:
    scores = sorted(_scores("celebrity-news/fake"))
    deciles = statistics.quantiles(scores, n=10, method="inclusive")
    assert deciles[0] <= 70 and deciles[8] >= 90  # 62 and 96 when calibrated
    assert min(scores) > 0
