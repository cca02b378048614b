"""Turning phrase lists into one compiled pattern: spacing, hyphens, apostrophes, inflections."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..document import SCOPES

_GAP = r"[\s\-‐‑]+"  # a space or hyphen in a phrase matches either, once or more
_LEFT = r"(?<![\w\-‐‑’'])"
_RIGHT = r"(?![\w\-‐‑])"


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


def inflections(word: str) -> list[str]:
    """Regular verb and noun forms of a word: captivate -> captivates, captivated, captivating."""
    w = word.lower()
    if not w.isalpha() or len(w) < 3:
        return [word]
    forms = {w, w + "s"}
    if w.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    else:
        forms |= {w + "ed", w + "ing", w + "es"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", w) and len(w) <= 5:
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return sorted(forms, key=len, reverse=True)


def _word_regex(word: str, inflect: bool) -> str:
    forms = inflections(word) if inflect else [word]
    parts = ["['’]".join(re.escape(p) for p in re.split(r"['’]", f)) for f in forms]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def phrase_regex(phrase: str, inflect: bool) -> str:
    """Regex for one phrase; with inflect, its first and last words take regular endings."""
    words = [w for w in re.split(r"[\s\-‐‑]+", phrase.strip()) if w]
    out = []
    for i, word in enumerate(words):
        edge = i == 0 or i == len(words) - 1
        out.append(_word_regex(word, inflect and edge))
    return _GAP.join(out)


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


def kinds_of(scope: list[str]) -> frozenset[str]:
    """Block kinds named by a list of scopes ("body" -> paragraph, list-item, quote)."""
    kinds: set[str] = set()
    for name in scope:
        kinds |= SCOPES.get(name, frozenset({name}))
    return frozenset(kinds)


def compile_entries(items: list[Entry], ignore_case: bool, inflect: bool) -> re.Pattern[str] | None:
    """One alternation over every entry, longest first, each in a group named e<index>."""
    if not items:
        return None
    order = sorted(range(len(items)), key=lambda i: -len(items[i].phrase))
    alternatives = []
    for i in order:
        e = items[i]
        body = e.pattern if e.pattern else phrase_regex(e.phrase, inflect)
        alternatives.append(f"(?P<e{i}>{body})")
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(f"{_LEFT}(?:{'|'.join(alternatives)}){_RIGHT}", flags)


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
