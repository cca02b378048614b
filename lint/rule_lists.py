"""Shared word lists that rule files name: `{list:FILE.KEY}` in a param, expanded when the rule file loads.

A list used by several rules lives once, in rules/_data/FILE.toml under KEY (an array of
regular-expression fragments, with a comment saying where each came from); a rule's param
names it instead of copying it.  The reference is replaced by the fragments joined into one
non-capturing alternation, `(?:a|b|c)`, the form the release vocabulary gives its
`{timing_openers}` class, under a `{name:CLASS}` marker like reader-call's `{media:CLASS}`.
It is expanded in every string of a rule's params, but it stands for a regular expression,
so it belongs in params that are one: `{pattern}` entries, the pattern kind's `pattern(s)`,
a kind's pattern params such as stray-headline's `label_alone` (a plain phrase is matched as
written).  An unknown file or key is the rule file's error.  reader-call keeps its own
`{media:CLASS}`: media-nouns.toml holds literal nouns, escaped and ordered by lint/analysis/things.py.
"""
from __future__ import annotations

from typing import Any

from .errors import RuleFileError
from .patterns import LazyPattern
from .resources import data_stamp, data_text
from .tomlcompat import tomllib

MARKER = "{list:"
_REFERENCE = LazyPattern(r"\{list:([^{}]*)\}")
_NAME = LazyPattern(r"([a-z0-9][a-z0-9-]*)\.([A-Za-z_][A-Za-z0-9_]*)")


class Lists:
    """The lists of rules/_data that rule files name, each file read once per load."""

    def __init__(self) -> None:
        self._files: dict[str, dict[str, Any] | None] = {}

    def stamps(self) -> dict[str, str] | None:
        """Each data file read, with its stamp (resources.data_stamp); None when one is not a plain file."""
        out = {}
        for name in self._files:
            stamp = data_stamp(_data_name(name))
            if stamp is None:
                return None
            out[name] = stamp
        return out

    def expand(self, params: Any, where: str, rule_id: str, prefix: str) -> Any:
        """params with every `{list:FILE.KEY}` inside a string replaced by that list's alternation."""
        if isinstance(params, str):
            return _REFERENCE.sub(lambda m: self._alternation(m[1], where, rule_id, prefix), params) \
                if MARKER in params else params
        if isinstance(params, dict):
            return {k: self.expand(v, where, rule_id, f"{prefix}/{k}") for k, v in params.items()}
        if isinstance(params, list):
            return [self.expand(v, where, rule_id, f"{prefix}/{n}") for n, v in enumerate(params)]
        return params

    def _alternation(self, reference: str, where: str, rule_id: str, pointer: str) -> str:
        def fault(why: str) -> RuleFileError:
            return RuleFileError(f"rule {rule_id}: {pointer}: unknown list {{list:{reference}}}: {why}", where)

        named = _NAME.fullmatch(reference)
        if named is None:
            raise fault("expected {list:FILE.KEY}, a key of rules/_data/FILE.toml")
        file, key = named[1], named[2]
        if file not in self._files:
            self._files[file] = _read(file)
        data = self._files[file]
        if data is None:
            raise fault(f"no file rules/_data/{file}.toml")
        entries = data.get(key)
        if entries is None:
            raise fault(f"rules/_data/{file}.toml has no key {key!r}")
        if not isinstance(entries, list) or not entries or not all(isinstance(e, str) and e for e in entries):
            raise fault(f"{key!r} in rules/_data/{file}.toml is not a list of strings")
        return "(?:" + "|".join(entries) + ")"


def stamps_hold(stamps: dict[str, Any]) -> bool:
    """Every data file that Lists.stamps() recorded is unchanged (the cached expansions still hold)."""
    return all(data_stamp(_data_name(name)) == stamp for name, stamp in stamps.items())


def _data_name(file: str) -> str:
    """FILE as the name resources.data_text and data_stamp take."""
    return f"_data/{file}.toml"


def _read(file: str) -> dict[str, Any] | None:
    try:
        text = data_text(_data_name(file))
    except OSError:
        return None
    try:
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise RuleFileError(f"invalid TOML: {error}", f"rules/_data/{file}.toml") from None


__all__ = ["Lists", "MARKER", "stamps_hold"]
