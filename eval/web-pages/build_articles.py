#!/usr/bin/env python3
"""Turn stored page excerpts into article files and gold folders that score_gold.py reads.

    build_articles.py RAW_DIR OUT_DIR [--gold-dir DIR]

RAW_DIR holds one `<id>.txt` per page: the excerpt of the `pages` corpus exactly as the
search tool returned it (the texts are third-party and never enter this repository).
For every group named in sources.tsv, OUT_DIR/<group>/ gets `articles/<id>.txt` and
`gold.jsonl`, the layout of ../shared/corpus/gold-dev.

An article is the excerpt's non-empty lines, stripped, one paragraph each, separated by
a blank line: the page's title first. The excerpt stops at a fixed length, so its last
line is dropped when it stops mid-sentence, unless a gold span lies in it (the
annotators kept a last paragraph they annotated). Every gold span must then occur in
its article as often as its `occurrence` says; the script lists the ones that do not.
"""
import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCE_END = tuple(".!?\"'”’)…:]")
EXCLUDED = {"pk215", "ms11"}  # pages picked twice: pk215 is pk104, ms11 is ps214


def paragraphs(raw: str, keep_last_for: list[str]) -> list[str]:
    lines = [line.strip() for line in raw.split("\n")]
    lines = [line for line in lines if line]
    if lines and not lines[-1].endswith(SENTENCE_END) and len(lines) > 1:
        if not any(span and span in lines[-1] for span in keep_last_for):
            lines.pop()
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--gold-dir", type=Path, default=HERE)
    args = parser.parse_args()
    gold = defaultdict(list)
    for path in sorted(args.gold_dir.glob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                gold[item["article"]].append(item)
    sources = list(csv.DictReader(open(args.gold_dir / "sources.tsv", encoding="utf-8"), delimiter="\t"))
    problems = built = absent = 0
    gold_out: dict[str, list[str]] = defaultdict(list)
    for row in sources:
        ident, group = row["id"], row["group"]
        raw = args.raw / f"{ident}.txt"
        if ident in EXCLUDED:
            continue
        if not raw.exists():
            print(f"{ident}: no excerpt in {args.raw}", file=sys.stderr)
            absent += 1
            continue
        spans = [g["text"] for g in gold[ident] if g["text"]]
        text = "\n\n".join(paragraphs(raw.read_text(encoding="utf-8"), spans)) + "\n"
        folder = args.out / group
        (folder / "articles").mkdir(parents=True, exist_ok=True)
        (folder / "articles" / f"{ident}.txt").write_text(text, encoding="utf-8")
        gold_out[group] += [json.dumps(item, ensure_ascii=False) + "\n" for item in gold[ident]]
        missing = [g["text"] for g in gold[ident] if g["text"] and text.count(g["text"]) < g.get("occurrence", 1)]
        for span in missing:
            print(f"{ident}: gold span not in the article: {span!r}", file=sys.stderr)
        problems += bool(missing)
        built += 1
    for group, lines in gold_out.items():
        (args.out / group / "gold.jsonl").write_text("".join(lines), encoding="utf-8")
    print(f"{built} articles built, {absent} without an excerpt, {problems} with gold spans not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
