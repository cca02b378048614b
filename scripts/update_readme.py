#!/usr/bin/env python3
"""Regenerate the README's rule table from the rule files (tests fail when it is stale)."""
from pathlib import Path

from artlint.config import bundled_rules
from artlint.docs import README_BEGIN, README_END, rules_markdown

readme = Path(__file__).resolve().parents[1] / "README.md"
text = readme.read_text(encoding="utf-8")
head, rest = text.split(README_BEGIN, 1)
_, tail = rest.split(README_END, 1)
readme.write_text(f"{head}{README_BEGIN}\n{rules_markdown(list(bundled_rules()))}{README_END}{tail}", encoding="utf-8")
print(f"updated {readme}")
