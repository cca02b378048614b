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
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import cache
from ..resources import data_text
from ..tomlcompat import tomllib
from .casefold import FoldedPattern
from .openings import longest_tree
from .release_vocabulary import vocabulary
from ..patterns import LazyPattern

HOLIDAYS = "_data/holidays.toml"
# English's verbs of scheduling, whose "for" opens a timing, not a duration ("is scheduled for the coming months");
# release_cues reads the same verbs as cues that schedule a release.
SCHEDULING_VERBS = ("scheduled", "slated", "planned", "set", "due", "pencilled in", "penciled in", "earmarked", "pegged")


class Precision(enum.IntEnum):
    """How exactly an expression pins a day; higher is more precise."""

    RELATIVE = 1  # "soon", "next month", "this Friday", "in the coming months"
    YEAR = 2  # "in 2025", "later this year"
    PART = 3  # "the first half of 2025", "Q3"
    SEASON = 4  # "this summer", "summer 2024"
    MONTH = 5  # "July 2024", "June of this year", "in July"
    DAY = 6  # "July 12, 2024", "12 July", "July 12th", "2024-07-12"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Precision.RELATIVE: "relative",
    Precision.YEAR: "year only",
    Precision.PART: "half or quarter only",
    Precision.SEASON: "season only",
    Precision.MONTH: "month only",
    Precision.DAY: "full date",
}


@dataclass(frozen=True)
class DateExpr:
    """One date expression in a text, with what it says and how precisely."""

    start: int
    end: int
    text: str
    precision: Precision
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday, when the expression names one
    year_offset: int | None = None  # "this year" 0, "next year" 1, "last year" -1
    season: str | None = None
    part: tuple[int, int] | None = None  # (first month, last month) of a half or quarter
    relative: str | None = None  # the normalised relative phrase
    time: str | None = None  # "10:30 p.m. KST" when a time follows
    note: str | None = None  # what kind of relative timing: "holiday window", "day without a month"...

    @property
    def vague(self) -> bool:
        return self.precision < Precision.DAY

    @property
    def day_relative(self) -> bool:
        """A day or week counted from the day of writing ("on Tuesday", "tonight", "last week's").

        A dateline or publication date pins these; nothing pins "soon" or "next month".
        """
        return self.note == "relative day"

    def describe(self) -> str:
        if self.note:
            return self.note
        if self.precision is Precision.DAY and self.year is None:
            return "day and month, no year"
        return self.precision.label

    def interval(self, reference: dt.date | None) -> tuple[dt.date, dt.date] | None:
        """The first and last day the expression can mean, judged from the reference date.

        None when it cannot be placed: a relative expression, or a missing year with no reference.
        """
        year = self.year
        if year is None and self.year_offset is not None and reference is not None:
            year = reference.year + self.year_offset
        if self.precision is Precision.DAY and self.month and self.day:
            if year is None:
                if reference is None:
                    return None
                year = _nearest_year(self.month, self.day, reference)
            try:
                d = dt.date(year, self.month, self.day)
            except ValueError:
                return None
            return d, d
        if year is None:
            return None
        if self.precision is Precision.MONTH and self.month:
            return dt.date(year, self.month, 1), dt.date(year, self.month, _days_in(year, self.month))
        if self.precision is Precision.SEASON and self.season:
            first, last = _SEASONS[self.season]
            end_year = year + 1 if last < first else year
            return dt.date(year, first, 1), dt.date(end_year, last, _days_in(end_year, last))
        if self.precision is Precision.PART and self.part:
            first, last = self.part
            return dt.date(year, first, 1), dt.date(year, last, _days_in(year, last))
        if self.precision is Precision.YEAR:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        return None

    def weekday_error(self, reference: dt.date | None) -> str | None:
        """When a named weekday does not fall on the date: the weekday it really is."""
        if self.weekday is None or self.precision is not Precision.DAY:
            return None
        span = self.interval(reference)
        if span is None:
            return None
        actual = span[0].weekday()
        return None if actual == self.weekday else WEEKDAY_NAMES[actual]


def _nearest_year(month: int, day: int, reference: dt.date) -> int:
    """The year that puts month/day closest to the reference date."""
    best = reference.year
    best_gap: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


# English names, as the patterns spell them.  Not the calendar module's: its names follow the process's LC_TIME
# locale, and a cold check imported calendar for them alone.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """How many days the month has (the Gregorian leap rule, as calendar.monthrange applies it)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


_MONTHS = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}

# Building blocks.  Month names are matched capitalised only: "may" and "march" are also verbs.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d))")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_REL_YEAR = r"(?:this|next|last|the following|the same|that) year"  # "December of that year" (gold-dev u07)
_YEARISH = rf"(?:{_YEAR}|{_REL_YEAR})"
_TIME = (r"(?:at |from |around |by )?(?:(?:1[0-2]|0?\d)(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|[0-2]?\d:[0-5]\d|noon|midnight)"
         r"(?:\s+(?:KST|JST|PST|PDT|EST|EDT|CST|CDT|ET|PT|CT|GMT|BST|UTC|IST|SGT|HKT|local time|\((?:KST|ET|PT|GMT|UTC)\)))?")
_WORDNUM = r"(?:a few|few|several|a couple of|a couple|two|three|four|five|six|\d+)"
# A broadcast slot is named by its weekdays: "the Monday-Tuesday drama", "MBC's Wednesday, Thursday series",
# "a Saturday night show" (Korean copy names dramas by their slot).  Such a weekday dates no release.
_SLOT = (r"(?!(?:\s*(?:[-–/,&]|and)\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))*"
         r"[-–\s]+(?:night\s+|evening\s+|morning\s+)?(?:dramas?|series|shows?|slots?|programmes?|programs?|sitcoms?|soaps?|variety)\b)")

_PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<iso_y>{_YEAR})[-./](?P<iso_m>0?[1-9]|1[0-2])[-./](?P<iso_d>3[01]|[12]\d|0?[1-9])\b"),
    # "June 25-26" is a run of full days (a two-night concert); "June 25 to 2" is not a shape.
    ("mdy", rf"(?:(?P<mdy_w>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})\b"
            rf"(?:\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])\b(?![-–/.]\d))?(?!\s*(?:-|–|to)\s*\d)"
            rf"(?:,?\s+(?P<mdy_y>{_YEAR})\b)?"),
    ("dmy", rf"(?:(?P<dmy_w>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<dmy_d>{_DAY})(?:\s+of)?\s+(?P<dmy_m>{_MONTH})"
            rf"(?:,?\s+(?P<dmy_y>{_YEAR})\b)?"),
    ("my", rf"(?:(?P<my_q>(?i:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|mid-))\s*)?"
           rf"(?P<my_m>{_MONTH}),?(?:\s+of)?\s+(?P<my_y>{_YEARISH})\b"),
    ("m", rf"(?P<m_p>\b(?i:in|on|by|to|until|till|from|since|during|for|this coming|this|next|last|early|late|mid|of|the end of"
          rf"|the beginning of|the start of|the middle of|later in|sometime in|around|before|after)\s+|\bmid-)"
          rf"(?:(?:early|late|mid)[\s-]+)?(?P<m_m>{_MONTH})(?![\w-])(?!\s+{_DAY}\b)"),
    ("season", rf"(?i:(?P<s_q>\b(?:(?:in|during|by|for|over|until|through|throughout|to)\s+(?:the\s+)?|(?:this|next|last|early|late)\s+))"
               rf"(?:(?:early|late|coming)\s+)?)?"
               rf"(?P<s_s>\b(?i:spring|summer|fall|autumn|winter))(?![\w-])(?:(?:\s+of)?\s+(?P<s_y>{_YEARISH})\b)?"),
    ("half", rf"(?i:the\s+)?(?P<h_n>first|second|1st|2nd|latter|later|early|earlier)\s+half\s+(?:of\s+)?"
             rf"(?P<h_y>{_YEAR}|this year|next year|the year|last year)\b"),
    ("quarter", rf"(?:the\s+)?(?P<q_n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
                rf"(?:\s+of\s+(?P<q_y>{_YEAR}|this year|next year|the year))?\b"),
    ("qcode", rf"\b(?P<qc_k>[QH])(?P<qc_n>[1-4])(?:\s+(?P<qc_y>{_YEAR}))?\b"),
    ("year", rf"(?P<y_p>\b(?:in|on|to|by|during|until|till|for|since|early|late|mid|later in|sometime in|throughout|"
             rf"before the end of|by the end of|towards? the end of|at the end of|the end of|the start of|end of|the upcoming|upcoming)\s+|\bmid-)(?:(?:early|late|mid)[\s-]+)?"
             rf"(?P<y_y>{_YEAR})\b(?![-–]\d|['’]s\b)"),
    ("relyear", r"\b(?:(?:later|early|earlier|late|sometime|by the end of|before the end of|at the end of|the end of|end of|"
                r"the start of|the beginning of|in the first half of|in the second half of)\s+)?"
                r"(?P<ry>this|next|the following) year\b|\bby (?:the )?(?:end of the year|year-end|year's end)\b"
                # A position in the current year: "at the end of the year", "later in the year", "in the new year".
                # Each starts at a rare word (a lookbehind keeps the common ones out of the scan).
                r"|\b(?:end|start|beginning|middle|close) of the year\b"
                r"|\blater in the year\b|(?<=in the )new year\b|(?<=before the )year (?:ends|is out)\b"),
    ("relative", rf"\b(?:(?:later|early|earlier|late|sometime)\s+)?(?:this|next) (?:month|week|weekend)\b"
                 rf"|\b(?:later|sometime) (?:this|next) (?:month|week)\b"
                 rf"|\b(?:this|next|coming|on|this coming|last) (?P<r_w>{_WEEKDAY})(?!\w)(?!,?\s+(?:{_MONTH}|{_DAY}\b|the\s+{_DAY})){_SLOT}"
                 rf"|\b(?:tomorrow|today|tonight|yesterday)\b|\blast (?:week|weekend)\b"
                 # A position in the month before: "at the end of last month", "early last month" (a just-released work).
                 rf"|\b(?:(?:the )?(?:middle|end|start|beginning) of |(?:early|late|mid-?)\s*)?last month\b"
                 rf"|\b(?:coming )?soon\b|\bshortly\b|\bin the (?:coming|next few|next|near) (?:days|weeks|months|future)\b"
                 # A span ahead: "over the next six months", "during the coming weeks", "across the coming 9 months".
                 rf"|\b(?:across|over|during|throughout|within) the (?:coming|next|following) (?:{_WORDNUM} )?(?:days|weeks|months)\b"
                 rf"|\bwithin (?:days|weeks|months)\b|\bin an? (?:week|month|year)['’]s time\b"
                 rf"|\bin the near future\b|\bin (?:the next |a )?{_WORDNUM} (?:days|weeks|months)(?:' time)?\b"
                 # The same spans after a verb of scheduling's "for" ("is scheduled for the coming months"; the paradigm
                 # grid), where "for" opens no duration.
                 rf"|(?:{'|'.join(f'(?<={verb} for )' for verb in SCHEDULING_VERBS)})"
                 rf"the (?:coming|next few|near) (?:days|weeks|months|future)\b"
                 rf"|\bwithin (?:the next )?{_WORDNUM} (?:days|weeks|months)\b|\bat a later date\b|\blater this (?:month|week)\b"
                 # A position in the current month: "at the end of the month", "later in the month"; a fortnight.
                 rf"|\b(?:end|start|beginning|middle|close) of (?:the|this|next) month\b"
                 rf"|\blater in the month\b|(?<=in a )fortnight(?:'s time)?\b|(?<=in two )fortnights\b"
                 # A distance from the day of writing: "still more than a year away" (gold-dev u13), "weeks away".
                 rf"|\b(?:(?:more|less) than |about |nearly |almost |just |only )?(?:an?|one|two|three|four|five|six|several|a few|few|\d{{1,2}}) (?:days?|weeks?|months?|years?) away\b"
                 rf"|(?<!\d )\b(?:days|weeks|months|years) away\b"),
    # A year, season or month that modifies the release itself: "slated for a 2026 release", "a fall release".
    # A headline drops the article after a verb of announcing or receiving ("Adele announces March release for new album").
    # Title case capitalises the verb and the noun ("BTS Announces March Comeback", "Gears Up For Summer Release").
    ("modifier", rf"(?:\b(?P<md_d>[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)\s+|(?i:(?<=announces )|(?<=confirms )"
                 rf"|(?<=gets )|(?<=eyes )|(?<=plans )|(?<=up for )|(?<=ready for )))(?P<md_v>{_YEAR}"
                 rf"|(?i:spring|summer|fall|autumn|winter)(?:\s+{_YEAR})?|{_MONTH}(?:\s+{_YEAR})?)\s+"
                 rf"(?P<md_n>(?i:release|premiere|debut|launch|bow|opening|rollout|comeback|broadcast|airing))\b"),
    # A weekday with no qualifier ("hit music services Wednesday"); "Saturday Night Live" and "Black Friday" are names.
    # After the indefinite article it is any such day, no date: "airs ... on a Saturday morning" (BBC 274), "will be
    # released on a Friday in June" (which the month still times).
    ("weekday", rf"(?<![\w-])(?<!\b[Aa] )(?P<bw>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])"
                rf"(?!,?\s+(?:{_MONTH}|{_DAY}\b|the\s+{_DAY}|Night Live|Night Lights)){_SLOT}"),
    # A relative shift: "three months later", "pushed back a month", "much sooner".
    ("shift", rf"\b(?:{_WORDNUM}|[Aa] few|[Ss]everal|[Tt]wo|[Tt]hree) (?:days?|weeks?|months?|years?) (?:later|earlier)\b"
              rf"|\b(?:pushed|moved|brought|put) (?:back|forward|up) (?:by )?(?:a|an|one|{_WORDNUM}) (?:days?|weeks?|months?)\b"
              rf"|\b(?:much |a little |a bit )?sooner than (?:expected|planned|scheduled)\b|\bmuch sooner\b"),
    # A day of the month with no month: "On the 22nd, ...", "released on 27th."; or with a clock time after it ("airs on
    # the 22nd at 9 pm": the paradigm grid's timing after a platform).
    ("dayonly", r"(?:\b[Oo]n\s+(?:the\s+)?|\b[Tt]he\s+)(?P<do_d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
                r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+at\s+\d)"),
]
# One compiled pattern per shape; a shape that starts earlier (with its preposition) must not
# hide a longer expression inside it, so matches are collected per shape and the longest wins.
_CASELESS = {"half", "quarter", "year", "relyear", "relative"}  # month names and Q3 stay case-sensitive


# What a shape cannot match without, read off its pattern: a shape runs only over a text where this is found.
# re tries a shape that opens with an optional group or a look-behind at every character (none has a
# literal prefix re could skip to), and sixteen such scans were most of the cost of a paragraph with a
# date cue; a gate is a plain alternation (or _MONTH itself) that re skips through in C.  Caseless shapes
# (and season words, written (?i:)) are gated over the lower-cased text, the others over the text as
# written.  Shapes not listed always run.  tests/test_dates_gates.py holds that gating changes nothing.
_WEEKDAY_HEADS = r"day|mon\.|tue|wed\.|thu|fri\.|sat\.|sun\."  # of _WEEKDAY, lower-cased
_NEEDS: dict[str, str] = {
    "iso": r"\d",
    "mdy": _MONTH,
    "dmy": _MONTH,
    "my": _MONTH,
    "m": _MONTH,
    "season": "spring|summer|fall|autumn|winter",
    "half": "half",
    "quarter": "quarter",
    "year": r"\d",
    "relyear": "year",  # "this year", "year-end", "year's end", "the end of the year"
    "relative": f"{_WEEKDAY_HEADS}|week|month|tonight|tomorrow|soon|shortly|future|date|away|fortnight",
    "modifier": "(?i:release|premiere|debut|launch|bow|opening|rollout|comeback|broadcast|airing)",
    "weekday": "day",
    "shift": "later|earlier|pushed|moved|brought|put|sooner",
    "dayonly": r"\d",
}


# What a shape's match can open with, read off its pattern, as a look-ahead put before it.  re cannot skip
# ahead to a shape that opens with \b, a look-behind or an optional group, so it runs the whole shape at
# every character; a one-class look-ahead refuses most characters at once and halves the time of the date
# scan on real copy (the month shapes, tried only where a month name stands, run ten times faster).  Each
# class is a superset of the shape's first characters under the shape's own case rules (a (?i:) part is
# read ignoring case, as the shape reads it), so a look-ahead never refuses a match: tests/test_dates_gates.py
# derives the classes from the patterns again and holds that these cover them.
_STARTS: dict[str, str] = {
    "iso": "[12]",
    "mdy": "[ADFJMNOSTWt]",
    "dmy": "[0-9FMSTWt]",
    "my": "[ADFJMNOS]|(?i:[elmt])",
    "m": "[m]|(?i:[abdefilmnostu])",
    "season": "(?i:[abdefilnostuw])",
    "half": "(?i:[12eflst])",
    "quarter": "(?i:[1234flst])",
    "qcode": "[HQ]",
    "year": "(?i:[abdefilmostu])",
    "relyear": "(?i:[abceilmnsty])",
    "relative": r"(?i:[\dabcdefijlmnostwy])",
    "modifier": "[AHITahit]|(?i:[0-9abdfjmnosw])",
    "weekday": "[FMSTW]",
    "shift": r"[AST\dabfmpst]",
    "dayonly": "[OTot]",
}


# Shapes whose every match opens at a word boundary: each alternative starts with \b, or with a look-behind that ends
# in a space before a letter ("(?<=in a )fortnight"); tests/test_dates_gates.py reads it off the patterns.  A \b put
# first lets re refuse the inside of a word at once, where each alternative tried its own \b there: over release
# sentences the relative shape runs in two thirds of the time, relyear in half, year and season in three quarters.
# The other shapes open with a capital, a digit or a word that \b does not screen out faster; they are left as they are.
_AT_WORD_START = frozenset({"relative", "relyear", "season", "year"})


@lru_cache(maxsize=1)
def _scanners() -> list[tuple[re.Pattern[str], bool, re.Pattern[str] | None]]:
    """(pattern, gated over lower-cased text, gate) per shape, every shape compiled."""
    return [(_shape(name), caseless, gate) for name, caseless, gate in _gates()]


@lru_cache(maxsize=1)
def _gates() -> list[tuple[str, bool, re.Pattern[str] | None]]:
    """(shape, gated over lower-cased text, gate) per shape, in _PATTERNS order."""
    return [(name, name in _CASELESS or name == "season", re.compile(_NEEDS[name]) if name in _NEEDS else None)
            for name, _ in _PATTERNS]


_BODIES = dict(_PATTERNS)


@lru_cache(maxsize=None)
def _shape(name: str) -> re.Pattern[str]:
    """A shape's pattern, compiled the first time its gate opens: most articles never reach most shapes
    (no date cue, no quarter, no day without a month), and compiling all of them costs tens of ms."""
    boundary = r"\b" if name in _AT_WORD_START else ""
    return re.compile(f"{boundary}(?={_STARTS[name]})(?P<{name}>{_BODIES[name]})", re.IGNORECASE if name in _CASELESS else 0)


# re, ignoring case, also takes dotless ı for i and long ſ for s, which lower() keeps as they are.
_FOLD = str.maketrans({"ı": "i", "ſ": "s"})


# "to" dates a release only after a verb that moves it: "moves to February 2025", "pushing “Thunderbolts” to
# December", "delayed a full year to 2022" (gold-dev u07, u13); elsewhere "to" ends a span ("from 2017 to 2018").
_MOVED_BEFORE = LazyPattern(r"\b(?:mov|push|delay|postpon|shift|bump|brought|bring|reschedul)\w*(?:\s+\S+){0,4}?\s+$",
                           re.IGNORECASE)
_TIME_AFTER = LazyPattern(rf"\s*,?\s*(?P<time>{_TIME})")
# "in July" is a date, "in May" too; but bare "May" and "March" are verbs or names elsewhere.
_BARE_MONTH_GUARD = LazyPattern(r"(?:May|March)$")


def _month(token: str) -> int:
    token = token.rstrip(".")
    return _MONTHS.get(token) or _MONTH_ABBR[token.lower()]


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
                word == "for" and _SLATED_BEFORE.search(m.string, max(0, start - 40), start + len(lead))
                and not _INFINITIVE_AFTER.match(m.string, end)
                or word == "to" and _MOVED_BEFORE.search(m.string, 0, start)):
            # "scheduled for March" and "pushed back to May" are months, as "scheduled for July" is: the verb of
            # scheduling or moving before the preposition leaves no verb or name reading (the paradigm grid).  With an
            # infinitive after it the word is that clause's subject, a name or a month that is no timing: "The stage is
            # set for May to face her toughest week", "Everything is set for March to be the wettest month" (review 8).
            return None
        if word == "to" and not _MOVED_BEFORE.search(m.string, 0, start):
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
        if qual.startswith("to") and not _MOVED_BEFORE.search(m.string, 0, start):
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
        if lead.strip().lower() == "to" and not _MOVED_BEFORE.search(m.string, 0, start):
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
        verb = _SLATED_BEFORE.search(m.string, max(0, start - 40), start)
        if det is not None and det[0] in "Aa" and not verb:
            return None  # "the biggest opening for a December release" is any December release
        if not _modifier_owner(m, start, verb):
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


_SLATED_BEFORE = LazyPattern(r"\b(?:slated|set|scheduled|planned|due|eyeing|targeting|aiming|aimed|dated|pegged|penciled|pencilled)"
                            r"(?: in)? for\s+$"
                            # A work that receives its release: "the series gets a July premiere", "will receive a fall
                            # release" (the paradigm grid; English's verbs of receiving, with the work as subject).
                            r"|\b(?:gets?|getting|got|receives?|receiving|eyes|lands?|is given|was given)\s+$"
                            # A release planned or aimed at, the work its beneficiary: "the studio is planning a December
                            # release", "eyeing a summer premiere" (the issue's probes; English's verbs of planning and
                            # aiming, as those above that take "for").  Not a plain past: "eyed a March release before the
                            # strike" may be a plan given up.
                            r"|\b(?:plans?|planning|eyeing|targets?|targeting|(?:has|have) (?:planned|eyed|targeted))\s+$"
                            # A release announced or confirmed, or one the work has: "announced a March release for the
                            # album", "the film has a summer release" (the paradigm grid; English's verbs of announcing, as
                            # reported speech reads them, and "have").  "Had" is the past.
                            r"|\b(?:has|have|announc(?:es|ed|ing)|confirm(?:s|ed|ing))\s+$"
                            # A release prepared for: "gearing up for a March comeback", "getting ready for a summer release".
                            r"|\b(?:(?:gears?|gearing|geared) up|(?:prepares?|preparing|prepared)|(?:gets?|getting) ready) for\s+$",
                            re.IGNORECASE)
def _modifier_owner(m: re.Match[str], start: int, verb: re.Match[str] | None) -> bool:
    """The release noun a timing modifies is a work's (review 8).

    After "has" the subject is a work noun or a title ("The film has a summer release"), not a prisoner with a
    release date.  A comeback is a music act's new release only with a music act or a music work in the sentence
    ("The label announced a March comeback for the group", "BTS Announces March Comeback"): an athlete's comeback
    after an injury is no release.
    """
    if verb is not None and verb[0].strip().lower() in ("has", "have"):
        owner = _OWNER_BEFORE.search(m.string, max(0, verb.start() - 40), verb.start())
        if owner is None or not (owner["title"] or vocabulary().works.fullmatch(owner["head"])):
            return False
    return not m["md_n"].lower().startswith("comeback") or bool(_MUSIC_SENSE.search(m.string))


_OWNER_BEFORE = LazyPattern(r"(?:(?P<title>[’'\"”])|\b(?P<head>[\w-]+))\s*$")
# A comeback in the music sense: its act or its work (release-language.toml "works": the music entries, and the acts
# that make comebacks: K-pop copy in gold-dev), or a headline's act written in capitals before its verb ("BTS Announces
# March Comeback", "TWICE Confirms ...": K-pop acts' stylised names).
_MUSIC_SENSE = LazyPattern(r"\b(?i:groups?|bands?|duos?|trios?|idols?|singers?|rappers?|(?:record )?labels?|(?:mini[- ])?albums?"
                           r"|singles?|eps?|songs?|k-pop)\b|^[A-Z][A-Z0-9&]+ [A-Z]?[a-z]+s\b")
# "for <month> to <verb>": the month or the name is the subject of the infinitive after it.
_INFINITIVE_AFTER = LazyPattern(r"\s+to\s+[a-z]")
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


# Every shape needs one of these; most sentences have none, and skip the scanners.  Written in lower case, it runs
# case-sensitively over the lower-cased text where that finds the same (casefold.FoldedPattern): a quarter of the time
# of the IGNORECASE alternation.
_ANY_CUE = FoldedPattern(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day\b|spring|summer|fall|autumn|winter"
                         r"|\b(?:soon|shortly|tonight|tomorrow|month|week|year|future|q[1-4]|h[12]|later|earlier|date|quarter|fortnight)")


@lru_cache(maxsize=1)
def _holiday_data() -> tuple[list[str], dict[str, str], tuple[str, ...]]:
    """Festival windows, single named days (name -> "month-day" or "") from rules/_data/holidays.toml, and the
    plain words they start with: a text that holds none of those words needs no holiday pattern compiled."""
    # Parsed once and kept in the disk cache (until the file changes), as the other data files are: a cold
    # start then imports no TOML parser.
    data = cache.derived("holidays-1", [HOLIDAYS], lambda: tomllib.loads(data_text(HOLIDAYS)),
                         lambda v: isinstance(v, dict) and "windows" in v and "days" in v)
    windows = [w for region in data["windows"].values() for w in region]
    days: dict[str, str] = dict(data["days"])
    heads = []
    for entry in [*windows, *days]:
        head = re.match(r"(?:the |The )?([A-Za-z]+)", entry)  # "the holiday season" is looked for by "holiday"
        if head is None:
            raise ValueError(f"{HOLIDAYS}: {entry!r} must start with a plain word")
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
        rf"(?:,?\s+(?P<hy>{_YEAR})\b)?")
    day = re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?P<d{i}>{k})' for i, k in enumerate(days))})(?![\w])"
                     rf"(?:,?\s+(?P<dy>{_YEAR})\b)?")
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


def _holidays(text: str) -> list[DateExpr]:
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


@lru_cache(maxsize=4096)
def find_dates(text: str, titled: bool = False) -> tuple[DateExpr, ...]:
    """Every date expression in the text, in order, without overlaps.

    titled: the text is a title-cased headline ("Poster Revealed, Coming Soon to Prime Video").
    """
    candidates = _holidays(text)
    if not candidates and not _ANY_CUE.search(text):
        return ()
    low = text.lower()
    if "ı" in low or "ſ" in low:
        low = low.translate(_FOLD)
    # Four month shapes share one gate and three digit shapes another: each gate is searched once per text.
    opened: dict[tuple[re.Pattern[str], bool], bool] = {}
    for name, caseless, gate in _gates():
        if gate is not None:
            is_open = opened.get((gate, caseless))
            if is_open is None:
                is_open = opened[gate, caseless] = gate.search(low if caseless else text) is not None
            if not is_open:
                continue
        candidates += [e for m in _shape(name).finditer(text) if (e := _build(m, titled)) is not None]
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
        t = _TIME_AFTER.match(text, expr.end)
        if t and re.search(r"\d|noon|midnight", t["time"]):
            expr = dataclasses.replace(expr, time=t["time"].removeprefix("at ").strip())
        out.append(expr)
    return tuple(out)
