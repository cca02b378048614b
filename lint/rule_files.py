"""Rule files: read rules/**/*.toml and house rule files, validate them, bind each rule to its kind."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
import dataclasses
from pathlib import Path
from typing import Any

from .checks import KINDS, Builder, compile_now, get
from .errors import RuleFileError
from .findings import Severity
from .limits import MAX_DEPTH, TOML_TOKENS, number_problem, too_deep
from .resources import rules_root, schema
from .rule_lists import Lists, stamps_hold
from .rules import DEFAULT_SCOPE, Rule
from .tomlcompat import tomllib
from .validation import validate


def _rule_from(data: dict[str, Any], rule_id: str, source: str) -> Rule:
    examples = data.get("examples", {})
    return Rule(
        id=rule_id,
        kind=data["kind"],
        severity=Severity.parse(data["severity"]),
        summary=data["summary"],
        message=data["message"],
        description=data.get("description", "").strip(),
        link=data.get("link", ""),
        scope=tuple(data.get("scope", DEFAULT_SCOPE)),
        enabled=data.get("enabled", True),
        fixable=data.get("fixable", False),
        exclusive=data.get("exclusive", False),
        params=data.get("params", {}),
        fail_examples=tuple(examples.get("fail", ())),
        pass_examples=tuple(examples.get("pass", ())),
        source=source,
        build=Builder(data["kind"]),
    )


def check_params(kind: str, params: Mapping[str, Any], where: str, rule_id: str, prefix: str = "/params") -> None:
    """Validate params against the kind's own schema; raise RuleFileError naming the fault."""
    if kind not in KINDS:
        raise RuleFileError(f"rule {rule_id}: /kind: unknown check kind {kind!r} (known: {', '.join(sorted(KINDS))})", where)
    problems = validate(dict(params), dict(get(kind).schema))
    if problems:
        p, message = problems[0]
        raise RuleFileError(f"rule {rule_id}: {prefix}{p if p != '/' else ''}: {message}", where)


def check_compiles(rule: Rule, where: str) -> None:
    """Build the kind's compiled form once, so a pattern that does not compile is the rule file's error.

    Compiled lazily it would surface later, against whichever article or example
    first ran the rule.  A fresh compiled form is built and dropped, so the rule stays
    picklable for worker processes.
    """
    import re

    from .errors import ArtlintError

    try:
        compile_now(get(rule.kind).build(rule.params))
    except ArtlintError as error:
        raise RuleFileError(f"rule {rule.id}: {error.message}", where) from None
    except re.error as compiled:
        culprit = compiled
        for source in _user_patterns(rule.params):  # name the user's pattern, not the alternation built from it
            try:
                re.compile(source)
            except re.error as own:
                culprit = own
                break
        shown = f" {culprit.pattern!r}" if isinstance(culprit.pattern, str) else ""
        raise RuleFileError(f"rule {rule.id}: invalid pattern{shown}: {culprit}", where) from None


def _user_patterns(value: object) -> Iterator[str]:
    """Every string under a "pattern" or "patterns" key of the params, however nested."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key in ("pattern", "patterns"):
                yield from ([item] if isinstance(item, str) else [i for i in item if isinstance(i, str)])
            else:
                yield from _user_patterns(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _user_patterns(item)


def _validated(data: dict[str, Any], where: str, rule_id: str, prefix: str = "", validate_schema: bool = True,
               lists: Lists | None = None) -> Rule:
    if not validate_schema:  # trusted: parsed, list references expanded and validated by an earlier run
        return _rule_from(data, rule_id, where)
    if "params" in data:  # in place, so that load_bundled caches the expanded params
        data["params"] = (lists or Lists()).expand(data["params"], where, rule_id, f"{prefix}/params")
    problems = validate(data, schema("rule"))
    if problems:
        p, message = problems[0]
        raise RuleFileError(f"rule {rule_id}: {prefix}{p if p != '/' or not prefix else ''}: {message}", where)
    check_params(data["kind"], data.get("params", {}), where, rule_id, f"{prefix}/params")
    return _rule_from(data, rule_id, where)


def _read_toml(text: str, where: str) -> dict[str, Any]:
    if too_deep(text, TOML_TOKENS) is not None:
        raise RuleFileError(f"invalid TOML: nested more than {MAX_DEPTH} levels deep", where)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"invalid TOML: {error}", where) from None
    except ValueError as error:  # an integer past Python's digit limit
        raise RuleFileError(f"invalid TOML: {number_problem(error) or error}", where) from None


def parse_rule_file(text: str, where: str, path_id: str | None, strict: bool = True,
                    validate_schema: bool = True) -> list[Rule]:
    """Rules in one TOML text: a single rule, or a house file with a [[rule]] array.

    path_id is the id implied by the file's place (family/name); a single rule's
    own id, if given, must agree with it when strict (bundled rules, rule folders).
    """
    return rules_from_data(_read_toml(text, where), where, path_id, strict, validate_schema)


def rules_from_data(data: dict[str, Any], where: str, path_id: str | None, strict: bool = True,
                    validate_schema: bool = True, lists: Lists | None = None) -> list[Rule]:
    """parse_rule_file after the TOML parse.

    Params' `{list:FILE.KEY}` references are expanded in data itself, through lists
    (which records the data files read), unless validate_schema is off: data from the
    cache of load_bundled is already expanded.
    """
    if "rule" in data:
        items = data["rule"]
        if not isinstance(items, list) or set(data) - {"rule"}:
            raise RuleFileError("a house-rules file holds only [[rule]] tables", where)
        rules = []
        for n, item in enumerate(items):
            rule_id = item.get("id") if isinstance(item, dict) else None
            if not rule_id:
                raise RuleFileError(f"/rule/{n}: every [[rule]] needs an id (family/name)", where)
            rules.append(_validated(item, where, rule_id, f"/rule/{n}", validate_schema, lists))
        return rules
    rule_id = data.get("id") or path_id
    if not rule_id:
        raise RuleFileError("the rule has no id and its path does not give one (family/name.toml)", where)
    if strict and path_id and data.get("id") and data["id"] != path_id:
        raise RuleFileError(f"rule id {data['id']!r} does not match its path (expected {path_id!r})", where)
    return [_validated(data, where, rule_id, validate_schema=validate_schema, lists=lists)]


def _walk(root: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.is_dir() and not entry.name.startswith(("_", ".")):
            yield from _walk(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith(".toml"):
            yield f"{prefix}{entry.name[:-5]}", entry


def load_bundled() -> list[Rule]:
    """Every rule shipped with artlint, validated.

    Validation (jsonschema) and TOML parsing are the costly part of a cold start,
    and the bundled files only change with artlint itself: once a set of files
    has passed, the cache keeps their parsed contents under their digest, with the
    `{list:...}` references of their params expanded (and the stamps of the lists'
    data files, so an edited list is read again), and later runs skip the parse, the
    expansion and the schema pass.
    """
    import sys

    from . import __version__, cache

    root = rules_root()
    files = [(rel, entry.read_text(encoding="utf-8")) for rel, entry in _walk(root)]
    digest = cache.digest("\0".join(f"{rel}\0{text}" for rel, text in files))
    # The lists' stamps name their files' places, so an install keeps its own entry: two installs (two virtual
    # environments, two checkouts) with the same rule files would otherwise each find the other's entry stale and
    # parse and validate every rule again on every run.
    place = cache.digest(str(root))[:12]
    marker = f"rules-{__version__}-py{sys.version_info[0]}{sys.version_info[1]}-{digest}-{place}"
    cached = cache.load(marker)
    trusted = (isinstance(cached, dict) and cached.get("digest") == digest and isinstance(cached.get("data"), dict)
               and isinstance(cached.get("lists"), dict) and stamps_hold(cached["lists"]))
    parsed: dict[str, dict[str, Any]] = cached["data"] if trusted else {}  # type: ignore[index]
    lists = Lists()
    rules: list[Rule] = []
    for rel, text in files:
        path_id = rel if rel.count("/") == 1 else None
        where = f"rules/{rel}.toml"
        data = parsed.get(rel) if trusted else None
        if data is None:
            data = parsed[rel] = _read_toml(text, where)
        rules.extend(dataclasses.replace(r, bundled=True)
                     for r in rules_from_data(data, where, path_id, validate_schema=not trusted, lists=lists))
    stamps = lists.stamps()
    if not trusted and stamps is not None:
        cache.store(marker, {"digest": digest, "data": parsed, "lists": stamps})  # silently skipped if marshal cannot hold it
    return rules


def load_paths(paths: Iterable[str | Path]) -> list[Rule]:
    """House rules from files or folders (folders are walked for *.toml), each checked to compile."""
    rules = _load_paths(paths)
    for rule in rules:
        check_compiles(rule, rule.source)
    return rules


def _load_paths(paths: Iterable[str | Path]) -> list[Rule]:
    rules: list[Rule] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for rel, entry in _walk(path):
                path_id = rel if rel.count("/") == 1 else None
                rules.extend(parse_rule_file(entry.read_text(encoding="utf-8"), str(Path(path, rel + ".toml")), path_id))
        elif path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise RuleFileError("not UTF-8 text", str(path)) from None
            path_id = f"{path.parent.name}/{path.stem}"
            rules.extend(parse_rule_file(text, str(path), path_id if _looks_like_id(path_id) else None, strict=False))
        else:
            raise RuleFileError("no such rule file or folder", str(path))
    return rules


def _looks_like_id(candidate: str) -> bool:
    import re

    return bool(re.fullmatch(r"[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*", candidate))


def merge(base: list[Rule], extra: list[Rule]) -> list[Rule]:
    """All rules, refusing duplicate ids."""
    seen: dict[str, Rule] = {}
    for rule in [*base, *extra]:
        if rule.id in seen:
            raise RuleFileError(f"rule id {rule.id!r} is already defined in {seen[rule.id].source}", rule.source)
        seen[rule.id] = rule
    return list(seen.values())


__all__ = ["check_compiles", "check_params", "load_bundled", "load_paths", "merge", "parse_rule_file"]
