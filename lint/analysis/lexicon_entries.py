"""A lexicon's entries: read from a rule's `phrases` and `groups` params, and the JSON Schema of those params."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..document import SCOPES, kinds_of


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what it matches and what to say about it."""

    phrase: str
    suggestion: str | None = None
    group: str | None = None
    pattern: str | None = None
    scope: frozenset[str] | None = None  # block kinds the entry applies to; None: the rule's scope

    def applies_to(self, kind: str) -> bool:
        return self.scope is None or kind in self.scope


def entries(params: dict[str, Any]) -> list[Entry]:
    """Flatten params.phrases and params.groups into Entries."""
    default = params.get("suggestion")
    found: list[Entry] = []

    def add(item: Any, group: str | None, suggestion: str | None, scope: frozenset[str] | None) -> None:
        if isinstance(item, str):
            found.append(Entry(item, suggestion, group, None, scope))
        else:
            found.append(Entry(item.get("phrase") or item.get("pattern", ""), item.get("suggestion", suggestion),
                               group, item.get("pattern"), scope))

    for item in params.get("phrases", []):
        add(item, None, default, None)
    for group in params.get("groups", []):
        scope = kinds_of(group["scope"]) if "scope" in group else None
        for item in group.get("phrases", []):
            add(item, group.get("name"), group.get("suggestion", default), scope)
    return found


ENTRY_SCHEMA: dict[str, Any] = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "phrase": {"type": "string", "minLength": 1},
                "pattern": {"type": "string", "minLength": 1},
                "suggestion": {"type": "string"},
                "note": {"type": "string"},
            },
            "oneOf": [{"required": ["phrase"]}, {"required": ["pattern"]}],
        },
    ]
}
GROUPS_SCHEMA: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["name", "phrases"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string"},
            "why": {"type": "string"},
            "suggestion": {"type": "string"},
            "scope": {"type": "array", "items": {"enum": list(SCOPES)}, "minItems": 1,
                      "description": "Limit the group to these scopes, within the rule's own."},
            "phrases": {"type": "array", "items": ENTRY_SCHEMA},
        },
    },
}
