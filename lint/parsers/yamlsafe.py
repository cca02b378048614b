"""A PyYAML safe loader with bounds: nesting depth, alias expansion, and values that do not fit.

PyYAML composes nodes recursively (a RecursionError deep inside it for 1,000
nested lists), builds an alias bomb's nine-to-the-ninth values as shared lists
that every later walk expands, and raises ValueError for `2024-02-30` or a
5,000-digit integer.  Here the depth is counted while composing, the expanded
size is counted on the node graph before anything is built, and a date or
integer that cannot be built stays the text it was, for the schema to flag.
"""
from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from ..errors import InputError
from ..limits import MAX_DEPTH, MAX_YAML_VALUES


class Loader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no type information
    """SafeLoader that refuses nesting past MAX_DEPTH while composing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise InputError(f"is nested more than {MAX_DEPTH} levels deep (line {mark.line + 1} of the "
                                 "front matter); artlint does not read deeper structures")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _timestamp(loader: SafeConstructor, node: yaml.ScalarNode) -> Any:
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:  # published: 2024-02-30 is a typo to report, not a reason to stop
        return loader.construct_scalar(node)


def _int(loader: SafeConstructor, node: yaml.ScalarNode) -> Any:
    try:
        return SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:  # more digits than Python converts
        return loader.construct_scalar(node)


Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
Loader.add_constructor("tag:yaml.org,2002:int", _int)


def expanded_size(root: yaml.Node) -> int:
    """How many values the document holds with every alias expanded; refuses bombs and cycles.

    Counted on the node graph, where an alias is a second reference to one node,
    so the count costs one visit per distinct node.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children: list[yaml.Node] = []
        if isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        if done:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > MAX_YAML_VALUES:
                raise InputError(f"expands to more than {MAX_YAML_VALUES:,} values through its aliases "
                                 "(an alias bomb?); artlint does not read it")
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise InputError("holds an alias that refers to itself (a recursive alias); artlint does not read it")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)
    return sizes[id(root)]
