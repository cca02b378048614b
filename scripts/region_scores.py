#!/usr/bin/env python3
"""Precision and recall per family for each region group of gold-dev, and on BBC copy.

    python scripts/region_scores.py [--gold DIR] [--bbc DIR] [--json]

gold-dev's article ids name their region: d (with seed: the first 26 articles, the rules'
original tuning set), k (Korean outlets), s (South Asian), u (US/UK), w (elsewhere). The
scoring is ../shared/tools/score_gold.py's own, run once per group with --only.

These figures are only cross-validated for a group whose misses were not read while the
rules were tuned (see README, "Quality": which group was held out for which family).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score_gold.py"
GROUPS = {"d": "d,seed", "k": "k", "s": "s", "u": "u", "w": "w"}
CMD = f"{sys.executable} -m artlint check --format json"


def _score(*args: str) -> list[dict[str, object]]:
    done = subprocess.run([sys.executable, str(SCORER), *args, "--cmd", CMD, "--json"],
                          capture_output=True, text=True, check=True)
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=CORPUS / "gold-dev")
    parser.add_argument("--bbc", type=Path, default=CORPUS / "bbc-entertainment")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    table: dict[str, dict[str, dict[str, object]]] = {}
    for group, only in GROUPS.items():
        for row in _score(str(args.gold), "--only", only):
            table.setdefault(str(row["category"]), {})[group] = row
    bbc = {str(row["family"]): row["per_article"] for row in _score("--clean", str(args.bbc))}
    if args.json:
        print(json.dumps({"groups": table, "bbc_per_article": bbc}, indent=1))
        return

    def cell(row: dict[str, object] | None) -> str:
        if not row or not row.get("gold"):
            return "   -    "
        p, r = row.get("precision"), row.get("recall")
        return f"{'-' if p is None else format(p, '.2f')}/{format(r, '.2f')}" if isinstance(r, (int, float)) else "   -    "

    print(f"{'family':13} " + " ".join(f"{g:>9}" for g in GROUPS) + "   (precision/recall; d = original tuning set)")
    for category, rows in sorted(table.items()):
        print(f"{category:13} " + " ".join(f"{cell(rows.get(g)):>9}" for g in GROUPS))
    family = {"credits": "credits", "hype": "hype", "promo": "promo", "release-date": "dates", "names": "names"}
    print("BBC findings per article: " + ", ".join(f"{f} {bbc.get(f, 0)}" for f in family.values()))


if __name__ == "__main__":
    main()
