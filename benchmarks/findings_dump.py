#!/usr/bin/env python3
"""Every finding over the shared corpora, one line each, for the "findings do not change" check of a refactor.

    python benchmarks/findings_dump.py OUT [--corpus DIR]

Runs every default rule but grammar in one process over bbc-entertainment, celebrity-news (legit and fake)
and gold-dev's articles, and writes `path<TAB>rule<TAB>start<TAB>end<TAB>message<TAB>fix` sorted, so two dumps
taken before and after a change compare with `diff`.  Paths are relative to the corpus folder, so dumps taken
from different checkouts compare too.  Nothing here is a test.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the shared corpora beside the clone, or wherever ARTLINT_CORPUS says (a worktree is one folder deeper)
DEFAULT_CORPUS = Path(os.environ.get("ARTLINT_CORPUS", ROOT.parent / "shared" / "corpus"))
FOLDERS = ("bbc-entertainment", "celebrity-news/legit", "celebrity-news/fake", "gold-dev/articles")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    from artlint.config import Config, active_rules
    from artlint.engine import run
    from artlint.env import Env
    from artlint.parsers import parse

    rules = [r for r in active_rules(Config()) if r.family != "grammar"]
    lines = []
    for folder in FOLDERS:
        for path in sorted((args.corpus / folder).glob("*.txt")):
            name = str(path.relative_to(args.corpus))
            for f in run(parse(path.read_text(encoding="utf-8"), str(path)), rules, Env()):
                fields = (name, f.rule_id, str(f.location.start), str(f.location.end), f.message, f.fix or "")
                lines.append("\t".join(field.replace("\t", " ").replace("\n", "\\n") for field in fields))
    if not lines:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    lines.sort()
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} findings written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
