"""The hype span model's training examples: every candidate word of the read sets and of BBC with its features.

Used by scripts/train_hype_spans.py (see its docstring for what the examples are and what the model does).  Needs
the checkout installed editable (`pip install -e '.[train]'`; vaderSentiment for the valence classes) and the shared
corpus; the read sets, their gold and the rules' findings come through scripts/gold_spans.py.
"""
from __future__ import annotations

import bisect
import re
import sys
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from artlint.analysis.attribution import attributed
from artlint.analysis.tokens import words
from artlint.parsers import parse
from gold_spans import (ROOT, Spans, gold_dev_articles, hype_findings, hype_spans, overlaps, read_set_articles,
                        read_set_gold, region)

SCOPE = ("headline", "subheading", "body")

# Closed-class English words (determiners, pronouns, prepositions, conjunctions, auxiliaries and modals, a few
# adverbs of degree and time that carry no praise): never candidates, though they stay features as neighbours.
FUNCTION_WORDS = frozenset("""
a an the this that these those some any each every no all both either neither another such what which whose who whom
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones myself
yourself himself herself itself ourselves themselves
and or but nor so yet for because although though while whereas if unless until since as than whether
of in on at by to from with without within into onto upon about above below over under after before between among
through throughout during against across along around behind beyond near off out up down via per toward towards
be am is are was were been being have has had having do does did doing done will would shall should can could may
might must ought not n't don't didn't doesn't isn't wasn't aren't weren't won't can't couldn't wouldn't shouldn't
it's that's there's here's he's she's they're we're you're i'm i've we've they've you've let's
there here then now also just only even still too very really quite rather again ever never always often soon
how when where why whatever whoever however
s t re ve ll d m
""".split())
Tok = tuple[int, int, str]  # start, end, folded word
Example = tuple[list[str], int, str, tuple[int, int, int, int]]  # features, label, word, (block, token, start, end)


def fold(word: str) -> str:
    """Lower case, one apostrophe, no possessive: "People’s" -> "people"."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def stem(word: str) -> str:
    """A crude stem: the commonest English suffixes cut while three letters stay ("stunning" -> "stunn")."""
    for suffix in ("ingly", "edly", "ness", "ing", "ed", "ly", "est", "er", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content(word: str) -> bool:
    """Whether a folded word can carry hype: letters (a hyphen or apostrophe inside), not a function word."""
    return len(word) > 1 and word not in FUNCTION_WORDS and word.replace("-", "").replace("'", "").isalpha()


def features(toks: list[Tok], i: int, text: str, kind: str, para: int, sentence: tuple[int, int],
             classes: Mapping[str, Sequence[str]]) -> list[str]:
    """The features of toks[i]: the word, its neighbours, their classes, and where it stands."""
    w = toks[i][2]
    p = toks[i - 1][2] if i > 0 and toks[i - 1][0] >= sentence[0] else "<s>"
    n = toks[i + 1][2] if i + 1 < len(toks) and toks[i + 1][1] <= sentence[1] else "</s>"
    feats = [f"w={w}", f"st={stem(w)}", f"p={p}", f"n={n}", f"pw={p}_{w}", f"wn={w}_{n}"]
    feats += [f"c={c}" for c in classes.get(w, ())]
    feats += [f"pc={c}" for c in classes.get(p, ())]
    feats += [f"nc={c}" for c in classes.get(n, ())]
    feats.append(f"k={kind}")
    if kind == "headline":
        feats.append(f"hw={w}")
    else:
        feats.append(f"para={min(para, 3)}")
    a, b = toks[i][0], toks[i][1]
    raw = text[a:b]
    if p == "<s>":
        feats.append("first")
    elif raw[:1].isupper():
        feats.append("cap")  # capitalised inside a sentence: a name, a title or an epithet used as one
    if len(raw) > 1 and raw.isupper():
        feats.append("allcaps")
    if "-" in raw:
        feats.append("hyphen")
    said = text[sentence[0]:sentence[1]]
    if "!" in said:
        feats.append("excl")
    if "?" in said:
        feats.append("ques")
    return feats


def attribution_words() -> list[str]:
    """The hype rules' attribution words (rules/hype/puffery.toml): what makes a sentence reported speech."""
    data = tomllib.loads((ROOT / "rules" / "hype" / "puffery.toml").read_text(encoding="utf-8"))
    return list(data["params"]["attribution"])


def article_examples(path: Path, classes: Mapping[str, Sequence[str]], said: re.Pattern[str],
                     gold: list[tuple[int, int]], fired: list[tuple[int, int]]) -> list[Example]:
    """Every writer's-voice content word of the article with its features, label and source span."""
    doc = parse(path.read_text(encoding="utf-8"), str(path))
    out: list[Example] = []
    para = 0
    for n, block in enumerate(doc.blocks_in(SCOPE)):
        if block.kind == "body":
            para += 1
        if block.quoted:
            continue
        text = block.text
        toks = [(a, b, fold(text[a:b])) for a, b in words(text)]
        spans = block.sentence_spans
        starts = [s[0] for s in spans]
        for i, (a, b, w) in enumerate(toks):
            if not content(w) or block.in_speech(a, b) or attributed(block, a, said):
                continue
            k = bisect.bisect_right(starts, a) - 1
            sentence = (spans[k][0], spans[k][1]) if k >= 0 else (0, len(text))
            s, e = block.span(a, b)
            feats = features(toks, i, text, block.kind, para, sentence, classes)
            ss, se = block.span(*sentence)
            if any(overlaps(ss, se, x, y) for x, y in fired):
                feats.append("rule")
            label = int(any(overlaps(s, e, x, y) for x, y in gold))
            out.append((feats, label, w, (n, i, s, e)))
    return out


def word_classes() -> dict[str, tuple[str, ...]]:
    """Single words of every string list in the hype rule packs, by '<rule>.<group>.<key>' class, and VADER buckets."""
    classes: dict[str, set[str]] = {}

    def walk(node: Any, name: str) -> None:
        if isinstance(node, dict):
            label = node.get("name", "")
            for key, value in node.items():
                if key in ("attribution", "attribution_near", "exceptions", "not_before", "stopwords", "prefixes"):
                    continue  # not word classes of hype
                walk(value, f"{name}.{key}" if not label else f"{name}.{label}.{key}")
        elif isinstance(node, list):
            if all(isinstance(x, str) for x in node):
                for item in node:
                    if " " not in item.strip() and item.strip():
                        classes.setdefault(fold(item.strip()), set()).add(name)
            else:
                for k, x in enumerate(node):
                    walk(x, f"{name}.{k}" if not (isinstance(x, dict) and "name" in x) else name)

    for path in sorted((ROOT / "rules" / "hype").glob("*.toml")):
        if path.stem == "unsupported-headline":  # headline facts, not praise
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        walk(data.get("params", {}), path.stem)
    for word, valence in vader_valence().items():
        if abs(valence) >= 1.0 and word.replace("-", "").isalpha():
            bucket = ("strong+" if valence >= 2.5 else "weak+") if valence > 0 else (
                "strong-" if valence <= -2.5 else "weak-")
            classes.setdefault(word, set()).add("vader." + bucket)
    return {w: tuple(sorted(c)) for w, c in sorted(classes.items())}


def vader_valence() -> dict[str, float]:
    """Mean valence of each word of the VADER lexicon (vaderSentiment 3.3.2, MIT)."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        sys.exit("training needs vaderSentiment==3.3.2: pip install -e '.[train]'")
    return {fold(w): float(v) for w, v in SentimentIntensityAnalyzer().lexicon.items()}


def rule_findings(paths: Mapping[str, Path]) -> Spans:
    """The hype rules' findings per article id, as score_gold.py reads them."""
    found = hype_findings(paths.values())
    return {a: [(s, e) for _, s, e in found.get(p.resolve(), [])] for a, p in paths.items()}


def read_sets(corpus: Path, gold_dir: Path) -> tuple[dict[str, Path], dict[str, str], Spans]:
    """The read annotated articles (gold-dev, heldout A, B, D) by id, their groups and their hype gold spans."""
    paths = gold_dev_articles(gold_dir)
    group = {a: region(a) for a in paths}
    gold = hype_spans(gold_dir / "gold.jsonl", {a: p.read_text(encoding="utf-8") for a, p in paths.items()})
    for name, articles in read_set_articles(corpus).items():
        listed = dict(sorted(articles.items()))
        paths.update(listed)
        group.update({a: name for a in listed})
        gold.update(hype_spans(read_set_gold(name), {a: p.read_text(encoding="utf-8") for a, p in listed.items()}))
    return paths, group, gold
