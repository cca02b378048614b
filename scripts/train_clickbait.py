#!/usr/bin/env python3
"""Train the clickbait headline model shipped as rules/hype/clickbait-model.json.

    python scripts/train_clickbait.py [TSV] [--out PATH] [--folds 5] [--negatives DIR ...]

TSV is label<TAB>headline with a header line (default: the DEV half of
Chakraborty et al. 2016 in ../shared/corpus/clickbait-headlines/dev.tsv).
Pure Python, deterministic: L2-regularised logistic regression by SGD over
lower-cased unigrams and bigrams, names and numbers masked
(artlint.analysis.headline_model.features).

The news half of that data is wire and broadsheet copy about politics and
markets, so on its own the model learns that any story about a person's life
("her", "dating", "wedding") is clickbait.  --negatives adds in-domain
non-clickbait headlines: the first line of each article in DIR (default: the
mainstream celebrity-news articles and BBC entertainment, both in ../shared/corpus).
Prints k-fold cross-validated figures, folding the TSV and the negatives alike,
before writing the model trained on all rows, so the figures printed (accuracy
on the TSV, share of held-out in-domain headlines flagged) are out-of-sample.
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
DEFAULT_NEGATIVES = [ROOT.parent / "shared" / "corpus" / "celebrity-news" / "legit",
                     ROOT.parent / "shared" / "corpus" / "bbc-entertainment"]


def first_lines(folder: Path) -> list[str]:
    """The headline (first non-blank line) of each article in a folder, in name order."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        line = next((x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()), "")
        if line:
            found.append(line)
    return found


def read_tsv(path: Path) -> list[tuple[int, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            label, headline = line.split("\t", 1)
            rows.append((int(label), headline))
    return rows


def train(rows: list[tuple[int, str]], epochs: int = 12, rate: float = 0.2, l2: float = 1e-4,
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


def rule_estimate(held_out: list[tuple[int, str, float]], in_domain: list[tuple[str, str, float]],
                  threshold: float | None = None) -> None:
    """Cross-validated figures for the whole rule: its devices, or the held-out model at a threshold (the shipped one)."""
    import dataclasses

    from eval_clickbait import headline_doc

    from artlint.engine import run
    from artlint.env import Env
    from artlint.rule_files import load_bundled

    shipped = next(r for r in load_bundled() if r.id == "hype/clickbait-headline")
    threshold = shipped.params["model_threshold"] if threshold is None else threshold
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
    for name in dict.fromkeys(o for o, _, _ in in_domain):
        rows = [(h, p) for o, h, p in in_domain if o == name]
        by_model = sum(p >= threshold for _, p in rows)
        by_rule = sum(p >= threshold or bool(run(headline_doc(h), [devices], Env())) for h, p in rows)
        print(f"cross-validated, held-out {name} headlines flagged: model {by_model / len(rows):.3f}, "
              f"rule {by_rule / len(rows):.3f} (of {len(rows)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEFAULT_TSV)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--negatives", type=Path, nargs="*", default=DEFAULT_NEGATIVES,
                        help="folders of in-domain non-clickbait articles (their first lines); none: --negatives")
    parser.add_argument("--rule-thresholds", type=float, nargs="*",
                        help="model thresholds to estimate the rule at (default: the shipped model_threshold)")
    args = parser.parse_args()
    rows = read_tsv(args.tsv)
    negatives = [(0, h) for folder in args.negatives for h in first_lines(folder)]
    origin = [folder.name for folder in args.negatives for _ in first_lines(folder)]
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    totals = []
    held_out: list[tuple[int, str, float]] = []
    in_domain: list[tuple[str, str, float]] = []
    for k in range(args.folds):
        test = shuffled[k::args.folds]
        train_rows = [r for i, r in enumerate(shuffled) if i % args.folds != k]
        train_rows += [r for i, r in enumerate(negatives) if i % args.folds != k]
        bias, weights = train(train_rows)
        model = HeadlineModel(bias, weights, args.threshold)
        totals.append((scores(model, test), scores(model, [(lab, h.lower()) for lab, h in test])))
        held_out += [(lab, h, model.probability(h)) for lab, h in test]
        in_domain += [(origin[i], h, model.probability(h)) for i, (_, h) in enumerate(negatives) if i % args.folds == k]
    for name, idx in (("as written", 0), ("lower-cased", 1)):
        acc, prec, rec = (sum(t[idx][j] for t in totals) / len(totals) for j in range(3))
        print(f"{args.folds}-fold CV, model at {args.threshold}, {name:11}: "
              f"accuracy {acc:.3f}  precision {prec:.3f}  recall {rec:.3f}")
    for threshold in args.rule_thresholds or [None]:
        rule_estimate(held_out, in_domain, threshold)
    bias, weights = train(rows + negatives)
    data = {"about": "Clickbait headline model for hype/clickbait-headline; trained by scripts/train_clickbait.py "
                     "on Chakraborty et al. 2016 (DEV half) plus in-domain non-clickbait headlines "
                     f"({', '.join(p.name for p in args.negatives) or 'none'}: {len(negatives)}). "
                     "Logistic regression over lower-cased n-grams, names and numbers masked.",
            "threshold": args.threshold, "bias": round(bias, 4), "weights": dict(sorted(weights.items()))}
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} features, {args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
