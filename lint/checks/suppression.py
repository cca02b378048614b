"""Findings about suppression comments themselves; the engine produces them, not a text scan."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule

PARAMS_SCHEMA: dict[str, Any] = {"type": "object", "additionalProperties": False}


def prepare(params: Mapping[str, Any]) -> None:
    return None


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Nothing to scan: see suppress.apply, which reports directives that suppressed nothing."""
    return iter(())
