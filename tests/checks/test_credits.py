"""The credits family on real credit lines from the corpora (gold-dev, celebrity-news)."""
from __future__ import annotations

from artlint.parsers.lines import is_credit
from conftest import lint_one, spans


def test_vague_sources_exact_spans() -> None:
    text = ("(Photo : Google )\n\nActor Lee Jae-wook and Aespa'a Karina (Prada, online community)\n\n"
            "Ryu Jun-yeol and Han So-hee broke up after two weeks of public dating (Instagram, 9Ato Entertainment)\n\n"
            "Netizen comments | theqoo\n\nA post shared by instagram\n")
    assert spans("credits/vague-source", text) == ["Google", "online community", "Instagram", "theqoo", "instagram"]
    assert lint_one("credits/vague-source", text) == [
        ("credits/vague-source", 1, 10), ("credits/vague-source", 3, 47), ("credits/vague-source", 5, 72),
        ("credits/vague-source", 7, 20), ("credits/vague-source", 9, 18)]


def test_named_owners_are_not_vague() -> None:
    for credit in ("PHOTO: Instagram/songkang_b, Instagram/kim_d.he", "(@JOYURI_offcl/Twitter)",
                   "(Kang Eunbee, Credit= 'bn_sj2013' 'hm_son7' Instagram, GettyImagesKorea)",
                   "YouTube/HYBE LABELS", "Source: CNA/sr", "Photo: Splash"):
        assert spans("credits/vague-source", credit) == [], credit


def test_message_names_the_source_and_what_to_do() -> None:
    from artlint import check_text

    report = check_text("Title\n\n(Photo : YouTube )\n", config={"select": ["credits/vague-source"]})
    (finding,) = report.findings
    assert finding.message == ("Image credited to 'YouTube', a video platform with no channel named, not the rights "
                               "holder; name the channel owner, e.g. 'YouTube/HYBE LABELS'.")


def test_message_names_the_most_specific_group() -> None:
    """A credit holding terms of several groups is named by the first-listed (most specific) one."""
    from artlint import check_text

    for line, what in (("Photo: Courtesy of HanCinema", "a database or aggregator"),  # gold-dev k12
                       ("Screenshot/YouTube", "a video platform with no channel named"),  # the rule file's example
                       ("Photo: Collected", "a word that names no one")):  # issue 19
        (finding,) = check_text(f"Title\n\n{line}\n", config={"select": ["credits/vague-source"]}).findings
        assert f", {what}, " in finding.message, (line, finding.message)


def test_gallery_links_are_not_credits() -> None:
    assert not is_credit("PHOTOS: Celebs Who Have Slammed The Kardashians")
    assert not is_credit("PHOTOS: Somber Brad Pitt Speaks Out After Reaching Custody Agreement With Angelina Jolie")
    assert is_credit("Photo: Instagram Stories") and is_credit("(Photo Credit: Getty Images)")


def test_format_mixed_shapes_get_the_house_form() -> None:
    from artlint import check_text

    text = "Title\n\n(Photo : Netflix )\n\nBody text here.\n\nPHOTO: tvN\n\n(Photo: JTBC)\n"
    report = check_text(text, config={"select": ["credits/format"]})
    assert [(f.text, f.suggestion, f.fix) for f in report.findings] == [
        ("(Photo : Netflix )", "(Photo: Netflix)", "(Photo: Netflix)"), ("PHOTO: tvN", "Photo: tvN", "Photo: tvN")]


def test_missing_credit_on_markup_images() -> None:
    md = "# T\n\n![Lee Je Hoon](lee.jpg)\n\nText.\n\n![Poster](p.jpg \"Photo: Plus M Entertainment\")\n"
    assert lint_one("credits/missing-credit", md, fmt="md") == [("credits/missing-credit", 3, 3)]
