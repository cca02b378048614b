#!/usr/bin/env python3
"""Precision and recall per family on the fresh celebrity-news sets in eval/celebrity-heldout.

    python scripts/heldout_scores.py [--sets C,E,F] [--pooled] [--corpus DIR] [--json]
    python scripts/heldout_scores.py --agreement

Each set is 24 articles of ../shared/corpus/celebrity-news annotated from GOLD-GUIDELINES.md
alone by an annotator who never saw artlint's rules or output (eval/celebrity-heldout/README.md
says which sets were tuned on, and when). The articles are copied from the corpus into a
temporary gold folder and scored by ../shared/tools/score_gold.py, like gold-dev.
--sets defaults to every set in articles.json; --pooled adds the micro-average over the sets
named (matched findings and gold lines summed), which is how several small sets are quoted.
--agreement compares the two annotators on the four articles both annotated.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval" / "celebrity-heldout"
CORPUS = ROOT.parent / "shared" / "corpus"
TOOLS = ROOT.parent / "shared" / "tools"
CMD = f"{sys.executable} -m artlint check --format json"
CATEGORIES = ("hype", "names", "promo", "release-date", "credits")


def _gold_folder(name: str, gold: Path, corpus: Path, into: Path) -> Path:
    """A score_gold folder (articles/ + gold.jsonl) for one set, its texts copied from the corpus."""
    articles = json.loads((EVAL / "articles.json").read_text(encoding="utf-8"))[name]
    folder = into / name
    (folder / "articles").mkdir(parents=True)
    for article, source in articles.items():
        shutil.copyfile(corpus / source, folder / "articles" / f"{article}.txt")
    shutil.copyfile(gold, folder / "gold.jsonl")
    return folder


def _score(folder: Path) -> list[dict[str, object]]:
    done = subprocess.run([sys.executable, str(TOOLS / "score_gold.py"), str(folder), "--cmd", CMD, "--json"],
                          capture_output=True, text=True, check=True)
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def _agreement(corpus: Path, into: Path) -> dict[str, tuple[int, int, float]]:
    """Per category: spans of annotator 1, of annotator 2, and the F1 of their overlap-matching."""
    sys.path.insert(0, str(TOOLS))
    from score_gold import load_gold  # the scorer's own reading of a gold file

    one = load_gold(_gold_folder("agree", EVAL / "agree-annotator1.gold.jsonl", corpus, into / "1"))[1]
    two = load_gold(_gold_folder("agree", EVAL / "agree-annotator2.gold.jsonl", corpus, into / "2"))[1]

    def found(spans: dict[str, list[tuple[object, ...]]], other: dict[str, list[tuple[object, ...]]], category: str) -> tuple[int, int]:
        total = hit = 0
        for article, items in spans.items():
            for cat, start, end, _ in items:
                if cat != category:
                    continue
                total += 1
                hit += any(c == category and ((start is None and s is None) or (
                    start is not None and s is not None and start < e and s < end))  # type: ignore[operator]
                    for c, s, e, _ in other.get(article, []))
        return total, hit

    result = {}
    for category in CATEGORIES:
        n1, h1 = found(one, two, category)
        n2, h2 = found(two, one, category)
        if n1 + n2:
            p, r = (h1 / n1 if n1 else 0.0), (h2 / n2 if n2 else 0.0)
            result[category] = (n1, n2, 2 * p * r / (p + r) if p + r else 0.0)
    return result


def _pooled(sets: list[list[dict[str, object]]]) -> list[dict[str, object]]:
    """Per category over several sets: matched findings over findings, matched gold lines over gold lines."""
    rows = []
    for category in CATEGORIES:
        gold = found = hit_gold = hit_found = 0.0
        for table in sets:
            for row in table:
                if row["category"] != category:
                    continue
                g, f = int(row.get("gold") or 0), int(row.get("found") or 0)  # type: ignore[call-overload]
                gold, found = gold + g, found + f
                if isinstance(row.get("recall"), float):
                    hit_gold += round(row["recall"] * g)  # type: ignore[operator]
                if isinstance(row.get("precision"), float):
                    hit_found += round(row["precision"] * f)  # type: ignore[operator]
        rows.append({"category": category, "gold": int(gold), "found": int(found),
                     "precision": hit_found / found if found else None, "recall": hit_gold / gold if gold else None})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set names (default: all)")
    parser.add_argument("--pooled", action="store_true", help="also print the micro-average over the sets")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--agreement", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (args.corpus / "celebrity-news").is_dir():
        sys.exit(f"heldout_scores: {args.corpus / 'celebrity-news'}: no such folder (use --corpus)")
    with tempfile.TemporaryDirectory() as tmp:
        if args.agreement:
            for category, (n1, n2, f1) in _agreement(args.corpus, Path(tmp)).items():
                print(f"{category:14} annotator 1: {n1:3}  annotator 2: {n2:3}  F1 {f1:.2f}")
            return
        names = args.sets.split(",") if args.sets else [
            n for n in json.loads((EVAL / "articles.json").read_text(encoding="utf-8")) if n != "agree"]
        table = {name: _score(_gold_folder(name, EVAL / f"{name}.gold.jsonl", args.corpus, Path(tmp)))
                 for name in names}
    if args.pooled:
        table["pooled " + "+".join(table)] = _pooled(list(table.values()))
    if args.json:
        print(json.dumps(table, indent=1))
        return
    for name, rows in table.items():
        print(f"set {name}")
        for row in rows:
            if row.get("gold"):
                p, r = (f"{v:.3f}" if isinstance(v, float) else "  -  " for v in (row["precision"], row["recall"]))
                print(f"  {row['category']:14} gold {row['gold']:3}  found {row['found']:3}  P {p}  R {r}")


if __name__ == "__main__":
    main()
