"""rules/_data/speakers.toml, interviews.toml and saying.toml: word lists that code builds its patterns from."""
from __future__ import annotations

import re

import pytest

from artlint import word_lists
from artlint.analysis import attribution, tokens
from artlint.checks import clickbait
from artlint.errors import RuleFileError
from artlint.parsers import speech
from artlint.word_lists import alternation, words

LISTS = {
    "speakers": ("speaker_nouns", "office_nouns", "guest_roles", "crowds", "crowds_lower_case", "works"),
    "interviews": ("interview_nouns", "interviewing", "meeting", "talk_verbs", "negotiating_nouns", "meet_verbs",
                   "question_labels", "answer_labels"),
    "saying": ("saying_no_object", "saying_with_object", "telling", "noting", "introducing", "goes_on_participles",
               "goes_on_past", "say_tell_finite"),
}


@pytest.mark.parametrize(("file", "key"), [(f, k) for f, keys in LISTS.items() for k in keys])
def test_every_list_loads_non_empty_and_unique(file: str, key: str) -> None:
    entries = words(file, key)
    assert entries
    assert len(set(entries)) == len(entries)


def test_an_unknown_list_is_an_error() -> None:
    with pytest.raises(KeyError):
        words("speakers", "no_such_list")


def test_the_guest_roles_are_speaker_nouns() -> None:
    assert set(words("speakers", "guest_roles")) <= set(words("speakers", "speaker_nouns"))


def test_alternation_escapes_puts_the_longest_first_and_spells_the_space() -> None:
    assert alternation(["a", "a.b", "c d"]) == r"a\.b|c d|a"
    assert alternation(["head teacher", "head"], space=r"\s+") == r"head\s+teacher|head"
    assert re.fullmatch(alternation(["Q&A", "Q"]), "Q&A")


def _closing(verb: str, words_before: str) -> bool:
    return attribution._SPEAKER_AFTER_VERB.search(f'"It was a long night," {verb} {words_before}.') is not None


@pytest.mark.parametrize("noun", words("speakers", "speaker_nouns"))
def test_a_speaker_noun_names_the_speaker_of_a_closing_verb(noun: str) -> None:
    assert _closing("added", f"the {noun}")
    assert _closing("added", f"their {noun}s")


@pytest.mark.parametrize("noun", words("speakers", "office_nouns"))
def test_an_office_noun_names_the_speaker_after_the_or_a_possessive_only(noun: str) -> None:
    assert _closing("explained", f"the museum's {noun}")
    assert not _closing("explained", f"a new {noun}")


def test_any_white_space_parts_the_words_of_an_office_noun() -> None:
    assert re.fullmatch(attribution._speakers("office_nouns"), "head \n teacher")


def test_a_thing_names_no_speaker_of_a_closing_verb() -> None:
    assert not _closing("added", "the second floor")
    assert not _closing("recalls", "the disaster")


@pytest.mark.parametrize("subject", [*words("speakers", "crowds"), *words("speakers", "crowds_lower_case"),
                                     *(f"The {w}" for w in words("speakers", "works"))])
def test_a_crowd_or_a_work_is_no_speaker(subject: str) -> None:
    assert attribution._NO_SPEAKER.search(f"{subject} often ")


def test_no_speaker_keeps_its_guards() -> None:
    assert not attribution._NO_SPEAKER.search("People ")  # the magazine
    assert not attribution._NO_SPEAKER.search("The makers of the film ")
    # One fan is a person who can be named ("fan" is a speaker noun); only the plural is a crowd.
    assert attribution._NO_SPEAKER.search("The fans ")
    assert not attribution._NO_SPEAKER.search("The fan ")
    # A work ("film") is a whole word, not the opening of a person's noun.
    assert not attribution._NO_SPEAKER.search("The filmmaker ")


@pytest.mark.parametrize("noun", [*words("speakers", "speaker_nouns"), *words("speakers", "office_nouns")])
def test_a_speaker_noun_is_neither_a_crowd_nor_a_work(noun: str) -> None:
    # Fails when a noun of a person who speaks lands in `crowds` or `works` too: its speech would turn the writer's.
    assert not attribution._NO_SPEAKER.search(f"The {noun} ")


@pytest.mark.parametrize(("participle", "past"), list(zip(words("saying", "goes_on_participles"),
                                                          words("saying", "goes_on_past"), strict=True)))
def test_the_speaker_goes_on_with_a_participle_or_a_past(participle: str, past: str) -> None:
    assert attribution._SPEAKER_GOES_ON.match(f", {participle} the film a triumph")
    assert attribution._SPEAKER_GOES_ON.match(f" and {past} the film a triumph")
    assert not attribution._SPEAKER_GOES_ON.match(f" {participle} the film a triumph")


def _cue(text: str) -> list[str]:
    return [m[0] for m in speech._GUEST_CUE.finditer(text)]


@pytest.mark.parametrize("noun", words("interviews", "interview_nouns"))
def test_an_interview_noun_with_the_guest_is_a_cue(noun: str) -> None:
    assert _cue(f"It ran its first {noun} with Paul McCartney.") == [f"{noun} with Paul"]
    assert _cue(f"The {noun} about the Oscars has changed.") == []


@pytest.mark.parametrize("verb", [*words("interviews", "interviewing"), *words("interviews", "talk_verbs"),
                                  *words("interviews", "meet_verbs")])
def test_a_verb_of_conversing_with_the_guest_is_a_cue(verb: str) -> None:
    joined = "" if verb in words("interviews", "interviewing") else " with"
    assert _cue(f"Last week Rader {verb}{joined} him.")
    assert _cue(f"Last week she {verb}{joined} the actress.")


@pytest.mark.parametrize("verb", words("interviews", "talk_verbs"))
def test_in_talks_is_no_cue(verb: str) -> None:
    assert _cue(f"The retailer is in {verb} with Disney.") == []
    if verb in words("interviews", "negotiating_nouns"):
        # review 10b: "held talks with" is negotiating too; "talks to" converses.
        assert _cue(f"The retailer held {verb} with Disney.") == []
        assert _cue(f"Last week she {verb} to Disney.")
    else:
        assert _cue(f"The retailer {verb} with Disney.")


@pytest.mark.parametrize("verb", words("interviews", "meeting"))
def test_a_meeting_verb_presents_a_pronoun_or_a_role_not_a_name(verb: str) -> None:
    # review 10b: "met Tom Cruise", "met BBC bosses" tell of two others meeting.
    assert _cue(f"Last week Rader {verb} him.") and _cue(f"Last week Rader {verb} the actress.")
    assert _cue(f"The festival director {verb} Tom Cruise.") == []
    assert _cue(f"Lisa Nandy {verb} BBC bosses.") == []


@pytest.mark.parametrize("role", words("speakers", "guest_roles"))
def test_a_guest_role_after_the_is_a_guest(role: str) -> None:
    assert _cue(f"Last week we spoke to the {role} about it.") == [f"spoke to the {role}"]
    assert _cue(f"Then the {role}s spoke about it.") == [f"the {role}s spoke about"]


@pytest.mark.parametrize("verb", words("saying", "say_tell_finite"))
def test_a_headline_saying_verb_names_the_speaker(verb: str) -> None:
    assert speech._SAYS.search(f"Why I still love the Oscars, {verb} Ellen")
    assert not speech._SAYS.search(f"Why I still love the Oscars, {verb}ay Ellen")


@pytest.mark.parametrize("verb", words("saying", "say_tell_finite"))
def test_a_verb_of_saying_after_a_tags_next_word_opens_a_new_clause(verb: str) -> None:
    # "Go! Team says ..." opens a clause after a tag; "Go! Team return in May" runs the band's name across the mark.
    assert not clickbait._runs_across_the_mark("Go", " Team founder", lambda: f"Go! Team {verb} it was fun.")
    assert clickbait._runs_across_the_mark("Go", " Team founder", lambda: f"Go! Team {verb}ing it was fun.")


def _saying(*keys: str) -> list[str]:
    return [verb for key in keys for verb in words("saying", key)]


@pytest.mark.parametrize("verb", _saying(*tokens.SAYING))
def test_a_verb_of_saying_opens_a_that_clause(verb: str) -> None:
    assert attribution._THAT_CLAUSE.search(f"The director {verb} that the film is a triumph.")
    assert not attribution._THAT_CLAUSE.search(f"The director {verb}x that the film is a triumph.")


@pytest.mark.parametrize("verb", words("saying", "saying_no_object"))
def test_a_verb_of_saying_without_an_object_closes_on_any_speaker(verb: str) -> None:
    assert _closing(verb, "a source close to the couple")


@pytest.mark.parametrize("verb", words("saying", "saying_with_object"))
def test_a_verb_of_saying_with_an_object_closes_on_a_person_only(verb: str) -> None:
    assert _closing(verb, "the spokesman")
    assert not _closing(verb, "the second floor")


@pytest.mark.parametrize("verb", words("saying", "introducing"))
def test_an_introducing_verb_introduces_a_short_quotation(verb: str) -> None:
    assert tokens._INTRODUCED.search(f"and the Duke {verb} to them ")
    assert not tokens._INTRODUCED.search(f"and the Duke {verb}x to them ")


@pytest.mark.parametrize("verb", _saying("introducing", *tokens.SAYING, "noting"))
def test_a_speakers_verb_attributes_a_quoted_paragraph(verb: str) -> None:
    assert tokens._ATTRIBUTED.search(f'"It was a long night," {verb} the insider.')
    assert tokens._ATTRIBUTED.search(f'"It was a long night," the insider {verb}.')
    assert not tokens._ATTRIBUTED.search(f'"It was a long night," the insider {verb}x.')


def test_a_broken_bundled_list_is_a_rule_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_lists, "data_text", lambda name: 'crowds = ["fans", ""]\n')
    with pytest.raises(RuleFileError, match="non-empty list of words"):
        word_lists._read("_data/speakers.toml")
    monkeypatch.setattr(word_lists, "data_text", lambda name: "crowds = [\n")
    with pytest.raises(RuleFileError, match="cannot load word lists"):
        word_lists._read("_data/speakers.toml")
