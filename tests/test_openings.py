"""The literal gates of the release vocabulary (analysis/openings.py): a gate shut over a text means no match there."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artlint.analysis.listgate import ListGate
from artlint.analysis.openings import first_characters, longest_tree, prefix_tree, required
from artlint.analysis.release_vocabulary import KEYS, vocabulary
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
    ("(?:mov|push|delay)\\w*(?: \\S+){0,4}? to(?= \\w)", ("delay", "mov", "push")),
    # A positive look-ahead's text follows the match in the text searched: the chain runs on into it.
    ("(?:mov|push|delay)\\w*(?: \\S+){0,4}? to(?= (?:early|late))", ("to early", "to late")),
    ("(?:coming|comes)(?= (?:this|next)\\b)", ("comes next", "comes this", "coming next", "coming this")),
    # A positive look-behind's text comes right before what follows it.
    ("(?<=concert )(?:will|is to) go ahead", ("concert is to go ahead", "concert will go ahead")),
    ("disney\\+", ("disney+",)),
    ("(?:trailers?|teasers?)(?=.*[“‘\"'])", ("teaser", "teasers", "trailer", "trailers")),
])
def test_required_strings_of_real_entries(source: str, strings: tuple[str, ...]) -> None:
    assert required(source) == strings


@pytest.mark.parametrize("source", [
    "(?i:films?)",  # an inline flag changes what the letters match
    "caf\\xe9 society",  # an escape longer than a letter
    "(a)b\\1",  # a back-reference, numbered in the whole list
    "films(?P<x",  # not a pattern at all
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


def test_a_gated_list_finds_what_the_whole_alternation_finds_on_real_copy() -> None:
    vocab = vocabulary()
    paths = sorted(shared("bbc-entertainment").glob("*.txt"))[:80] + \
        sorted(shared("celebrity-news", "fake").glob("*.txt"))[:40] + \
        sorted(shared("gold-dev", "articles").glob("*.txt"))
    paragraphs = [p for path in paths for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    texts = paragraphs + [p[a:b] for p in paragraphs for a, b in sentences(p)]
    assert len(texts) > 3000
    gated = [key for key in KEYS if vocab._gate(key) is not None]
    assert gated == ["release", "headline", "claims"]
    found = 0
    for key in gated:
        whole = vocab._caseless(key)
        for text in texts:
            expected = [m.span() for m in whole.finditer(text)]
            assert vocab.search(key, text) == bool(expected), (key, text[:80])
            assert [m.span() for m in vocab.finditer(key, text)] == expected, (key, text[:80])
            found += bool(expected)
    assert found > 300  # release sentences are there to find


def test_a_gate_tries_only_the_entries_whose_strings_stand_in_the_text() -> None:
    gate = ListGate(["releas(?:e|ed)", "(?:is|are) due(?= in)", "air ?date"],
                    [["release", "released"], ["is due in", "are due in"], ["air date", "airdate"]])
    assert gate.candidates("the album is due in may") == [1]
    assert gate.candidates("its air date and its release") == [0, 2]
    assert gate.search("the album is due in may")
    assert not gate.search("the album is due next week")  # "due" without " in": no entry stands
    assert not gate.search("a prerelease")  # the list's bound: no letter or hyphen before an entry
    assert gate.shut("nothing here")
    # With one entry that can match, its own matches are the list's; with more, the caller runs the whole list.
    assert [m.span() for m in gate.finditer("it is due in may, then is due in june")] == [(3, 9), (23, 29)]
    assert gate.finditer("its air date and its release") is None
    assert list(gate.finditer("nothing here")) == []


def _gated_entries() -> list[tuple[str, tuple[str, ...]]]:
    """Every entry of the bundled vocabulary whose required strings are read, with those strings."""
    vocab = vocabulary()
    out = []
    for key in KEYS:
        for entry in vocab._lists.get(key, []):
            strings = required(entry)
            if strings:
                try:
                    st.from_regex(re.compile(entry), fullmatch=True).validate()
                except Exception:  # syntax hypothesis cannot generate from (some look-arounds)
                    continue
                out.append((entry, strings))
    return out


_ENTRIES = _gated_entries()


@settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_generated_match_of_an_entry_holds_one_of_its_strings(data: st.DataObject) -> None:
    assert len(_ENTRIES) > 300
    entry, strings = data.draw(st.sampled_from(_ENTRIES))
    text = data.draw(st.from_regex(re.compile(entry), fullmatch=True))
    assert any(s in text for s in strings), (entry, text, strings)


def test_the_longest_tree_finds_what_the_alternation_longest_first_finds() -> None:
    words = ["Bakr", "Bakrid", "holiday", "holidays", "half", "Mid", "Eid", "Easter"]
    tree = re.compile(longest_tree(sorted(words)))
    alternation = re.compile("|".join(sorted(words, key=len, reverse=True)))
    # Written: a shorter word inside a longer one, a word ending where another goes on, words inside other words.
    text = "Bakrid, Bakr and Bakri holidays; a holiday on behalf of Midlands, Eid, Easter and Eidx."
    assert [m[0] for m in tree.finditer(text)] == [m[0] for m in alternation.finditer(text)]
    assert [(m.start(), m[0]) for m in tree.finditer(text)] == [(m.start(), m[0]) for m in alternation.finditer(text)]


def test_folded_strings_read_case_sensitive_groups_and_come_lower_cased() -> None:
    # For a pattern compiled ignoring case: "(?-i:WATCH)" is in the match as written, so in lower case too.
    assert required("(?<=[:|] )(?-i:WATCH|LISTEN)\\s*$", fold=True) == ("listen", "watch")
    assert required("(?<=[:|] )(?-i:WATCH|LISTEN)\\s*$") is None  # without fold, an inline flag is unreadable
    assert required("Read (?-i:MORE)", fold=True) == ("read more",)
    assert required("(?i:films?)", fold=True) is None


@pytest.mark.parametrize(("source", "chars"), [
    # rules/promo/call-to-action.toml anchored entries: the characters a line must open with for them to match
    ("^(?:view|see|watch|open|read)(?: this| the)?(?: post| photo)? on (?:instagram|tiktok)\\b", "orsvw"),
    ("^(?:a )?(?:message|paid (?:content|post)) (?:from|by)", "amp"),
    ("^\\[(?:instagram|twitter|embed(?:ded)?)\\b[^\\]]*\\]\\s*$", "["),
    ("^(?-i:EXCLUSIVE(?: (?:PHOTOS|PICS))?)\\s*:", "E"),
    ("^(?!(?:Is|Are)\\b)(?:it|we) ", "iw"),  # a look-ahead consumes nothing
])
def test_first_characters_of_anchored_entries(source: str, chars: str) -> None:
    assert first_characters(source) == frozenset(chars)


@pytest.mark.parametrize("source", [
    "^(?:%d|\\d+) bloggers? likes? this",  # a class escape may open it
    "^[{(\\[]?\\s*(?:\\d+|no) comments?",  # an optional class, then a class escape
    "^(?:please )?$",  # may be empty
    "^(?i:read)",  # an inline flag
])
def test_first_characters_are_none_where_unsure(source: str) -> None:
    assert first_characters(source) is None



def test_a_gate_tree_comes_from_the_disk_cache_as_it_is_built(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from artlint.analysis import listgate

    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    strings = [["releas"], ["debut", "premier"], ["premiere", "scheduled for"]]
    built = listgate.gate_tree(strings)
    assert built == (prefix_tree(["debut", "premier", "premiere", "releas", "scheduled for"]),
                     {"releas": (0,), "debut": (1,), "premier": (1, 2), "scheduled for": (2,)})
    assert len(list(tmp_path.iterdir())) == 1
    monkeypatch.setattr(listgate, "prefix_tree", lambda _: "not built again")
    assert listgate.gate_tree(strings) == built
    assert listgate.gate_tree(strings[1:])[0] == "not built again"  # other strings, another entry
    assert listgate.gate_tree([["releas", "debut"], ["premier"]])[0] == "not built again"  # grouped otherwise


def test_a_gate_finds_the_same_entries_word_by_word_as_through_its_tree(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A cold gate asks `in` for each tree word until it has read its budget, then compiles the tree: the answers
    # must not change at that point.  Overlapping, nested and adjacent strings, then real copy sentence by sentence.
    from artlint.analysis import listgate

    entries = [entry for entry, _ in _ENTRIES]
    strings = [list(s) for _, s in _ENTRIES]
    texts = ["a prereleased re-release rereleasing, scheduled for june", "release", "", "debut debuted debuting"]
    for path in sorted(shared("bbc-entertainment").glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8").lower()
        texts += [text[a:b] for a, b in sentences(text)]
    by_word, by_tree = ListGate(entries, strings), ListGate(entries, strings)
    monkeypatch.setattr(listgate, "_SCAN_BUDGET", 10**12)
    words = [(by_word.candidates(t), by_word.shut(t)) for t in texts]
    monkeypatch.setattr(listgate, "_SCAN_BUDGET", 0)
    tree = [(by_tree.candidates(t), by_tree.shut(t)) for t in texts]
    assert "_tree" not in vars(by_word) and "_tree" in vars(by_tree)  # each went its own way
    assert words == tree
    assert sum(1 for found, _ in words if found) > 50  # the copy holds strings of many entries


def test_a_gate_compiles_its_tree_once_it_has_read_its_budget(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from artlint.analysis import listgate

    monkeypatch.setattr(listgate, "_SCAN_BUDGET", 30)
    gate = ListGate(["releas(?:e|ed)", "air ?date"], [["release", "released"], ["air date", "airdate"]])
    assert gate.candidates("the release of the album, its air date") == [0, 1]  # 38 characters: read word by word
    assert "_tree" not in vars(gate)
    assert gate.candidates("its airdate") == [1]
    assert "_tree" in vars(gate)
