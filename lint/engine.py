"""The engine: run each active rule's check over one Document, then dedupe, suppress and sort."""
from __future__ import annotations

import dataclasses

from .checks import AGGREGATE, ENGINE, get
from .document import Document
from .env import Env
from .errors import ArtlintError
from .findings import Finding
from .fixes import drop_clashing_fixes, guard
from .overlap import drop_nested
from .rules import Rule
from .suppress import apply, unsuppressed


class CheckError(ArtlintError):
    """A check failed on an article: a bug in artlint or in a house rule, reported per file."""


def run(doc: Document, rules: list[Rule], env: Env) -> list[Finding]:
    """All findings of the rules on the document, sorted by position.

    Article-level kinds that summarise other findings (checks.AGGREGATE, e.g. hype
    density) run last and see the findings that survived suppression, nested ones included: their
    thresholds count what the rules found, as they did before one finding per fault (review 9: a
    concert story's density went when puffery's "stunning" inside "absolutely stunning" was dropped
    first).  Of the findings left, one inside another of its family's exclusive rules is then
    dropped (overlap.py).  Engine kinds
    (checks.ENGINE: suppression/unused) run no check: suppress.apply makes their findings.
    """
    found: dict[tuple[str, int, int, str], Finding] = {}
    if env.memo is None:
        env = dataclasses.replace(env, memo={})  # analyses shared by this document's rules, then dropped
    aggregate = [r for r in rules if r.kind in AGGREGATE]
    for rule in rules:
        if rule.kind not in ENGINE and not any(rule is a for a in aggregate):  # identity: comparing Rule dataclasses field by field is slow
            _collect(found, rule, doc, env)
    if aggregate:
        visible = tuple(unsuppressed(doc, list(found.values())))
        for rule in aggregate:
            _collect(found, rule, doc, env, visible)
    return drop_clashing_fixes(sorted(drop_nested(apply(doc, list(found.values()), rules), rules), key=Finding.sort_key))


def _collect(found: dict[tuple[str, int, int, str], Finding], rule: Rule, doc: Document, env: Env,
             *extra: tuple[Finding, ...]) -> None:
    try:
        check = get(rule.kind).check
        assert check is not None, rule.kind  # engine kinds never reach here
        for f in check(doc, rule, env, *extra):
            source_text = doc.source[f.location.start : f.location.end]
            if f.text != source_text:  # the report's contract: text is file[start:end], entities and all
                f = dataclasses.replace(f, text=source_text)
            if f.fix is not None:  # every rule's fixes, bundled or house, pass the same safety guard
                f = guard(doc, rule, f)
            found.setdefault((f.rule_id, f.location.start, f.location.end, f.message), f)
    except ArtlintError as error:
        raise CheckError(error.message, doc.path) from None
    except TimeoutError as error:  # a pattern over its time budget: the rule's author has something to fix
        raise CheckError(f"rule {rule.id}: {error or 'a pattern ran out of time'}", doc.path) from None
    except Exception as error:  # a bug must not take the other files down with it
        raise CheckError(f"internal error in rule {rule.id}: {type(error).__name__}: {error}; this is a bug in "
                         "artlint (or in that rule's file): please report it", doc.path) from error
