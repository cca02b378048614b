"""Shape rules for short lines: credits, captions, sub-headings, list items, directives.

Shared by every parser: a plain-text line, a Markdown paragraph after an image
and an HTML figcaption are all split into caption and credit parts the same way.
The judgement of a credit (is it vague?) belongs to the credits rules, not here.
"""
from __future__ import annotations

import re

from ..document import Directive
from ..patterns import LazyPattern

# The words a credit's label is made of ("Photo:", "Image via", "Screen grab |", "Photo credit:"; a trailing
# "credit" or "source" is matched where the label is used).  The one list: the parsers find credit lines with
# it, and analysis/credits.py splits a credit's label from its sources with it.
CREDIT_LABEL = (
    # "via" is a label only before a colon ("Via: Instagram"); before a name it is a separator ("Photo via X")
    r"(?:photos?|images?|pictures?|pics?|photographs?|credits?|via(?=\s*:)|"
    r"sources?|screenshots?|screen\s*grabs?|courtesy|featured\s+image|cover\s+image|header\s+image|"
    r"videos?|gifs?|illustrations?|graphics?|thumbnails?|stills?|"
    # the same label in the languages of the outlets' own pages: "Foto: Dok. X" (Indonesian, Malay; also Spanish,
    # Portuguese, German), "ছবি: সংগৃহীত" (Bengali, T/H/I pages), "사진" (Korean), "फोटो", "तस्वीर" (Hindi), "تصویر" (Urdu)
    r"fotos?|ছবি|사진|फोटो|तस्वीर|تصویر)"
)
# A label with its optional second word: "Photo credit", "Image source", "Image courtesy".
LABEL_PHRASE = rf"{CREDIT_LABEL}\s*(?:(?:credits?|sources?|courtesy)\s*)?"
# "Photo: X", "(Photo : Google )", "Image via Twitter", "Photo courtesy of tvN", "(Photo by Kim/Yonhap)"; a trailing
# "credit", "source" or "courtesy" is part of the label ("Image courtesy: Instagram", a South Asian house style)
_CREDIT_LINE = LazyPattern(
    rf"^[(\[<]?\s*{LABEL_PHRASE}(?:[:=|/\-–—]|\b(?:by|via|from|courtesy(?:\s+of)?|adapted\s+from)\b)\s*\S",
    re.IGNORECASE,
)
_COPYRIGHT = LazyPattern(r"^\(?\s*(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
_PIPE_CREDIT = LazyPattern(r"^\|\s*\S")
_EMBED = LazyPattern(r"^A post shared by\s+\S", re.IGNORECASE)
# "via Youtube" standing alone: a credit with no label
_VIA = LazyPattern(r"^\(?\s*via\s*:?\s+[^\s,.;:!?]+(?:[ /][^\s,.;:!?]+){0,3}\s*\)?$", re.IGNORECASE)
# a caption line closed by an unlabelled "via" credit: "Mehazabien Chowdhury via Youtube" (gold-dev s23)
_CAPTION_VIA = LazyPattern(r"^(?P<caption>[^.!?:;]{2,120}?)\s+(?P<credit>via\s+[^\s,.;:!?]+(?:[ /][^\s,.;:!?]+){0,2})\s*$",
                          re.IGNORECASE)
_CAPTION_PIPE = LazyPattern(r"^(?P<caption>[^|]{2,200}?)\s+\|\s+(?P<credit>[^|]{1,60})$")
# a credit in parentheses anywhere in a line: "... March 20.(Photo Credit : Instagram)"
INLINE_CREDIT = LazyPattern(rf"\(\s*{LABEL_PHRASE}[:=][^()]{{1,120}}\)", re.IGNORECASE)
# a credit's text after its label: up to 60 characters with no sentence stop, but an abbreviation's point may stand
# inside it ("Foto: Dok. X", "Dok." for documentation, an Indonesian house style)
_CREDIT_BODY = r"(?:[^.!?:|]|(?:(?<=\b[A-Z][a-z][a-z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z]))\.(?=\s+\S)){0,60}"
# what stands between a credit's label and its source: the separators of the credits paradigm (tests/paradigms: a colon,
# a bar, "=" of Korean house styles, "/", a spaced dash) or a preposition ("by", "via", "from")
_CREDIT_SEP = r"(?:[:|=/]|(?<=\s)[-–—](?=\s)|\b(?:by|via|from)\b)"
# a labelled credit closing a caption sentence: "... given birth. Picture: Instagram/Twitter", "... Safi. PHOTO | COURTESY",
# "... at the event. Photo from Instagram".  The stop is matched (the caption ends after it), not looked behind at: a
# pattern that opens with a set of characters lets re skip from stop to stop, twice as fast over a paragraph
_TRAILING_CREDIT = LazyPattern(
    rf"(?P<stop>[.!?।”\"’')])\s+(?P<credit>{LABEL_PHRASE}{_CREDIT_SEP}\s*[^\s.!?:|]{_CREDIT_BODY})\s*\|?\s*$",
    re.IGNORECASE,
)
# a caption with no closing stop, then a capitalised label and a colon: "The two singers at the premiere Photo:
# Instagram" (a caption field and a credit field run together when a page is copied as text); the capital and the colon keep "a photo: it shows" in a sentence out.  The label opens with a capital
# or a letter past ASCII in the Basic Multilingual Plane (ছবি, 사진), written as an exclusion: the range
# [\u0080-\uffff] itself took 8 ms of every start to compile (each of its 65,000 characters is set one by one)
_CAPTION_LABEL = LazyPattern(
    rf"(?:(?<=[\w)\]”\"’'])\s+|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?P<credit>(?-i:(?=[A-Z]|[^\x00-\x7f\U00010000-\U0010ffff])){LABEL_PHRASE}:\s*[^\s.!?:|]{_CREDIT_BODY})\s*\|?\s*$",
    re.IGNORECASE,
)
# a credit run into the next paragraph when a page is copied as text: "Source: InstagramAs soon as she posted ..."
# (our wording of a shape seen on web pages); the glued word opens a sentence (openers of sentences, a closed class)
# words that make a label phrase with the label word after them ("In Pics:", "More Photos:", "Exclusive Video:"):
# the line is a link label, not a caption and a credit
_LABEL_LEAD = frozenset("in of the a an more see our new latest related exclusive all top best watch view".split())
_GLUED_CREDIT = LazyPattern(
    rf"^(?P<credit>{LABEL_PHRASE}:\s*[\w@./-]*?(?-i:[a-z]))"
    r"(?=(?-i:(?:The|A|An|As|After|When|While|In|On|At|She|He|They|It|This|That|These|Fans|But|And|Since|Earlier|Later)"
    r" [a-z]+ [a-z]+))",
    re.IGNORECASE,
)
_TRAILING_PAREN = LazyPattern(r"\s*\((?P<credit>[^()]{2,100})\)\s*$")
# a credit in square brackets closing a caption, set in capitals ("BTS at the event. [YONHAP]", "[SCREEN CAPTURE]",
# Korean English-language house style; "... in Atlanta yesterday[AKM-GSI]", celebrity-news legit/141) or labelled
# ("... [Photo: Instagram]"); "[Laughs]", "[sic]" and a link's "[VIDEO]" (fake/175) are not credits
_TRAILING_BRACKET = LazyPattern(
    rf"\s*\[(?!(?:VIDEOS?|PHOTOS?|PICS|GALLERY|UPDATED?|WATCH|LISTEN|AUDIO|LIVE|POLL|QUIZ)\])"
    rf"(?P<credit>(?-i:[A-Z0-9][A-Z0-9 .&'’/,@_-]{{1,50}})|(?i:{LABEL_PHRASE}[:=][^\[\]]{{1,60}}))\]\s*$"
)
# the same labelled credit in angle brackets closing a caption: "... in Seoul. <Photo=Yonhap>" (Korean house styles;
# tests/paradigms); labelled only, since a bare "<...>" is markup or a title
_TRAILING_ANGLE = LazyPattern(rf"\s*<(?P<credit>{LABEL_PHRASE}[:=/|][^<>]{{1,60}})>\s*$", re.IGNORECASE)
_STANDALONE_PAREN = LazyPattern(r"^\((?P<credit>[^()]{2,120})\)$")
_BULLET = LazyPattern(r"^(?:[•·▪►\-*+]|\d{1,2}[.)])\s+")
_CAPTION_CUE = LazyPattern(r"\b(?:thumbnail|poster|pictured|still|screenshot|photo of|image of)\b", re.IGNORECASE)
_DIRECTIVE = LazyPattern(
    r"<!--\s*artlint-(?P<action>disable-next-line|disable|enable)\b(?P<body>.*?)-->", re.DOTALL
)


_HEADLINE_WORDS = frozenset(
    "Who Have Has Is Are Was Were Of In On With To After Before What How Why Inside Her His Their Out Over "
    "The A An All Most That Than When Like See Take Check At As From About Here".split()
)


# what a gallery link asks the reader to do: "PHOTOS: Check out the latest pics of Owen Wilson" (celebrity-news legit/247)
_LINK_CALL = LazyPattern(r"^(?:check out|see|watch|view|look|take a look|click|tap|meet|inside)\b", re.IGNORECASE)


def _headline_like(body: str) -> bool:
    """'PHOTOS: Celebs Who Have Slammed The Kardashians' is a gallery link, not a credit."""
    words = body.split()
    if len(words) >= 3 and _LINK_CALL.match(body):
        return True
    return len(words) > 8 or (len(words) >= 4 and sum(w in _HEADLINE_WORDS for w in words) >= 2)


def is_credit(text: str) -> bool:
    """Whether a whole line is shaped like a photo credit."""
    t = text.strip()
    if len(t) > 200:
        return False
    m = _CREDIT_LINE.match(t)
    if m:
        return not _headline_like(t[m.end() - 1 :].strip(" ()"))
    return bool(
        _COPYRIGHT.match(t) or _PIPE_CREDIT.match(t) or _EMBED.match(t)
        or re.match(r"^\(?\s*(?:screenshot|screengrab|file photo|handout(?: photo)?)\s*\)?$", t, re.IGNORECASE)
        or _VIA.match(t)
    )


def _is_sentence(text: str) -> bool:
    """Ends like a sentence, or holds a sentence break inside ("... from Seoul. [E-mail: ...]")."""
    return bool(re.search(r"[.!?:;,\"”’]\s*$", text) or re.search(r"[a-z]{3,}[.!?]\s+[A-Z\[(“\"]", text))


_MOST_WORDS_COMPARED = 31  # one more than the largest word count split_line compares with (30)


def split_line(text: str, standalone: bool = True) -> list[tuple[str, int, int]]:
    """Split one line into (kind, start, end) parts: credit, caption, subheading, list-item, paragraph.

    standalone says the line is a paragraph of its own (blank lines around it),
    which is where captions and sub-headings live.
    """
    n = len(text)
    if not text.strip():
        return []
    m = _GLUED_CREDIT.match(text)
    if m:
        return [("credit", 0, m.end()), *((k, m.end() + a, m.end() + b) for k, a, b in split_line(text[m.end():], False))]
    m = _TRAILING_CREDIT.search(text)
    if is_credit(text) and not (m and re.match(r"\W*(?:stills?|videos?|gifs?|screenshots?)\b", text, re.IGNORECASE)):
        # a caption that opens with a label word is split all the same when a second label closes it: "Still from
        # 'Title'. Photo: Collected" is a caption and a credit (T/H/I pages), not one credit "from 'Title'..."
        return [("credit", 0, n)]
    if m and len(m["credit"].split()) <= 8:
        return [("caption", 0, m.end("stop")), ("credit", m.start("credit"), m.end("credit"))]
    # Cheap tests first spare most lines the searches below: _CAPTION_LABEL needs its colon, _CAPTION_PIPE its pipe.
    m = _CAPTION_LABEL.search(text) if standalone and len(text) <= 200 and ":" in text else None
    if (
        m and len(m["credit"].split()) <= 8 and text[: m.start()].count("(") <= text[: m.start()].count(")")
        and text[: m.start()].split()[-1].lower() not in _LABEL_LEAD
        and not _headline_like(m["credit"].split(":", 1)[1].strip())
    ):
        return [("caption", 0, m.start()), ("credit", m.start("credit"), m.end("credit"))]
    # counted no further than the comparisons below need: splitting a whole paragraph to count it cost more
    words = len(text.split(None, _MOST_WORDS_COMPARED))
    m = _CAPTION_VIA.match(text) if standalone and words <= 12 else None
    if m and not text.lstrip()[:1].islower():
        return [("caption", 0, m.end("caption")), ("credit", m.start("credit"), n)]
    m = _CAPTION_PIPE.match(text) if standalone and "|" in text else None
    if m and len(m["credit"].split()) <= 6:
        return [("caption", 0, m.end("caption")), ("credit", m.start("credit"), n)]
    m = _STANDALONE_PAREN.match(text.strip())
    if m and standalone and len(m["credit"].split()) <= 12:
        return [("credit", 0, n)]
    inline = list(INLINE_CREDIT.finditer(text))
    if inline:
        parts: list[tuple[str, int, int]] = []
        pos = 0
        for c in inline:
            if text[pos : c.start()].strip():
                parts.extend((k, pos + a, pos + b) for k, a, b in split_line(text[pos : c.start()], False))
            parts.append(("credit", c.start(), c.end()))
            pos = c.end()
        if text[pos:].strip():
            parts.extend((k, pos + a, pos + b) for k, a, b in split_line(text[pos:], False))
        return parts
    tail = text.rstrip()[-1:]  # both patterns below end in their bracket, then space: no need to scan other lines
    m = _TRAILING_BRACKET.search(text) if tail == "]" else None
    # (two letters of any script: "[사진: X]" holds no two Latin letters in a row)
    if m and standalone and words <= 30 and re.search(r"[^\W\d_]{2}", m["credit"]):
        if not text[: m.start()].strip():
            return [("credit", 0, n)]
        return [("caption", 0, m.start()), ("credit", m.start() + text[m.start():].index("["), n)]
    m = _TRAILING_ANGLE.search(text) if tail == ">" else None
    if m and standalone and words <= 30:
        return [("caption", 0, m.start()), ("credit", m.start() + text[m.start():].index("<"), n)]
    m = _TRAILING_PAREN.search(text) if tail == ")" else None
    if (
        m and standalone and words <= 30 and len(m["credit"].split()) <= 8
        and re.search(r"[A-Za-z@]", m["credit"]) and not re.fullmatch(r"[\d\s,\-–]+", m["credit"])
        and not _is_sentence(text[: m.start()])
    ):
        return [("caption", 0, m.start()), ("credit", m.start(), n)]
    if _BULLET.match(text):
        return [("list-item", 0, n)]
    if standalone and words <= 14 and not _is_sentence(text) and not text.lstrip()[:1].islower():
        return [("caption" if _CAPTION_CUE.search(text) else "subheading", 0, n)]
    return [("paragraph", 0, n)]


def find_directives(source: str) -> list[Directive]:
    """Every <!-- artlint-... --> comment in the source, in order."""
    found = []
    for m in _DIRECTIVE.finditer(source):
        body = m["body"].strip()
        reason = ""
        if " -- " in f" {body} ":
            body, _, reason = f" {body} ".partition(" -- ")
            body, reason = body.strip(), reason.strip()
        rules = tuple(r for r in re.split(r"[\s,]+", body) if r)
        line = source.count("\n", 0, m.start()) + 1
        found.append(Directive(m["action"], rules, m.start(), m.end(), line, reason))
    return found


DIRECTIVE_PATTERN = _DIRECTIVE
