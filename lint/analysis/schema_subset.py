"""A few JSON Schema keywords evaluated in plain Python, for the article models they fully decide.

A plain-text article's model is its headline and body (and a dek): strings
under a few keys.  Against the bundled profiles, what validation can say about
it comes down to `type`, `required`, `properties`, `items` (an image's
credit), `minLength`, `maxLength`, `minItems` and `maxItems`, reached through
`allOf` and `$ref` to a sibling profile.  Importing jsonschema and
building a validator for that costs about 100 ms of a cold one-file check, more
than the rest of the check.

So `violations` walks the schema the way jsonschema's Draft 2020-12 validator
does (each schema's keywords in their written order; `properties` only for keys
the model has) and gives the same errors in the same order, for exactly these
keywords.  The moment it meets anything else (another keyword, a boolean
schema, a reference it cannot read off the profile names, a value of another
type) it returns None and the caller asks jsonschema.  What each keyword means
follows jsonschema 4's `_keywords` module; tests/test_schema_subset.py holds the
two answers equal on every corpus article and on edge cases.
"""
from __future__ import annotations

from collections.abc import Mapping, Sized
from dataclasses import dataclass
from typing import Any

# Keys that are annotations, never validators, in Draft 2020-12 (a test checks none of them is in
# jsonschema's Draft202012Validator.VALIDATORS); "x-" keys are extensions and never validate either.
ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "examples", "default",
                         "deprecated", "readOnly", "writeOnly"})
_TYPES: dict[str, type] = {"object": dict, "string": str, "array": list}
_SIZES: dict[str, tuple[type[Sized], bool]] = {"minLength": (str, True), "maxLength": (str, False),
                                        "minItems": (list, True), "maxItems": (list, False)}  # (of what, a floor)


@dataclass(frozen=True)
class Violation:
    """What profiles.py reads of one jsonschema ValidationError (the innermost one)."""

    validator: str
    path: tuple[str | int, ...]  # ValidationError.absolute_path
    schema: Mapping[str, Any]  # the schema holding the keyword
    instance: Any
    value: Any  # validator_value
    message: str


class _Unsupported(Exception):
    """The schema or the model goes beyond the keywords evaluated here."""


def violations(schema: Mapping[str, Any], instance: Mapping[str, Any], base: str,
               schemas: Mapping[str, Mapping[str, Any]]) -> list[Violation] | None:
    """jsonschema's errors for instance against schema, in its order; None when this subset cannot decide.

    base is the URI the profiles' relative references resolve against; schemas maps each
    profile's file name ("general.json") to its schema.
    """
    try:
        return list(_walk(schema, instance, (), base, schemas, ()))
    except _Unsupported:
        return None


def _walk(schema: Any, instance: Any, path: tuple[str | int, ...], base: str,
          schemas: Mapping[str, Mapping[str, Any]], seen: tuple[str, ...]) -> list[Violation]:
    if not isinstance(schema, Mapping):
        raise _Unsupported  # a boolean schema
    if "$id" in schema and schema["$id"] not in [base + name for name in schemas]:
        raise _Unsupported  # relative references would resolve elsewhere
    out: list[Violation] = []
    for key, value in schema.items():
        if key in ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "type":
            names = [value] if isinstance(value, str) else value
            if not isinstance(names, list) or any(n not in _TYPES for n in names):
                raise _Unsupported
            if not any(isinstance(instance, _TYPES[n]) for n in names):
                out.append(Violation(key, path, schema, instance, value, f"{instance!r} is not of type "
                                     + ", ".join(repr(n) for n in names)))
        elif key == "required":
            if isinstance(instance, dict):
                out.extend(Violation(key, path, schema, instance, value, f"{name!r} is a required property")
                           for name in value if name not in instance)
        elif key == "properties":
            if isinstance(instance, dict):
                for name, sub in value.items():
                    if name in instance:
                        out.extend(_walk(sub, instance[name], (*path, name), base, schemas, seen))
        elif key in _SIZES:
            kind, least = _SIZES[key]
            if not isinstance(value, int):
                raise _Unsupported
            if isinstance(instance, kind):
                short = least and len(instance) < value
                long = not least and len(instance) > value
                if short or long:
                    said = ("should be non-empty" if value == 1 else "is too short") if short else (
                        "is expected to be empty" if value == 0 else "is too long")
                    out.append(Violation(key, path, schema, instance, value, f"{instance!r} {said}"))
        elif key == "items":
            if "prefixItems" in schema:
                raise _Unsupported
            if isinstance(instance, list):
                for index, item in enumerate(instance):
                    out.extend(_walk(value, item, (*path, index), base, schemas, seen))
        elif key == "allOf":
            if not isinstance(value, list):
                raise _Unsupported
            for sub in value:
                out.extend(_walk(sub, instance, path, base, schemas, seen))
        elif key == "$ref":
            if not isinstance(value, str) or value not in schemas or value in seen:
                raise _Unsupported
            out.extend(_walk(schemas[value], instance, path, base, schemas, (*seen, value)))
        else:
            raise _Unsupported
    return out
