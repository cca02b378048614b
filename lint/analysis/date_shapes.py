"""The date shapes: one regular expression per way English copy writes a date ("July 12, 2024", "this summer",
"Q3", "in the coming months"), each with a gate and a look-ahead that keep it off texts and positions it cannot match,
compiled the first time a text needs it.  dates.find_dates runs them and reads their matches.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .casefold import FoldedPattern
from .date_context import after_scheduling_for
from ..patterns import LazyPattern

# Building blocks.  Month names are matched capitalised only: "may" and "march" are also verbs.
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?=\s+\d))")
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
# A month in lower case, as fast copy writes it ("on february 2017"), is a month only before a year, where "may" and
# "march" are no verbs.
_MONTH_LOWER = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_REL_YEAR = r"(?:this|next|last|the following|the same|that) year"  # "December of that year" (gold-dev u07)
_YEARISH = rf"(?:{YEAR}|{_REL_YEAR})"
_TIME = (r"(?:at |from |around |by )?(?:(?:1[0-2]|0?\d)(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|[0-2]?\d:[0-5]\d|noon|midnight)"
         r"(?:\s+(?:KST|JST|PST|PDT|EST|EDT|CST|CDT|ET|PT|CT|GMT|BST|UTC|IST|SGT|HKT|local time|\((?:KST|ET|PT|GMT|UTC)\)))?")
_WORDNUM = r"(?:a few|few|several|a couple of|a couple|two|three|four|five|six|\d+)"
# A broadcast slot is named by its weekdays: "the Monday-Tuesday drama", "MBC's Wednesday, Thursday series",
# "a Saturday night show" (Korean copy names dramas by their slot).  Such a weekday dates no release.
_SLOT = (r"(?!(?:\s*(?:[-–/,&]|and)\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))*"
         r"[-–\s]+(?:night\s+|evening\s+|morning\s+)?(?:dramas?|series|shows?|slots?|programmes?|programs?|sitcoms?|soaps?|variety)\b)")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, str]]:
    """(name, body) per shape, in the order ties between shapes are broken (find_dates keeps the first).

    Built on first use: the relative shape reads the verbs of scheduling (date_context), which come from a data file.
    """
    return [
        ("iso", rf"\b(?P<iso_y>{YEAR})[-./](?P<iso_m>0?[1-9]|1[0-2])[-./](?P<iso_d>3[01]|[12]\d|0?[1-9])\b"),
        # "June 25-26" is a run of full days (a two-night concert); "June 25 to 2" is not a shape.
        ("mdy", rf"(?:(?P<mdy_w>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})\b"
                rf"(?:\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])\b(?![-–/.]\d))?(?!\s*(?:-|–|to)\s*\d)"
                rf"(?:,?\s+(?P<mdy_y>{YEAR})\b)?"),
        ("dmy", rf"(?:(?P<dmy_w>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<dmy_d>{_DAY})(?:\s+of)?\s+(?P<dmy_m>{_MONTH})"
                rf"(?:,?\s+(?P<dmy_y>{YEAR})\b)?"),
        ("my", rf"(?:(?P<my_q>(?i:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|mid-))\s*)?"
               rf"(?P<my_m>{_MONTH}|{_MONTH_LOWER}(?=,?\s+{YEAR}\b)),?(?:\s+of)?\s+(?P<my_y>{_YEARISH})\b"),
        ("m", rf"(?P<m_p>\b(?i:in|on|by|to|until|till|from|since|during|for|this coming|this|next|last|early|late|mid|of|the end of"
              rf"|the beginning of|the start of|the middle of|later in|sometime in|around|before|after)\s+|\bmid-)"
              rf"(?:(?:early|late|mid)[\s-]+)?(?P<m_m>{_MONTH})(?![\w-])(?!\s+{_DAY}\b)"),
        ("season", rf"(?i:(?P<s_q>\b(?:(?:in|during|by|for|over|until|through|throughout|to)\s+(?:the\s+)?|(?:this|next|last|early|late)\s+))"
                   rf"(?:(?:early|late|coming)\s+)?)?"
                   rf"(?P<s_s>\b(?i:spring|summer|fall|autumn|winter))(?![\w-])(?:(?:\s+of)?\s+(?P<s_y>{_YEARISH})\b)?"),
        ("half", rf"(?i:the\s+)?(?P<h_n>first|second|1st|2nd|latter|later|early|earlier)\s+half\s+(?:of\s+)?"
                 rf"(?P<h_y>{YEAR}|this year|next year|the year|last year)\b"),
        ("quarter", rf"(?:the\s+)?(?P<q_n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
                    rf"(?:\s+of\s+(?P<q_y>{YEAR}|this year|next year|the year))?\b"),
        ("qcode", rf"\b(?P<qc_k>[QH])(?P<qc_n>[1-4])(?:\s+(?P<qc_y>{YEAR}))?\b"),
        ("year", rf"(?P<y_p>\b(?:in|on|to|by|during|until|till|for|since|early|late|mid|later in|sometime in|throughout|"
                 rf"before the end of|by the end of|towards? the end of|at the end of|the end of|the start of|end of|the upcoming|upcoming)\s+|\bmid-)(?:(?:early|late|mid)[\s-]+)?"
                 rf"(?P<y_y>{YEAR})\b(?![-–]\d|['’]s\b)"),
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
                     rf"|{after_scheduling_for()}"
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
                     rf"|(?<=gets )|(?<=eyes )|(?<=plans )|(?<=up for )|(?<=ready for )))(?P<md_v>{YEAR}"
                     rf"|(?i:spring|summer|fall|autumn|winter)(?:\s+{YEAR})?|{_MONTH}(?:\s+{YEAR})?)\s+"
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
    "my": rf"{_MONTH}|{_MONTH_LOWER},?\s+{YEAR}",
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
    "my": "[ADFJMNOSadfjmnos]|(?i:[elmt])",
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
    return [(shape(name), caseless, gate) for name, caseless, gate in gates()]


@lru_cache(maxsize=1)
def gates() -> list[tuple[str, bool, re.Pattern[str] | None]]:
    """(shape, gated over lower-cased text, gate) per shape, in _patterns() order."""
    return [(name, name in _CASELESS or name == "season", re.compile(_NEEDS[name]) if name in _NEEDS else None)
            for name, _ in _patterns()]


@lru_cache(maxsize=None)
def shape(name: str) -> re.Pattern[str]:
    """A shape's pattern, compiled the first time its gate opens: most articles never reach most shapes
    (no date cue, no quarter, no day without a month), and compiling all of them costs tens of ms."""
    boundary = r"\b" if name in _AT_WORD_START else ""
    return re.compile(f"{boundary}(?={_STARTS[name]})(?P<{name}>{dict(_patterns())[name]})", re.IGNORECASE if name in _CASELESS else 0)


# re, ignoring case, also takes dotless ı for i and long ſ for s, which lower() keeps as they are.
FOLD = str.maketrans({"ı": "i", "ſ": "s"})

TIME_AFTER = LazyPattern(rf"\s*,?\s*(?P<time>{_TIME})")


# Every shape needs one of these; most sentences have none, and skip the scanners.  Written in lower case, it runs
# case-sensitively over the lower-cased text where that finds the same (casefold.FoldedPattern): a quarter of the time
# of the IGNORECASE alternation.
ANY_CUE = FoldedPattern(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day\b|spring|summer|fall|autumn|winter"
                        r"|\b(?:soon|shortly|tonight|tomorrow|month|week|year|future|q[1-4]|h[12]|later|earlier|date|quarter|fortnight)")
