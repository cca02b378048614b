"""jsonschema validation with short, readable messages (not jsonschema's raw text)."""
from __future__ import annotations

from typing import Any


def pointer(path: Any) -> str:
    return "/" + "/".join(str(p) for p in path) if path else "/"


def explain(error: Any) -> str:
    """One readable sentence for a jsonschema ValidationError."""
    v = error.validator
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown key{'s' if len(extra) > 1 else ''} {', '.join(repr(e) for e in extra)}"
    if v == "required":
        missing = [r for r in error.validator_value if r not in error.instance]
        return f"missing required key {', '.join(repr(m) for m in missing)}"
    if v == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return f"expected {expected}, got {type(error.instance).__name__.replace('dict', 'table').replace('str', 'string')}"
    if v == "enum":
        return f"{error.instance!r} is not one of {', '.join(repr(x) for x in error.validator_value)}"
    if v == "pattern":
        return f"{error.instance!r} does not have the expected form"
    if v in ("minLength", "minItems"):
        return "must not be empty"
    if v == "minimum":
        return f"must be at least {error.validator_value}"
    if v == "oneOf":
        return "does not match any allowed form"
    return str(error.message).split("\n")[0]


def validate(instance: Any, schema: dict[str, Any]) -> list[tuple[str, str]]:
    """[(json_pointer, message)] for every violation, most useful first."""
    import jsonschema

    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(instance), key=lambda e: (len(list(e.absolute_path)), str(e.absolute_path)))
    out = []
    for error in errors:
        if error.validator == "oneOf" and error.context:
            deepest = max(error.context, key=lambda e: len(list(e.absolute_path)))
            out.append((pointer(deepest.absolute_path), explain(deepest)))
        else:
            out.append((pointer(error.absolute_path), explain(error)))
    return out
