"""Configuration: artlint.toml or [tool.artlint] in pyproject.toml, found upward from each file.

A Config says which rules run, with which severities and params, and how the
run is judged.  It is validated by schemas/config.schema.json; unknown keys are
errors that name the key.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError, RuleFileError
from .findings import Severity
from .resources import schema
from .limits import MAX_DEPTH, TOML_TOKENS, number_problem, too_deep
from .rule_files import check_compiles, check_params, load_bundled, load_paths, merge
from .rules import Rule
from .settings import Settings
from .tomlcompat import tomllib
from .validation import validate

CONFIG_NAMES = ("artlint.toml", ".artlint.toml", "pyproject.toml")


@dataclass(frozen=True)
class RuleOverride:
    """One rule's settings in a config file: severity, on or off, params replaced or extended."""

    severity: str | None = None
    enabled: bool | None = None
    params: dict[str, Any] = field(default_factory=dict)
    extend_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """Settings for one run over some files."""

    path: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_rules: tuple[str, ...] = ()
    fail_on: str = "warning"
    reference_date: dt.date | None = None
    max_file_size: int = 5 * 1024 * 1024
    rules: tuple[tuple[str, RuleOverride], ...] = ()
    kind: str | None = None
    profiles: tuple[str, ...] = ()
    languagetool: str | None = None
    language: str = "en-US"
    exclude: tuple[str, ...] | None = None  # None: discovery.DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True

    def with_settings(self, settings: Settings) -> Config:
        """The one place command-line settings meet the file: --select replaces, --ignore and --rules add."""
        return dataclasses.replace(
            self,
            select=settings.select or self.select,
            ignore=self.ignore + settings.ignore,
            extend_rules=self.extend_rules + settings.rules_paths,
            fail_on=settings.fail_on or self.fail_on,
            reference_date=settings.reference_date or self.reference_date,
            kind=settings.kind or self.kind,
            languagetool=settings.languagetool or self.languagetool,
        )


def _matches(rule_id: str, selectors: Iterable[str]) -> bool:
    family = rule_id.split("/", 1)[0]
    return any(s == rule_id or s == family for s in selectors)


def parse_config(data: dict[str, Any], where: str) -> Config:
    """Validate a config mapping and build a Config; paths are relative to the file."""
    problems = validate(data, schema("config"))
    if problems:
        p, message = problems[0]
        raise ConfigError(f"{p}: {message}" if p != "/" else message, where)
    base = Path(where).parent if where else Path.cwd()
    overrides = tuple(
        (rule_id, RuleOverride(o.get("severity"), o.get("enabled"), o.get("params", {}), o.get("extend-params", {})))
        for rule_id, o in data.get("rules", {}).items()
    )
    ref = data.get("reference-date")
    return Config(
        path=where or None,
        select=tuple(data.get("select", ())),
        ignore=tuple(data.get("ignore", ())),
        extend_rules=tuple(str(base / p) for p in data.get("extend-rules", ())),
        fail_on=data.get("fail-on", "warning"),
        reference_date=dt.date.fromisoformat(ref) if ref else None,
        max_file_size=data.get("max-file-size", 5 * 1024 * 1024),
        rules=overrides,
        kind=data.get("kind"),
        profiles=tuple(str(base / p) for p in data.get("profiles", ())),
        languagetool=data.get("languagetool"),
        language=data.get("language", "en-US"),
        exclude=tuple(data["exclude"]) if "exclude" in data else None,
        extend_exclude=tuple(data.get("extend-exclude", ())),
        respect_gitignore=data.get("respect-gitignore", True),
    )


def load_file(path: str | Path) -> Config:
    """Read a config file (artlint.toml, or pyproject.toml's [tool.artlint])."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
        if too_deep(text, TOML_TOKENS) is not None:
            raise ConfigError(f"invalid TOML: nested more than {MAX_DEPTH} levels deep", str(p))
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError("no such config file", str(p)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"invalid TOML: {error}", str(p)) from None
    except ValueError as error:  # an integer past Python's digit limit
        raise ConfigError(f"invalid TOML: {number_problem(error) or error}", str(p)) from None
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("artlint", {})
    return parse_config(data, str(p))


def find_config_file(directory: Path) -> Path | None:
    """The nearest artlint.toml, .artlint.toml or pyproject.toml with [tool.artlint], upward."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                if name != "pyproject.toml" or _has_tool_table(candidate):
                    return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
        return too_deep(text, TOML_TOKENS) is None and "artlint" in tomllib.loads(text).get("tool", {})
    except (ValueError, UnicodeDecodeError, OSError):  # TOMLDecodeError is a ValueError
        return False


def discover_folder(directory: Path) -> Config:
    """The config governing the files of one folder (defaults when none is found): the one discovery rule."""
    found = find_config_file(directory)
    return load_file(found) if found else Config()


def discover(file_path: str) -> Config:
    """The config governing one article file (defaults when none is found)."""
    return discover_folder(Path(file_path).resolve().parent)


def _extend(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, list) and isinstance(value, list):
            out[key] = old + value
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = _extend(old, value)
        else:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def bundled_rules() -> tuple[Rule, ...]:
    return tuple(load_bundled())


def active_rules(config: Config) -> list[Rule]:
    """The rules this config runs, with severities and params overridden."""
    rules = merge(list(bundled_rules()), load_paths(config.extend_rules)) if config.extend_rules else list(bundled_rules())
    known = {r.id for r in rules} | {r.family for r in rules}
    open_families = {r.family for r in rules if r.kind == "grammar"}  # grammar/<LanguageTool rule id>
    for selector in (*config.select, *config.ignore, *(i for i, _ in config.rules)):
        if selector not in known and selector.split("/", 1)[0] not in open_families:
            raise ConfigError(f"unknown rule or family {selector!r} (see 'artlint rules')", config.path)
    overrides = dict(config.rules)
    active = []
    for rule in rules:
        o = overrides.get(rule.id) or overrides.get(rule.family) or RuleOverride()
        enabled = o.enabled if o.enabled is not None else rule.enabled
        if not enabled and rule.id not in config.select:
            continue
        if config.select and not _matches(rule.id, config.select):
            continue
        if _matches(rule.id, config.ignore):
            continue
        if o.severity or o.params or o.extend_params:
            params = _extend({**rule.params, **o.params}, o.extend_params)
            try:
                check_params(rule.kind, params, config.path or "config", rule.id, f"/rules/{rule.id}/params")
            except RuleFileError as error:
                raise ConfigError(error.message, config.path) from None
            rule = dataclasses.replace(rule, severity=Severity.parse(o.severity) if o.severity else rule.severity,
                                       params=params)
            if o.params or o.extend_params:
                try:
                    check_compiles(rule, config.path or "config")
                except RuleFileError as error:
                    raise ConfigError(error.message, config.path) from None
        active.append(rule)
    return active


STARTER = '''# artlint configuration. Every key is optional; delete what you do not need.
# Reference: https://github.com/ (see README "Configuration").

# Run only these rules or whole families (default: every rule that is on by default).
# select = ["credits", "hype", "promo", "dates", "names"]

# Never run these rules or families.
# ignore = ["readability"]

# House rules: TOML files or folders of them, relative to this file.
# extend-rules = ["house-rules/"]

# Lowest severity that makes the run exit 1: error, warning, info or never.
fail-on = "warning"

# Date that "past" and "future" are judged against when an article has no published date.
# reference-date = "2026-11-24"

# Skipped when a folder is walked (globs relative to this file; files named on the command line are
# always checked). exclude replaces the default list (README*, CHANGELOG*, LICENSE*, package.json ...).
# extend-exclude = ["drafts/", "**/*.draft.md"]
# respect-gitignore = true

# Largest article file, in bytes.
# max-file-size = 5242880

# Per-rule overrides: severity, enabled, params (replace) and extend-params (append); `artlint explain
# RULE` lists a rule's params. Here: puffery as a hint, and one more word that names an image's owner by role.
# [rules."hype/puffery"]
# severity = "info"
#
# [rules."credits/vague-source".extend-params]
# owner_words = ["syndicate"]
'''
