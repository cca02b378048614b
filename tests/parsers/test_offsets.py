"""Every parser places block text on the exact source characters it came from."""
from __future__ import annotations

import pytest

from artlint.parsers import decode, parse
from conftest import FIXTURES

FORMATS = ["txt", "md", "html", "json"]


def _source(fmt: str) -> str:
    return (FIXTURES / f"seed.{fmt}").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_words_land_on_their_source(fmt: str) -> None:
    source = _source(fmt)
    doc = parse(source, f"seed.{fmt}")
    for word in ("much-anticipated", "cinematic gem", "Join Our Telegram Channel"):
        hits = [b for b in doc.blocks if word in b.text]
        assert hits, f"{word!r} not in any {fmt} block"
        block = hits[0]
        i = block.text.index(word)
        start, end = block.span(i, i + len(word))
        assert source[start:end] == word


@pytest.mark.parametrize("fmt", FORMATS)
def test_headline_found(fmt: str) -> None:
    doc = parse(_source(fmt), f"seed.{fmt}")
    assert doc.headline is not None
    assert doc.headline.text == "‘Escape’ starring Lee Je Hoon and Koo Kyo Hwan" or fmt == "txt"


@pytest.mark.parametrize("fmt,escape", [("html", "&lsquo;"), ("json", "\\u2018")])
def test_escaped_character_maps_to_the_whole_escape(fmt: str, escape: str) -> None:
    source = _source(fmt)
    h = parse(source, f"seed.{fmt}").headline
    assert h is not None and h.text.startswith("‘Escape’")
    start, end = h.span(0, 1)
    assert source[start:end] == escape


def test_html_drops_navigation_and_scripts_and_reads_jsonld() -> None:
    doc = parse(_source("html"), "seed.html")
    texts = [b.text for b in doc.blocks]
    assert texts.count("Join Our Telegram Channel") == 1  # the <nav> copy is dropped
    assert doc.meta["published"] == "2024-05-02"
    assert any(b.kind == "quote" and b.quoted for b in doc.blocks)
    credits = [i.credit.text for i in doc.images if i.credit]
    assert credits == ["(Photo : Google )", "Google"]


def test_markdown_front_matter_spans_and_image_caption() -> None:
    source = _source("md")
    doc = parse(source, "seed.md")
    assert doc.meta["kind"] == "film" and doc.meta["published"] == "2024-05-02"
    s, e = doc.meta_spans["/subject/title"]
    assert source[s:e] == "Escape"
    assert doc.location(s, e).line == 6
    image = doc.images[0]
    assert image.src == "lee.jpg" and image.alt is not None and image.alt.text == "Lee Je Hoon"
    assert image.caption is not None and image.caption.text == "Lee Je Hoon"
    assert image.credit is not None and image.credit.text == "(Photo : Google )"


def test_json_credit_keeps_its_pointer_and_span() -> None:
    source = _source("json")
    doc = parse(source, "seed.json")
    credit = doc.images[0].credit
    assert credit is not None and credit.pointer == "/images/0/credit"
    s, e = credit.span(0, len(credit.text))
    assert source[s:e] == "Photo : Google"


def test_plain_text_kinds_on_the_seed() -> None:
    doc = parse(_source("txt"), "seed.txt")
    kinds = [(b.kind, b.text) for b in doc.blocks if b.kind != "paragraph"]
    assert kinds[:4] == [
        ("headline", doc.headline.text if doc.headline else ""),
        ("subheading", "Join Our Telegram Channel"),
        ("subheading", "Plot Unveiled: A Fresh Perspective on Korean Division"),
        ("credit", "(Photo : YouTube )"),
    ]
    assert [(i.caption.text if i.caption else None) for i in doc.images] == [None, "Lee Je Hoon", "Koo Kyo Hwan", "Escape Poster"]


def test_crlf_and_bom() -> None:
    raw = "\ufeffHeadline\r\n\r\nFirst paragraph.\r\n".encode()
    text = decode(raw, "x.txt")
    assert not text.startswith("\ufeff")
    doc = parse(text, "x.txt")
    body = [b for b in doc.blocks if b.kind == "paragraph"][0]
    assert text[body.start:body.end] == "First paragraph."
    assert doc.location(body.start, body.end).line == 3


def test_caption_and_credit_split() -> None:
    text = "Headline\n\nKim Soo-hyun (tvN, Instagram)\n\nNetizen comments | theqoo\n\nBTS is releasing an album on March 20.(Photo Credit : Instagram)\n"
    doc = parse(text, "x.txt")
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        ("caption", "Kim Soo-hyun"), ("credit", "(tvN, Instagram)"),
        ("caption", "Netizen comments"), ("credit", "theqoo"),
        ("paragraph", "BTS is releasing an album on March 20."), ("credit", "(Photo Credit : Instagram)"),
    ]


def test_via_credit_closes_a_caption_and_a_call_is_not_a_credit() -> None:
    # gold-dev s23; celebrity-news legit/247
    text = "Headline\n\nMehazabien Chowdhury via Youtube\n\nPHOTOS: Check out the latest pics of Owen Wilson\n"
    doc = parse(text, "x.txt")
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        ("caption", "Mehazabien Chowdhury"), ("credit", "via Youtube"),
        ("subheading", "PHOTOS: Check out the latest pics of Owen Wilson"),
    ]


def test_a_from_credit_closes_a_caption_sentence() -> None:
    doc = parse("Headline\n\nKim at the event. Photo from Instagram\n", "x.txt")
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [("caption", "Kim at the event."),
                                                         ("credit", "Photo from Instagram")]


def test_a_bracketed_credit_closes_a_caption() -> None:
    # Korean English-language house style: "caption. [CREDIT IN CAPITALS]"; a bracketed aside is not a credit
    from artlint.parsers.lines import split_line

    text = "BTS members pose at the event. [YONHAP]"
    assert split_line(text) == [("caption", 0, 30), ("credit", 31, 39)]
    assert split_line("[SCREEN CAPTURE]") == [("credit", 0, 16)]
    assert split_line("He paused. [Laughs]") == [("paragraph", 0, 19)]
