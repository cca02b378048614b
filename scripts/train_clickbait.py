#!/usr/bin/env python3
"""Train the clickbait headline model shipped as rules/hype/clickbait-model.json.

    python scripts/train_clickbait.py [TSV] [--out PATH] [--folds 5]

TSV is label<TAB>headline with a header line (default: the DEV half of
Chakraborty et al. 2016 in ../shared/corpus/clickbait-headlines/dev.tsv).
Pure Python, deterministic: L2-regularised logistic regression by SGD over
lower-cased unigrams and bigrams (artlint.analysis.headline_model.features).  Prints
k-fold cross-validated accuracy, precision and recall before writing the model
trained on all rows, so the figure printed is an honest out-of-sample estimate.
"""
from __future__ import annotations

import argparse
import json
import math
import random
from collections import Counter
from pathlib import Path

from artlint.analysis.headline_model import HeadlineModel, features

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = ROOT.parent / "shared" / "corpus" / "clickbait-headlines" / "dev.tsv"
DEFAULT_OUT = ROOT / "rules" / "hype" / "clickbait-model.json"


def read_tsv(path: Path) -> list[tuple[int, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            label, headline = line.split("\t", 1)
            rows.append((int(label), headline))
    return rows


def train(rows: list[tuple[int, str]], epochs: int = 12, rate: float = 0.2, l2: float = 1e-5,
          min_count: int = 2) -> tuple[float, dict[str, float]]:
    feats = [(label, features(h)) for label, h in rows]
    counts = Counter(f for _, fs in feats for f in set(fs))
    keep = {f for f, c in counts.items() if c >= min_count}
    feats = [(label, [f for f in fs if f in keep]) for label, fs in feats]
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(feats)))
    rng = random.Random(8)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for i in order:
            label, fs = feats[i]
            z = bias + sum(weights.get(f, 0.0) for f in fs)
            p = 1 / (1 + math.exp(-max(min(z, 40), -40)))
            g = p - label
            bias -= step * g
            for f in fs:
                w = weights.get(f, 0.0)
                weights[f] = w - step * (g + l2 * w)
    return bias, {f: round(w, 4) for f, w in weights.items() if abs(w) >= 0.02}


def scores(model: HeadlineModel, rows: list[tuple[int, str]]) -> tuple[float, float, float]:
    tp = fp = fn = tn = 0
    for label, headline in rows:
        guess = model.probability(headline) >= model.threshold
        tp += guess and label == 1
        fp += guess and label == 0
        fn += (not guess) and label == 1
        tn += (not guess) and label == 0
    total = tp + fp + fn + tn
    return (tp + tn) / total, tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def rule_estimate(held_out: list[tuple[int, str, float]]) -> None:
    """Cross-validated figures for the whole rule: its devices, or the held-out model at the shipped threshold."""
    import dataclasses

    from eval_clickbait import headline_doc

    from artlint.engine import run
    from artlint.env import Env
    from artlint.rule_files import load_bundled

    shipped = next(r for r in load_bundled() if r.id == "hype/clickbait-headline")
    threshold = shipped.params["model_threshold"]
    devices = dataclasses.replace(shipped, params={k: v for k, v in shipped.params.items()
                                                   if k not in ("model", "model_threshold")})
    tp = fp = fn = tn = 0
    for label, headline, p in held_out:
        fired = p >= threshold or bool(run(headline_doc(headline), [devices], Env()))
        tp += fired and label == 1
        fp += fired and label == 0
        fn += (not fired) and label == 1
        tn += (not fired) and label == 0
    print(f"cross-validated rule (devices or model >= {threshold}): accuracy {(tp + tn) / len(held_out):.3f}  "
          f"precision {tp / max(tp + fp, 1):.3f}  recall {tp / max(tp + fn, 1):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEFAULT_TSV)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    rows = read_tsv(args.tsv)
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    totals = []
    held_out: list[tuple[int, str, float]] = []
    for k in range(args.folds):
        test = shuffled[k::args.folds]
        train_rows = [r for i, r in enumerate(shuffled) if i % args.folds != k]
        bias, weights = train(train_rows)
        model = HeadlineModel(bias, weights, args.threshold)
        totals.append((scores(model, test), scores(model, [(lab, h.lower()) for lab, h in test])))
        held_out += [(lab, h, model.probability(h)) for lab, h in test]
    for name, idx in (("as written", 0), ("lower-cased", 1)):
        acc, prec, rec = (sum(t[idx][j] for t in totals) / len(totals) for j in range(3))
        print(f"{args.folds}-fold CV, model at {args.threshold}, {name:11}: "
              f"accuracy {acc:.3f}  precision {prec:.3f}  recall {rec:.3f}")
    rule_estimate(held_out)
    bias, weights = train(rows)
    data = {"about": "Clickbait headline model for hype/clickbait-headline; trained by scripts/train_clickbait.py "
                     "on Chakraborty et al. 2016 (DEV half). Logistic regression over lower-cased n-grams.",
            "threshold": args.threshold, "bias": round(bias, 4), "weights": dict(sorted(weights.items()))}
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} features, {args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
