#!/usr/bin/env python3
"""Build rules/_data/given-names.txt: common English given names, from the US 1990 census lists.

    pip install names && python scripts/build_given_names.py

The census first-name files (dist.male.first, dist.female.first; 5,163 names)
ship in the `names` package (MIT licence, Trey Hunner).  The names rules use the
list for one thing: a known given name lets an ordinary word after it stay part
of the name ("Tom Cruise", "Taylor Swift", "Rose Byrne"), where otherwise
"Cruise" would be cut as a common word.
"""
from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rules" / "_data" / "given-names.txt"


def main() -> None:
    import names  # a build-time source only; artlint does not depend on it

    folder = Path(names.__file__).parent
    found = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (folder / name).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.add(line.split()[0].capitalize())
    header = "# US census 1990 given names, from the `names` package (MIT); built by scripts/build_given_names.py\n"
    OUT.write_text(header + "\n".join(sorted(found)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(found)} names)")


if __name__ == "__main__":
    main()
