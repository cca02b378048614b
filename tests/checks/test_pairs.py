"""The pairs kind on real sentences: crowd x reaction, intensifier x praise, most x praising adjective."""
from __future__ import annotations

from artlint.checks import pairs
from conftest import lint_one, spans


def test_crowd_and_reaction_pair_in_either_order_within_the_gap() -> None:
    # gold-dev k22, k27 and k31.
    text = ("In late March, it was reported that Dreamcatcher would be making their comeback in May, exciting fans "
            "with the possibility of what could be coming next. Both Chinese and Korea fans have been anticipating "
            "for it before broadcasting. The teaser shows Kim asking his romantic interest on a date, fueling "
            "excitement among eager drama fans.")
    # One finding per stretch of text: the crowd pairing, tried first, takes "excitement ... fans".
    assert spans("hype/crowd-claims", text) == ["exciting fans", "fans have been anticipating",
                                                 "excitement among eager drama fans"]


def test_possessives_and_apostrophes_are_read_as_the_word() -> None:
    assert spans("hype/crowd-claims", "Everyone’s been buzzing about it on social media.") == ["Everyone’s been buzzing"]
    assert spans("hype/crowd-claims", "There are dramas that capture people’s attention since casting.") == [
        "people’s attention"]


def test_attributed_sentences_and_quotations_are_left_alone() -> None:
    assert spans("hype/crowd-claims", "Fans were excited to see the band again, the promoter said.") == []
    assert spans("hype/crowd-claims", "“The fans went wild,” she said.") == []
    assert spans("hype/crowd-claims", "“The fans went wild” at the show.") == []


def test_a_pair_too_far_apart_or_across_sentences_is_not_a_claim() -> None:
    assert spans("hype/crowd-claims", "Fans queued outside the venue for many hours before the doors opened with excitement.") == []
    assert spans("hype/crowd-claims", "Tickets went to fans. Excitement was not the word.") == []


def test_intensified_reputation_but_not_the_plain_word() -> None:
    # gold-dev k20 (fail) and u13 (pass).
    assert spans("hype/intensified-praise", "This track still remains supremely popular.") == ["supremely popular"]
    assert spans("hype/intensified-praise", "The franchise was popular and wildly successful.") == []


def test_superlative_of_a_praising_adjective_only() -> None:
    # gold-dev s20 and s29 (fail); BBC entertainment (pass: neutral and measured superlatives).
    assert spans("hype/superlative-praise", "Mouni Roy is one of the most glamorous actresses that we have.") == [
        "most glamorous"]
    assert spans("hype/superlative-praise", "Pakistan’s most talked-about drama concludes.") == ["most talked-about"]
    assert spans("hype/superlative-praise", "It is one of the most successful musicals and the most tragic.") == []


def test_a_word_after_the_pair_or_between_its_words_makes_it_something_else() -> None:
    # Review of 2 December (new wording): a passive, a loss, a request; the active claims still count.
    assert spans("hype/crowd-claims", "Everyone in the band was praised by the judge.") == []
    assert spans("hype/crowd-claims", "Audiences melted away after the opening weekend.") == []
    assert spans("hype/crowd-claims", "The public will be asked to praise the plans.") == []
    assert spans("hype/crowd-claims", "Fans praised the finale.") == ["Fans praised"]
    assert spans("hype/crowd-claims", "Fans melted at the clip.") == ["Fans melted"]


def test_findings_carry_line_and_column() -> None:
    assert lint_one("hype/crowd-claims", "Title\n\nHuge responses have been given.\n", snippet=False) == [
        ("hype/crowd-claims", 3, 1)]


def test_terms_take_regular_inflections_of_their_first_word() -> None:
    prep = pairs.prepare(pairs.Options(groups=({"name": "g", "left": ["fan"], "right": ["excite"]},)))
    assert set(prep.groups[0].left.terms) >= {"fan", "fans"}
    assert set(prep.groups[0].right.terms) >= {"excite", "excites", "excited", "exciting"}


def test_a_lower_case_word_pairs_only_where_the_text_writes_it_in_lower_case() -> None:
    prep = pairs.prepare(pairs.Options(groups=({"name": "g", "left": ["stun"], "right": ["us"],
                                                "lower_case": ["us"]},)))
    assert prep.groups[0].right.lower == frozenset({"us"})
    # Review of 2 December: "US" in capitals is the country; "Super" capitalised opens a title.
    assert lint_one("hype/crowd-claims", "The show charmed US critics. It charmed us.") == [
        ("hype/crowd-claims", 1, 33)]
    assert spans("hype/intensified-praise", "The Super Hits compilation is out.") == []
    assert spans("hype/intensified-praise", "He played Super Smash Bros.") == []
    assert spans("hype/intensified-praise", "Last year's super hit returns.") == ["super hit"]


def test_a_block_is_tried_only_where_every_word_of_some_term_stands() -> None:
    prep = pairs.prepare(pairs.Options(groups=({"name": "g", "left": ["the industry"], "right": ["going wild"]},),
                                       inflect=False))
    left, right = prep.groups[0].left, prep.groups[0].right
    assert left.needed == frozenset({"industry"}) and right.needed == frozenset({"going"})
    # The longest word alone is what `needed` lets in; the other word of the term must stand too.
    assert not right.may_stand({"industry": [0], "going": [4]}.keys())
    assert right.may_stand({"going": [0], "wild": [6]}.keys()) and left.may_stand({"the": [0], "industry": [4]}.keys())


def test_auxiliaries_do_not_count_in_the_gap_where_a_group_lists_them() -> None:
    # Paradigm grid: a long crowd phrase, then its reaction after its auxiliaries ("were", "going"), which the
    # crowd groups do not count; the same distance in plain words stays too far.
    assert spans("hype/crowd-claims", "Many viewers at home and abroad were excited.") == [
        "viewers at home and abroad were excited"]
    assert spans("hype/crowd-claims", "Fans at the big show were going wild.") == [
        "Fans at the big show were going wild"]
    assert spans("hype/crowd-claims", "Fans queued outside the venue for hours in excitement.") == []
    # Celebrity-heldout A (celebrity-news/fake 200): an auxiliary of another clause is counted ("everyone" is the
    # object; "they are still madly in love" has its own subject).
    assert spans("hype/crowd-claims", "The couple tried to convince everyone that they are still madly in love.") == []


def _options(left: list[str], lower_case: list[str] | None = None) -> pairs.Options:
    group = {"name": "crowd", "left": left, "right": ["praise", "rave"], "lower_case": lower_case or []}
    return pairs.Options(groups=({**group},))


def test_sides_read_back_from_the_disk_cache_equal_the_sides_built(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    options = _options(["fans", "the public", "k-netizens"], ["us"])
    built = pairs.prepare(options)
    assert [p.name[:11] for p in tmp_path.iterdir()] == ["pair-sides-"]  # built, and written
    assert pairs.prepare(options) == built  # read back
    assert built.groups[0].left.terms["the"] == (("the", "public"),)
    assert set(built.groups[0].right.terms) == {"praise", "praises", "praised", "praising", "rave", "raves", "raved",
                                                "raving"}
    assert built.groups[0].left.lower == frozenset({"us"})


def test_a_changed_word_list_is_not_served_the_old_sides(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ARTLINT_CACHE_DIR", str(tmp_path))
    pairs.prepare(_options(["fans"]))
    changed = pairs.prepare(_options(["viewers"]))
    assert "viewers" in changed.groups[0].left.terms and "fans" not in changed.groups[0].left.terms
    lower = pairs.prepare(_options(["viewers"], ["viewers"]))
    assert lower.groups[0].left.lower == frozenset({"viewers"})
    uninflected = pairs.prepare(pairs.Options(groups=({**_options(["viewers"]).groups[0], "inflect": False},)))
    assert set(uninflected.groups[0].right.terms) == {"praise", "rave"}


def test_a_listed_prefix_glued_by_a_hyphen_is_a_word_of_its_own() -> None:
    # The eighth session's brief (new wording): "uber-talented" pairs as "uber talented"; a compound whose first
    # part is no listed prefix stays one word, and a capitalised "Super" stays a title's.
    assert spans("hype/intensified-praise", "The uber-talented director and her super-popular show.") == [
        "uber-talented", "super-popular"]
    assert spans("hype/intensified-praise", "The self-talented, semi-popular act and the Super-Hits album.") == []


def test_a_reporting_verb_inside_a_what_clause_is_no_attribution() -> None:
    # The eighth session's brief (new wording): "said" is the verb of the clause the crowd reacts to.
    assert spans("hype/crowd-claims", "Fans went wild over what she said.") == ["Fans went wild"]
    assert spans("hype/crowd-claims", "Fans went wild, she said.") == []


def test_an_attribution_that_frames_a_quotation_leaves_the_rest_of_the_sentence_to_the_writer() -> None:
    # celebrity-news/fake 246 (heldout A marks "disastrous divorce"): the insider is the quotation's speaker; the
    # relative clause after it is the writer's.
    text = ("“Johnny now realizes that what he had with Vanessa was one of a kind,” an insider admitted of the "
            "54-year-old, who finalized his disastrous divorce from Amber Heard, 31, in January.")
    assert spans("hype/puffery", text) == ["disastrous"]
    # New wording: the crowd claim outside a framed quotation, and the same words as reported speech.
    assert spans("hype/crowd-claims", '"We loved it," the director said, as fans went wild outside.') == [
        "fans went wild"]
    assert spans("hype/crowd-claims", "The director said fans went wild outside.") == []
    # A partial quotation inside reported speech frames nothing: the whole clause is the source's.
    assert spans("hype/puffery", 'A source says the disastrous tour left her "devastated" and broke.') == []
