"""Metadata typed before any rule reads it: values of the wrong JSON type are set aside.

JSON articles, front matter and JSON-LD all fill `Document.meta`, and a CMS
export can put anything anywhere: `"people": [null]`, a number for a title, a
list for `kind`.  Each value is checked against the type that
schemas/article.schema.json gives its field; one that does not fit is left out
of the metadata the rules see and recorded as a problem on its field, which
the schema/type rule reports.  So rules only ever see well-typed values.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..resources import schema as bundled_schema
from ..patterns import LazyPattern

_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "object": (dict,), "array": (list,),
                                       "number": (int, float), "integer": (int,), "boolean": (bool,)}
_NAMES = {"str": "string", "dict": "object", "list": "array", "NoneType": "null", "int": "number",
          "float": "number", "bool": "boolean"}


_DATE = LazyPattern(r"\d{4}-\d{2}-\d{2}")


class _Drop:
    """The value does not fit its schema."""


DROP = _Drop()
Problem = tuple[str, str, str, str]  # (schema keyword, JSON pointer, field, detail)
_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}"  # the schema's pattern for fields that open with a date


def clean(meta: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """The metadata with ill-typed values left out, and a problem for each value left out."""
    problems: list[Problem] = []
    properties = bundled_schema("article")["properties"]
    out: dict[str, Any] = {}
    for key, value in meta.items():
        sub = properties.get(key)
        fitted = _fit(value, sub, f"/{key}", key, problems) if sub is not None else value
        if fitted is not DROP:
            out[key] = fitted
    return out, problems


def _expected(schema: dict[str, Any]) -> str:
    if "oneOf" in schema:
        return " or ".join(_expected(s) for s in schema["oneOf"])
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    kind = str(schema.get("type", "value"))
    if kind == "array" and isinstance(schema.get("items"), dict) and "type" in schema["items"]:
        return f"array of {schema['items']['type']}s"
    return kind


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    """Whether value has the schema's type, ignoring what is inside it."""
    if "enum" in schema:
        return any(type(value) is type(v) for v in schema["enum"])
    kind = schema.get("type")
    if kind is None:
        return True
    if isinstance(value, bool) and kind != "boolean":
        return False
    return isinstance(value, _TYPES.get(str(kind), (object,)))


def _fit(value: Any, schema: dict[str, Any], pointer: str, field: str, problems: list[Problem]) -> Any:
    """value with its ill-typed parts left out, or DROP when value itself does not fit."""
    if "oneOf" in schema:
        for option in schema["oneOf"]:
            if _fits(value, option):
                return _fit(value, option, pointer, field, problems)
        problems.append(("type", pointer, field, _detail(field, schema, value)))
        return DROP
    if not _fits(value, schema):
        problems.append(("type", pointer, field, _detail(field, schema, value)))
        return DROP
    if isinstance(value, str) and schema.get("pattern") == _DATE_PATTERN and _DATE.match(value):
        try:
            dt.date.fromisoformat(value[:10])
        except ValueError:  # 2024-02-30: kept as text (rules read it as no date), reported as a format problem
            problems.append(("format", pointer, field, f"{field} '{value[:10]}' is not a date that exists"))
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        out: dict[str, Any] = {}
        for key, item in value.items():
            sub = properties.get(key)
            fitted = _fit(item, sub, f"{pointer}/{key}", f"{field}.{key}", problems) if sub is not None else item
            if fitted is not DROP:
                out[key] = fitted
        missing = [r for r in schema.get("required", []) if r not in out]
        if missing:
            absent = [r for r in missing if r not in value]  # one left out for its type is reported already
            if absent:
                problems.append(("type", pointer, field, f"{field} has no {absent[0]}"))
            return DROP
        return out
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        kept = []
        for n, item in enumerate(value):
            fitted = _fit(item, schema["items"], f"{pointer}/{n}", f"{field}[{n}]", problems)
            if fitted is not DROP:
                kept.append(fitted)
        return kept
    return value


def _detail(field: str, schema: dict[str, Any], value: Any) -> str:
    got = _NAMES.get(type(value).__name__, type(value).__name__)
    return f"{field} should be {_expected(schema)}, not {got}"
