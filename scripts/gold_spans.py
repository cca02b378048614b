"""What the hype experiments share (scripts/hype_filter.py, scripts/train_hype_spans.py): the read annotated sets,
their gold hype spans, the hype rules' findings, and how a finding meets a gold span.

The read sets are gold-dev (CORPUS/gold-dev: articles/*.txt and gold.jsonl, in five region groups) and the read
celebrity-heldout sets A, B and D (their articles in CORPUS/celebrity-news as eval/celebrity-heldout/articles.json
names them, their gold in eval/celebrity-heldout/{A,B,D}.gold.jsonl).  The unread sets (C, E to I, agree) are never
named here.  CORPUS is the shared corpus folder, by default ../shared/corpus beside the checkout.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
HELDOUT = ROOT / "eval" / "celebrity-heldout"
READ_SETS = ("A", "B", "D")  # the read celebrity-heldout sets; never C, E, F, G, H, I or agree
Spans = dict[str, list[tuple[int, int]]]
Found = list[tuple[str, int, int]]  # rule, start, end


def overlaps(a: int, b: int, s: int, e: int) -> bool:
    """Whether the span a..b meets s..e, as score_gold.py matches (an empty span touching counts)."""
    return (s <= a <= e) if a == b else (a < e and s < b)


def region(article: str) -> str:
    """The gold-dev region group of an article: its id's first letter, the seed article with d."""
    return "d" if article == "seed" else article[0]


def gold_dev_articles(gold_dir: Path) -> dict[str, Path]:
    """The gold-dev articles by id."""
    return {p.stem: p for p in sorted((gold_dir / "articles").glob("*.txt"))}


def read_set_articles(corpus: Path) -> dict[str, dict[str, Path]]:
    """The articles of each read celebrity-heldout set (A, B, D) by id, as paths into the corpus."""
    listed = json.loads((HELDOUT / "articles.json").read_text(encoding="utf-8"))
    return {name: {article: corpus / source for article, source in listed[name].items()} for name in READ_SETS}


def read_set_gold(name: str) -> Path:
    """The gold file of a read celebrity-heldout set."""
    return HELDOUT / f"{name}.gold.jsonl"


def hype_spans(gold: Path, texts: Mapping[str, str]) -> Spans:
    """The gold file's hype spans per article of `texts`, found as score_gold.py finds them (the n-th occurrence of
    the text); lines about other articles are left out."""
    spans: Spans = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if item["category"] != "hype" or item.get("text") is None or item["article"] not in texts:
            continue
        body, start = texts[item["article"]], -1
        for _ in range(int(item.get("occurrence", 1))):
            start = body.find(item["text"], start + 1)
        spans.setdefault(item["article"], []).append((start, start + len(item["text"])))
    return spans


def hype_findings(paths: Iterable[Path]) -> dict[Path, Found]:
    """The hype findings that have a location, per resolved file path: `artlint check --select hype` run by this
    Python (the checkout's editable install)."""
    done = subprocess.run([sys.executable, "-m", "artlint", "check", "--format", "json", "--select", "hype",
                           *map(str, paths)], capture_output=True, text=True, check=False)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        sys.exit(f"artlint check gave no report (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    return {Path(f["path"]).resolve(): [(x["rule"], x["start"], x["end"]) for x in f["findings"]
                                        if x["rule"].startswith("hype/") and x.get("start") is not None]
            for f in report["files"]}
