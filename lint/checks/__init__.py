"""Check kinds: one module each, registered here by name and imported on first use.

A kind module defines PARAMS_SCHEMA (JSON Schema for its params), prepare(params)
(compile them once per rule) and check(doc, rule, env) -> Iterator[Finding].
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

# kind name -> module under artlint.checks
KINDS: dict[str, str] = {
    "phrases": "phrases",
    "pattern": "pattern",
    "suppression": "suppression",
    "credit-source": "credit_source",
    "credit-missing": "credit_missing",
    "credit-format": "credit_format",
    "clickbait": "clickbait",
    "headline-support": "headline_support",
    "density": "density",
    "release-date": "release_date",
    "weekday": "weekday",
    "schema": "schema",
    "readability": "readability",
    "grammar": "grammar",
    "names": "names",
    "reader-call": "reader_call",
    "stray-headline": "stray_headline",
    "pairs": "pairs",
}


@lru_cache(maxsize=None)
def get(kind: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{KINDS[kind]}")
