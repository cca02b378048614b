"""Side effects reach checks only through Env: the reference date and the grammar client."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Env:
    """What a check may know about the world outside the article."""

    today: dt.date | None = None  # the reference date; None means "unknown", never the wall clock
    grammar: Any = None  # a LanguageTool client, or None when grammar checks are off
    grammar_off: str = ""  # why grammar is None (no server configured, none reachable): the grammar rules' skip note
    kind: str | None = None  # the configured profile for articles whose metadata names none
    profiles: tuple[str, ...] = ()  # extra profile folders
    memo: dict[Any, Any] | None = None  # per-document analyses shared by rules (the engine gives each document a new one)

    def shared(self, key: Any, compute: Callable[[], T]) -> T:
        """An analysis of the current document computed once for every rule that needs it."""
        if self.memo is None:
            return compute()
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[no-any-return]
