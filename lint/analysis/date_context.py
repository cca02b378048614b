"""What the words before a date say of it: a verb of scheduling ("slated for March"), of moving ("pushed to May")
or of receiving and planning ("gets a July premiere"), and whether the release noun a timing modifies is a work's.

The one date module that reads the release vocabulary (release_vocabulary): its verbs of scheduling, and its work
nouns, which decide whether "has a summer release" is a date at all ("The film has ..." is, "The prisoner has ..." is
not).  find_dates takes only a text, and its callers (the dateline, the weekday check, the release analysis) share its
answers per text; a date the owner test refuses leaves its span to the other shapes, so the test cannot move after
find_dates without changing which dates it finds.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .release_vocabulary import scheduling_verbs, vocabulary
from ..patterns import LazyPattern

# "to" dates a release only after a verb that moves it: "moves to February 2025", "pushing “Thunderbolts” to
# December", "delayed a full year to 2022" (gold-dev u07, u13); elsewhere "to" ends a span ("from 2017 to 2018").
MOVED_BEFORE = LazyPattern(r"\b(?:mov|push|delay|postpon|shift|bump|brought|bring|reschedul)\w*(?:\s+\S+){0,4}?\s+$",
                          re.IGNORECASE)
# "for <month> to <verb>": the month or the name is the subject of the infinitive after it.
INFINITIVE_AFTER = LazyPattern(r"\s+to\s+[a-z]")


def after_scheduling_for() -> str:
    """A look-behind (a regular expression's source) for a verb of scheduling and its "for": "scheduled for ", "pencilled
    in for "."""
    return "(?:" + "|".join(f"(?<={verb} for )" for verb in scheduling_verbs()) + ")"


# Verbs of aiming and dating that take "for" as the verbs of scheduling do ("aiming for a summer release", "dated for
# March"), and the verbs of scheduling without their "in" ("pencilled for May").  Every verb of scheduling is read,
# "earmarked" too ("The film is earmarked for a summer release", review of session 10), which this look-behind left
# out until then.
_AIMING = ("eyeing", "targeting", "aiming", "aimed", "dated", "pencilled", "penciled")


@lru_cache(maxsize=1)
def slated_before() -> re.Pattern[str]:
    """A verb right before a release noun's timing that makes it a work's release: "slated for a 2026 release"
    (and, for "for March", a month rather than a name or a verb)."""
    scheduling = [verb.split()[0] for verb in scheduling_verbs()]
    verbs = "|".join(dict.fromkeys([*scheduling, *_AIMING]))
    return re.compile(rf"\b(?:{verbs})(?: in)? for\s+$"
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


def modifier_owner(m: re.Match[str], start: int, verb: re.Match[str] | None) -> bool:
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
