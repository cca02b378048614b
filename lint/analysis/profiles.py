"""Article profiles: which kind an article is, the structured model derived from it, and what its profile finds.

A profile is a JSON Schema overlay kept as data in schemas/profiles/<kind>.json
(users add their own folders with `profiles` in config).  The kind comes from
the article's metadata, else from config or `--kind`, else from keywords in
the text (each profile lists its own under "x-artlint").  Plain text has no
metadata, so fields that only metadata can carry are reported as unchecked
rather than as missing.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lexicon import Matcher
from .lexicon_entries import Entry
from .schema_subset import Violation, violations
from ..document import BODY_KINDS, Document
from ..errors import ConfigError
from ..findings import Location
from ..resources import schemas_root

if TYPE_CHECKING:  # imported where used: a plain-text article never needs jsonschema (schema_subset.py)
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

BASE_URI = "https://artlint.invalid/schemas/profiles/"
METADATA_ONLY = ("published", "author", "kind", "subject", "people", "tags")


@dataclass(frozen=True)
class Profile:
    """An article profile (film, series, ...): its metadata schema and the keywords that choose it."""

    name: str
    title: str
    schema: dict[str, Any]
    keywords: tuple[str, ...]

    @property
    def keyword_matcher(self) -> Matcher | None:
        return _keyword_matcher(self.keywords)


@lru_cache(maxsize=64)
def _keyword_matcher(keywords: tuple[str, ...]) -> Matcher | None:
    """The profile's keywords as a lexicon: tried only where their first word stands (see lexicon.Matcher)."""
    return Matcher([Entry(k) for k in keywords], ignore_case=True, inflect=False) if keywords else None


@dataclass(frozen=True)
class Choice:
    """The profile an article is checked against, and why."""

    profile: Profile
    source: str  # "metadata", "config" or "inferred"
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.profile.name, "source": self.source, "reason": self.reason}


@dataclass(frozen=True)
class Problem:
    """One schema violation, ready to become a finding."""

    keyword: str
    field: str
    pointer: str
    detail: str
    description: str


@lru_cache(maxsize=8)
def load_profiles(extra_dirs: tuple[str, ...] = ()) -> dict[str, Profile]:
    """Bundled profiles, then the user's (a user profile with a bundled name replaces it)."""
    texts: dict[str, tuple[str, str, bool]] = {}  # name -> (text, where, bundled)
    for entry in sorted(schemas_root().joinpath("profiles").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            texts[entry.name[:-5]] = (entry.read_text(encoding="utf-8"), f"schemas/profiles/{entry.name}", True)
    for folder in extra_dirs:
        path = Path(folder)
        if not path.is_dir():
            raise ConfigError(f"profiles folder {folder!r} does not exist")
        for file in sorted(path.glob("*.json")):
            texts[file.stem] = (file.read_text(encoding="utf-8"), str(file), False)
    profiles: dict[str, Profile] = {}
    for name, (text, where, bundled) in texts.items():
        try:
            schema = json.loads(text)
            if not bundled:  # bundled profiles are checked by the test suite, not on every start (15 ms)
                from jsonschema import Draft202012Validator

                Draft202012Validator.check_schema(schema)
        except (ValueError, Exception) as error:  # a user's broken profile is a config error, not a crash
            raise ConfigError(f"{where}: not a valid profile schema: {str(error).splitlines()[0]}") from None
        schema.setdefault("$id", BASE_URI + f"{name}.json")  # so "general.json" resolves from any profile
        meta = schema.get("x-artlint", {})
        profiles[name] = Profile(name, schema.get("title", name), schema, tuple(meta.get("keywords", [])))
    return profiles


@lru_cache(maxsize=8)
def _registry(extra_dirs: tuple[str, ...]) -> Registry:
    from referencing import Registry, Resource

    resources = [(BASE_URI + f"{p.name}.json", Resource.from_contents(p.schema))
                 for p in load_profiles(extra_dirs).values()]
    return Registry().with_resources(resources)


def choose(doc: Document, configured: str | None, extra_dirs: tuple[str, ...] = ()) -> Choice:
    profiles = load_profiles(extra_dirs)
    general = profiles["general"]
    kind = doc.meta.get("kind")
    if isinstance(kind, str) and kind:
        if kind in profiles:
            return Choice(profiles[kind], "metadata", f"kind: {kind} in the article's metadata")
        return Choice(general, "metadata", f"kind: {kind} in the metadata has no profile; using general")
    if configured:
        if configured not in profiles:
            raise ConfigError(f"kind {configured!r} has no profile (known: {', '.join(sorted(profiles))})")
        return Choice(profiles[configured], "config", f"--kind {configured} (or kind in config)")
    return _infer(doc, profiles)


def _infer(doc: Document, profiles: dict[str, Profile]) -> Choice:
    """Keywords of each profile, counted in the headline (three times over) and the body."""
    blocks = [(b, 3 if b.kind == "headline" else 1) for b in doc.blocks_in(("headline", "dek", "body", "subheading"))]
    best: tuple[int, str, list[str]] = (0, "general", [])
    for p in profiles.values():
        matcher = p.keyword_matcher
        if matcher is None:
            continue
        counts: dict[str, int] = {}
        for block, weight in blocks:
            for i, j, _ in matcher.finditer(block.text, block.word_index):
                key = block.text[i:j].lower()
                counts[key] = counts.get(key, 0) + weight
        score = sum(counts.values())
        hits = [f"'{k}' ×{n}" for k, n in counts.items()]
        if score > best[0]:
            best = (score, p.name, hits)
    score, name, hits = best
    if score < 3:
        return Choice(profiles["general"], "inferred", "no kind in metadata or config, and no strong keywords")
    return Choice(profiles[name], "inferred", "inferred from the text: " + ", ".join(hits[:4]))


@lru_cache(maxsize=32)
def _validator(name: str, extra_dirs: tuple[str, ...]) -> Draft202012Validator:
    """One validator per profile: building it (references, format checker) costs more than using it."""
    from jsonschema import Draft202012Validator, FormatChecker

    return Draft202012Validator(load_profiles(extra_dirs)[name].schema, registry=_registry(extra_dirs),
                                format_checker=FormatChecker())


def article_model(doc: Document) -> dict[str, Any]:
    """The structured article (schemas/article.schema.json) as far as this document gives it."""
    model: dict[str, Any] = {k: v for k, v in doc.meta.items()}
    if doc.headline is not None:
        model["headline"] = doc.headline.text
    deks = [b.text for b in doc.blocks if b.kind == "dek"]
    if deks:
        model["dek"] = deks[0]
    body = [b.text for b in doc.blocks if b.kind in BODY_KINDS]
    if body:
        model["body"] = "\n\n".join(body)
    if doc.images:
        images = []
        for img in doc.images:
            item: dict[str, Any] = {}
            if img.src:
                item["url"] = img.src
            if img.caption is not None:
                item["caption"] = img.caption.text
            if img.credit is not None:
                item["credit"] = img.credit.text
            images.append(item)
        model["images"] = images
    return model


def problems(doc: Document, choice: Choice, extra_dirs: tuple[str, ...] = ()) -> tuple[list[Problem], list[str]]:
    """Schema violations of the article against its profile, and the fields that could not be checked."""
    model = article_model(doc)
    found: list[Problem] = []
    unchecked: set[str] = set()
    for leaf in _violations(model, choice.profile.name, extra_dirs):
        problem = _problem(leaf)
        top = problem.pointer.split("/")[1] if problem.pointer.count("/") else ""
        if leaf.validator == "required" and top in METADATA_ONLY and not doc.meta:
            # Plain text cannot carry it: say so, don't call it missing.
            unchecked.update(_required_leaves(leaf.schema, problem.field))
            continue
        found.append(problem)
    # Values of the wrong type were set aside before any rule ran (parsers/typed.py); they are reported here.
    found.extend(Problem(keyword, field, pointer, detail, "") for keyword, pointer, field, detail in doc.meta_problems)
    unique = {(p.keyword, p.pointer): p for p in found}
    return list(unique.values()), sorted(unchecked)


def _violations(model: dict[str, Any], name: str, extra_dirs: tuple[str, ...]) -> list[Violation]:
    """The innermost validation errors of the model, in jsonschema's order.

    The keywords schema_subset.py evaluates decide a plain-text article against the
    bundled profiles without jsonschema; anything beyond them goes to jsonschema.
    """
    schemas = _by_file(extra_dirs)
    quick = violations(schemas[f"{name}.json"], model, BASE_URI, schemas)
    return quick if quick is not None else _jsonschema_violations(model, name, extra_dirs)


@lru_cache(maxsize=8)
def _by_file(extra_dirs: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Each profile's schema under the name its siblings' $ref use ("general.json")."""
    return {f"{name}.json": p.schema for name, p in load_profiles(extra_dirs).items()}


def _jsonschema_violations(model: dict[str, Any], name: str, extra_dirs: tuple[str, ...]) -> list[Violation]:
    validator = _validator(name, extra_dirs)
    try:
        errors = list(validator.iter_errors(model))
    except Exception as broken:  # a house profile with a $ref that leads nowhere
        raise ConfigError(f"profile {name!r} cannot be used: {str(broken).splitlines()[0]}") from None
    return [Violation(str(leaf.validator), tuple(leaf.absolute_path),
                      leaf.schema if isinstance(leaf.schema, dict) else {}, leaf.instance, leaf.validator_value,
                      leaf.message)
            for error in errors for leaf in _leaves(error)]


def _required_leaves(parent: Any, field: str) -> list[str]:
    """'subject' -> ['subject.title', 'subject.release_date'] when the profile requires those inside it."""
    name = field.rsplit(".", 1)[-1]
    sub = parent.get("properties", {}).get(name, {}) if isinstance(parent, dict) else {}
    inner = sub.get("required", []) if isinstance(sub, dict) else []
    return [f"{field}.{r}" for r in inner] or [field]


def _leaves(error: ValidationError) -> list[ValidationError]:
    """allOf and $ref wrap the real errors; report the innermost ones."""
    if error.context:
        return [leaf for sub in error.context for leaf in _leaves(sub)]
    return [error]


def _problem(error: Violation) -> Problem:
    path = list(error.path)
    schema = error.schema
    if error.validator == "required":
        missing = re.match(r"'([^']+)' is a required property", error.message)
        name = missing.group(1) if missing else "?"
        path = [*path, name]
        sub = schema.get("properties", {}).get(name, {}) if isinstance(schema.get("properties"), dict) else {}
        description = sub.get("description", "") if isinstance(sub, dict) else ""
        field = _field(path)
        return Problem("required", field, _pointer(path), f"{field} is missing", description)
    field = _field(path) or "the article"
    description = str(schema.get("description", ""))
    value = error.instance
    v = error.value
    kw = error.validator
    if kw == "minLength":
        detail = f"{field} is {len(value)} characters, shorter than {v}"
    elif kw == "maxLength":
        detail = f"{field} is {len(value)} characters, longer than {v}"
    elif kw in ("minItems", "maxItems"):
        detail = f"{field} has {len(value)} entries; the profile wants {'at least' if kw == 'minItems' else 'at most'} {v}"
    elif kw == "format":
        detail = f"{field} '{value}' is not a valid {v}" + (" (YYYY-MM-DD)" if v == "date" else "")
    elif kw == "type":
        detail = f"{field} should be {'an' if str(v)[0] in 'aeiou' else 'a'} {v}, not {type(value).__name__}"
    elif kw == "pattern":
        detail = f"{field} '{value}' is not in the expected form"
    elif kw in ("enum", "const"):
        detail = f"{field} '{value}' is not an allowed value"
    else:
        detail = f"{field}: {error.message}"
    return Problem(kw, field, _pointer(path), detail, description)


def _field(path: list[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _pointer(path: list[Any]) -> str:
    return "".join(f"/{p}" for p in path)


def location(doc: Document, pointer: str) -> Location:
    """Where a problem goes: the metadata field, the image, the headline or body, else the file start."""
    parts = pointer.strip("/").split("/")
    if parts[0] == "images" and len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < len(doc.images):
        img = doc.images[int(parts[1])]
        if img.pointer is None or img.pointer not in doc.meta_spans:
            return doc.location(img.start, img.end)
    if parts[0] == "body":
        body = next(iter(doc.blocks_in(("body",))), None)
        if body is not None:
            return doc.block_location(body, 0, len(body.text))
    if parts[0] == "headline" and doc.headline is not None and pointer not in doc.meta_spans:
        return doc.block_location(doc.headline, 0, len(doc.headline.text))
    return doc.meta_location(pointer)
