"""Credits that name no owner: a platform, search engine, aggregator or a word that names no one.

The judgement is inverted from a list of bad sources: a credited source is
acceptable only when something in it names an owner.  Take out the rule's
vocabularies (platforms, search engines, aggregators and databases, words that
name no one such as "Collected", "Courtesy", "Handout", and filler such as
"official", "via", "of"); an owner is left when a remaining word is shaped like
a name: it has a capital, a digit, "_" or "@", or is a lower-case word that is
not ordinary English (a handle such as "dlwlrma").  "Instagram Stories",
"Courtesy of HanCinema" and "Instagram/Twitter" leave nothing; "Instagram/Yejinhand",
"ITV/Instagram" and "Getty Images" leave an owner.

A parenthesis or "caption | credit" with no label is only judged when it holds
a listed term: "(With inputs from agencies.)" and "(not pictured)" are asides,
not credits.  A "Source:" line with no story text after it credits the story,
not a picture ("Source: theqoo" at the foot of a translated post), and is left alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..analysis.credits import parse_credit
from ..analysis.name_data import name_data
from ..document import BODY_KINDS, Block, Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule
from ..patterns import LazyPattern

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["groups"],
    "properties": {
        "groups": {
            "type": "array",
            "description": "Vague sources: named groups of terms ('social media', 'internet'), each with its advice.",
            "items": {
                "type": "object",
                "required": ["name", "terms"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string", "description": "What these sources are, for the message."},
                    "advice": {"type": "string", "description": "What to credit instead."},
                    "terms": {"type": "array", "items": {"type": "string", "minLength": 1}},
                },
            },
        },
        "filler": {"type": "array", "items": {"type": "string"}, "description": "Words that never name an owner."},
        "filler_patterns": {"type": "array", "items": {"type": "string"},
                            "description": "Regular expressions for other things that never name an owner "
                                           "(a licence: 'CC BY-SA 4.0'; a web address's ending: '.com')."},
        "accepted": {"type": "array", "items": {"type": "string"}, "description": "Sources always accepted."},
        "page_end": {"type": "string",
                     "description": "A regular expression for a line that opens the page's comment form ('Leave a "
                                    "Reply'): the lines after it are the form's furniture, not credits."},
        "owner_words": {"type": "array", "items": {"type": "string"},
                        "description": "Ordinary words that name an owner by role ('courtesy of the artist')."},
    },
}
_HANDLE = LazyPattern(r"@[\w.]+|'[^'\s]*[_\d][^'\s]*'")
_WORD = LazyPattern(r"[\w@][\w@.'’&-]*")
# Where story text ends: after the last of these, a "Source:" line credits the story.
_STORY = BODY_KINDS | {"subheading"}


@dataclass(frozen=True)
class Options:
    """credit-source params (groups as the schema validated them)."""

    groups: tuple[Mapping[str, Any], ...]
    filler: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()
    owner_words: tuple[str, ...] = ()
    filler_patterns: tuple[str, ...] = ()
    page_end: str | None = None


@dataclass(frozen=True)
class Prepared:
    """credit-source options compiled: the vague-source terms and their groups, filler, and the words that name an owner."""

    terms_source: str
    group_of: dict[str, tuple[str, str]]
    rank_of: dict[str, int]  # a term's group's place in the rule file: the first-listed group is the most specific
    filler_source: str | None
    accepted: frozenset[str]
    common: frozenset[str]
    owner_words: frozenset[str]
    no_owner_source: str | None = None
    page_end_source: str | None = None

    # Compiled when a credit is first read: most articles carry none.
    @cached_property
    def terms(self) -> re.Pattern[str]:
        return re.compile(self.terms_source, re.IGNORECASE)

    @cached_property
    def filler(self) -> re.Pattern[str] | None:
        return re.compile(self.filler_source, re.IGNORECASE) if self.filler_source is not None else None

    @cached_property
    def page_end(self) -> re.Pattern[str] | None:
        return re.compile(self.page_end_source, re.IGNORECASE) if self.page_end_source is not None else None

    @cached_property
    def no_owner(self) -> re.Pattern[str] | None:
        return re.compile(self.no_owner_source, re.IGNORECASE) if self.no_owner_source is not None else None


def prepare(options: Options) -> Prepared:
    group_of: dict[str, tuple[str, str]] = {}
    rank_of: dict[str, int] = {}
    for rank, group in enumerate(options.groups):
        for term in group["terms"]:
            group_of[term.lower()] = (group["name"], group.get("advice", "credit the rights holder"))
            rank_of[term.lower()] = rank
    ordered = sorted(group_of, key=len, reverse=True)
    # a term's plural is the same term ("Screenshots", "Netizens"); a term's singular is listed where it differs
    terms = r"(?<![\w@])(?:" + "|".join(re.escape(t) for t in ordered) + r")(?:s|es)?(?![\w])"
    filler_words = options.filler
    filler = r"(?<![\w])(?:" + "|".join(re.escape(w) for w in filler_words) + r")(?![\w])" if filler_words else None
    patterns = options.filler_patterns
    no_owner = "|".join(f"(?:{p})" for p in patterns) if patterns else None
    return Prepared(terms, group_of, rank_of, filler, frozenset(a.lower() for a in options.accepted),
                    name_data().common, frozenset(w.lower() for w in options.owner_words), no_owner,
                    options.page_end)


# capitalised words right after a platform: its product or section ("YouTube Shorts", "Google Street View")
_PRODUCT = LazyPattern(r"\x00((?:\s+[A-Z][\w’'-]*)+)")


def _product(m: re.Match[str], prep: Prepared) -> str:
    """Ordinary words after a platform name its product, not an owner; anything else is kept for judging."""
    words = m[1].split()
    keep = 0
    while keep < len(words) and words[keep].lower() in prep.common and words[keep].lower() not in prep.owner_words:
        keep += 1
    return "\x00 " + " ".join(words[keep:])


def _term_key(found: str, prep: Prepared) -> str:
    """The listed term a match stands for (the match may carry a plural ending)."""
    low = found.lower()
    for key in (low, low[:-1], low[:-2]):
        if key in prep.group_of:
            return key
    return low


def _ordinary(word: str, prep: Prepared) -> bool:
    """An ordinary English word, or a past participle of one ("sourced", "supplied", "obtained"): names no one."""
    if word in prep.common:
        return True
    if len(word) >= 6 and word.endswith("ed"):
        stem = word[:-2]
        return any(s in prep.common for s in (stem, stem + "e", stem[:-1], stem[:-1] + "y" if stem.endswith("i") else ""))
    return False


def _names_someone(word: str, prep: Prepared) -> bool:
    """A word shaped like a name (a capital, digit, '_' or '@', a lower-case word that is not ordinary English), or a role.

    A participle names no one in any case ("Photo: Sourced", "PHOTO: OBTAINED"); a compound is judged by its
    parts ("fan-taken").
    """
    if len(word) < 2:
        return False
    if any(c.isdigit() or c in "_@" for c in word):
        return True
    parts = [p for p in re.split(r"[-‐‑]", word) if p]
    if len(parts) > 1:
        return any(_names_someone(p, prep) for p in parts)
    bare = re.sub(r"['’]s$", "", word.lower()).strip(".'’-")  # "the actor's Instagram" names its owner by role
    if bare in prep.owner_words:
        return True
    if word != word.lower():
        return not (bare.endswith("ed") and (word[1:].islower() or word.isupper()) and _ordinary(bare, prep))
    return not _ordinary(bare, prep)


def judge(source: str, prep: Prepared, labelled: bool = True) -> tuple[str, str] | None:
    """(group name, advice) when the source names no owner, else None.

    An unlabelled source is judged only when it holds a listed term: without a
    label nothing says that ordinary words in brackets are a credit at all.
    """
    if source.lower() in prep.accepted or _HANDLE.search(source):
        return None
    listed: list[str] = []  # the listed terms the source holds, in order
    for part in re.split(r"\s*/\s*|\s+\|\s+", source):
        hits = list(prep.terms.finditer(part))
        rest = _PRODUCT.sub(lambda m: _product(m, prep), prep.terms.sub("\x00", part)).replace("\x00", " ")
        if prep.no_owner is not None:
            rest = prep.no_owner.sub(" ", rest)
        if prep.filler:
            rest = prep.filler.sub(" ", rest)
        if any(_names_someone(w, prep) for w in _WORD.findall(rest)):
            return None  # something in this part names an owner
        listed += (_term_key(hit[0], prep) for hit in hits)
    found = None
    if listed:
        # the most specific group names the fault: "Courtesy of HanCinema" is a database's picture, not just "courtesy"
        found = prep.group_of[min(listed, key=lambda key: prep.rank_of[key])]
    if found is None and labelled and re.search(r"\w", source):
        found = ("no owner at all", "name the photographer, agency or studio that owns the image")
    return found


_DOMAIN = LazyPattern(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:\s*\(\d+\))?", re.IGNORECASE)


def _credits_story(doc: Document, block: Block, label: str | None, sources: tuple[str, ...] = ()) -> bool:
    """A 'Source:' line after the last piece of story text names the story's source, not a picture's."""
    if label is None or not label.lower().startswith("source"):
        return False
    if sources and all(_DOMAIN.fullmatch(s) for s in sources):
        # "(Sources: <domain>, <domain>, ...)": web addresses of the pages a story's figures came from (a ratings
        # round-up, T/H/I pages); a picture's source would be named, not listed by address
        return True
    after = doc.blocks[doc.blocks.index(block) + 1:]
    return not any(b.kind in _STORY for b in after)


_IMAGE_NOUN = LazyPattern(r"\b(?:photos?|images?|pictures?|pics?|screenshots?|screengrabs?|stills?|captured?|videos?)\b",
                         re.IGNORECASE)
_BARE_MAX = 5  # words in a line that is nothing but a platform and filler ("YouTube screenshot")


def _bare_credit(block: Block, prep: Prepared) -> bool:
    """A short line with no label made only of listed terms and filler: "Instagram photo", "Photo taken from TikTok".

    Nothing but a credit is written that way; the parser, which knows no vocabulary, leaves it a sub-heading.
    """
    text = block.text.strip(" ()")
    if not text or len(text.split()) > _BARE_MAX or not prep.terms.search(text):
        return False
    rest = prep.terms.sub(" ", text)
    if prep.filler:
        if not _IMAGE_NOUN.search(rest) and prep.filler.search(rest):
            # filler with no image noun is a link row, not a credit: "Website  IMDB" (a film info box, T/H/I pages)
            return False
        rest = prep.filler.sub(" ", rest)
    return re.fullmatch(r"[\s/|:,.&+-]*", rest) is not None


def _form_start(doc: Document, prep: Prepared) -> int:
    """Index of the line that opens the page's comment form, or the number of blocks when there is none.

    Under "Leave a Reply" a blog's login box labels its avatars "Twitter picture", "Facebook photo" (T pages):
    they caption no picture of the story.
    """
    if prep.page_end is None:
        return len(doc.blocks)
    return next((k for k, b in enumerate(doc.blocks) if prep.page_end.fullmatch(b.text.strip())), len(doc.blocks))


def _titles(doc: Document) -> frozenset[str]:
    """The article's own headline and sub-headings, casefolded: a CMS that fills a credit with one names no one."""
    return frozenset(b.text.strip().casefold() for b in doc.blocks if b.kind in ("headline", "subheading"))


_TITLE = ("no owner at all (the article's own title)", "name the photographer, agency or studio that owns the image")


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag each credited source that names no owner."""
    prep = rule.prepared_as(Prepared)
    end = _form_start(doc, prep)
    for block in doc.blocks[1:end]:
        if block.kind in ("subheading", "caption") and _bare_credit(block, prep):
            line = block.text.strip(" ()")
            verdict = judge(line, prep, False)
            if verdict:
                i = block.text.index(line)
                j = i + len(line)
                yield rule.finding(doc.block_location(block, i, j), block.text[i:j], verdict[1],
                                   source=block.text[i:j], what=verdict[0])
    titles: frozenset[str] | None = None
    for block in doc.blocks_in(("credits",)):
        if end < len(doc.blocks) and doc.blocks.index(block) > end:
            continue
        credit = parse_credit(block.text)
        if _credits_story(doc, block, credit.label, tuple(block.text[i:j] for i, j in credit.sources)):
            continue
        labelled = credit.label is not None or credit.embed
        for i, j in credit.sources:
            source = block.text[i:j]
            if titles is None:
                titles = _titles(doc)
            # "(Photo : <the article's headline>)": a caption field filled with the title credits no one
            verdict = _TITLE if labelled and source.strip().casefold() in titles else judge(source, prep, labelled)
            if verdict:
                what, advice = verdict
                yield rule.finding(doc.block_location(block, i, j), source, advice, source=source, what=what)
