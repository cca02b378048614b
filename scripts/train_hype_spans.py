#!/usr/bin/env python3
"""Train the hype span model and print its leave-one-group-out cross-validation.

    python scripts/train_hype_spans.py [--corpus DIR] [--gold DIR] [--bbc DIR]
                                       [--features all|nobigrams|nolexical|rules] [--residual] [--c C ...]
                                       [--top N] [--write FILE.json]

Needs the checkout installed editable with the training extra in the Python that runs it (`pip install -e
'.[train]'`: scikit-learn and vaderSentiment; the script imports artlint and runs `python -m artlint check`) and the
shared corpus (--corpus, default ../shared/corpus beside the checkout: gold-dev, celebrity-news and
bbc-entertainment; --gold and --bbc default to its gold-dev and bbc-entertainment).  The examples and their features:
scripts/hype_span_examples.py; the read sets, their gold and the rules' findings: scripts/gold_spans.py.

Training text: every read annotated set.  gold-dev in its five region groups (d with seed, k, s, u, w) and the read
celebrity-heldout sets A, B and D (three more groups; their articles in CORPUS/celebrity-news as
eval/celebrity-heldout/articles.json names them, gold in eval/celebrity-heldout/{A,B,D}.gold.jsonl), eight groups in
all; BBC entertainment (professional copy, nearly hype-free) as negatives, in eight parts (file number mod 8), one
beside each group.  The unread sets (C, E to I, agree) are never loaded.

Candidates: every content word in the writer's voice (not a function word; outside direct quotations, Block.speech,
and outside sentences that the hype rules' attribution words make reported speech, analysis.attribution.attributed).
Positives: candidates inside a gold hype span.  Features: the lower-cased word, a crude stem, the words before and
after (and the bigrams), capitals inside a sentence, all capitals, a hyphen, the hype rule packs' word classes of the
word and its neighbours, VADER valence buckets (vaderSentiment 3.3.2, MIT; needed only to train: the buckets of the
words are stored with the weights), headline or body, which paragraph, first word of its sentence, a '!' or '?' in
the sentence; --features rules adds whether a hype rule already fires in the sentence (training-time only, since a
check cannot see other rules' findings).  Logistic regression (scikit-learn, liblinear, L2; needed only to train,
like vaderSentiment); a span is a run of flagged words (at most one word between, same block).

Cross-validation: for each of the eight groups held out, the model is trained on the other seven (and their BBC
parts), its threshold chosen by an inner leave-one-group-out over those seven (best pooled F1 of rules + model with
at most 0.008 extra BBC findings per article), and the held-out group and its BBC part are scored once, the way
score_gold.py scores (overlap).  Pooled figures are micro (counts summed).  Deterministic.  --write trains on all
eight groups, picks the threshold by the same leave-one-group-out, and writes the weights: what a word-level hype
check would read (no such check or rule exists; none ships, see the result).

Decision rule (set before the figures were seen): the model earns its place only if rules + model raise the pooled
held-out F1 over A, B, D by >= 0.02 and over all eight groups by >= 0.01, with BBC hype <= 0.30 per article.

Result (2026-12-03, tenth session, default features; scikit-learn 1.9.1, numpy 2.4.6, scipy 1.17.1: pyproject asks
scikit-learn >= 1.3, but only 1.9.1 has produced these figures): the model does not earn its place, so no rule ships
with it.
Held out by leave-one-group-out (threshold and C chosen by the inner leave-one-group-out; C 0.03 in every fold):

    held  gold   rules P     R    F1   +model P     R    F1     dF1   thr  BBC+ (part)
    d       74     0.943 0.932 0.937     0.943 0.932 0.937  +0.000  0.40  0 (49)
    k       48     0.955 0.792 0.866     0.955 0.792 0.866  +0.000  0.35  0 (49)
    s       49     1.000 0.857 0.923     1.000 0.857 0.923  +0.000  0.35  0 (48)
    u       37     0.943 0.892 0.917     0.943 0.892 0.917  +0.000  0.40  0 (48)
    w       66     0.919 0.803 0.857     0.919 0.803 0.857  +0.000  0.35  0 (48)
    A       33     0.970 0.939 0.954     0.970 0.939 0.954  +0.000  0.40  0 (48)
    B       44     0.944 0.773 0.850     0.895 0.773 0.829  -0.021  0.30  1 (48)
    D       30     0.900 0.600 0.720     0.900 0.600 0.720  +0.000  0.40  0 (48)
    A+B+D  107     0.944 0.776 0.852     0.923 0.776 0.843  -0.009
    all 8  381     0.947 0.835 0.887     0.942 0.835 0.885  -0.002
    BBC hype per article (386): rules 0.277, rules + model 0.280

Needed: +0.02 on A+B+D and +0.01 on all eight.  No threshold helps either (held-out trade-off, pooled over the eight
groups): recall stays 0.835 down to 0.15 (P 0.892, BBC 0.324 per article), 0.840 at 0.10 (P 0.738, BBC 0.523) and
0.864 at 0.05 (P 0.511, BBC 1.865): the words the model scores high are the ones the rules already flag, and the
gold spans the rules miss are mostly multi-word constructions ("could have his pick of women", "the new Beyonce
and JAY-Z", "graces the story of Goblin") that no word-level score reaches before hundreds of false alarms.  The
model trained on all eight groups weighs real hype devices, not names or topics: the rule packs' superlative, crowd
and intensifier classes of the word and its neighbours, '!' in the sentence, VADER's positive buckets, "most".
Weaker regularisation: C 0.1 and 0.3 were never chosen by an inner fold; C 0.5 with positives up-weighted (a first
run) overfits to neighbouring words ("n=friday", "p=davidson") and loses held-out F1 (A+B+D -0.033, all 8 -0.023,
BBC 0.321).  --residual --features rules (train only on the words no rule covers, with whether a rule fires in the
sentence; C 0.03 in every fold): A+B+D 0.852 -> 0.847, all 8 0.887 -> 0.886, BBC 0.277; at 0.10 it adds 16 spans
no rule covers, 2 of them touching a gold span but not one gold span the rules missed; at 0.05, 85 spans (18
touching one) and still none (recall 0.835).  (Re-run in the tenth session's review; the first run's details, C 0.1,
74 spans at 0.10 and 351 at 0.05 for 5 more gold lines, did not reproduce.)  --features nolexical (classes, shape and position only, 95 features): A+B+D 0.847, all 8
0.885, BBC 0.282; at 0.10, 55 spans no rule covers, 3 touching a gold span.

Earlier attempt (2026-12-02, gold-dev only, rule-pack words as candidates): mean held-out F1 0.755 rules alone,
0.751 rules + model.  Mind that the rules were tuned reading all eight groups, so "rules alone" is optimistic on
them; only the model's change on a held-out group is an honest figure.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from artlint.analysis.attribution import attribution_pattern
from gold_spans import DEFAULT_CORPUS, READ_SETS, Spans, overlaps
from hype_span_examples import (FUNCTION_WORDS, Example, article_examples, attribution_words, read_sets,
                                rule_findings, word_classes)

GOLD_GROUPS = ("d", "k", "s", "u", "w")
GROUPS = GOLD_GROUPS + READ_SETS
GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
BBC_BUDGET = 0.008  # extra hype findings per BBC article the model may add (0.282 now, 0.30 allowed)
C_GRID = (0.03, 0.1, 0.3)  # inverse L2 strengths tried; the inner leave-one-group-out picks one
MIN_COUNT = 2  # a feature seen fewer times in the training rows gets no weight
# Feature sets for the ablations (--features): which feature prefixes each one drops.
DROPS: dict[str, tuple[str, ...]] = {
    "all": ("rule",),
    "rules": (),
    "nobigrams": ("rule", "pw=", "wn="),
    "nolexical": ("rule", "w=", "st=", "p=", "n=", "pw=", "wn=", "hw="),
}


@dataclass(frozen=True)
class Model:
    """Weights over token features."""

    bias: float
    weights: dict[str, float]



class Data:
    """Every example as one sparse matrix, with the rows of each article."""

    def __init__(self, examples: dict[str, list[Example]]) -> None:
        try:
            from scipy.sparse import csr_matrix
            import sklearn  # noqa: F401  (fit needs it)
        except ImportError:
            sys.exit("training needs scikit-learn: pip install -e '.[train]' (it brings numpy and scipy)")

        self.names: list[str] = []
        index: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        self.labels: list[int] = []
        self.spans: list[tuple[int, int, int, int]] = []
        self.rows: dict[str, range] = {}
        for art, items in examples.items():
            first = len(self.labels)
            for feats, y, _w, at in items:
                for f in dict.fromkeys(feats):  # each feature once, in a fixed order (a set's varies by hash seed)
                    if f not in index:
                        index[f] = len(self.names)
                        self.names.append(f)
                    rows.append(len(self.labels))
                    cols.append(index[f])
                self.labels.append(y)
                self.spans.append(at)
            self.rows[art] = range(first, len(self.labels))
        self.x = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(self.labels), len(self.names)))

    def fit(self, arts: list[str], c: float) -> Model:
        """Logistic regression on the articles' rows (L2, inverse strength c), unweighted: calibrated."""
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        idx = np.fromiter((r for a in arts for r in self.rows[a]), dtype=np.int64)
        x = self.x[idx]
        y = np.asarray(self.labels, dtype=np.int64)[idx]
        keep = np.asarray(x.sum(axis=0)).ravel() >= MIN_COUNT
        x = x[:, np.flatnonzero(keep)]
        clf = LogisticRegression(C=c, solver="liblinear", random_state=0, max_iter=500)
        clf.fit(x, y)
        names = [self.names[k] for k in np.flatnonzero(keep)]
        return Model(float(clf.intercept_[0]),
                     {f: float(v) for f, v in zip(names, clf.coef_[0]) if abs(v) >= 1e-3})

    def scored(self, model: Model, arts: Sequence[str]) -> dict[str, list[tuple[float, tuple[int, int, int, int]]]]:
        """Each candidate word of each article with its probability."""
        import numpy as np

        at = {f: k for k, f in enumerate(self.names)}
        w = np.zeros(len(self.names))
        for f, v in model.weights.items():
            w[at[f]] = v
        out = {}
        for art in arts:
            rows = self.rows[art]
            z = self.x[rows.start:rows.stop] @ w + model.bias
            probs = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
            out[art] = [(float(p), self.spans[r]) for p, r in zip(probs, rows)]
        return out


Scored = list[tuple[float, tuple[int, int, int, int]]]


def tally(arts: list[str], gold: Spans, rules: Spans, extra: Spans) -> Counter[str]:
    """score_gold.py's counts for hype over the articles: rule findings plus model spans no rule already covers."""
    t: Counter[str] = Counter()
    for art in arts:
        spans = gold.get(art, [])
        found = list(rules.get(art, []))
        added = [m for m in extra.get(art, []) if not any(overlaps(*r, *m) for r in found)]
        t["added"] += len(added)
        t["added_correct"] += sum(any(overlaps(a, b, s, e) for s, e in spans) for a, b in added)
        found += added
        t["gold"] += len(spans)
        t["recalled"] += sum(any(overlaps(a, b, s, e) for a, b in found) for s, e in spans)
        t["found"] += len(found)
        t["correct"] += sum(any(overlaps(a, b, s, e) for s, e in spans) for a, b in found)
    return t


def prf(t: Counter[str]) -> tuple[float, float, float]:
    p = t["correct"] / t["found"] if t["found"] else 1.0
    r = t["recalled"] / t["gold"] if t["gold"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def merged(probs: Scored, threshold: float) -> list[tuple[int, int]]:
    """Flagged words as source spans, merged as the check merges them (same block, at most one word between)."""
    out: list[list[int]] = []  # block, last token, start, end
    for n, i, s, e in sorted(span for p, span in probs if p >= threshold):
        if out and out[-1][0] == n and i - out[-1][1] <= 2:
            out[-1][1], out[-1][3] = i, e
        else:
            out.append([n, i, s, e])
    return [(s, e) for _, _, s, e in out]


def extra_count(probs: Mapping[str, Scored], rules: Spans, threshold: float) -> int:
    """Model spans that no rule finding already overlaps (on BBC: the false alarms the model adds)."""
    return sum(sum(not any(overlaps(*r, *m) for r in rules.get(a, [])) for m in merged(p, threshold))
               for a, p in probs.items())


@dataclass
class Corpus:
    """The examples of the read sets and of BBC, with their groups, gold and the rules' findings."""

    data: Data
    by_group: dict[str, list[str]]
    bbc_group: dict[str, list[str]]
    gold: Spans
    rules: Spans
    c_grid: tuple[float, ...] = C_GRID

    def fit(self, groups: Sequence[str], c: float) -> Model:
        return self.data.fit([a for g in groups for a in self.by_group[g] + self.bbc_group[g]], c)

    def scores(self, model: Model, group: str) -> tuple[dict[str, Scored], dict[str, Scored]]:
        return self.data.scored(model, self.by_group[group]), self.data.scored(model, self.bbc_group[group])


def choose(corpus: Corpus, groups: Sequence[str]) -> tuple[float, float]:
    """The regularisation and threshold with the best pooled inner-fold F1 among those keeping the BBC budget."""
    counts: dict[tuple[float, float], Counter[str]] = {(c, t): Counter() for c in corpus.c_grid for t in GRID}
    bbc_extra: Counter[tuple[float, float]] = Counter()
    bbc_n = 0
    for held in groups:
        bbc_n += len(corpus.bbc_group[held])
        for c in corpus.c_grid:
            model = corpus.fit([g for g in groups if g != held], c)
            probs, bprobs = corpus.scores(model, held)
            for t in GRID:
                counts[c, t] += tally(corpus.by_group[held], corpus.gold, corpus.rules,
                                      {a: merged(p, t) for a, p in probs.items()})
                bbc_extra[c, t] += extra_count(bprobs, corpus.rules, t)
    best, best_f = (corpus.c_grid[0], GRID[-1]), -1.0
    for key, count in counts.items():
        f = prf(count)[2]
        if bbc_extra[key] / bbc_n <= BBC_BUDGET and f > best_f:
            best, best_f = key, f
    return best


def line(name: str, base: Counter[str], with_model: Counter[str], extra: str = "") -> str:
    b, m = prf(base), prf(with_model)
    return (f"{name:7} {base['gold']:4} {b[0]:7.3f} {b[1]:6.3f} {b[2]:6.3f}   {m[0]:8.3f} {m[1]:6.3f} {m[2]:6.3f}"
            f"  {m[2] - b[2]:+.3f}{extra}")


def cross_validate(corpus: Corpus, bbc_base: float, bbc_total: int) -> None:
    """The outer leave-one-group-out, printed per group and pooled."""
    print(f"{'held':7} {'gold':>4} {'rules P':>7} {'R':>6} {'F1':>6}   {'+model P':>8} {'R':>6} {'F1':>6}"
          f"  {'dF1':>6}  thr  bbc+ (part articles)")
    base: dict[str, Counter[str]] = {}
    with_model: dict[str, Counter[str]] = {}
    bbc_added = 0
    curve: dict[float, Counter[str]] = {t: Counter() for t in GRID}
    curve_bbc: Counter[float] = Counter()
    for held in GROUPS:
        train = [g for g in GROUPS if g != held]
        c, t = choose(corpus, train)
        model = corpus.fit(train, c)
        probs, bprobs = corpus.scores(model, held)
        arts = corpus.by_group[held]
        base[held] = tally(arts, corpus.gold, corpus.rules, {})
        with_model[held] = tally(arts, corpus.gold, corpus.rules, {a: merged(p, t) for a, p in probs.items()})
        added = extra_count(bprobs, corpus.rules, t)
        bbc_added += added
        for u in GRID:  # diagnostic only: every threshold on the held-out group, none chosen from it
            curve[u] += tally(arts, corpus.gold, corpus.rules, {a: merged(p, u) for a, p in probs.items()})
            curve_bbc[u] += extra_count(bprobs, corpus.rules, u)
        print(line(held, base[held], with_model[held], f"  {t:.2f} {added:4d} ({len(bprobs)})  C {c}"), flush=True)
    for name, groups in (("A+B+D", READ_SETS), ("gold-dev", GOLD_GROUPS), ("all 8", GROUPS)):
        print(line(name, sum((base[g] for g in groups), Counter()), sum((with_model[g] for g in groups), Counter())))
    print(f"BBC hype per article ({bbc_total} articles): rules {bbc_base:.3f}, rules + model (each part scored by "
          f"the model trained without it) {bbc_base + bbc_added / bbc_total:.3f}")
    print("\nheld-out trade-off at every threshold (diagnostic; pooled over the eight groups, rules + model):")
    for u in GRID:
        p, r, f = prf(curve[u])
        print(f"  {u:.2f}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  BBC per article {bbc_base + curve_bbc[u] / bbc_total:.3f}"
              f"  model spans no rule covers: {curve[u]['added']} ({curve[u]['added_correct']} correct)")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="the shared corpus (default ../shared/corpus beside the checkout): the read sets' articles")
    ap.add_argument("--gold", type=Path, help="gold-dev (default CORPUS/gold-dev)")
    ap.add_argument("--bbc", type=Path, help="BBC entertainment, the negatives (default CORPUS/bbc-entertainment)")
    ap.add_argument("--write", type=Path, help="train on everything and write the weights here")
    ap.add_argument("--features", choices=sorted(DROPS), default="all", help="feature set (ablation)")
    ap.add_argument("--residual", action="store_true",
                    help="train only on words no rule finding covers: learn what the rules miss")
    ap.add_argument("--c", type=float, nargs="*", help="inverse L2 strengths to try (default: C_GRID)")
    ap.add_argument("--top", type=int, default=40, help="print the model's top features (trained on all)")
    args = ap.parse_args()
    gold_dir, bbc_dir = args.gold or args.corpus / "gold-dev", args.bbc or args.corpus / "bbc-entertainment"

    classes = word_classes()
    said = attribution_pattern(attribution_words())
    assert said is not None
    paths, group, gold = read_sets(args.corpus, gold_dir)
    bbc_paths = sorted(p for p in bbc_dir.iterdir() if p.suffix == ".txt")
    rules = rule_findings(paths)
    bbc_rules = rule_findings({p.stem: p for p in bbc_paths})
    examples = {a: article_examples(p, classes, said, gold.get(a, []), rules.get(a, [])) for a, p in paths.items()}
    examples.update({f"bbc{p.stem}": article_examples(p, classes, said, [], bbc_rules.get(p.stem, []))
                     for p in bbc_paths})
    rules.update({f"bbc{a}": v for a, v in bbc_rules.items()})
    drop = DROPS[args.features]
    if drop:
        examples = {a: [([f for f in x if not f.startswith(drop)], y, w, at) for x, y, w, at in v]
                    for a, v in examples.items()}
    if args.residual:
        examples = {a: [x for x in v if not any(overlaps(x[3][2], x[3][3], *r) for r in rules.get(a, []))]
                    for a, v in examples.items()}
    by_group = {g: [a for a in paths if group[a] == g] for g in GROUPS}
    bbc_group = {g: [f"bbc{p.stem}" for k, p in enumerate(bbc_paths) if k % len(GROUPS) == n]
                 for n, g in enumerate(GROUPS)}
    corpus = Corpus(Data(examples), by_group, bbc_group, gold, rules, tuple(args.c or C_GRID))
    n_pos = sum(corpus.data.labels)
    print(f"{len(paths)} read articles, {len(bbc_paths)} BBC; {len(corpus.data.labels)} candidate words, "
          f"{n_pos} in gold hype spans; {len(corpus.data.names)} features ({args.features})")
    bbc_base = sum(len(bbc_rules.get(p.stem, [])) for p in bbc_paths) / len(bbc_paths)
    cross_validate(corpus, bbc_base, len(bbc_paths))

    c, t = choose(corpus, GROUPS)
    model = corpus.fit(GROUPS, c)
    ranked = sorted(model.weights.items(), key=lambda kv: -kv[1])
    print(f"\ntop {args.top} features of the model trained on all eight groups (C {c}, threshold {t}):")
    for f, v in ranked[: args.top]:
        print(f"  {v:+.3f}  {f}")
    if args.write:
        weights = {f: round(v, 4) for f, v in sorted(model.weights.items()) if abs(v) >= 0.01}
        out = {
            "about": "Hype span model: the weights a word-level hype check would read (none ships; see "
                     "scripts/train_hype_spans.py's docstring); trained by that script on the read annotated sets "
                     "(gold-dev, celebrity-heldout A, B, D: hype spans as positives) and BBC entertainment "
                     "(negatives). Logistic regression over a word, its stem and neighbours, their "
                     "rule-pack and VADER (vaderSentiment 3.3.2, MIT) classes, and where the word stands.",
            "threshold": t,
            "regularisation": c,
            "bias": round(model.bias, 4),
            "weights": weights,
            "classes": {w: list(c) for w, c in classes.items()},
            "function_words": sorted(FUNCTION_WORDS),
        }
        args.write.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.write} (threshold {t}, {len(weights)} weights)")


if __name__ == "__main__":
    main()
