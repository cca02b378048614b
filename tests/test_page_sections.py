"""Where the story stands on a page: its first and last paragraphs, and the sub-headings that divide it."""
from __future__ import annotations

from artlint.analysis.page_sections import section_count, story_end, story_start

from conftest import make_doc

_PAGE = ("Star Opens Up About New Film\n\n"
         "The actor spoke to reporters on Friday about the film, which opens next month in cinemas.\n\n"
         "Filming took place over the summer in three cities, the studio said in a statement.\n\n"
         "Another Star Shares Her Secret to a Happy Marriage and a Busy Career\n\n"
         "The singer told fans in a long post that she had been thinking about...\n")


def test_story_end_skips_a_teaser_cut_off_by_the_page() -> None:
    blocks = make_doc(_PAGE).blocks
    assert [b.kind for b in blocks] == ["headline", "paragraph", "paragraph", "subheading", "paragraph"]
    assert story_start(blocks, 10) == 1
    assert story_end(blocks) == 2  # the teaser ending in "about..." is not the story's last paragraph


def test_story_end_takes_a_paragraph_that_ends_on_a_colon() -> None:
    blocks = make_doc("Headline Here\n\nThe studio listed the dates of the tour in a statement on Friday:\n").blocks
    assert story_end(blocks) == 1


def test_section_count_without_story_words_counts_every_subheading() -> None:
    blocks = make_doc("# Title\n\nSome text here.\n\n## One\n\nMore text.\n\n## Two\n\nEnd.\n", fmt="md").blocks
    assert section_count(blocks, 0, 0, 2) == 2


def test_the_line_endings_are_read_as_their_patterns_read_them() -> None:
    import itertools
    import re

    from artlint.analysis.page_sections import cut_off, ends_sentence

    cut = re.compile(r"[^\W\d_]\s*(?:…|\.\.\.)[\"”’']?$")
    ended = re.compile(r"[.!?…:;][\"”’')\]]*$")
    story = re.compile(r"[.!?][\"”’')]*$")
    pieces = ["a", "É", "3", "²", "_", " ", "\u00a0", "\n", ".", "…", "!", ":", ";", "?", '"', "”", "’", "'", ")", "]"]
    for n in range(5):
        for chars in itertools.product(pieces, repeat=n):
            text = "".join(chars)
            assert cut_off(text) == bool(cut.search(text)), repr(text)
            assert ends_sentence(text) == bool(ended.search(text)), repr(text)
            assert ends_sentence(text, ".!?", "\"”’')") == bool(story.search(text)), repr(text)
