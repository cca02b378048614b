"""A work named without quotes: the capitalised subject of a release verb that takes no object.

US and UK copy sets titles in italics, which plain text loses, so the release sentence names
no quoted title and often no work noun: "All We Had is set to be released in December"
(celebrity-news legit/047), "Second Chance is scheduled to debut at the end of 2018" (fake/117),
"Meet The Fockers opens in the UK on Friday" (BBC 315).  People are subjects of release verbs
too, but they release something ("Taylor Swift will release her sixth album"): a release verb
in the passive, or one with no object (a timing or a place follows it), has the work itself
as its subject.  The subject must be a run of capitalised words (small function words allowed)
that opens its clause; a lone pronoun is not a title.
"""
from __future__ import annotations

import re
from ..patterns import LazyPattern

# Between the subject and the cue: an auxiliary chain ("is set to be", "will also be", "has been").
_CHAIN = LazyPattern(
    r"(?:\s+(?:is|are|was|will|would|could|may|might|should|has|have|shall|can)\b)?"
    r"(?:\s+(?:also|now|finally|officially|still|currently|reportedly|then|only|not|already|first))*"
    r"(?:\s+(?:set|scheduled|slated|due|expected|going|planned|about|poised|ready|likely|tipped)\s+to\b)?"
    r"(?:\s+(?:be|been|being)\b)?\s*$", re.IGNORECASE)
# Capitalised words, with the lower-case words titles keep ("Harry Potter and the Half-Blood Prince").
_TITLE_RUN = LazyPattern(r"(?:[A-Z0-9][\w'’&.!?-]*|(?:of|the|and|a|an|in|on|to|for|at|with|from|vs\.?|&)(?=\s))"
                        r"(?:\s+(?:[A-Z0-9][\w'’&.!?-]*|of|the|and|a|an|in|on|to|for|at|with|from|vs\.?|&))*")
# A clause opens at the sentence start or after a comma, colon, semicolon or dash ("Meanwhile, ...").
_CLAUSE_OPEN = LazyPattern(r"[,;:—–(]\s*")
# Capitalised words ending right before the comma of a "which" clause; the first one after a lower-case word.
_ANTECEDENT = LazyPattern(r"(?<=[a-z] )([A-Z0-9][\w'’&.!?-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|at|with|from|&)\s+)*"
                         r"[A-Z0-9][\w'’&.!?-]*)*)[,;:—–(]\s*$")
_PRONOUN = LazyPattern(r"(?:It|He|She|They|We|I|You|This|That|These|Those|Which|Who|There|Here)", re.IGNORECASE)
_CUE_AUX = LazyPattern(r"(?:(?:will|to|set to|slated to|scheduled to|expected to)\s+)", re.IGNORECASE)
# Release verbs that, with nothing but a timing or a place after them, have the work as subject.
_INTRANSITIVE = LazyPattern(r"(?:releas|premier|debut|open|air|broadcast|publish|screen|launch|telecast|due out|"
                           r"(?:come|comes|coming) out|hit|drop)", re.IGNORECASE)
_PREPOSITION_END = LazyPattern(r"\s(?:in|on|at)$", re.IGNORECASE)
_NO_OBJECT = LazyPattern(r"[^\w]*(?:$|[,.;:)—–]|(?:in|on|at|this|next|later|early|soon|nationwide|worldwide|"
                        r"exclusively|today|tomorrow|tonight|from|by|sometime|around|across|until)\b)", re.IGNORECASE)


def bare_title_subject(sentence: str, cue_start: int, cue_end: int,
                       openers: re.Pattern[str] | None = None) -> tuple[int, int] | None:
    """The span of the unquoted title that is the subject of the release cue at [cue_start, cue_end), if any.

    The caller decides whether the name is a work's: "Berlin Film Festival, which opens on Thursday" has
    the shape, and a festival is an event.  openers, the release vocabulary's timing_openers, are more words
    that show the verb has no object ("Blue Hour opens over Chuseok").
    """
    aux = _CUE_AUX.match(sentence, cue_start)  # the cue may hold its auxiliary: "to debut", "will premiere"
    verb = aux.end() if aux else cue_start
    ends_in_preposition = _PREPOSITION_END.search(sentence, verb, cue_end) is not None  # "opens in", "debut on"
    no_object = _NO_OBJECT.match(sentence, cue_end) is not None or (
        openers is not None and openers.match(sentence, cue_end + len(sentence[cue_end:]) - len(sentence[cue_end:].lstrip())) is not None)
    if not _INTRANSITIVE.match(sentence, verb) or not (ends_in_preposition or no_object):
        return None
    lead = sentence[:verb]
    chain = _CHAIN.search(lead)
    subject_end = chain.start() if chain else len(lead.rstrip())
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(lead, 0, subject_end)]
    start = opens[-1] if opens else len(lead) - len(lead.lstrip())
    subject = lead[start:subject_end].strip()
    if subject.lower() == "which" and opens:
        # "in Second Act, which is slated to come out next year" (legit/117): the relative's antecedent is the subject.
        antecedent = _ANTECEDENT.search(lead, 0, start)
        return antecedent.span(1) if antecedent else None
    if not subject or not subject[0].isupper() or _PRONOUN.fullmatch(subject):
        return None
    # "Sony Pictures said production ...": the run must be the whole subject, ending right before the chain.
    at = lead.index(subject, start)
    return (at, at + len(subject)) if _TITLE_RUN.fullmatch(subject) else None
