#!/usr/bin/env python3
"""Measure hype/clickbait-headline on labelled headlines: accuracy, precision, recall.

    python scripts/eval_clickbait.py [TSV] [--threshold T] [--corpus DIR ...]

TSV is label<TAB>headline with a header line (1 = clickbait), by default the DEV
half of Chakraborty et al. 2016.  Each headline is linted as the headline of an
otherwise empty article by the bundled rule, exactly as `artlint check` runs it.
Rows: the rule as shipped, its devices alone, the model alone, and each again on
lower-cased headlines (the data's clickbait side is Title Case, the other side
mostly not, so a case-blind figure shows the rule is not reading the source).
The model was trained on DEV, so DEV figures for the model are optimistic; the
training script prints the cross-validated estimate.  --corpus DIR also prints
the share of DIR's article headlines (first lines) the shipped rule flags, for
entertainment copy: ../shared/corpus/celebrity-news/legit and fake,
bbc-entertainment, gold-dev/articles.
"""
from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from artlint.document import Block, Document
from artlint.engine import run
from artlint.env import Env
from artlint.rule_files import load_bundled
from artlint.rules import Rule

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = ROOT.parent / "shared" / "corpus" / "clickbait-headlines" / "dev.tsv"


def headline_doc(headline: str) -> Document:
    doc = Document(path="<headline>", source=headline, format="txt")
    doc.blocks.append(Block.from_source("headline", headline, 0, len(headline)))
    return doc


def measure(rule: Rule, rows: list[tuple[int, str]]) -> tuple[float, float, float]:
    tp = fp = fn = tn = 0
    env = Env()
    for label, headline in rows:
        fired = bool(run(headline_doc(headline), [rule], env))
        tp += fired and label == 1
        fp += fired and label == 0
        fn += (not fired) and label == 1
        tn += (not fired) and label == 0
    return (tp + tn) / len(rows), tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", type=Path, default=DEFAULT_TSV)
    parser.add_argument("--threshold", type=float, help="model_threshold to try instead of the shipped one")
    parser.add_argument("--corpus", type=Path, nargs="*", default=[],
                        help="folders of articles whose headlines (first lines) to count flags on")
    args = parser.parse_args()
    rows = []
    for line in args.tsv.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            label, headline = line.split("\t", 1)
            rows.append((int(label), headline))
    shipped = next(r for r in load_bundled() if r.id == "hype/clickbait-headline")
    params = dict(shipped.params)
    if args.threshold is not None:
        params["model_threshold"] = args.threshold
    no_model = {k: v for k, v in params.items() if k not in ("model", "model_threshold")}
    model_only = {"model": params["model"], "model_threshold": params["model_threshold"], "stacked_punctuation": False}
    variants = [("rule as shipped", params), ("devices only", no_model), ("model only", model_only)]
    lower = [(label, h.lower()) for label, h in rows]
    print(f"{args.tsv}: {len(rows)} headlines, {sum(lab for lab, _ in rows)} clickbait; "
          f"model_threshold {params['model_threshold']}")
    for folder in args.corpus:
        rule = dataclasses.replace(shipped, params=params)
        heads = [next((x.strip() for x in f.read_text(encoding="utf-8").splitlines() if x.strip()), "")
                 for f in sorted(folder.glob("*.txt"))]
        flagged = [h for h in heads if run(headline_doc(h), [rule], Env())]
        print(f"{folder}: rule as shipped flags {len(flagged)} of {len(heads)} headlines "
              f"({len(flagged) / max(len(heads), 1):.3f})")
    for name, p in variants:
        rule = dataclasses.replace(shipped, params=p)
        for case, data in (("as written", rows), ("lower-cased", lower)):
            started = time.perf_counter()
            acc, prec, rec = measure(rule, data)
            print(f"{name:16} {case:11}  accuracy {acc:.3f}  precision {prec:.3f}  recall {rec:.3f}"
                  f"  ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
