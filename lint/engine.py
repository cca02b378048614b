"""The engine: run each active rule's check over one Document, then dedupe, suppress and sort."""
from __future__ import annotations

from .checks import get
from .document import Document
from .env import Env
from .errors import ArtlintError
from .findings import Finding
from .rules import Rule
from .suppress import apply


class CheckError(ArtlintError):
    """A check failed on an article: a bug in artlint or in a house rule, reported per file."""


def run(doc: Document, rules: list[Rule], env: Env) -> list[Finding]:
    """All findings of the rules on the document, sorted by position."""
    found: dict[tuple[str, int, int, str], Finding] = {}
    for rule in rules:
        try:
            for f in get(rule.kind).check(doc, rule, env):
                found.setdefault((f.rule_id, f.location.start, f.location.end, f.message), f)
        except ArtlintError as error:
            raise CheckError(error.message, doc.path) from None
        except Exception as error:  # a bug must not take the other files down with it
            raise CheckError(f"internal error in rule {rule.id}: {type(error).__name__}: {error}", doc.path) from error
    return sorted(apply(doc, list(found.values()), rules), key=Finding.sort_key)
