"""The literal gates of the release vocabulary (analysis/openings.py): a gate shut over a text means no match there."""
from __future__ import annotations

import re

import pytest

from artlint.analysis.openings import prefix_tree, required
from artlint.analysis.releases import _KEYS, vocabulary
from artlint.analysis.tokens import sentences

from conftest import shared


@pytest.mark.parametrize(("source", "strings"), [
    # rules/_data/release-language.toml entries: a chain of literal text and groups is spelled out,
    # and the chain with the most letters in its shortest string is the one kept.
    ("(?:scheduled|slated|set|due|planned) for",
     ("due for", "planned for", "scheduled for", "set for", "slated for")),
    ("releas(?:e|es|ed|ing)", ("release", "released", "releases", "releasing")),
    ("(?:will|to|set to|make|makes|made|making) (?:a |their |his |her |its )?(?:\\w+ )?debut", ("debut",)),
    ("re-?releas(?:e|es|ed|ing)", ("re-release", "re-released", "re-releases", "re-releasing", "rerelease",
                                  "rereleased", "rereleases", "rereleasing")),
    ("films?", ("film", "films")),
    # Look-arounds consume nothing: the text on either side of one is adjacent in the match.
    ("(?<!tax )(?<!in )returns? (?:on|in|for|with)(?! (?:investment|kind)\\b)",
     ("return for", "return in", "return on", "return with", "returns for", "returns in", "returns on",
      "returns with")),
    ("(?:mov|push|delay)\\w*(?: \\S+){0,4}? to(?= (?:early|late))", ("delay", "mov", "push")),
    ("disney\\+", ("disney+",)),
    ("(?:trailers?|teasers?)(?=.*[“‘\"'])", ("teaser", "teasers", "trailer", "trailers")),
])
def test_required_strings_of_real_entries(source: str, strings: tuple[str, ...]) -> None:
    assert required(source) == strings


@pytest.mark.parametrize("source", [
    "(?i:films?)",  # an inline flag changes what the letters match
    "(?:a|b*)c?",  # an alternative that may be empty
    "[abc]+",
])
def test_unreadable_or_literal_free_patterns_are_not_gated(source: str) -> None:
    assert required(source) is None


def test_classes_cut_a_chain_but_literal_text_beside_them_counts() -> None:
    assert required("\\w+ed") == ("ed",)
    assert required("[Tt]he show") == ("he show",)


def test_a_prefix_tree_finds_each_word_and_stops_at_the_shortest() -> None:
    tree = re.compile(prefix_tree(["releas", "release date", "debut", "date"]))
    assert tree.pattern == "(?:d(?:ate|ebut)|releas)"
    assert [m[0] for m in tree.finditer("the release date and the debut")] == ["releas", "date", "debut"]
    assert tree.search("rele dat") is None


def test_a_shut_gate_never_hides_a_match_on_real_copy() -> None:
    vocab = vocabulary()
    paths = sorted(shared("bbc-entertainment").glob("*.txt"))[:80] + \
        sorted(shared("celebrity-news", "fake").glob("*.txt"))[:40] + \
        sorted(shared("gold-dev", "articles").glob("*.txt"))
    paragraphs = [p for path in paths for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    texts = paragraphs + [p[a:b] for p in paragraphs for a, b in sentences(p)]
    assert len(texts) > 3000
    shut = 0
    for key in _KEYS:
        for text in texts:
            if vocab._shut(key, text):
                shut += 1
                assert not vocab._caseless(key).search(text), (key, text[:80])
    assert shut > len(texts)  # the gates do shut: on most texts for most lists
