"""rules/_data/media-nouns.toml: one list of promo and picture nouns, read by release_cues, things and promo/reader-call."""
from __future__ import annotations

import pytest

from artlint.analysis import release_cues, things
from artlint.checks import reader_call
from artlint.errors import ArtlintError
from conftest import spans


def test_the_data_file_holds_the_shared_classes() -> None:
    assert things.media_nouns() == {"promo": "(?:trailer|teaser|poster|clip)", "pictures": "(?:picture|photo|image)"}


def test_release_cues_read_promo_and_pictures_with_either_ending_and_no_video() -> None:
    for noun in ("trailer", "trailers", "clip", "photos", "image", "stills", "sneak peek", "first look"):
        assert release_cues._promo_before().search(f"the {noun} will be ") or release_cues._thing_before().search(
            f"the {noun} will be "), noun
    for noun in ("video", "music video", "still", "footage"):
        assert not release_cues._promo_before().search(f"the {noun} will be "), noun
        assert not release_cues._thing_before().search(f"the {noun} will be "), noun
    assert release_cues._promo_after().match(" the first posters")
    assert not release_cues._promo_after().match(" the first photos")  # pictures after the cue are not promo


def test_things_reads_the_singular_only() -> None:
    pattern = things._subject_before()
    for subject in ("The teaser ", "the photo ", "a selfie ", "the clip also "):
        assert pattern.search(subject), subject
    for subject in ("the teasers ", "the photos ", "the song "):
        assert not pattern.search(subject), subject


def test_reader_call_embeds_use_the_shared_nouns() -> None:
    assert spans("promo/reader-call", "Here are the first posters:\n") == ["Here are the first posters:"]
    assert spans("promo/reader-call", "Here are some pictures from the set:\n") == ["Here are some pictures from the set:"]
    # the pictures in the plural only, as the rule was first written
    assert spans("promo/reader-call", "Here is the picture:\n") == []


def test_an_unknown_media_class_is_an_error() -> None:
    assert reader_call._media("(?:{media:promo}s?)") == "(?:(?:trailer|teaser|poster|clip)s?)"
    with pytest.raises(ArtlintError, match="unknown media noun class 'films'"):
        reader_call._media("{media:films}")
