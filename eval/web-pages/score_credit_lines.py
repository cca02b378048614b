"""Score credits/vague-source on a file of labelled credit lines.

    python eval/web-pages/score_credit_lines.py eval/web-pages/credits2-lines.jsonl [--show]

Each line is placed, as a caption line between two paragraphs, in a small article of
its own; a vague line is found when a credits/vague-source finding overlaps its
`credit` span. Runs the `artlint` on PATH.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HEAD = "Actor attends film premiere in Seoul\n\n"
LEAD = "The actor arrived at the premiere on Tuesday evening with the cast of the film.\n\n"
TAIL = "\n\nThe film opens in cinemas on March 3, 2025, the distributor said.\n"


def main(path: str, show: bool) -> None:
    lines = [json.loads(raw) for raw in Path(path).read_text(encoding="utf-8").splitlines() if raw.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for item in lines:
            article = Path(tmp) / f"{item['id']}.txt"
            article.write_text(HEAD + LEAD + item["line"] + TAIL, encoding="utf-8")
            files.append(str(article))
        run = subprocess.run(["artlint", "check", "--format", "json", "--fail-on", "never", *files],
                             capture_output=True, text=True, check=False)
    found = {Path(f["path"]).stem: [(g["start"], g["end"]) for g in f["findings"]
                                    if g["rule"].startswith("credits/vague")]
             for f in json.loads(run.stdout)["files"]}
    tp = fp = fn = 0
    for item in lines:
        start = len(HEAD + LEAD) + item["line"].find(item["credit"])
        end = start + len(item["credit"])
        hit = any(a < end and b > start for a, b in found.get(item["id"], []))
        if item["vague"] and hit:
            tp += 1
        elif item["vague"]:
            fn += 1
            if show:
                print("miss ", item["id"], repr(item["line"]))
        elif hit:
            fp += 1
            if show:
                print("false", item["id"], repr(item["line"]))
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    print(f"credit lines {len(lines)} vague {tp + fn} found {tp + fp} P {precision:.3f} R {recall:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], "--show" in sys.argv[2:])
