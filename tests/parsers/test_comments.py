"""Netizen comments quoted as bullets under their forum's name are the commenters' speech."""
from __future__ import annotations

from artlint.parsers.plain import parse
from conftest import lint_one


# gold-dev k22, shortened: a forum credit, then the comments as bullets with no quotation marks.
K22 = ("Dreamcatcher’s Yoohyeon debuts short hair\n\n"
       "In a Korean forum post discussing her looks through the years, netizens were amazed.\n\n"
       "| theqoo\n\n"
       "• Why did you hide this from us for nine years?\n\n"
       "• Wow, so pretty.\n\n"
       "She is so pretty in the new photos.\n\n"
       "• Her schedule: a fan sign on Friday.\n")


def test_bullets_under_a_forum_credit_are_quoted_and_the_run_ends_at_prose() -> None:
    doc = parse(K22, "k22.txt")
    items = [(b.text, b.quoted) for b in doc.blocks if b.kind == "list-item"]
    assert items == [("• Why did you hide this from us for nine years?", True), ("• Wow, so pretty.", True),
                     ("• Her schedule: a fan sign on Friday.", False)]


def test_hype_in_quoted_comments_is_left_alone_but_not_in_the_writers_prose() -> None:
    assert lint_one("hype/puffery", K22) == [("hype/puffery", 11, 8)]
