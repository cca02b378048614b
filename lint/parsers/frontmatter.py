"""YAML (---) and TOML (+++) front matter: metadata with the source span of every field."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..errors import InputError
from ..limits import check_toml_depth, number_problem
from ..patterns import LazyPattern

_FENCE = LazyPattern(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n(?P<body>.*?)^(?P=fence)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def split(source: str) -> tuple[str | None, int, int, int]:
    """Return (fence, body_start, body_end, end_of_front_matter); fence is None without one."""
    m = _FENCE.match(source)
    if not m:
        return None, 0, 0, 0
    return m["fence"], m.start("body"), m.end("body"), m.end()


def _plain(value: Any) -> Any:
    """Dates become ISO strings so metadata is JSON-shaped whatever the input."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def parse(source: str, path: str) -> tuple[dict[str, Any], dict[str, tuple[int, int]], int]:
    """Metadata, pointer spans and where the body starts; ({}, {}, 0) without front matter."""
    fence, start, body_end, end = split(source)
    if fence is None:
        if source.startswith(("---\n", "---\r\n", "+++\n", "+++\r\n")):
            raise InputError("front matter is not closed (no second '---' or '+++' line)", path)
        return {}, {}, 0
    body = source[start:body_end]
    if fence == "---":
        meta, spans = _yaml(body, start, path, source[:start].count("\n"))
    else:
        meta, spans = _toml(body, start, path)
    return meta, spans, end


def _yaml(text: str, base: int, path: str, first_line: int) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    import yaml

    from .yamlsafe import Loader, expanded_size

    loader = Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            expanded_size(node)
        value = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {first_line + mark.line + 1})" if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(f"malformed YAML front matter{where}: {problem}", path) from None
    except InputError as error:
        raise InputError(f"YAML front matter {error.message}", path) from None
    finally:
        loader.dispose()
    if value is None:
        return {}, {}
    if not isinstance(value, dict):
        raise InputError("front matter must be a mapping of keys to values", path)
    spans: dict[str, tuple[int, int]] = {}

    def walk(n: Any, pointer: str) -> None:
        spans[pointer] = (base + n.start_mark.index, base + n.end_mark.index)
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                walk(v, f"{pointer}/{k.value}")
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                walk(v, f"{pointer}/{i}")

    walk(node, "")
    spans.pop("", None)
    return _plain(value), spans


def _toml(text: str, base: int, path: str) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    from ..tomlcompat import tomllib

    check_toml_depth(text, "TOML front matter", path)
    try:
        value = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"malformed TOML front matter: {error}", path) from None
    except ValueError as error:  # an integer past Python's digit limit
        raise InputError(f"malformed TOML front matter: {number_problem(error) or error}", path) from None
    spans: dict[str, tuple[int, int]] = {}
    table = ""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        header = re.fullmatch(r"\[\s*([\w.\-]+)\s*\]", stripped)
        if header:
            table = "/" + header.group(1).replace(".", "/")
        else:
            m = re.match(r"\s*([\w\-]+)\s*=\s*(.*?)\s*$", line)
            if m:
                spans[f"{table}/{m.group(1)}"] = (base + offset + m.start(2), base + offset + m.end(2))
        offset += len(line)
    return _plain(value), spans
