#!/usr/bin/env python3
"""Build rules/_data/world-given-names.txt: given names of many countries, from Jörg Michael's nam_dict.txt.

    pip download --no-deps gender-guesser==0.4.0 && unzip gender_guesser-0.4.0-*.whl
    python scripts/build_world_given_names.py gender_guesser/data/nam_dict.txt

nam_dict.txt (GNU FDL 1.2+) lists about 48,000 first names with their use in 50+
countries and regions (India/Sri Lanka, Arabia/Persia, China, Korea, Vietnam, Turkey,
...).  Kept: names of ASCII letters, one word or one hyphen; left out: names already in
given-names.txt (US census) and names that are ordinary lower-case words of the
corpora (common-words.txt: "Drake", "Diva", "Deep"), since a given name lets an
ordinary word after it join the name.  The output keeps the FDL (see its header).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "rules" / "_data"
HEADER = (DATA / "world-given-names.txt").read_text(encoding="utf-8").split("\n# Built by")[0] \
    if (DATA / "world-given-names.txt").exists() else "# Given names from nam_dict.txt (GNU FDL 1.2+)"


def _words(name: str) -> set[str]:
    return {w for w in (DATA / name).read_text(encoding="utf-8").split() if not w.startswith("#")}


def main(source: str) -> None:
    us = _words("given-names.txt")
    common = _words("common-words.txt")
    found = set()
    for line in Path(source).read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30 or line[:2].strip().startswith("="):
            continue
        name = line[3:29].strip()
        if re.fullmatch(r"[A-Z][a-z]+(?:[-+][A-Z][a-z]+)?", name):
            found.add(name.replace("+", "-"))
    keep = sorted(n for n in found if n not in us and n.lower() not in common)
    out = DATA / "world-given-names.txt"
    out.write_text(f"{HEADER}\n# Built by scripts/build_world_given_names.py.\n" + "\n".join(keep) + "\n",
                   encoding="utf-8")
    print(f"wrote {out} ({len(keep)} names)")


if __name__ == "__main__":
    main(sys.argv[1])
