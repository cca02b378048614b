"""Festival and holiday windows ("this Eid", "over Chuseok") and single named days ("Christmas Day"), from
rules/_data/holidays.toml: as date expressions, and as a cheap gate ahead of the date scan.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import cache
from ..errors import RuleFileError
from ..resources import data_text
from ..tomlcompat import tomllib
from .date_expr import DateExpr, Precision
from .date_shapes import YEAR
from .openings import longest_tree
from ..patterns import LazyPattern

HOLIDAYS = "_data/holidays.toml"


def _read_holidays() -> dict[str, Any]:
    """The parsed holidays file; one that cannot be read, or lacks its two tables, is a RuleFileError, as the other
    bundled data loaders report theirs (word lists, release vocabulary, name data)."""
    try:
        data = tomllib.loads(data_text(HOLIDAYS))
    except (OSError, ValueError) as error:
        raise RuleFileError(f"cannot load the holiday vocabulary: {error}", f"rules/{HOLIDAYS}") from None
    if not (isinstance(data.get("windows"), dict) and isinstance(data.get("days"), dict)):
        raise RuleFileError("needs a [windows] and a [days] table", f"rules/{HOLIDAYS}")
    return data


@lru_cache(maxsize=1)
def _holiday_data() -> tuple[list[str], dict[str, str], tuple[str, ...]]:
    """Festival windows, single named days (name -> "month-day" or "") from rules/_data/holidays.toml, and the
    plain words they start with: a text that holds none of those words needs no holiday pattern compiled."""
    # Parsed once and kept in the disk cache (until the file changes), as the other data files are: a cold
    # start then imports no TOML parser.
    data = cache.derived("holidays-1", [HOLIDAYS], _read_holidays,
                         lambda v: isinstance(v, dict) and "windows" in v and "days" in v)
    windows = [w for region in data["windows"].values() for w in region]
    days: dict[str, str] = dict(data["days"])
    heads = []
    for entry in [*windows, *days]:
        head = re.match(r"(?:the |The )?([A-Za-z]+)", entry)  # "the holiday season" is looked for by "holiday"
        if head is None:
            raise RuleFileError(f"{entry!r} must start with a plain word", f"rules/{HOLIDAYS}")
        heads.append(head[1])
    return windows, days, tuple(sorted(set(heads)))


@lru_cache(maxsize=1)
def _holiday_scanners() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """The holiday patterns, compiled the first time a text holds one of their opening words."""
    windows, days, _ = _holiday_data()
    name = "|".join(f"(?:{w})" for w in sorted(windows, key=len, reverse=True))
    window = re.compile(
        rf"(?P<hq>\b(?i:this|next|last|on|over|for|during|around|ahead of|before|after|in time for|till|until)\s+"
        rf"(?:(?i:the|this|this year's|this year’s|a|an)\s+)?)?"
        rf"(?<![\w-])(?P<hn>{name})(?![\w])"
        rf"(?:\s+(?P<ht>(?i:holidays?|holiday season|festival|season|weekend|week|break|period|releases?)\b))?"
        rf"(?:,?\s+(?P<hy>{YEAR})\b)?")
    day = re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?P<d{i}>{k})' for i, k in enumerate(days))})(?![\w])"
                     rf"(?:,?\s+(?P<dy>{YEAR})\b)?")
    return window, {f"d{i}": v for i, v in enumerate(days.values())}, day


def holds_window(text: str) -> bool:
    """The text may name a festival window ("this Eid", "over Chuseok"): a gate before find_dates, never the judge.

    The opening words of the window entries are found in one scan, and only the entries that open with a word found
    are tried there: the whole alternation over a block with a common opening word ("summer", "awards") costs more
    than the rest of the release scan.
    """
    return any(_window_entries(m[0]).match(text, m.start()) is not None for m in _window_head_scanner().finditer(text))


@lru_cache(maxsize=1)
def _window_head_scanner() -> re.Pattern[str]:
    windows = _holiday_data()[0]
    heads = {m[1] for w in windows if (m := re.match(r"(?:the |The )?([A-Za-z]+)", w))}
    # The alternation longest first, as a tree: a third less time over the blocks (most) that hold no window.
    return re.compile(longest_tree(sorted(heads)))


@lru_cache(maxsize=None)
def _window_entries(head: str) -> re.Pattern[str]:
    """The window entries that open with one word (a leading "the" dropped), as one pattern."""
    entries = [re.sub(r"^(?:the |The )", "", w) for w in _holiday_data()[0]
               if re.match(rf"(?:the |The )?{head}(?![A-Za-z])", w)]
    return re.compile(rf"(?:{'|'.join(f'(?:{w})' for w in entries)})(?![\w])")


# The festival as an occasion, not a window: "to celebrate Eid", "the festivities of Eid", "the joy of Eid", and a
# reference point for another event's timing (a week before the festival, a film still waits for its certificate)
# (pages of sets K and L, two outlets; gold-dev s07).
_OCCASION_BEFORE = LazyPattern(r"\b(?:celebrat(?:e|es|ed|ing)|festivities\s+of|joy\s+of|spirit\s+of|"
                              r"(?P<ahead>(?:days?|weeks?)\s+(?:before|ahead\s+of)))\s+(?:the\s+)?$", re.IGNORECASE)
# A release verb a few words before the span governs the window, which then times the release: "The film releases a week
# before Eid" (review item 21).
_RELEASED_BEFORE = LazyPattern(r"\b(?:releas(?:e|es|ed|ing)|premier(?:e|es|ing)|opens?|arriv(?:e|es|ing)|hits?|drops?|"
                              r"debuts?|airs?|launch(?:es)?|(?:is|are|will be|comes?) out|due)\s+"
                              r"(?:[\w'’]+\s+){0,4}$",
                              re.IGNORECASE)


def holiday_dates(text: str) -> list[DateExpr]:
    if not any(map(text.__contains__, _holiday_data()[2])):
        return []
    window, fixed, day = _holiday_scanners()
    found = []
    for m in window.finditer(text):
        occasion = _OCCASION_BEFORE.search(text, max(0, m.start("hn") - 30), m.start("hn"))
        if occasion is not None and not (occasion["ahead"] and _RELEASED_BEFORE.search(
                text, max(0, occasion.start() - 40), occasion.start())):
            continue
        qual = (m["hq"] or "").split()
        keep = bool(qual) and qual[0].lower() in ("this", "next", "last")
        s = m.start() if keep else m.start("hn")
        year = int(m["hy"]) if m["hy"] else None
        found.append(DateExpr(s, m.end(), text[s:m.end()], Precision.RELATIVE, year,
                              year_offset={"this": 0, "next": 1, "last": -1}.get(qual[0].lower()) if keep else None,
                              relative=text[s:m.end()].lower(), note="holiday window"))
    for m in day.finditer(text):
        key = next(k for k, v in m.groupdict().items() if v and k != "dy")
        month, dom = (int(x) for x in fixed[key].split("-")) if fixed[key] else (None, None)
        year = int(m["dy"]) if m["dy"] else None
        found.append(DateExpr(m.start(), m.end(), m[0], Precision.DAY, year, month, dom))
    return found

