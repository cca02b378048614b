"""The tense a release sentence tells, and the tense a date's own clause gives it.

Past, future or present, from the vocabulary's future and past markers, the verb forms before a cue, and the
clause around a date ("The movie, which premiered at Sundance on January 20, opens in theaters this fall").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .date_expr import DateExpr
from .release_vocabulary import Vocabulary, scheduling_verbs
from ..patterns import LazyPattern

CLAUSE_BREAK = LazyPattern(r"[;,]|\bbut\b|\bnow\b|\binstead\b|\bwhile\b", re.IGNORECASE)
# A participle after a present "is" or "are" is a present passive ("is released in July", "is planned for March"), and
# a verb after a modal a bare infinitive ("could hit theatres by March"): no past.
_AUXILIARY_BEFORE = LazyPattern(r"\b(?:be|been|being|will|to|is|are|am|can|could|may|might|must|shall|should|would)\s+$",
                                re.IGNORECASE)


# A participle after "be" is a passive, not a past: "is set to be released in December" (celebrity-news legit/047).
PAST_VERB = LazyPattern(r"\b(?:was|were|had|did)\b|(?<!\bbeing )(?<!\bare )(?<!\bis )(?<!\bbe )(?<!\bbeen )\b\w{3,}ed\b(?! (?:by|to)\b)",
                        re.IGNORECASE)


def sentence_tense(sentence: str, cues: list[re.Match[str]], vocab: Vocabulary) -> str:
    """The tense the sentence tells its cues in: "future", "past" or "present"."""
    if vocab.search("future", sentence):
        return "future"
    if vocab.search("recent", sentence) or vocab.search("past_markers", sentence):
        return "past"
    if all(_past_form(sentence, c, vocab) for c in cues):
        return "past"
    return "present"


def noun_cue_past(sentence: str, cue: re.Match[str], date: DateExpr) -> bool:
    """A noun cue has no tense of its own (takings over a film's opening days of release, "a supporting role on
    the big screen"): the sentence's finite verb gives it, unless that verb only reports the news, or the date is the
    noun's own complement ("churned out an earlier release for “Deadpool 3” on May 2024", gold-dev u07).  The verb
    must come before the noun: in "continues to mount ahead of its fall premiere ..., and ... has fans fired up"
    (celebrity-news legit/205) a later clause's participle does not date the premiere."""
    if not _NOMINAL_BEFORE.search(sentence, 0, cue.start()) or not _told_past(sentence, cue.start()):
        return False
    return not (cue.end() <= date.start and _COMPLEMENT.fullmatch(sentence, cue.end(), date.start))


# What may stand between a release noun and its own date: "release for “Deadpool 3” on", "premiere in".
_COMPLEMENT = LazyPattern(r"\s+(?:(?:for|of)\s+(?:\S+\s+){1,6})?(?:on|in|for)\s+", re.IGNORECASE)


# A cue read as a noun or a phrase: a determiner, a possessive or a preposition before it.
_NOMINAL_BEFORE = LazyPattern(r"(?:\b(?:the|a|an|its|his|her|their|of|on|in|for|with)|['’]s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Verbs that report the news of a coming release rather than tell a past event: "confirmed the film's release in
# March" dates the release, whatever the tense of the report.
_REPORTING = LazyPattern(r"\b(?:announc|confirm|reveal|report|unveil|teas|said|says|tell|told|hint|share|post|updat|state|"
                        r"declar|disclos|plan|decid|schedul|slat|set)\w*", re.IGNORECASE)


# Irregular simple pasts (English grammar's closed class, the ones without a homograph base form), which the "-ed"
# pattern misses: "built his fame on the big screen".
IRREGULAR_PAST = LazyPattern(r"\b(?:built|began|brought|found|gave|grew|knew|led|met|sang|spent|wrote|won|took|made|"
                             r"became|came|went|got|saw|stole|drew|broke|rose|fell)\b", re.IGNORECASE)


def _told_past(sentence: str, before: int) -> bool:
    """A past verb stands before the offset, and no verb of the sentence reports an announcement."""
    if _REPORTING.search(sentence):
        return False
    return PAST_VERB.search(sentence, 0, before) is not None or IRREGULAR_PAST.search(sentence, 0, before) is not None


# The participles of English's verbs of scheduling (release-language.toml scheduling_verbs, each by its first word) and
# of targeting, proposing and expecting, which plan as they do (the release list's "planned release" and ", expected
# in" entries): a plan's participle names no past event but the time planned ("a release planned for December", "a
# planned release in December"; the issue's probes).  "Was planned for" is a lapsed plan (release-language.toml
# reschedule).
_PLANNING = ("targeted", "proposed", "expected")


@lru_cache(maxsize=1)
def _scheduling() -> frozenset[str]:
    return frozenset([verb.split()[0] for verb in scheduling_verbs()] + list(_PLANNING))


def _past_form(sentence: str, cue: re.Match[str], vocab: Vocabulary) -> bool:
    word = cue[0].split()[0].lower()
    if _AUXILIARY_BEFORE.search(sentence[: cue.start()]) or word in _scheduling():
        return False
    return word.endswith("ed") or vocab.match("past", sentence, cue.start()) is not None


# A release named as an earlier event: "following the release of third record 'Midnight Memories' in late 2013"
# (celebrity-news legit/069).  "Ahead of its release on Friday" points forward and is not here.
_PRIOR = LazyPattern(r"\b(?:following|after|since)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# A date set beside "release date" names it, whatever the sentence tells of the date's announcement:
# "its release date - 16 July - was announced" (BBC 025), "Swift's November 10th release date".
_APPOSED = LazyPattern(r"[\s(:,–—-]*(?:(?:of|is|as|on)\s+)?[\s(:,–—-]*")


def clause_tense(tense: str, sentence: str, clause: str, own: bool, cue: re.Match[str], date: DateExpr,
                  vocab: Vocabulary) -> str:
    """The tense the date's own clause gives it, where it differs from the sentence's.

    "The tech giant, which launched Apple Music in June 2015, will not pay" (celebrity-news fake/022): a past
    verb in the date's clause dates a past event, though the sentence speaks of the future.  A date set beside
    "release date" names the release date, and a release after "following" or "after" is an earlier event.
    """
    if "date" in cue[0].lower():
        between = sentence[cue.end():date.start] if cue.end() <= date.start else sentence[date.end:cue.start()]
        if _APPOSED.fullmatch(between) and not vocab.search("lapsed", clause):
            return "present"
    if _PRIOR.search(sentence, 0, cue.start()):
        return "past"
    if own and tense == "future" and not vocab.search("future", clause) and _past_form(clause, _in(clause, sentence, cue), vocab):
        return "past"
    return tense


def _in(clause: str, sentence: str, cue: re.Match[str]) -> re.Match[str]:
    """The cue matched again inside its clause, so that positions are the clause's."""
    c0 = sentence.find(clause)
    m = re.compile(re.escape(cue[0])).match(clause, cue.start() - c0)
    assert m is not None
    return m
