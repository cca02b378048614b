"""A lexicon compiles the phrases after an opening word only where the next word may be one of theirs.

lexicon_tails.Tails.candidates is a necessary condition: the entries it leaves out could not match at the
place.  These cases state what is found, and that "the" (in every article) had nothing compiled.
"""
from __future__ import annotations

from artlint.analysis.lexicon import Matcher
from artlint.analysis.lexicon_entries import Entry
from artlint.analysis.lexicon_gates import gate_strings
from artlint.analysis.lexicon_tails import Tails

from test_shared_text import _reference

PHRASES = ["must see", "must-see event", "the big screen", "the one to watch", "you won't believe", "huge",
           "huge hit"]


def _matcher() -> Matcher:
    return Matcher([Entry(p) for p in PHRASES], ignore_case=True, inflect=True)


def _found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    got = [(text[i:j], e.phrase) for i, j, e in matcher.finditer(text)]
    assert [(i, j, e.phrase) for i, j, e in matcher.finditer(text)] == _reference(matcher, text), text
    return got


def _compiled(matcher: Matcher, key: str) -> bool:
    tails = matcher._resolved[key][0]
    assert isinstance(tails, Tails)
    return bool(tails._compiled)


def test_the_opening_word_alone_compiles_nothing() -> None:
    matcher = _matcher()
    # BBC entertainment 001.txt, paragraph 2: "the" four times, never before "big" or "one".
    text = ("The spruce has an antenna which can receive Bluetooth texts sent by visitors to the Tate. The messages "
            "will be \"unwrapped\" by sculptor Richard Wentworth, who is responsible for decorating the tree with "
            "broken plates and light bulbs.")
    assert _found(matcher, text) == []
    assert not _compiled(matcher, "the")
    text = "The film is the one everyone must see on the big screen this winter."
    assert _found(matcher, text) == [("must see", "must see"), ("the big screen", "the big screen")]
    assert _compiled(matcher, "the") and _compiled(matcher, "must")


def test_only_the_phrases_whose_next_word_stands_are_compiled() -> None:
    matcher = _matcher()
    text = "The one to watch is huge: a huge hit, on the big screen."
    assert _found(matcher, text) == [("The one to watch", "the one to watch"), ("huge", "huge"),
                                     ("huge hit", "huge hit"), ("the big screen", "the big screen")]
    phrases = {key: sorted(sorted(matcher.entries[i].phrase for i in ids) for ids in tails._compiled)
               for key in ("the", "huge") if isinstance(tails := matcher._resolved[key][0], Tails)}
    # "huge" before ":" can only be the one-word entry; before "hit", either
    assert phrases == {"the": [["the big screen"], ["the one to watch"]], "huge": [["huge"], ["huge", "huge hit"]]}


def test_phrases_are_found_after_any_gap_form_and_apostrophe() -> None:
    matcher = _matcher()
    text = "A MUST-SEE event, a huge hit: you won’t believe it. Huge. You won a prize."
    assert _found(matcher, text) == [("MUST-SEE event", "must-see event"), ("huge hit", "huge hit"),
                                     ("you won’t believe", "you won't believe"), ("Huge", "huge")]


def test_a_word_outside_ascii_after_the_gap_is_left_to_the_regex_engine() -> None:
    # Ignoring case, re matches "s" with the long s "ſ": the condition cannot fold it, so it lets the pattern decide.
    matcher = _matcher()
    assert _found(matcher, "a must ſee show") == [("must ſee", "must see")]
    assert _found(matcher, "a must é show") == []


def test_a_case_sensitive_lexicon_compares_the_next_word_as_written() -> None:
    matcher = Matcher([Entry("Big Screen"), Entry("Big Brother")], ignore_case=False, inflect=False)
    assert _found(matcher, "Big screen and big Brother") == []
    assert not _compiled(matcher, "Big")
    assert _found(matcher, "Big screen, Big Brother, big Brother") == [("Big Brother", "Big Brother")]


def test_a_pattern_entry_opening_with_several_words_is_one_pattern_tried_in_alternation_order() -> None:
    verdict = Entry("verdict", pattern=r"(?:great|stunning) (?:cast|lyrics)\b(?-i:(?<=cast)|(?<=lyrics))")
    longer = Entry("a great cast of thousands", pattern=r"great cast of \w+")
    matcher = Matcher([verdict, longer], ignore_case=True, inflect=False)
    great, stunning = matcher._pattern_bucket("great"), matcher._pattern_bucket("stunning")
    assert great is not None and stunning is not None
    assert [i for i, _ in great] == [1, 0]  # longest phrase first, as the one alternation ordered them
    assert great[1][1] is stunning[0][1]  # the shared entry is compiled once
    text = "A great cast of dozens, stunning lyrics and a Great CAST."
    found = [(text[i:j], e.phrase) for i, j, e in matcher.finditer(text)]
    assert found == [("great cast of dozens", "a great cast of thousands"), ("stunning lyrics", "verdict")]


def test_free_entries_run_only_over_text_holding_one_of_their_strings() -> None:
    # No opening word to wait for: the alternation runs where a string every match holds stands.
    watch = Entry("watch", pattern=r"(?<=[:|] )(?-i:WATCH|LISTEN)\s*$")
    review = Entry("review", pattern=r"\((?:read )?(?:our )?review here\)")
    see = Entry("see", pattern=r"\(see (?:it|this) here\)")
    matcher = Matcher([watch, review, see], ignore_case=True, inflect=False)
    gate = matcher._free_gate
    assert gate is not None
    assert gate._strings[0] == ["listen", "watch"]  # the case-sensitive group's words, looked for in lower case
    assert _found(matcher, "She said she would watch the show.") == []  # holds "watch": the alternation decides
    assert matcher._free_shut("The film opens on Friday.", "the film opens on friday.")
    assert _found(matcher, "Hail, Caesar! (READ OUR REVIEW HERE) took $30M.") == [
        ("(READ OUR REVIEW HERE)", "review")]
    assert _found(matcher, "NEW SINGLE: WATCH") == [("WATCH", "watch")]
    # Text whose lower case re does not equate letter for letter (the long s matches "s") is left to the alternation.
    text = "Zootopia (\u017fee it here)"
    assert not matcher._free_shut(text, None)
    assert _found(matcher, text) == [("(\u017fee it here)", "see")]


def test_a_free_entry_whose_strings_cannot_be_read_leaves_the_alternation_ungated() -> None:
    matcher = Matcher([Entry("times", pattern=r"\d+(?i:x) faster")], ignore_case=True, inflect=False)
    assert matcher._free_gate is None  # openings.required reads no inline flag but (?-i:...)
    assert not matcher._free_shut("It runs.", "it runs.")
    assert _found(matcher, "It runs 10x faster.") == [("10x faster", "times")]


def test_anchored_entries_are_tried_only_when_the_text_opens_with_one_of_their_characters() -> None:
    read = Entry("read", pattern=r"^(?:read|see) (?:more|also)\s*:")
    exclusive = Entry("exclusive", pattern=r"^(?-i:EXCLUSIVE)\s*:")
    numbered = Entry("numbered", pattern=r"^\d+ comments?\s*$")  # opens with a class: tried before any text
    matcher = Matcher([read, exclusive, numbered], ignore_case=True, inflect=False)
    by_first, anywhere = matcher._anchored_by_first
    assert sorted(by_first) == ["e", "r", "s"]
    assert [i for i, _ in anywhere.bucket] == [2]
    assert [i for i, _ in by_first["e"].bucket] == [1, 2]  # in alternation order: longest phrase first
    assert _found(matcher, "READ MORE: the sequel") == [("READ MORE:", "read")]
    assert _found(matcher, "EXCLUSIVE: the sequel") == [("EXCLUSIVE:", "exclusive")]
    assert _found(matcher, "Exclusive: the sequel") == []  # (?-i:...) keeps its case
    assert _found(matcher, "12 comments") == [("12 comments", "numbered")]
    assert _found(matcher, "") == []
    # a first letter outside ASCII may equal an ASCII one ignoring case (the long s): every entry is tried
    assert _found(matcher, "\u017fee also: the sequel") == [("\u017fee also:", "read")]


def test_gate_strings_are_read_once_and_kept_in_the_disk_cache(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from artlint.analysis import lexicon_gates

    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    sources = [r"(?<=[:|] )(?-i:WATCH|LISTEN)\s*$", r"\((?:our )?review here\)"]
    first = gate_strings(sources, True)
    assert first == [["listen", "watch"], ["(our review here)", "(review here)"]]
    assert len(list(tmp_path.iterdir())) == 1
    monkeypatch.setattr(lexicon_gates, "required", None)  # a second read would fail: the cache answers
    assert gate_strings(sources, True) == first
    monkeypatch.undo()
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    assert gate_strings([r"\d+(?i:x)"], True) is None  # an unreadable source: no gate, kept as such
    assert gate_strings([r"\d+(?i:x)"], True) is None


def test_a_pattern_entry_whose_strings_a_text_lacks_is_neither_tried_nor_compiled(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    entries = [Entry("is widely acclaimed", pattern=r"(?:is|was) (?:widely|universally) acclaimed"),
               Entry("is a must", pattern=r"(?:is|was) an? (?:absolute )?must\b"),
               Entry("anchored", pattern=r"^(?:also read|read more)\b")]
    matcher = Matcher(entries, ignore_case=True, inflect=False)
    # BBC entertainment 001.txt, paragraph 1: "is" and "was" stand, none of the strings after them.
    text = "A Christmas tree that can receive text messages was unveiled at London's Tate Britain art gallery."
    assert _found(matcher, text) == []
    assert not any(p._lowered or p._as_written for p in matcher._entry_patterns.values())
    text = "Read more: the film IS UNIVERSALLY ACCLAIMED, and it was a must for fans."
    assert _found(matcher, text) == [("Read more", "anchored"), ("IS UNIVERSALLY ACCLAIMED", "is widely acclaimed"),
                                     ("was a must", "is a must")]


def test_random_copy_of_the_lexicons_words_matches_as_a_full_scan_does() -> None:
    # The phrases after an opening word are tried only where their next word stands, and an opening word whose
    # next words the text lacks is passed over: text built of the lexicon's own words, gaps and look-alikes.
    import random

    phrases = ["must see", "must-see event", "the big screen", "the one to watch", "you won't believe", "huge",
               "huge hit", "the big", "watch out", "must"]
    words = ["must", "see", "sees", "event", "the", "The", "big", "BIG", "screen", "screens", "one", "to", "watch",
             "watched", "you", "won't", "won’t", "believe", "huge", "hit", "hits", "out", "ſee", "İt", "x_y", "ſcreen"]
    gaps = [" ", "  ", "-", "‐", " - ", ", ", "'", "’", ".", "_", ""]
    generator = random.Random(15)
    for ignore_case in (True, False):
        matcher = Matcher([Entry(p) for p in phrases], ignore_case=ignore_case, inflect=True)
        for _ in range(3000):
            text = "".join(generator.choice(words) + generator.choice(gaps) for _ in range(generator.randint(1, 7)))
            assert [(i, j, e.phrase) for i, j, e in matcher.finditer(text)] == _reference(matcher, text), text


def _big_lexicon(extra: str = "crowd-pleaser") -> list[Entry]:
    # Past lexicon_buckets._CACHED_FROM: phrases, a pattern with opening words, an anchored one, a free one.
    words = ["amazing", "stunning", "epic", "iconic", "legendary", "jaw-dropping", "breathtaking", "unmissable"]
    phrases = [f"{w} {n}" for w in words for n in ("show", "film", "album", "moment", "return")]
    return [*(Entry(p) for p in [*phrases, extra, "you’re going to love"]),
            Entry("stay tuned", pattern=r"(?:stay|keep) tuned"), Entry("watch", pattern=r"^watch:"),
            Entry("n stars", pattern=r"\d stars?")]


def test_lexicon_buckets_read_back_from_the_disk_cache_equal_the_buckets_built(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from artlint.analysis import lexicon_buckets

    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    items = _big_lexicon()
    assert len(items) >= lexicon_buckets._CACHED_FROM
    built = Matcher(items, ignore_case=True, inflect=True)
    assert [p.name[:16] for p in tmp_path.iterdir()] == ["lexicon-buckets-"]  # built, and written
    cached = Matcher(items, ignore_case=True, inflect=True)  # read back
    assert cached._buckets == built._buckets == lexicon_buckets._buckets_of(items, True, True)[:2]
    assert (cached._anchored, cached._free_ids, cached._openers) == (built._anchored, built._free_ids, built._openers)
    assert {"amazing", "amazings", "you're", "stay", "keep"} <= cached._openers
    text = "Stay tuned: an amazing show, 5 stars, and you’re going to love the stunning return."
    assert list(cached.finditer(text)) == list(built.finditer(text)) != []


def test_a_changed_lexicon_is_not_served_the_old_buckets(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    assert "crowd" in Matcher(_big_lexicon(), ignore_case=True, inflect=True)._openers  # "crowd-pleaser"
    changed = Matcher(_big_lexicon("showstopper"), ignore_case=True, inflect=True)
    assert "showstopper" in changed._openers and "crowd" not in changed._openers
    assert "amazings" not in Matcher(_big_lexicon(), ignore_case=True, inflect=False)._openers  # nor another flag's
    assert "Amazing" not in Matcher([Entry(e.phrase.capitalize()) for e in _big_lexicon()], ignore_case=True,
                                    inflect=True)._openers  # ignoring case, keys are lower case
    assert "Amazing" in Matcher([Entry(e.phrase.capitalize()) for e in _big_lexicon()], ignore_case=False,
                                inflect=True)._openers


def test_phrase_patterns_are_the_same_under_every_hash_seed() -> None:
    """The patterns name disk-cache entries (a gate's strings): a set's order leaking into them made a warm cache
    miss and write again on some runs."""
    import os
    import subprocess
    import sys

    code = ("from artlint.analysis.phrase_patterns import phrase_regex; "
            "print([phrase_regex(p, True) for p in ('R&B sensation', 'stun', 'captivate', 'marry', 'watch')])")
    outs = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, check=True).stdout for seed in range(8)}
    assert len(outs) == 1, outs
