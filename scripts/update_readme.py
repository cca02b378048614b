#!/usr/bin/env python3
"""Regenerate the tables rendered from the rule files: README's rules, ARCHITECTURE's kinds (tests fail when stale)."""
from pathlib import Path

from artlint.config import bundled_rules
from artlint.docs import KINDS_BEGIN, KINDS_END, README_BEGIN, README_END, kinds_markdown, rules_markdown

ROOT = Path(__file__).resolve().parents[1]
rules = list(bundled_rules())
for name, begin, end, table in (("README.md", README_BEGIN, README_END, rules_markdown(rules)),
                                ("ARCHITECTURE.md", KINDS_BEGIN, KINDS_END, kinds_markdown(rules))):
    path = ROOT / name
    head, rest = path.read_text(encoding="utf-8").split(begin, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{begin}\n{table}{end}{tail}", encoding="utf-8")
    print(f"updated {path}")
