"""The disk cache for what artlint derives from its data files (artlint.cache.derived)."""
from __future__ import annotations

import os

from artlint import cache


def test_derived_values_are_kept_until_their_file_changes(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.txt"
    source.write_text("alpha beta", encoding="utf-8")
    builds: list[str] = []

    def build() -> frozenset[str]:
        builds.append("built")
        return frozenset(source.read_text(encoding="utf-8").split())

    def derive() -> frozenset[str]:
        return cache.derived("test-words-1", [str(source)], build, lambda v: isinstance(v, frozenset))

    assert derive() == {"alpha", "beta"} and builds == ["built"]
    assert derive() == {"alpha", "beta"} and builds == ["built"]  # from the cache, the file unread
    source.write_text("gamma", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    assert derive() == {"gamma"} and builds == ["built", "built"]


def test_a_cached_value_of_the_wrong_shape_is_rebuilt(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "data.txt"
    source.write_text("x", encoding="utf-8")
    cache.derived("test-shape-1", [str(source)], lambda: "a string", lambda v: True)
    value = cache.derived("test-shape-1", [str(source)], lambda: ("a", "tuple"), lambda v: isinstance(v, tuple))
    assert value == ("a", "tuple")


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(blocked))
    source = tmp_path / "data.txt"
    source.write_text("x", encoding="utf-8")
    assert cache.derived("test-blocked-1", [str(source)], lambda: {"k": 1}, lambda v: isinstance(v, dict)) == {"k": 1}
    assert blocked.read_text(encoding="utf-8") == ""
