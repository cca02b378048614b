"""Side effects reach checks only through Env: the reference date and the grammar client."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Env:
    """What a check may know about the world outside the article."""

    today: dt.date | None = None  # the reference date; None means "unknown", never the wall clock
    grammar: Any = None  # a LanguageTool client, or None when grammar checks are off
    locale: str = "en-US"
    kind: str | None = None  # the configured profile for articles whose metadata names none
    profiles: tuple[str, ...] = ()  # extra profile folders
