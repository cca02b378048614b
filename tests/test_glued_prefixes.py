"""Intensifying prefixes glued by a hyphen: the one reading both the phrases and the pairs kind use."""
from __future__ import annotations

from artlint.analysis.glued_prefixes import glued_prefixes

TEXT = "The ever-gorgeous, OH-SO-sweet, forever-young, uber‐talented, ever-8 and --uber-cool stars."


def test_a_prefix_counts_at_a_word_start_before_a_hyphen_and_a_letter() -> None:
    glued = glued_prefixes(["Ever", "oh-so", "uber"])
    assert glued.prefixes == ("oh-so", "ever", "uber")
    # Not inside "forever-young", not before a digit ("ever-8"), not after a hyphen ("--uber-cool").
    assert [(TEXT[a:h], TEXT[h]) for a, h in glued.glued(TEXT, {"ever", "oh", "uber"})] == [
        ("ever", "-"), ("OH-SO", "-"), ("uber", "‐")]
    assert glued.unglued(TEXT, {"ever"}) == (
        "The ever gorgeous, OH-SO sweet, forever-young, uber talented, ever-8 and --uber-cool stars.")


def test_a_block_without_a_prefixs_first_word_is_not_scanned() -> None:
    assert glued_prefixes(["ever"]).glued(TEXT, {"stars", "gorgeous"}) == []
    assert glued_prefixes([]).unglued(TEXT, {"ever"}) == TEXT
