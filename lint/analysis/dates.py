"""Date expressions in English entertainment copy: where they are, how precise, what span of days.

Why not a library: python-dateutil's parser reads one date from a string it is
handed, fills missing fields from a default (so "July 2024" silently becomes
July 24th or the 1st, hiding the very precision this linter judges) and
reports no offsets.  dateparser's search_dates finds dates in running text
but is slow (language detection per call), guesses at words like "May" and
"March" in their verb senses, and also loses precision.  Here one compiled
pattern finds every shape with exact offsets and records the precision; the
stdlib datetime module validates days and computes weekdays, and
dateutil.relativedelta does the calendar arithmetic for relative expressions.

find_dates runs the shapes (date_shapes) and the holiday windows (date_holidays) and reads each match into a
DateExpr (date_expr).  The reading stays here, beside find_dates, because it calls find_dates: a release noun's
modifier ("a 2026 release") is read as the date its words make after "in".
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache

from .date_context import INFINITIVE_AFTER, MOVED_BEFORE, modifier_owner, slated_before
from .date_expr import MONTH_NAMES, WEEKDAY_NAMES, DateExpr, Precision
from .date_holidays import holiday_dates
from .date_shapes import ANY_CUE, FOLD, TIME_AFTER, gates, shape
from ..patterns import LazyPattern

_MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
# "in July" is a date, "in May" too; but bare "May" and "March" are verbs or names elsewhere.
_BARE_MONTH_GUARD = LazyPattern(r"(?:May|March)$")


def _month(token: str) -> int:
    token = token.rstrip(".")
    return _MONTHS.get(token) or _MONTHS.get(token.capitalize()) or _MONTH_ABBR[token.lower()]


def _weekday(token: str | None) -> int | None:
    if not token:
        return None
    t = token.rstrip(".").lower()
    return _WEEKDAYS.get(t, _WEEKDAY_ABBR.get(t))


def _day(token: str) -> int:
    return int(re.match(r"\d+", token)[0])  # type: ignore[index]


def _year_offset(text: str) -> int | None:
    t = text.lower()
    if "next year" in t or "following year" in t:
        return 1
    if "last year" in t:
        return -1
    if "this year" in t or "the year" in t or "same year" in t or "year-end" in t or "year's end" in t:
        return 0
    return None


def _build(m: re.Match[str], titled: bool = False) -> DateExpr | None:
    kind = m.lastgroup
    g = m.groupdict()
    start, end, text = m.start(), m.end(), m[0]
    if kind == "iso":
        y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        return DateExpr(start, end, text, Precision.DAY, y, mo, d) if _valid(y, mo, d) else None
    if kind in ("mdy", "dmy"):
        p = kind
        mo, d = _month(g[f"{p}_m"]), _day(g[f"{p}_d"])
        year = int(g[f"{p}_y"]) if g[f"{p}_y"] else None
        if not _valid(year or 2024, mo, d):  # 2024 is a leap year: February 29 stays possible
            return None
        return DateExpr(start, end, text, Precision.DAY, year, mo, d, _weekday(g[f"{p}_w"]))
    if kind == "my":
        yt = g["my_y"]
        year = int(yt) if yt[0].isdigit() else None
        return DateExpr(start, end, text, Precision.MONTH, year, _month(g["my_m"]), year_offset=_year_offset(yt))
    if kind == "m":
        lead = g["m_p"] or ""
        word = lead.strip().lower()
        if _BARE_MONTH_GUARD.match(g["m_m"]) and word in ("of", "around", "before", "after", "for", "to") and not (
                word == "for" and slated_before().search(m.string, max(0, start - 40), start + len(lead))
                and not INFINITIVE_AFTER.match(m.string, end)
                or word == "to" and MOVED_BEFORE.search(m.string, 0, start)):
            # "scheduled for March" and "pushed back to May" are months, as "scheduled for July" is: the verb of
            # scheduling or moving before the preposition leaves no verb or name reading (the paradigm grid).  With an
            # infinitive after it the word is that clause's subject, a name or a month that is no timing: "The stage is
            # set for May to face her toughest week", "Everything is set for March to be the wettest month" (review 8).
            return None
        if word == "to" and not MOVED_BEFORE.search(m.string, 0, start):
            return None
        # The preposition is context, not part of the expression; qualifiers (early, this, mid-) are.
        keep = word in ("early", "late", "mid", "this", "next", "last") or lead.startswith("mid-")
        s = start if keep else start + len(lead)
        return DateExpr(s, end, m.string[s:end], Precision.MONTH, None, _month(g["m_m"]),
                        year_offset={"this": 0, "next": 1, "last": -1}.get(word))
    if kind == "season":
        qual = " ".join((g["s_q"] or "").lower().split())
        yt = g["s_y"]
        if not qual and not yt:
            return None  # a bare "summer" is too often not a date ("summer blockbuster")
        if qual.startswith("to") and not MOVED_BEFORE.search(m.string, 0, start):
            return None  # "from spring to summer" is a span; "pushed to the summer" is a new timing, as with months
        offset = _year_offset(yt) if yt else {"this": 0, "next": 1, "last": -1}.get(qual)
        s = start if qual in ("this", "next", "last", "early", "late") or not qual else m.start("s_s")
        year = int(yt) if yt and yt[0].isdigit() else None
        return DateExpr(s, end, m.string[s:end], Precision.SEASON, year, season=g["s_s"].lower()
                        .replace("autumn", "fall"), year_offset=offset)
    if kind == "half":
        n = g["h_n"].lower()
        first = n in ("first", "1st", "early", "earlier")
        yt = g["h_y"]
        year = int(yt) if yt[0].isdigit() else None
        return DateExpr(start, end, text, Precision.PART, year, part=(1, 6) if first else (7, 12),
                        year_offset=_year_offset(yt))
    if kind == "quarter":
        n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(g["q_n"].lower(), 4)
        yt = g["q_y"]
        if yt is None and not re.search(r"\bthe\b", text):
            return None
        year = int(yt) if yt and yt[0].isdigit() else None
        return DateExpr(start, end, text, Precision.PART, year, part=(3 * n - 2, 3 * n),
                        year_offset=_year_offset(yt) if yt else None)
    if kind == "qcode":
        n = int(g["qc_n"])
        year = int(g["qc_y"]) if g["qc_y"] else None
        part = (3 * n - 2, 3 * n) if g["qc_k"] == "Q" else ((1, 6) if n == 1 else (7, 12))
        if g["qc_k"] == "H" and n > 2:
            return None
        return DateExpr(start, end, text, Precision.PART, year, part=part)
    if kind == "year":
        lead = g["y_p"] or ""
        if lead.strip().lower() == "to" and not MOVED_BEFORE.search(m.string, 0, start):
            return None  # "from 2017 to 2018" is a span; "delayed a full year to 2022" is a new date
        keep = lead.strip().lower() in ("early", "late", "mid", "later in") or lead.startswith("mid-")
        s = start if keep else start + len(lead)
        return DateExpr(s, end, m.string[s:end], Precision.YEAR, int(g["y_y"]))
    if kind in ("relyear", "relative") and not _standalone(m, titled):
        return None
    if kind == "relyear":
        return DateExpr(start, end, text, Precision.YEAR, year_offset=_year_offset(text) or 0,
                        relative=text.lower())
    if kind == "relative":
        low = text.lower()
        day_like = bool(g.get("r_w")) or _DAY_WORDS.search(low) is not None
        # "last month" can only be recent: a past-tense release dated so reports a just-released work.
        note = "relative day" if day_like else "relative month" if "last month" in low else None
        return DateExpr(start, end, text, Precision.RELATIVE, weekday=_weekday(g.get("r_w")), relative=low, note=note)
    if kind == "weekday":
        if _named_before(m.string, start) or m.string.endswith(("every ", "Every "), 0, start):
            return None  # "Black Friday", "Super Tuesday": a name, not a day; "every Tuesday": a slot
        return DateExpr(start, end, text, Precision.RELATIVE, weekday=_weekday(text), relative=text.lower(),
                        note="relative day")
    if kind == "modifier":
        det = g["md_d"]
        verb = slated_before().search(m.string, max(0, start - 40), start)
        if det is not None and det[0] in "Aa" and not verb:
            return None  # "the biggest opening for a December release" is any December release
        if not modifier_owner(m, start, verb):
            return None
        inner = find_dates(f"in {g['md_v']}")
        if not inner:
            return None
        v = inner[0]
        s = m.start("md_v")
        return dataclasses.replace(v, start=s, end=m.end("md_v"), text=m.string[s:m.end("md_v")])
    if kind == "shift":
        return DateExpr(start, end, text, Precision.RELATIVE, relative=text.lower(), note="relative shift")
    if kind == "dayonly":
        return DateExpr(start, end, text, Precision.RELATIVE, day=int(g["do_d"]), note="day without a month")
    return None



_DAY_WORDS = LazyPattern(r"\b(?:tomorrow|today|tonight|yesterday|week|weekend)\b")
_WORD_BEFORE = LazyPattern(r"(?:^|(?P<stop>[.!?:\"“(]\s*)|\s)(?P<word>[\w’'-]+)\s+$")


def _named_before(text: str, start: int) -> bool:
    """A capitalised word right before a weekday, not at a sentence start: "Black Friday", "Super Tuesday"."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not m["word"][0].isupper():
        return False
    return not (m["stop"] or m.start("word") == 0)


def _standalone(m: re.Match[str], titled: bool = False) -> bool:
    """'this year's awards' is not a date; 'Are You Lonesome Tonight' (capitalised mid-sentence) is a title.

    In a title-cased headline every word is capitalised, so there the capital says nothing.
    """
    after = m.string[m.end() : m.end() + 2]
    if after in ("'s", "’s") and not _DAY_OR_WEEKDAY.search(m[0]):
        return False  # but "this Friday's release" and "last week's Gully Boy" are dates
    before = m.string[: m.start()].rstrip()
    return titled or not (m[0][0].isupper() and before and before[-1] not in ".!?\"“:(")


_DAY_OR_WEEKDAY = LazyPattern(r"day|week|tonight|tomorrow", re.IGNORECASE)


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def find_dates(text: str, titled: bool = False) -> tuple[DateExpr, ...]:
    """Every date expression in the text, in order, without overlaps.

    titled: the text is a title-cased headline ("Poster Revealed, Coming Soon to Prime Video").
    """
    candidates = holiday_dates(text)
    if not candidates and not ANY_CUE.search(text):
        return ()
    low = text.lower()
    if "ı" in low or "ſ" in low:
        low = low.translate(FOLD)
    # Four month shapes share one gate and three digit shapes another: each gate is searched once per text.
    opened: dict[tuple[re.Pattern[str], bool], bool] = {}
    for name, caseless, gate in gates():
        if gate is not None:
            is_open = opened.get((gate, caseless))
            if is_open is None:
                is_open = opened[gate, caseless] = gate.search(low if caseless else text) is not None
            if not is_open:
                continue
        candidates += [e for m in shape(name).finditer(text) if (e := _build(m, titled)) is not None]
    candidates.sort(key=lambda e: (e.start, -(e.end - e.start)))
    found: list[DateExpr] = []
    for expr in candidates:
        if found and expr.start < found[-1].end:
            longer = expr.end - expr.start > found[-1].end - found[-1].start
            if longer and expr.start >= found[-1].start and expr.precision >= found[-1].precision:
                found[-1] = expr  # "July 2024" inside "in July" + "2024"
            continue
        found.append(expr)
    out = []
    for expr in found:
        t = TIME_AFTER.match(text, expr.end)
        if t and re.search(r"\d|noon|midnight", t["time"]):
            expr = dataclasses.replace(expr, time=t["time"].removeprefix("at ").strip())
        out.append(expr)
    return tuple(out)
