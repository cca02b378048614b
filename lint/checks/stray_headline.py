"""A headline of another story standing alone between paragraphs: an unlabelled link left in the body.

Pages list links to other stories inside the article; copied as text they
become a short title-case line between two paragraphs ("Jennifer Aniston
Reveals Secret to Happy Marriage, Professional Success").  The shape: a line of
its own, title case, long enough to be a headline and with ordinary words in
it (not a list of names), not numbered, not a quotation and not ending like a
sentence, with story paragraphs on both sides, and not about this story (it
shares few words with the article's headline).  An article with more than a
couple of sub-headings is built of sections (a list of films, a schedule), so
its title-case lines are sub-headings, not links.

Headlines in sentence case are looked for with more care, since captions and
sub-headings share their look: below the first story paragraph only, naming
someone, with no clause or sentence in them, and sharing few ordinary words
with the blocks beside them.  Lines whose marks say they are links ("[...]",
"► ...", "... »"), the title above a player's "Play Video" and the line under
a lone link label are links whatever their case.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..analysis.page_links import after_labels, before_players, marked_links, teasers
from ..analysis.page_sections import BYLINE, WORD, mostly_quoted, section_count, story_start
from ..analysis.name_data import name_data
from ..document import BODY_KINDS, Block, Document
from ..env import Env
from ..findings import Finding
from ..rules import Rule
from ..patterns import LazyPattern

PARAMS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_words": {"type": "integer", "minimum": 1, "description": "Fewest words a headline-shaped line has."},
        "max_words": {"type": "integer", "minimum": 1, "description": "Most words a headline-shaped line has."},
        "title_ratio": {"type": "number", "minimum": 0, "maximum": 1,
                        "description": "Share of the line's longer words that must start with a capital."},
        "max_overlap": {"type": "number", "minimum": 0, "maximum": 1,
                        "description": "Largest share of its words the line may share with the article headline."},
        "max_lines": {"type": "integer", "minimum": 1,
                      "description": "More title-case lines than this and the article is built of sections."},
        "labelled": {"type": "string", "description": "A line opening like this has a link label; the label rule "
                                                      "reports it (regular expression)."},
        "label_alone": {"type": "string", "description": "A link label standing alone on its line ('READ NEXT'); "
                                                         "the line after it is the link's title, whatever its case "
                                                         "(regular expression, matched against the whole line)."},
        "minor_words": {"type": "array", "items": {"type": "string"},
                        "description": "Words a title leaves in lower case; not counted."},
        "story_words": {"type": "integer", "minimum": 0,
                        "description": "Words of a story paragraph; a headline in sentence case is looked for only "
                                       "below the first one (0: not at all)."},
        "max_topic_overlap": {"type": "number", "minimum": 0, "maximum": 1,
                              "description": "Largest share of its words a sentence-case line may share with the "
                                             "article headline (a caption of this story shares more)."},
        "quote_title": {"type": "string", "description": "A headline made of a name and a quotation ('Kim "
                                                         "Kardashian: ‘I want ...’'); counted as a link only in a run of "
                                                         "link lines or after the last story paragraph, and only when "
                                                         "the quotation is not in the story (a pull quote is) "
                                                         "(regular expression, matched against the whole line)."},
        "max_near_overlap": {"type": "number", "minimum": 0, "maximum": 1,
                             "description": "Largest share of its ordinary words a sentence-case line may share "
                                            "with the blocks either side (a caption or section heading shares more)."},
        "player": {"type": "string", "description": "A video player's furniture on its own line ('Play Video'); the "
                                                    "line before it is the clip's title (regular expression, matched "
                                                    "against the whole line)."},
        "marked": {"type": "string", "description": "A line whose marks say it is a link ('[Title]', '► Title', "
                                                    "'Title »'), whatever its case (regular expression, matched "
                                                    "against the whole line)."},
    },
}
_LISTED = LazyPattern(r"[•·▪*-]\s|\d{1,2}[.)]\s")  # a list item under a line
_NUMBERED = LazyPattern(r"^(?:\d|#\d|[•·▪►*-]\s)")  # list items, years and dates open section lines
_ORDINARY = 3  # ordinary English words a headline has at the least
_STORY = BODY_KINDS
# a headline in sentence case is short; a longer line without end punctuation is text
_SENTENCE_CASE_WORDS = 16
_NUMBER = LazyPattern(r"(?<![\w.])\d[\d.,]*")
_TABLE_NUMBERS = 4  # a line with this many figures is a table row ("North 12.40 Cr South 3.15 Cr ..."), not a title


@dataclass(frozen=True)
class Options:
    """stray-headline params."""

    min_words: int = 7
    max_words: int = 22
    title_ratio: float = 0.8
    max_overlap: float = 0.5
    max_lines: int = 2
    labelled: str | None = None
    label_alone: str | None = None
    minor_words: tuple[str, ...] = ()
    player: str | None = None
    marked: str | None = None
    story_words: int = 0
    max_near_overlap: float = 0.4
    max_topic_overlap: float = 0.5
    quote_title: str | None = None


@dataclass(frozen=True)
class Prepared:
    """stray-headline options compiled: the word counts and ratios, the word sets, and the link patterns."""

    min_words: int
    max_words: int
    title_ratio: float
    max_overlap: float
    max_lines: int
    minor: frozenset[str]
    common: frozenset[str]
    labelled: re.Pattern[str] | None
    label_alone: re.Pattern[str] | None
    player: re.Pattern[str] | None = None
    marked: re.Pattern[str] | None = None
    story_words: int = 0  # 0: sentence-case titles are not looked for
    max_near: float = 0.4
    max_topic: float = 0.5
    quote_title: re.Pattern[str] | None = None


def _optional(source: str | None) -> re.Pattern[str] | None:
    return re.compile(source, re.IGNORECASE) if source else None


def prepare(options: Options) -> Prepared:
    return Prepared(int(options.min_words), int(options.max_words),
                    float(options.title_ratio), float(options.max_overlap),
                    int(options.max_lines), frozenset(w.lower() for w in options.minor_words),
                    name_data().common, re.compile(options.labelled) if options.labelled else None,
                    _optional(options.label_alone), _optional(options.player), _optional(options.marked),
                    int(options.story_words), float(options.max_near_overlap), float(options.max_topic_overlap),
                    re.compile(options.quote_title) if options.quote_title else None)


def _title_shaped(block: Block, prep: Prepared) -> bool:
    text = block.text.strip()
    if prep.labelled is not None and prep.labelled.match(text):
        return False  # "Also read: ...": promo/call-to-action reports the label
    if _NUMBERED.match(text) or re.search(r"[.,;:]$", text) or text.count("/") >= 2 or text.count("|") >= 2:
        return False  # a list item, a sentence, a credit ("Rochlin/Hand in Hand/Getty Images"), a menu ("A | B | C")
    if mostly_quoted(block):
        return False  # a quotation set out on its own
    words = WORD.findall(text)
    if not prep.min_words <= len(words) <= prep.max_words:
        return False
    major = [w for w in words if w.lower() not in prep.minor]
    if not major or sum(w[0].isupper() for w in major) / len(major) < prep.title_ratio:
        return False
    # a headline says something: ordinary words, not only names ("Porshe Saran, Esther Supreeleela, and ...")
    return sum(w.lower() in prep.common for w in major) >= _ORDINARY


def _sentence_shaped(block: Block, prep: Prepared) -> bool:
    """A headline in sentence case: "Kendall Jenner says family are praying for Kanye West's recovery".

    Without title case to go by, the line must read as a headline about someone: it opens with a capital,
    names someone after its first word (a capitalised word), carries ordinary words, does not end like a
    sentence or a question, and does not stop on a small word (a hard-wrapped line of a paragraph does).
    """
    text = block.text.strip()
    if prep.labelled is not None and prep.labelled.match(text):
        return False
    if _NUMBERED.match(text) or re.search(r"[.,;:!?…\-–—][\"”’')\]]*$", text) or "/" in text or "|" in text:
        return False
    # running text: a sentence break, a clause after a comma, an aside in brackets ("On August 6, 2010, de Rossi ...")
    if re.search(r"[a-z]{2}[.!?]|, |\(", text) or mostly_quoted(block) or not re.match(r"[\"“‘']?[A-Z]", text):
        return False
    words = WORD.findall(text)
    if not prep.min_words <= len(words) <= _SENTENCE_CASE_WORDS or words[-1].lower() in prep.minor:
        return False
    named = sum(w[0].isupper() and w.lower() not in prep.common for w in words[1:])
    return named >= 1 and sum(w.lower() in prep.common for w in words) >= _ORDINARY


def _near(blocks: list[Block], k: int, prep: Prepared, lead: int | None = None) -> float:
    """Share of a line's ordinary words found in the blocks either side of it, or in the story's lead paragraph.

    A caption or a section heading talks about what the text beside it says ("Yuri’s installed apps include
    Pann Nate and Instiz" under a paragraph about the apps, gold-dev d03); a link to another story does not
    ("Khloe Kardashian got first taste of racism during O.J. trial", celebrity-news fake/191). A picture's
    caption at the foot of the page names a show and repeats the lead's words (a show's name, a dash and the
    lead's own phrase about the season's new dramas, T pages pu06).
    """
    mine = _ordinary_words(blocks[k].text, prep)
    if not mine:
        return 0.0
    near: set[str] = set()
    for j in (k - 1, k + 1, lead if lead is not None and lead != k else -1):
        if 0 <= j < len(blocks):
            near |= _ordinary_words(blocks[j].text, prep)
    return len(mine & near) / len(mine)


def _share(words: set[str], topic: set[str]) -> float:
    return len(words & topic) / len(words) if words else 0.0


def _quote_titles(doc: Document, lines: list[int], first: int, prep: Prepared) -> set[int]:
    """Lines below the first story paragraph shaped as a name and a quotation whose words the story never quotes.

    "Kim Kardashian: ‘I want my children to grow up knowing that their lives matter.’" closing an article about
    Caitlyn Jenner (celebrity-news legit/128) is another story's headline; a pull quote repeats the story's words.
    """
    if prep.quote_title is None:
        return set()
    found = set()
    for k in lines:
        if k <= first:
            continue
        m = prep.quote_title.fullmatch(doc.blocks[k].text.strip())
        if m is None:
            continue
        quoted = m.group("quote")
        if not any(quoted[:40] in b.text for j, b in enumerate(doc.blocks) if j != k):
            found.add(k)
    return found


def _ordinary_words(text: str, prep: Prepared) -> set[str]:
    return {w.lower().rstrip("’'s") for w in WORD.findall(text) if w.lower() in prep.common and w.lower() not in prep.minor}


def _content(text: str, prep: Prepared) -> set[str]:
    return {w.lower().rstrip("’'s") for w in WORD.findall(text) if w.lower() not in prep.minor}


def check(doc: Document, rule: Rule, env: Env) -> Iterator[Finding]:
    """Flag a lone headline-shaped line between story paragraphs (or after the last one) that is not about this story."""
    prep = rule.prepared_as(Prepared)
    blocks = doc.blocks
    # the title under a lone label ("READ NEXT" / "You can now buy Kendall's ... dress"): a link in any case, but the
    # Conventions mark a labelled link by its label only (promo/call-to-action reports it), so the title is not
    # reported; it still counts as a link for the runs of links below ("ALSO READ" over titles, T pages pu03)
    labelled = after_labels(doc, prep.label_alone, prep.max_words)
    reported = before_players(doc, prep.player, prep.max_words) | marked_links(doc, prep.marked)
    reported |= teasers(doc, prep.labelled, prep.story_words, prep.min_words)
    linked = labelled | reported
    for k in sorted(reported - labelled):
        yield rule.finding(doc.block_location(blocks[k], 0, len(blocks[k].text)), blocks[k].text, fix="")
    # an article built of sections: its title-case lines are sub-headings
    first = story_start(blocks, prep.story_words) if prep.story_words else len(blocks)
    lines = [k for k, b in enumerate(blocks) if k and k not in linked and b.kind in ("subheading", "paragraph")
             and not (prep.label_alone is not None and prep.label_alone.fullmatch(b.text.strip()))
             and (k + 1 >= len(blocks) or not blocks[k + 1].text.lstrip(" \"“‘'")[:1].islower())]  # not hard-wrapped
    titles = {k for k in lines if _title_shaped(blocks[k], prep)}
    headed = {k for k in lines if k > first and _sentence_shaped(blocks[k], prep)}
    if titles or headed:
        never = _not_links(doc, lines, titles | headed)
        titles -= never
        headed -= never
    # (counted only when a line is title-shaped: most articles have none, and counting scans every paragraph)
    sections = bool(titles) and section_count(blocks, first, prep.story_words, prep.max_lines) > prep.max_lines
    shaped = set() if sections else set(titles)
    headline = doc.headline
    topic = _content(headline.text, prep) if headline is not None else set()
    # more sub-headings in the body than that: sections, whatever their case
    if sum(b.kind == "subheading" for b in blocks[first + 1:]) <= prep.max_lines:
        # a caption of this story shares the headline's subject ("Lindsay hopes to solve the refugee crisis" under
        # "... to solve Syrian refugee crisis", celebrity-news legit/095, not marked in set C)
        shaped |= {k for k in headed if _near(blocks, k, prep, first) < prep.max_near
                   and _share(_content(blocks[k].text, prep), topic) <= prep.max_topic}
    quoting = _quote_titles(doc, lines, first, prep) if prep.story_words else set()
    # a run of such lines after the last story paragraph is the page's list of links
    last = max((k for k, b in enumerate(blocks) if b.kind in _STORY and k not in shaped | quoting), default=0)
    # a quotation headline only where links stand: in a run of them, or after the story
    shaped |= {k for k in quoting if k > last or k - 1 in shaped | linked or k + 1 in shaped | linked}
    # beside story text, or beside another link line of a run of them ("Katie Holmes Talks Directorial Debut, ..."
    # over "Katie Holmes speaks out about ...", celebrity-news legit/091)
    run = shaped | linked if prep.story_words else set()
    for k in sorted(shaped):
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        # (a byline closes the story as its last paragraph does: "By Lee Sun-min" over the page's links, qk02)
        before_ok = blocks[k - 1].kind in _STORY or k - 1 in run or bool(BYLINE.match(blocks[k - 1].text.strip()))
        between = (before_ok and after is not None and (after.kind in _STORY or k + 1 in run)
                   and not after.text[:1].islower())  # a lower-case start: a hard-wrapped paragraph goes on
        trailing = prep.story_words > 0 and k > last and before_ok
        # a line over a list item heads the list (a heading over a list of titles or winners: pages A and B of two
        # outlets, gold-dev d24)
        if not (between or trailing) or (after is not None and _LISTED.match(after.text.strip())):
            continue
        block = blocks[k]
        if _share(_content(block.text, prep), topic) > prep.max_overlap:
            continue
        yield rule.finding(doc.block_location(block, 0, len(block.text)), block.text, fix="")


def _not_links(doc: Document, lines: list[int], candidates: set[int]) -> set[int]:
    """Lines that a link's title is not, whatever their shape.

    A label shared by several lines is a template of the article's own list ("Who we're thinking of: ..." under
    each entry, T/H/I pages pw04); a line the story quotes word for word names a work of the story, so it heads a
    section on it (a film's title over its trailer, qw11); a line of figures is a table row (ps207).
    """
    blocks = doc.blocks
    prefixes: dict[str, int] = {}
    for k in lines:
        head, colon, _ = blocks[k].text.partition(":")
        if colon and len(head.split()) <= 6:
            prefixes[head.strip().lower()] = prefixes.get(head.strip().lower(), 0) + 1
    found = set()
    for k in sorted(candidates):
        text = blocks[k].text.strip()
        head, colon, _ = text.partition(":")
        if colon and prefixes.get(head.strip().lower(), 0) >= 2:
            found.add(k)
        elif len(_NUMBER.findall(text)) >= _TABLE_NUMBERS:
            found.add(k)
        elif len(text.split()) >= 4 and any(j != k and b.kind == "paragraph" and text in b.text and len(b.text) > len(text) + 20
                                            for j, b in enumerate(blocks)):
            found.add(k)
    return found
