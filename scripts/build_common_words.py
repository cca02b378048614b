#!/usr/bin/env python3
"""Build rules/_data/common-words.txt: English words that professional copy writes in lower case.

    python scripts/build_common_words.py [CORPUS_DIR ...]

The names rules use the list to tell a name ("Swift" in "Taylor Swift" is a
name only when nothing else fits) from a capitalised ordinary word in a
Title Case headline ("Take Center Stage").  A word goes in when it appears in
lower case at least MIN_COUNT times in the corpus (default: the BBC
entertainment and celebrity-news articles in ../shared/corpus).  Deterministic: sorted output.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT = [CORPUS / "bbc-entertainment", CORPUS / "celebrity-news" / "legit", CORPUS / "celebrity-news" / "fake"]
OUT = ROOT / "rules" / "_data" / "common-words.txt"
MIN_COUNT = 1  # handles and addresses are excluded by the pattern, so one use is enough


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or DEFAULT
    counts: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            counts.update(re.findall(r"(?<![\w'’@#/.:-])[a-z][a-z'’-]*[a-z](?![\w'’-])", path.read_text(encoding="utf-8")))
    words = sorted(w.replace("’", "'") for w, c in counts.items() if c >= MIN_COUNT)
    header = (f"# Lower-case words from {', '.join(f.name for f in folders)} (>= {MIN_COUNT} uses);"
              " built by scripts/build_common_words.py\n")
    OUT.write_text(header + "\n".join(sorted(set(words))) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(set(words))} words)")


if __name__ == "__main__":
    main()
