"""The hype family on real copy: puffery, clickbait headlines, unsupported headlines, density."""
from __future__ import annotations

from artlint.analysis.lexicon_entries import entries
from artlint.document import Document
from artlint.engine import run
from artlint.env import Env
from artlint.findings import Finding
from artlint.analysis.headline_model import features, load
from conftest import headline_spans, TODAY, make_doc, rule, spans
from hypothesis import given
from hypothesis import strategies as st


def _run(rule_ids: list[str], doc: Document) -> list[Finding]:
    return run(doc, [rule(r) for r in rule_ids], Env(today=TODAY))


# --- hype/puffery -------------------------------------------------------------------------------

def test_lexicon_is_large_grouped_and_every_entry_has_advice() -> None:
    items = entries(dict(rule("hype/puffery").params))
    assert len(items) >= 300
    assert all(e.suggestion and e.group for e in items)
    groups = {e.group for e in items}
    assert {"empty superlative", "manufactured anticipation", "sensationalism",
            "unsupported promise or prediction", "unsourced crowd claim"} <= groups


def test_seed_phrases_from_the_issue_are_caught(seed_text: str) -> None:
    rules = ["hype/puffery", "hype/clickbait-headline", "hype/crowd-claims"]
    found = " | ".join(f.text for f in _run(rules, make_doc(seed_text)))
    for phrase in ["Shocking", "Must-Read", "Details Inside", "much-anticipated", "stellar cast", "cinematic masterpiece",
                   "cinematic gem", "poised to", "leave a lasting impact", "heightened the excitement",
                   "excitement among cinephiles"]:
        assert phrase in found, phrase


def test_inflections_and_hyphen_variants() -> None:
    text = "The film captivates. Fans were captivated by a captivating star. A much anticipated return."
    assert spans("hype/puffery", text) == ["captivates", "captivated", "captivating", "much anticipated"]


def test_speech_is_not_hype_but_titles_in_single_quotes_are_not_speech() -> None:
    text = "“It is a masterpiece,” the director said. ‘Masterpiece’ is a stunning, jaw-dropping film."
    assert spans("hype/puffery", text) == ["Masterpiece", "stunning", "jaw-dropping"]


def test_names_and_award_categories_are_exceptions() -> None:
    text = "She won Outstanding Lead Actress. The Incredibles topped the chart; be sure to see Crazy Rich Asians."
    assert spans("hype/puffery", text) == []


def test_must_labels_are_left_to_the_clickbait_rule_in_headlines() -> None:
    doc = make_doc("Must-See Drama Opens\n\nHe spoke about his must-try Singaporean eats.\n")
    assert [(f.rule_id, f.text) for f in _run(["hype/puffery"], doc)] == [("hype/puffery", "must-try")]


# --- hype/clickbait-headline --------------------------------------------------------------------

def _clickbait(text: str) -> list[str]:
    return [f.message for f in _run(["hype/clickbait-headline"], make_doc(text))]


def test_devices_are_named_in_the_message() -> None:
    messages = _clickbait("Trailer Reveals Plot — Details Inside\n\nThe trailer opens on a train.\n")
    assert messages == ["'Details Inside' is a curiosity gap; put the news itself in the headline."]
    assert "teaser number" in _clickbait("7 Things About The New BTS Album\n\nThe album is out.\n")[0]


def test_reader_address_is_one_finding_per_headline() -> None:
    # Two effects on the reader in one headline are one device (a bare "you" is none: see test_hype_pages2).
    found = _clickbait("This Drama Will Thrill You And Melt Your Heart\n\nA review.\n")
    assert len([m for m in found if "addressing the reader" in m]) == 1


def test_capitals_shout_unless_the_body_uses_them_as_a_name() -> None:
    assert any("shouted" in m for m in _clickbait("Singer Drops SHOCKING Video\n\nThe video is out.\n"))
    # "WATCH" is a name here: the body writes it in capitals too.
    assert not any("shouted" in m for m in _clickbait("WATCH Releases Album\n\nThe band WATCH released it.\n"))
    # A headline wholly in capitals is a house style.
    assert not any("shouted" in m for m in _clickbait("SINGER DROPS SHOCKING VIDEO\n\nThe video is out.\n"))


def test_stacked_punctuation() -> None:
    assert any("'?!' is stacked punctuation" in m for m in _clickbait("Is This The End?!\n\nThe group split.\n"))


def test_stacked_punctuation_at_the_start_is_reported_alone() -> None:
    # Stacked marks are reported with the words they stress, back to the headline's last clause break (the grid in
    # tests/paradigms/test_hype_paradigms.py); marks that open the headline have no words before them.
    assert headline_spans("!!! Tour Dates Announced") == ["!!!"]


def test_model_reports_the_whole_headline_with_its_cues() -> None:
    # A clickbait headline from dev.tsv that uses no listed device.
    doc = make_doc("Watch Divorced Parents Tell Their Son's Stepparents How They Really Feel About Them\n\nBody.\n")
    (finding,) = _run(["hype/clickbait-headline"], doc)
    assert finding.text.startswith("Watch Divorced") and "model score" in finding.message and "cues" in finding.message


def test_news_headlines_pass() -> None:
    for headline in ["JTBC Confirmed King The Land Cast Including YoonA, Junho & More",
                     "Black Sabbath top rock album poll", "Former US Senator Ted Stevens among five killed in Alaska plane crash"]:
        assert _clickbait(headline + "\n\nBody text.\n") == [], headline


@given(st.text(alphabet=st.sampled_from(list("abcXYZ '’“”\"-–éè?!19")), max_size=40))
def test_model_features_ignore_case_quotes_and_accents(headline: str) -> None:
    folded = headline.lower().replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    folded = folded.replace("é", "e").replace("è", "e")
    assert features(headline) == features(folded)


def test_model_scores_are_case_blind() -> None:
    model = load("hype/clickbait-model.json")
    h = "18 Gifts That Will Definitely Make Your Cat Love You More"
    assert model.probability(h) == model.probability(h.lower()) > 0.9


def test_model_reads_names_as_names_not_as_cues() -> None:
    # The issue's example (celebrity-news/legit): it scored 0.93 on the cue 'kim' before names were masked.
    headline = "Kim Kardashian West confirms baby on the way"
    assert features(headline)[:4] == ["<name>", "<name>", "west", "confirms"]
    assert _clickbait(headline + "\n\nBody text.\n") == []


def test_a_changed_model_file_is_not_served_from_the_cache(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json
    import os

    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"bias": 0.0, "weights": {"shock": 1.0}}), encoding="utf-8")
    load.cache_clear()
    assert load(str(path)).weights == {"shock": 1.0}
    assert list((tmp_path / "cache").glob("headline-model-*"))  # the parsed weights were kept
    load.cache_clear()
    assert load(str(path)).weights == {"shock": 1.0}  # ... and are served from the cache
    path.write_text(json.dumps({"bias": 0.0, "weights": {"shock": 2.0}}), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different time, whatever the clock's resolution
    load.cache_clear()
    assert load(str(path)).weights == {"shock": 2.0}
    load.cache_clear()


# --- hype/unsupported-headline ------------------------------------------------------------------

def test_headline_promise_with_no_support_in_the_body(seed_text: str) -> None:
    found = _run(["hype/unsupported-headline"], make_doc(seed_text))
    assert [(f.text, f.location.line) for f in found] == [("Shocking Plot Twists", 1)]


def test_supported_promises_and_names_are_not_flagged() -> None:
    supported = make_doc("Trailer Reveals Plot Twists\n\nThe trailer shows a twist in the final act.\n")
    assert _run(["hype/unsupported-headline"], supported) == []
    named = make_doc("Kanye Feud Rumours Grow\n\nOn Monday, Kanye West was seen in Paris.\n")
    assert [f.text for f in _run(["hype/unsupported-headline"], named)] == ["Feud"]
    feud = make_doc("Kanye Feud Rumours Grow\n\nThe two have been in a dispute, a spokesman said.\n")
    assert _run(["hype/unsupported-headline"], feud) == []
    # A plain event is no promise (the eighth session: heldout A legit 019's shape, unmarked).
    divorce = make_doc("Kanye Divorce Rumours Grow\n\nOn Monday, Kanye West was seen in Paris.\n")
    assert _run(["hype/unsupported-headline"], divorce) == []


# --- hype/density -------------------------------------------------------------------------------

DENSITY = ["hype/puffery", "hype/clickbait-headline", "hype/density"]


def test_density_reports_the_rate_on_the_headline(seed_text: str) -> None:
    found = [f for f in _run(DENSITY, make_doc(seed_text)) if f.rule_id == "hype/density"]
    assert len(found) == 1 and found[0].location.line == 1
    assert "per 100 words, threshold 2.5" in found[0].message


def test_density_counts_only_unsuppressed_findings() -> None:
    body = "A cinematic masterpiece. A stellar cast. A breathtaking, jaw-dropping gem."
    text = f"Film Opens\n\n{body}\n"
    assert any(f.rule_id == "hype/density" for f in _run(DENSITY, make_doc(text)))
    quiet = f"Film Opens\n\n<!-- artlint-disable hype/puffery -- quoting the press release -->\n{body}\n"
    assert not any(f.rule_id == "hype/density" for f in _run(DENSITY, make_doc(quiet)))


# --- gossip's sensational wording and looks epithets (celebrity-news/fake, heldout A's source) --------

def test_dramatised_feelings_and_events_in_the_writers_voice_only() -> None:
    # celebrity-news/fake 246 (headline, lede and an insider's quote) and 047.
    text = ("Devastated Johnny Depp Begging For Ex-Wife Vanessa Paradis Back!\n\n"
            "A reeling Johnny Depp is begging ex-wife Vanessa Paradis to get back together.\n\n"
            "“Johnny is devastated,” an insider said.\n\n"
            "Her no-show father sent Suri into a sobbing meltdown.")
    found = [(f.text, f.location.line, f.location.column, f.message) for f in _run(["hype/puffery"], make_doc(text))]
    assert [x[:3] for x in found] == [("Devastated", 1, 1), ("reeling", 3, 3), ("meltdown", 7, 45)]
    assert "(a feeling dramatised)" in found[0][3] and "(an event dramatised)" in found[2][3]


def test_looks_epithets_and_a_genre_diva() -> None:
    # celebrity-news/fake 117, 228 and legit 208; BBC entertainment 041 (a company name, not an epithet).
    text = ("Sporting his usual mustache, the This Is Us hunk, 40, rocked a grey button down. "
            "The brunette beauty has had to essentially parent by herself. "
            "Producers at ITV have been in talks with the pop diva. "
            "Gibson and his Icon Productions partner Bruce Davey said they would not campaign.")
    assert [f.text for f in _run(["hype/epithets"], make_doc(text))] == ["hunk", "brunette beauty", "pop diva"]


def test_every_hype_pattern_opens_with_plain_words() -> None:
    # A {pattern} without a readable opening runs over every block of every article (hype cost doubled once).
    # One opening on "^" is tried once, at the start of a block (lexicon.Matcher: `_anchored.match`), so it may.
    from artlint.analysis.lexicon_buckets import opening_words
    from artlint.config import bundled_rules
    unread = [e.pattern for r in bundled_rules() if r.id.startswith("hype/") and r.kind == "phrases"
              for e in entries(dict(r.params)) if e.pattern and opening_words(str(e.pattern)) is None
              and not str(e.pattern).startswith("^")]
    assert unread == []


def test_classes_with_independent_support() -> None:
    # Issue #16 round 3: each class has three or more marked examples from two or more gold sets; these are
    # some of them (celebrity-news/fake 163, legit 016, 225 and 050, fake 130, heldout D; gold-dev s11, s10)
    # with BBC entertainment 102, 016 and 228 as the plain senses left alone.
    text = ("Tyra Banks still on top as she makes her debut as new America's Got Talent host\n\n"
            "The Times posted its blistering exposé on the Oscar-winning Hollywood mogul Thursday. "
            "As tweets and reaction pieces were taking over the internet, Chrissy posted a screenshot. "
            "Though he is at the peak of his career, he feels that people will be exhausted. "
            "The 2-year-old budding style maven has demonstrated her fashion acumen. "
            "Singer Arijit Singh, the magician of voice, is all set to undertake a tour. "
            "Most recently, Miley Cyrus reigned as the queen of the make-under. "
            "A candid documentary about the life and career of singer George Michael will be screened. "
            "Hailey was at the height of his fame in the seventies. "
            "Music mogul Tony Wilson will be co-executive producer.")
    assert [f.text for f in _run(["hype/puffery", "hype/epithets"], make_doc(text))] == [
        "still on top", "blistering exposé", "taking over the internet", "peak of his career", "style maven",
        "magician of voice", "queen of the make-under"]


def test_a_rumour_posed_as_a_question() -> None:
    # celebrity-news/fake 212 (heldout B, marked); legit 051 (heldout B, unmarked): a question with an auxiliary.
    rumour = "Kourtney Kardashian Neglecting Her Children To Party In Cannes? | Celeb Dirty Laundry\n\nShe was seen."
    question = "Is Prince Harry Headed To Yale?\n\nNOT since Prince William chose St Andrews has a choice caused a stir."
    assert [f.text for f in _run(["hype/puffery"], make_doc(rumour))] == [
        "Kourtney Kardashian Neglecting Her Children To Party In Cannes?"]
    assert _run(["hype/puffery"], make_doc(question)) == []


def test_the_headline_vocabulary_read_back_from_the_disk_cache_is_the_word_list(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from artlint.analysis import headline_model
    from artlint.resources import data_text

    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    listed = frozenset(w for w in data_text(headline_model.COMMON_WORDS).split() if not w.startswith("#"))
    headline_model.vocabulary.cache_clear()
    try:
        assert headline_model.vocabulary() == listed  # built, and written
        assert [p.name[:15] for p in tmp_path.iterdir()] == ["common-words-1-"]
        headline_model.vocabulary.cache_clear()
        assert headline_model.vocabulary() == listed  # read back
    finally:
        headline_model.vocabulary.cache_clear()
