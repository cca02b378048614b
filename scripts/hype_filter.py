#!/usr/bin/env python3
"""Test a learned precision filter for hype findings: leave-one-group-out over eleven groups.

    python scripts/hype_filter.py [--features all|nolexical|noword|structure] [--l2 X] [--no-relabel]
                                  [--corpus DIR] [--judged DIR] [--show]

Needs the checkout installed editable in the Python that runs it (`pip install -e '.[test]'`: the script imports
artlint and runs `python -m artlint check`) and the shared corpus (--corpus, default ../shared/corpus beside the
checkout: gold-dev and celebrity-news).  Reading the sets and running the rules: scripts/gold_spans.py.

The question: can a per-finding classifier drop the hype family's false alarms on new copy while
keeping its true findings?  Examples are every hype finding of the current rules (`artlint check
--select hype`) on
- gold-dev (CORPUS/gold-dev): label 1 when the finding overlaps a gold hype span, as
  score_gold.py matches; five region groups (d with seed, k, s, u, w);
- the read celebrity sets A, B and D (eval/celebrity-heldout): labelled the same way, a group each;
- the 219 celebrity-news articles in no set (eval/outside-judged/outside_articles.json) whose hype findings two
  single annotators judged (eval/outside-judged/judge-legit.tsv, judge-fake.tsv): TP is 1, FP is 0, "unsure"
  and findings nobody judged are left out; the classes where the blind annotators' gold contradicts the
  judge (RELABEL: the gold marks "Devastated", "disastrous divorce", "Jealous", "Desperate To Save" in the
  writer's voice) count as 1.  Three groups: the articles in (fake/legit, file number) order, in thirds.
Features are of the finding, not of its topic: the rule, the block kind, the matched words, two words
either side (lower-cased; numbers and capitalised words inside a sentence masked), whether the sentence
asks or exclaims, quotation marks and verbs of saying in it, capitals, span length, the sentence's
person (I/we, you), hedges ("reportedly"), and whether the paragraph before ends in a question (an
interview's answer).  Model: logistic regression (AdaGrad, L2), fixed order, no randomness.

For each held-out group the model is trained on the other ten; its threshold (drop a finding whose
probability of being true is below it) is chosen by an inner leave-one-group-out over those ten: the
threshold with the best pooled precision whose inner true positives lost stay within 1%.  The held-out
group is then scored once.  Decision rule, stated before the run: ship only if, over the held-out
groups pooled, hype precision rises by >= 0.04 while <= 1% of the true positives are lost, and no
finding the Conventions clearly mark is dropped.

Result (2026-12-03, main 030a1eb): the filter does not earn its place; nothing ships with it.
601 examples (530 true, 71 false alarms: 19 in the read gold sets, 52 judged in the outside articles).
Held-out table, default settings (all features, L2 0.001):

    group     n   TP   thr  P before  P after  FP drop  TP drop
    A        33   32  0.00     0.970    0.970        0        0
    B        36   34  0.16     0.944    0.944        0        0
    D        20   18  0.14     0.900    0.900        0        0
    gd-d     87   82  0.14     0.943    0.941        0        2
    gd-k     44   42  0.00     0.955    0.955        0        0
    gd-s     42   42  0.14     1.000    1.000        0        0
    gd-u     35   33  0.16     0.943    0.941        0        1
    gd-w     62   57  0.12     0.919    0.919        0        0
    J1       68   52  0.00     0.765    0.765        0        0
    J2       93   72  0.22     0.774    0.772        0        1
    J3       81   66  0.10     0.815    0.815        0        0
    pooled  601  530           0.882    0.881        0        4

Pooled precision 0.882 -> 0.881 (-0.001), true positives lost 0.8%: far from the +0.04 the rule asks.
The held-out ranking barely beats chance: AUC 0.58 (0.55 on the judged articles).  Every variant tried
afterwards drops no false alarm at all (features all / nolexical / structure x L2 0.001, 0.01, 0.05, 0.2:
precision -0.000 to -0.002, 0.4% to 1.5% of the true positives lost, AUC 0.54 to 0.62, on the judged
articles 0.52 to 0.57).  Trained on everything the model fits its data (in-sample AUC 0.999) by words
met once: the most negative weights are the judged false alarms' own words and neighbours
("m=unbelievable", "m=charming", "m=masterpieces", "l2=hollywoodlifers", "r1=absence", "m=toyboy"), which
is memorising articles, not a signal; the structural weights are small and mixed ("question" -0.9,
"colon-before" -0.7, one-word span -0.6, against "first-paragraph" +1.8, "person2" +1.1).  The findings
the held-out models rank likeliest false are mostly ones the Conventions mark ("incredible", "poised to",
"ravishing", "extraordinary", "tantalizing", A's "disastrous"); the four it dropped are two hype/density
findings (true only because their span, the headline, overlaps a gold headline span), gold-dev u11
"incredible" and legit/070 "terrified" (a judged negative-emotion FP counted true, as the gold would).
Of the judged classes it catches none held out.  With the judges' labels as they are (--no-relabel) the
judged AUC rises to 0.66, and what it learns is the negative-emotion class ("disastrous", "terrified",
"devastated", "fuming") that the blind gold marks: it scores A's gold "disastrous" 0.09.
The false alarms left are single instances of many classes (other senses 13, plain description 9,
interview answers 5, mild opinion 4, whole headlines 3, canonical art 3, ...), too few and too varied
for a per-finding model; rules by class are the way to them.
"""
from __future__ import annotations

import argparse
import bisect
import csv
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from artlint.analysis.tokens import words
from artlint.document import Block
from artlint.parsers import parse
from gold_spans import (DEFAULT_CORPUS, ROOT, gold_dev_articles, hype_findings, hype_spans, overlaps,
                        read_set_articles, read_set_gold, region)

JUDGED = ROOT / "eval" / "outside-judged"
# Judges' FP classes that the blind annotators' gold marks as hype (gossip-dramatising words in the writer's voice).
RELABEL = frozenset(("negative-emotion", "claimed-state", "emotion-report", "negative-description"))
SAYING = frozenset(("said", "says", "told", "tells", "according", "claimed", "claims", "admits", "admitted",
                    "revealed", "reveals", "insists", "insisted", "explained", "added", "wrote", "writes",
                    "posted", "tweeted", "captioned", "shared", "stated", "recalled", "explains", "continued"))
HEDGES = frozenset(("reportedly", "allegedly", "alleged", "rumor", "rumors", "rumour", "rumours", "source",
                    "sources", "insider", "insiders", "report", "reports"))
FIRST = frozenset(("i", "me", "my", "we", "our", "us", "i'm", "we're", "i've", "we've"))
SECOND = frozenset(("you", "your", "you're", "you've", "yours"))
QUOTES = "\"“”«»"
GRID = [round(0.02 * k, 2) for k in range(1, 31)]  # 0.02 .. 0.60
MAX_TP_LOSS = 0.01
EPOCHS, RATE, L2 = 15, 0.2, 1e-3
DROPS = {"all": (), "nolexical": ("m=", "l1=", "l2=", "r1=", "r2="), "noword": ("m=",),
         "structure": ("m=", "l1=", "l2=", "r1=", "r2=", "rk=")}


@dataclass
class Example:
    """One hype finding: where it is, its features and its label."""

    group: str
    article: str
    rule: str
    start: int
    end: int
    text: str
    feats: list[str]
    label: int
    judged_class: str = ""


def fold(word: str) -> str:
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def mask(text: str, a: int, b: int, sentence_start: int) -> str:
    """A word of the window: lower-cased, a number as <num>, a capitalised word inside a sentence as <cap>."""
    w = text[a:b]
    if any(c.isdigit() for c in w):
        return "<num>"
    if w[:1].isupper() and a > sentence_start and not w.isupper():
        return "<cap>"
    return fold(w)


def block_at(blocks: list[Block], start: int) -> tuple[int, Block, int] | None:
    """The block holding source offset start, its index, and the offset in its text."""
    for n, block in enumerate(blocks):
        if block.start <= start < block.end or (start == block.start == block.end):
            firsts = [block.span(k, k + 1)[0] for k in range(len(block.text))]
            return n, block, max(0, bisect.bisect_right(firsts, start) - 1)
    return None


def features(blocks: list[Block], start: int, end: int, rule: str) -> list[str]:
    """The finding's features (see the module docstring)."""
    found = block_at(blocks, start)
    feats = [f"rule={rule}"]
    if found is None:
        return feats + ["noblock"]
    n, block, i = found
    text = block.text
    j = min(len(text), i + (end - start))
    feats += [f"kind={block.kind}", f"rk={rule}|{block.kind}"]
    sentence = next(((a, b) for a, b, _ in block.sentence_spans if a <= i < b), (0, len(text)))
    s_text = text[sentence[0]:sentence[1]]
    toks = [(a, b) for a, b in words(text)]
    inside = [k for k, (a, b) in enumerate(toks) if a < j and i < b]
    span_words = [fold(text[a:b]) for a, b in (toks[k] for k in inside)]
    if inside and len(inside) <= 3:
        feats.append("m=" + " ".join(span_words))
    first, last = (inside[0], inside[-1]) if inside else (bisect.bisect_left([a for a, _ in toks], i), -1)
    if last < 0:
        last = first - 1
    for name, k in (("l1", first - 1), ("l2", first - 2), ("r1", last + 1), ("r2", last + 2)):
        if 0 <= k < len(toks) and sentence[0] <= toks[k][0] < sentence[1]:
            feats.append(f"{name}={mask(text, *toks[k], sentence[0])}")
        else:
            feats.append(f"{name}=<edge>")
    n_words = len(inside)
    feats.append("len=" + ("1" if n_words <= 1 else "2" if n_words == 2 else "3-4" if n_words <= 4 else "5+"))
    if "?" in s_text:
        feats.append("question")
    if "!" in s_text:
        feats.append("exclaim")
    if any(q in s_text for q in QUOTES):
        feats.append("dquote")
    if "‘" in s_text or re.search(r"(^|\s)'\w", s_text):
        feats.append("squote")
    if text.lstrip()[:1] in QUOTES + "‘'":
        feats.append("block-opens-quote")
    if block.in_speech(i, j) or block.quoted:
        feats.append("in-speech")
    s_words = [fold(text[a:b]) for a, b in toks if sentence[0] <= a < sentence[1]]
    if SAYING & set(s_words):
        feats.append("saying")
        said_at = [a for a, b in toks if sentence[0] <= a < sentence[1] and fold(text[a:b]) in SAYING]
        feats.append("saying-after" if min(said_at) > i else "saying-before")
    if HEDGES & set(s_words):
        feats.append("hedge")
    if FIRST & set(s_words):
        feats.append("person1")
    if SECOND & set(s_words):
        feats.append("person2")
    if ":" in text[sentence[0]:i]:
        feats.append("colon-before")
    span = text[i:j]
    if span[:1].isupper() and i > sentence[0]:
        feats.append("cap-mid")
    if span.isupper() and len(span) > 2:
        feats.append("all-caps")
    if block.kind == "headline" and sum(w[:1].isupper() for w in text.split()) >= 0.7 * max(1, len(text.split())):
        feats.append("title-case-headline")
    if n > 0 and blocks[n - 1].text.rstrip().endswith("?"):
        feats.append("after-question-block")
    if block.kind == "paragraph" and not any(b.kind == "paragraph" for b in blocks[:n]):
        feats.append("first-paragraph")
    return feats


def gold_group(article: str) -> str:
    return "gd-" + region(article)


def collect(corpus: Path, judged_dir: Path, relabel: Collection[str]) -> tuple[list[Example], dict[str, int]]:
    """Every labelled example, and the gold hype spans per group (for recall).

    The judges' FP verdicts of a class in `relabel` count as true (RELABEL; empty with --no-relabel)."""
    sources: list[tuple[str, str, Path]] = []  # group, article id, path
    gold_files: dict[str, Path] = {}
    gd = corpus / "gold-dev"
    for article, p in gold_dev_articles(gd).items():
        sources.append((gold_group(article), article, p))
    gold_files["gold-dev"] = gd / "gold.jsonl"
    for name, articles in read_set_articles(corpus).items():
        for article, p in articles.items():
            sources.append((name, article, p))
        gold_files[name] = read_set_gold(name)
    outside = json.loads((judged_dir / "outside_articles.json").read_text(encoding="utf-8"))
    third = math.ceil(len(outside) / 3)
    for k, rel in enumerate(sorted(outside)):
        sources.append((f"J{k // third + 1}", rel, corpus / "celebrity-news" / rel))

    found = hype_findings(p for _, _, p in sources)
    text_of = {(g, a): p.read_text(encoding="utf-8") for g, a, p in sources}
    gold: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for g_name, gold_file in gold_files.items():
        texts = {a: t for (g, a), t in text_of.items() if (g.startswith("gd-") if g_name == "gold-dev" else g == g_name)}
        for a, spans in hype_spans(gold_file, texts).items():
            group = gold_group(a) if g_name == "gold-dev" else g_name
            gold[(group, a)] = spans
    judged = judgements(judged_dir)
    examples: list[Example] = []
    gold_total: Counter[str] = Counter()
    for group, article, path in sources:
        text = text_of[(group, article)]
        blocks = list(parse(text, str(path)).blocks_in(("headline", "subheading", "body", "caption")))
        spans = gold.get((group, article), [])
        gold_total[group] += len(spans)
        seen: Counter[tuple[str, str]] = Counter()
        for rule, start, end in found.get(path.resolve(), []):
            label, cls = -1, ""
            if group.startswith("J"):
                key = (article, rule, text[start:end])
                verdicts = judged.get(key, [])
                if seen[key[1:]] < len(verdicts):
                    verdict, cls = verdicts[seen[key[1:]]]
                    label = 1 if verdict == "TP" or cls in relabel else 0 if verdict == "FP" else -1
                seen[key[1:]] += 1
            else:
                label = int(any(overlaps(start, end, s, e) for s, e in spans))
            if label < 0:
                continue
            examples.append(Example(group, article, rule, start, end, text[start:end],
                                    features(blocks, start, end, rule), label, cls))
    return examples, dict(gold_total)


def judgements(judged_dir: Path) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """(article, rule, span) -> the judges' (verdict, class) for each judged finding of it, in file order."""
    out: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for name in ("judge-legit.tsv", "judge-fake.tsv"):
        with (judged_dir / name).open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if row[0] == "article" or not row[1].startswith("hype/"):
                    continue
                span = row[2]
                if len(span) > 1 and span[0] in "'\"" and span[-1] == span[0]:
                    span = span[1:-1]
                out[(row[0], row[1], span)].append((row[3], row[4]))
    return out


def train(xs: list[list[str]], ys: list[int], l2: float = L2) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad over the examples in their fixed order, with an L2 penalty."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias, bg2 = 0.0, 1e-8
    for _ in range(EPOCHS):
        for feats, y in zip(xs, ys):
            z = bias + sum(w.get(f, 0.0) for f in feats)
            g = 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0))) - y
            bg2 += g * g
            bias -= RATE * g / math.sqrt(bg2)
            for f in feats:
                gf = g + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 1e-8) + gf * gf
                w[f] = w.get(f, 0.0) - RATE * gf / math.sqrt(g2[f])
    return bias, w


def probability(model: tuple[float, dict[str, float]], feats: list[str]) -> float:
    z = model[0] + sum(model[1].get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def fit(examples: list[Example], l2: float) -> tuple[float, dict[str, float]]:
    return train([e.feats for e in examples], [e.label for e in examples], l2)


def out_of_group(examples: list[Example], groups: list[str], l2: float) -> list[tuple[float, Example]]:
    """Each example's probability from the model trained without its group."""
    scored = []
    for held in groups:
        model = fit([e for e in examples if e.group != held], l2)
        scored += [(probability(model, e.feats), e) for e in examples if e.group == held]
    return scored


def choose(scored: list[tuple[float, Example]]) -> float:
    """The threshold of best pooled precision whose true positives lost stay within MAX_TP_LOSS (0: no filter)."""
    tp = sum(e.label for _, e in scored)
    best, best_p = 0.0, sum(e.label for _, e in scored) / max(1, len(scored))
    for t in GRID:
        kept = [e for p, e in scored if p >= t]
        lost = tp - sum(e.label for e in kept)
        p = sum(e.label for e in kept) / max(1, len(kept))
        if lost <= MAX_TP_LOSS * tp and p > best_p:
            best, best_p = t, p
    return best


def auc(scored: list[tuple[float, Example]]) -> float:
    """The chance that a true finding scores above a false alarm (ties count half)."""
    pos = [p for p, e in scored if e.label]
    neg = [p for p, e in scored if not e.label]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--features", choices=sorted(DROPS), default="all")
    ap.add_argument("--show", action="store_true", help="print every dropped finding and the largest weights")
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="the shared corpus: gold-dev and celebrity-news (default ../shared/corpus beside the checkout)")
    ap.add_argument("--judged", type=Path, default=JUDGED, help="folder of the judges' TSVs and article list")
    ap.add_argument("--no-relabel", action="store_true", help="take every judge's FP as false (sensitivity)")
    args = ap.parse_args()
    examples, gold_total = collect(args.corpus, args.judged, () if args.no_relabel else RELABEL)
    drop = DROPS[args.features]
    if drop:
        for e in examples:
            e.feats = [f for f in e.feats if not f.startswith(drop)]
    groups = sorted({e.group for e in examples}, key=lambda g: (g[0] == "J", g))
    print(f"{len(examples)} examples, {sum(e.label for e in examples)} true; features: {args.features}, "
          f"L2 {args.l2}")
    print(f"{'group':6} {'n':>4} {'TP':>4} {'thr':>5} {'P before':>8} {'P after':>8} {'FP drop':>7} {'TP drop':>7}")
    pooled: Counter[str] = Counter()
    dropped: list[tuple[float, Example]] = []
    held_out: list[tuple[float, Example]] = []  # every example scored by the model trained without its group
    for held in groups:
        train_set = [e for e in examples if e.group != held]
        t = choose(out_of_group(train_set, [g for g in groups if g != held], args.l2))
        model = fit(train_set, args.l2)
        test = [e for e in examples if e.group == held]
        held_out += [(probability(model, e.feats), e) for e in test]
        gone = [(p, e) for e in test if (p := probability(model, e.feats)) < t]
        dropped += gone
        tp, n = sum(e.label for e in test), len(test)
        tp_drop, fp_drop = sum(e.label for _, e in gone), sum(1 - e.label for _, e in gone)
        pooled.update(n=n, tp=tp, tp_drop=tp_drop, fp_drop=fp_drop)
        after = (tp - tp_drop) / max(1, n - tp_drop - fp_drop)
        print(f"{held:6} {n:4} {tp:4} {t:5.2f} {tp / max(1, n):8.3f} {after:8.3f} {fp_drop:7} {tp_drop:7}", flush=True)
    n, tp = pooled["n"], pooled["tp"]
    before, after = tp / n, (tp - pooled["tp_drop"]) / max(1, n - pooled["tp_drop"] - pooled["fp_drop"])
    print(f"{'pooled':6} {n:4} {tp:4} {'':5} {before:8.3f} {after:8.3f} {pooled['fp_drop']:7} {pooled['tp_drop']:7}")
    gain, loss = after - before, pooled["tp_drop"] / max(1, tp)
    print(f"precision {before:.3f} -> {after:.3f} ({gain:+.3f}); true positives lost {loss:.1%}; "
          f"decision: {'ship' if gain >= 0.04 and loss <= MAX_TP_LOSS else 'do not ship'} (by the numbers; "
          "the Conventions check is read off --show)")
    print("gold hype lines per group:", gold_total)
    judged_only = [(p, e) for p, e in held_out if e.group.startswith("J")]
    print(f"ranking of the held-out findings: AUC {auc(held_out):.3f} (judged outside articles only "
          f"{auc(judged_only):.3f})")
    print("trade-off at every threshold (diagnostic; no threshold is chosen from it): pooled held-out")
    for t in GRID[:15]:
        below = [e for p, e in held_out if p < t]
        tp_drop, fp_drop = sum(e.label for e in below), len(below) - sum(e.label for e in below)
        p_after = (tp - tp_drop) / max(1, n - len(below))
        print(f"  {t:.2f}  FP dropped {fp_drop:3}/{n - tp}  TP dropped {tp_drop:3}/{tp}  P {p_after:.3f}")
    classes = Counter(e.judged_class or ("TP" if e.label else "?") for _, e in dropped if e.group.startswith("J"))
    print("judged findings dropped, by class:", dict(classes))
    if args.show:
        for p, e in sorted(dropped, key=lambda x: x[0]):
            print(f"  drop {p:.2f} {'TP' if e.label else 'FP'} {e.group:5} {e.article:14} {e.rule:26} {e.text!r}"
                  f" {e.judged_class}")
        print("the 30 held-out findings each model thought likeliest false (diagnostic):")
        for p, e in sorted(held_out, key=lambda x: x[0])[:30]:
            print(f"  {p:.2f} {'TP' if e.label else 'FP'} {e.group:5} {e.article:14} {e.rule:26} {e.text[:60]!r}"
                  f" {e.judged_class}")
        model = fit(examples, args.l2)
        ranked = sorted(model[1].items(), key=lambda kv: kv[1])
        lexical = DROPS["structure"]
        print("structural weights (no words):", ", ".join(
            f"{f} {v:+.2f}" for f, v in ranked if not f.startswith(lexical)))
        print("most negative weights (toward a false alarm):")
        for f, v in ranked[:25]:
            print(f"  {v:+.2f} {f}")
        print("most positive weights:")
        for f, v in ranked[-15:][::-1]:
            print(f"  {v:+.2f} {f}")


if __name__ == "__main__":
    main()
