"""The literal text every match of a regular expression must hold, read off its source: a cheap gate.

The release vocabulary's lists are long alternations that open with a look-behind ((?<![\\w-])), so re
cannot skip ahead to a candidate and tries every entry at every character, though most blocks hold none
of them.  Every match of an entry holds one of a few literal strings ("releas", "debut", "scheduled for",
"coming this"); one prefix-tree alternation of those strings (prefix_tree) is scanned faster, and only
the entries whose strings stand in a text are tried there (listgate.ListGate).

required() reads a small, common subset of the syntax (literal text, escaped punctuation, character
classes, groups of alternatives, optional groups, quantifiers, look-arounds, \\b) and answers None for
anything else: a pattern it cannot read is never gated.  tests/test_openings.py holds that a gate never
refuses text the pattern matches.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .casefold import class_end

# Name it anew when required() answers differently: callers keep its answers in the disk cache under it.
READER_VERSION = 9
_ZERO_WIDTH_ESCAPES = "bBAZ"  # \b and friends consume nothing
_LONG_ESCAPES = "xuUN"  # escapes longer than one letter
_QUANTIFIERS = "?*+{"
_MAX_STRINGS = 2000  # a gate of more costs more than it saves


class _Unreadable(Exception):
    """Syntax outside the subset required() reads."""


def required(source: str, fold: bool = False) -> tuple[str, ...] | None:
    """Literal strings such that every match of source (compiled without flags) holds one of them.

    A run of literal text and groups of literal text is spelled out ("(?:come|comes) out" holds "come out"
    or "comes out"); of the runs and groups a match must pass through, the one whose shortest string has
    the most letters is kept ("debut" in "(?:will|to) (?:a )?debut").  None when the source uses syntax
    this reader does not follow, or a match may hold no literal at all.

    With fold, for a source compiled with IGNORECASE: the strings come lower-cased, and a group that
    turns case back on ("(?-i:WATCH)") is read as a plain group, its text being in the match as written.
    A lower-cased match holds one of them where the letters matched are ASCII (re equates an ASCII letter
    with four others ignoring case: casefold.UNFOLDABLE).
    """
    try:
        found, _ = _alternation(source, 0, len(source), fold)
    except (_Unreadable, ValueError, IndexError):  # syntax outside the subset, or a pattern re would refuse
        return None
    if found is None or len(found) > _MAX_STRINGS:
        return None
    # Any part of a required string is required too: without their leading spaces, the strings open with a
    # letter, and re skips through the spaces between words, where " date" or " tour" would have it try the tree.
    stripped = {(text.lower() if fold else text).lstrip(" ") for text in found}
    return None if "" in stripped else tuple(sorted(stripped))


def _score(strings: frozenset[str]) -> tuple[int, int]:
    """Strings with more letters are rarer in text ("scheduled for" over " for"); then fewer strings."""
    return min(sum(map(str.isalnum, s)) for s in strings), -len(strings)


_MAX_CHAIN = 16  # spelled-out strings of one run of literal text and groups: more make a gate slow to compile


def _alternation(src: str, i: int, end: int, fold: bool) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(required strings, every string it matches when it is literal text only) of an alternation."""
    required: set[str] | None = set()
    exact: set[str] | None = set()
    for a, b in _split_top(src, i, end):
        one, spelled = _sequence(src, a, b, fold)
        required = required | one if required is not None and one is not None else None
        exact = exact | spelled if exact is not None and spelled is not None else None
    return (frozenset(required) if required else None), (frozenset(exact) if exact is not None else None)


def _sequence(src: str, i: int, end: int, fold: bool) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(required strings, every string it matches when literal only) of one alternative, src[i:end].

    A chain of literal text and literal groups is spelled out ("(?:come|comes) out" holds "come out" or
    "comes out"); the required strings are the best of the chains and of the mandatory groups in it.
    """
    candidates: list[frozenset[str]] = []
    chain: set[str] = {""}
    whole = True  # no break so far: the chain spells every match

    def cut() -> None:
        nonlocal chain, whole
        whole = False
        if "" not in chain:
            candidates.append(frozenset(chain))
        chain = {""}

    def extend(options: set[str]) -> None:
        nonlocal chain
        grown = {a + b for a in chain for b in options}
        if len(grown) > _MAX_CHAIN:
            cut()
            grown = set(options)
        chain = grown

    j = i
    while j < end:
        c = src[j]
        if c == "(":
            close = _group_end(src, j)
            if src.startswith(("?!", "?<!"), j + 1):
                j = close + 1  # a negative look-around consumes nothing: the text on either side is adjacent
                continue
            if src.startswith(("?=", "?<="), j + 1):
                # A positive look-around's text is in the text searched (re looks around inside it), next to
                # the match: the chain so far runs on into a look-ahead's text; a look-behind's text runs on
                # into what follows it, so a new chain starts from it.
                ahead = src[j + 2] == "="
                inner, spelled = _alternation(src, j + (3 if ahead else 4), close, fold)
                if ahead and spelled is not None and len(chain) * len(spelled) <= 4 * _MAX_CHAIN:
                    candidates.append(frozenset(a + b for a in chain for b in spelled))
                elif inner is not None:
                    candidates.append(inner)
                if not ahead:
                    cut()
                    if spelled is not None:
                        chain = set(spelled)
                j = close + 1
                continue
            if src.startswith("?:", j + 1):
                inner, spelled = _alternation(src, j + 3, close, fold)
            elif src.startswith("?P<", j + 1):
                inner, spelled = _alternation(src, src.index(">", j) + 1, close, fold)
            elif fold and src.startswith("?-i:", j + 1):
                inner, spelled = _alternation(src, j + 5, close, fold)
            elif src.startswith("?", j + 1):
                raise _Unreadable  # inline flags, conditionals, comments, back-references by name
            else:
                inner, spelled = _alternation(src, j + 1, close, fold)
            q, j = _quantifier(src, close + 1)
            if spelled is not None and q in ("", "?"):
                extend(set(spelled) | ({""} if q else set()))
                continue
            cut()
            if inner is not None and not _optional(q):
                candidates.append(inner)
            continue
        if c in "[.^$":
            cut()
            _, j = _quantifier(src, _class_end(src, j) if c == "[" else j + 1)
            continue
        if c == "\\":
            if j + 1 >= end:
                raise _Unreadable
            e = src[j + 1]
            if e in _ZERO_WIDTH_ESCAPES:
                j += 2  # consumes nothing, as a look-around
                continue
            if e in _LONG_ESCAPES or e.isdigit():
                raise _Unreadable  # \\x41, \\u00e9, \\N{...}, octal, back-references (numbered in the whole list)
            if e.isalnum():
                cut()  # a class (\\d, \\w, \\s) or an escape like \\n: no literal here
                _, j = _quantifier(src, j + 2)
                continue
            literal, j = e, j + 2
        elif c in _QUANTIFIERS or c in ")|":
            raise _Unreadable
        else:
            literal, j = c, j + 1
        q, j = _quantifier(src, j)
        if not q:
            extend({literal})
        elif q == "?":
            extend({literal, ""})
        else:
            if not _optional(q):
                extend({literal})  # once at least: the chain ends with it
            cut()
    spelled = frozenset(chain) if whole else None
    if "" not in chain:
        candidates.append(frozenset(chain))
    usable = [c for c in candidates if c and "" not in c]
    return (max(usable, key=_score) if usable else None), spelled


def first_characters(source: str) -> frozenset[str] | None:
    """Every character a match of source (compiled without flags) can open with; None when unsure.

    For a pattern tried at one place only ("^(?:read|watch) more"): where the text's character there is
    none of them ({"r", "w"}), it cannot match.  Reads the syntax required() reads, "(?-i:...)" groups
    too; zero-width parts (anchors, \\b, look-arounds) are passed over, as the character after them opens
    the match.  None when a match may open with a character class, a dot or a class escape, or may be
    empty, or the source is outside that syntax.
    """
    try:
        return _first_of_alternation(source, 0, len(source))
    except (_Unreadable, ValueError, IndexError):
        return None


def _first_of_alternation(src: str, i: int, end: int) -> frozenset[str] | None:
    found: set[str] = set()
    for a, b in _split_top(src, i, end):
        first = _first_of_sequence(src, a, b)
        if first is None:
            return None
        found |= first
    return frozenset(found)


def _first_of_sequence(src: str, i: int, end: int) -> frozenset[str] | None:
    """The characters src[i:end] can open with: those of its first part, and of the next while a part may be skipped."""
    found: set[str] = set()
    j = i
    while j < end:
        c = src[j]
        if c == "(":
            close = _group_end(src, j)
            if src.startswith(("?=", "?!", "?<=", "?<!"), j + 1):
                j = close + 1  # a look-around consumes nothing
                continue
            if src.startswith("?:", j + 1):
                inner = _first_of_alternation(src, j + 3, close)
            elif src.startswith("?P<", j + 1):
                inner = _first_of_alternation(src, src.index(">", j) + 1, close)
            elif src.startswith("?-i:", j + 1):
                inner = _first_of_alternation(src, j + 5, close)
            elif src.startswith("?", j + 1):
                raise _Unreadable  # inline flags, conditionals, comments, back-references by name
            else:
                inner = _first_of_alternation(src, j + 1, close)
            if inner is None:
                return None
            found |= inner
            q, j = _quantifier(src, close + 1)
            if _optional(q):
                continue
            return frozenset(found)
        if c == "^":
            j += 1
            continue
        if c in "[.$":
            return None
        if c == "\\":
            e = src[j + 1]
            if e in _ZERO_WIDTH_ESCAPES:
                j += 2
                continue
            if e.isalnum():
                return None  # a class (\\d, \\w, \\s), an escape longer than a letter, a back-reference
            literal, j = e, j + 2
        elif c in _QUANTIFIERS or c in ")|":
            raise _Unreadable
        else:
            literal, j = c, j + 1
        found.add(literal)
        q, j = _quantifier(src, j)
        if not _optional(q):
            return frozenset(found)
    return None  # every part may be skipped: the match may be empty


def _top_level(src: str, i: int, end: int) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for src[i:end], escapes and character classes skipped."""
    depth, j = 0, i
    while j < end:
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(src, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield j, c, depth
        j += 1


def _split_top(src: str, i: int, end: int) -> list[tuple[int, int]]:
    """The spans of src[i:end] between its top-level bars."""
    parts, start = [], i
    for j, c, depth in _top_level(src, i, end):
        if c == "|" and depth == 0:
            parts.append((start, j))
            start = j + 1
    parts.append((start, end))
    return parts


def _class_end(src: str, j: int) -> int:
    """The index after the character class that opens at j."""
    end = class_end(src, j)
    if end is None:
        raise _Unreadable
    return end + 1


def _group_end(src: str, j: int) -> int:
    """The index of the parenthesis that closes the group opening at j."""
    for k, c, depth in _top_level(src, j, len(src)):
        if c == ")" and depth == 0:
            return k
    raise _Unreadable


def _quantifier(src: str, j: int) -> tuple[str, int]:
    """The quantifier at j ("" when none) and the index after it (a lazy or possessive mark included)."""
    if j >= len(src) or src[j] not in _QUANTIFIERS:
        return "", j
    if src[j] == "{":
        close = src.find("}", j)
        if close < 0 or not re.fullmatch(r"\{\d*(?:,\d*)?\}", src[j:close + 1]):
            raise _Unreadable
        q, j = src[j:close + 1], close + 1
    else:
        q, j = src[j], j + 1
    if j < len(src) and src[j] in "?+":
        j += 1
    return q, j


def _optional(q: str) -> bool:
    """The quantifier allows no repeat at all."""
    return q in ("?", "*") or q.startswith(("{0", "{,"))


# Name it anew when prefix_tree answers differently: listgate.gate_tree keeps its trees in the disk cache under it.
TREE_VERSION = 1


def prefix_tree(words: tuple[str, ...] | list[str]) -> str:
    """One regex alternation that finds where any of the literal words stands, common prefixes spelled once.

    re tries an alternation's branches one after the other at each character; split by character, it
    tries a handful.  Where a word ends the tree stops (a longer word holds it), which a gate allows.
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in sorted(words):
        node = tree
        for ch in word:
            if "" in node:
                break  # a shorter word already ends here
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}
    return _tree_source(tree)


def longest_tree(words: tuple[str, ...] | list[str]) -> str:
    """One regex that matches, where any of the literal words stands, the longest of them, as an alternation of
    them longest first does, with common prefixes spelled once.

    prefix_tree stops where a word ends (a gate's question: does one stand here?); this one goes on to
    the longest word standing (a scanner's: which one?), so finditer finds the same words at the same places.
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _longest_source(tree)


def _longest_source(node: dict) -> str:  # type: ignore[type-arg]
    # Each branch opens with its own character, so at most one goes on; a word ending here makes the rest optional
    # and greedy: the longer word is tried first, the shorter one is what backtracking leaves.
    branches = [re.escape(ch) + _longest_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def _tree_source(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(ch) + _tree_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
