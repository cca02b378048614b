"""Lines a pasted page marks as links to other stories, whatever their case.

The title above a video player's "Play Video", lines in link marks ("[Title]", "► Title", "Title »"), the run of
titles under a lone link label ("READ NEXT") and other stories' teasers cut off by the page.
"""
from __future__ import annotations

import re

from ..document import Block, Document
from .page_sections import WORD, cut_off, ends_sentence, mostly_quoted, story_end
from ..patterns import LazyPattern

# a bracket opened by a label and a colon is an editor's note or a field, not a link's title
_NOTE = LazyPattern(r"^\[[\w’' ]{1,24}:")


def _title_line(block: Block, max_words: int) -> bool:
    """One short line of one sentence, not a quotation: what a link's or a clip's title looks like."""
    text = block.text.strip()
    # (a title may read as a caption: "Drake Is Still Making Money Off Of Degrassi", celebrity-news fake/193)
    return (block.kind in ("subheading", "paragraph", "caption") and 0 < len(WORD.findall(text)) <= max_words
            and not re.search(r"[.!?]\s+\S", text) and not mostly_quoted(block))


def before_players(doc: Document, player: re.Pattern[str] | None, max_words: int) -> set[int]:
    """The title line right above a video player's furniture ("Play Video"): an embedded clip, not story."""
    if player is None:
        return set()
    blocks = doc.blocks
    return {k - 1 for k in range(2, len(blocks))
            if player.fullmatch(blocks[k].text.strip()) and _title_line(blocks[k - 1], max_words)}


def marked_links(doc: Document, marked: re.Pattern[str] | None) -> set[int]:
    """Lines whose marks say they are links: "[Title of another story]", "► Title", "Title »"."""
    if marked is None:
        return set()
    found = set()
    for k, block in enumerate(doc.blocks):
        text = block.text.strip()
        if k and block.kind in ("subheading", "paragraph", "list-item") and marked.fullmatch(text):
            if _NOTE.match(text) or text.count(",") >= 2:
                continue  # a bracketed note: a label, a colon and a list of fields (T/H/I pages pk202)
            if len(WORD.findall(text)) >= 4 and not re.search(r"[.!?]\s+[A-Z]", text):
                found.add(k)  # a bracketed stage direction runs to sentences ("[Paul talks to the engineer. They ...]")
    return found


def after_labels(doc: Document, label_alone: re.Pattern[str] | None, max_words: int) -> set[int]:
    """Blocks that are the short line right after a link label standing alone on its line.

    Under the label a page's list of links may go on: titles and teasers cut off by the page ("... and asking…");
    the Conventions mark such a list by its label alone, so the run is taken with the title up to the first line
    that is neither.
    """
    if label_alone is None:
        return set()
    blocks = doc.blocks
    found: set[int] = set()
    for k in range(1, len(blocks)):
        block, label = blocks[k], blocks[k - 1]
        if block.kind not in ("subheading", "paragraph") or not label_alone.fullmatch(label.text.strip()):
            continue
        text = block.text.strip()
        if len(WORD.findall(text)) > max_words or re.search(r"[.!?]\s+\S", text) or mostly_quoted(block):
            continue  # running text (more than one sentence) or a quotation: story, not a link title
        found.add(k)
        for j in range(k + 1, len(blocks)):
            text = blocks[j].text.strip()
            if not ((cut_off(text) and not re.search(r"[.!?]\s+\S", text))
                    or (len(WORD.findall(text)) <= max_words and not ends_sentence(text)
                        and not re.search(r"[a-z]{2}[.!?]\s+\S", text))):  # a title ("... Rs. 1.5 trillion")
                break
            found.add(j)
    return found


def teasers(doc: Document, labelled: re.Pattern[str] | None, story_words: int, min_words: int) -> set[int]:
    """Other stories' teasers pasted with the page: paragraphs cut off mid-sentence, where no story text leads to them.

    A paragraph that ends in a letter and an ellipsis after the story's last paragraph, under a line that is not
    story text (a link title, a "last modified" stamp, a byline) or under another teaser (T/H/I pages
    ps105, qk02); and a paragraph right under a run-in link label ("Related: <title>") that stops on a letter with no
    stop at all (qs16). A quotation that trails off is story, and is left alone.
    """
    if not story_words:
        return set()
    blocks = doc.blocks
    last = story_end(blocks)
    found: set[int] = set()
    for k in range(2, len(blocks)):
        block, before = blocks[k], blocks[k - 1]
        text = block.text.strip()
        if block.kind not in ("paragraph", "subheading") or mostly_quoted(block):
            continue  # (a short teaser ending in "…" reads as a sub-heading to the parser)
        if (k > last and cut_off(text) and (k - 1 in found or before.kind != "paragraph"
                                                  or not ends_sentence(before.text.strip()))):
            found.add(k)
        elif (block.kind == "paragraph" and labelled is not None and labelled.match(before.text.strip())
              and re.search(r"[^\W\d_]$", text) and len(text.split()) >= min_words):
            found.add(k)
    return found
