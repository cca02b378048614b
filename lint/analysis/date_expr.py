"""The date type: one date expression found in a text, what it says and how precisely, and the calendar arithmetic
that places it (the first and last day it can mean, the weekday it falls on)."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


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


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
