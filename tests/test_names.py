"""Names: mention extraction on real sentences, people, and the names rules.

Sentences come from ../shared/corpus (gold-dev articles, BBC entertainment).
"""
from __future__ import annotations

import json

import pytest

from artlint import check_text
from artlint.engine import run
from artlint.env import Env
from artlint.analysis.name_extraction import extract
from artlint.analysis.name_data import name_data
from artlint.analysis.people import people
from artlint.analysis.name_references import references
from conftest import make_doc, rule

SCOPES = ("headline", "dek", "subheading", "body", "captions")


def _mentions(text: str) -> list[str]:
    doc = make_doc(text, snippet=True)
    return [m.text for m in extract(doc, name_data(), SCOPES)]


@pytest.mark.parametrize("text,expected", [
    # seed: a sub-heading in Title Case, an honorific, possessives
    ("Stellar Cast: Lee Je Hoon and Koo Kyo Hwan Take Center Stage", ["Lee Je Hoon", "Koo Kyo Hwan"]),
    # Single capitalised words are only candidates ("Crafts"): they matter when they match a person.
    ("Director’s Vision: Lee Jong Pil Crafts a Transcendent Narrative", ["Lee Jong Pil", "Crafts"]),
    ("Je Hoon’s portrayal promises to bring depth and authenticity to the character.", ["Je Hoon"]),
    ("Opposite Je Hoon, Koo Kyo Hwan delivers a brilliant performance as Ri Hyun Sang.",
     ["Je Hoon", "Koo Kyo Hwan", "Ri Hyun Sang"]),
    # organisations and places are not people
    ("a relentless National Security Agency officer determined to thwart his escape", []),
    # gold d20 caption: two names run together
    ("Hyun Bin Son Ye-jin thumbnail", ["Hyun Bin", "Son Ye-jin"]),
    # gold d01: a group and its member
    ("Actor Lee Jae-wook and Aespa’s Karina at the Prada show", ["Lee Jae-wook", "Aespa", "Karina"]),
    # gold d17: all-caps group, stage name, a misspelt full name
    ("BLACKPINK’s Jisoo and actor Ahn Bo Huyn dating rumours officially confirmed", ["BLACKPINK", "Jisoo", "Ahn Bo Huyn"]),
    # gold d17: talking about a name is not a mention
    ("the singer, 28, whose full name is Kim Jisoo, confirmed", []),
    # BBC 197 and 133: a title in front, an adjective compound
    ("The permanent replacement for DJ Huw Stephens begins", ["Huw Stephens"]),
    # After a known given name an ordinary word stays in the name ("Cruise", "Swift", "Peel").
    ("The permanent replacement for DJ John Peel begins", ["John Peel"]),
    ("Actor Tom Cruise met Taylor Swift, and later Will Smith.", ["Tom Cruise", "Taylor Swift", "Will Smith"]),
    # ...but not after a word that is no given name: a title, not a person.
    ("The Polar Express topped the chart ahead of Jailhouse Rock.", ["Polar", "Jailhouse"]),
    ("a Janet Jackson-style stunt", ["Janet Jackson"]),
    # Unicode capitals and every apostrophe form (issue 18): whole words, possessives cut off.
    ("BEYONCÉ and Zoë Kravitz met Đức Phúc.", ["BEYONCÉ", "Zoë Kravitz", "Đức Phúc"]),
    ("Justin Timberlake Didn’t Expect It", ["Justin Timberlake"]),
    ("Conan O’Brien’s show returned, and O'Brien said so.", ["Conan O’Brien", "O'Brien"]),
    ("James’ house", ["James"]),
    # celebrity-news: a plural noun of people glued on in front
    ("Olympians Simone Biles and Jordan Chiles", ["Simone Biles", "Jordan Chiles"]),
    # heldout/A cl013: a hyphened descriptor of ordinary words in front
    ("Rapper-come-designer Kanye West has already conquered the music industry", ["Kanye West"]),
    # gold-dev u04: a caption word glued to the name by a scraper; a Twitter handle is no mention
    ("imagesOprah Winfrey The former talk show queen returned", ["Oprah Winfrey"]),
    ("Actor Ryan Reynolds (@VancityReynolds) wrote", ["Ryan Reynolds"]),
])
def test_mentions(text: str, expected: list[str]) -> None:
    assert _mentions(text) == expected


def test_mention_offsets_slice_to_the_exact_text() -> None:
    text = "Zoë Kravitz thanked BEYONCÉ’s band and Conan O’Brien."
    doc = make_doc(text, snippet=True)
    found = extract(doc, name_data(), SCOPES)
    assert [(m.text, doc.blocks[0].text[m.start:m.end]) for m in found] == [
        ("Zoë Kravitz", "Zoë Kravitz"), ("BEYONCÉ", "BEYONCÉ"), ("Conan O’Brien", "Conan O’Brien")]


def test_seed_people_and_references(seed_text: str) -> None:
    doc = make_doc(seed_text)
    data = name_data()
    mentions = extract(doc, data, SCOPES)
    found = people(mentions, data)
    real = {p.canonical.text for p in found if not p.character}
    assert {"Lee Je Hoon", "Koo Kyo Hwan", "Lee Jong Pil"} <= real
    assert "Ri Hyun Sang" not in real  # "as Ri Hyun Sang": a character
    refs = [(r.mention.text, r.person.canonical.text) for r in references(mentions, found, data)
            if r.kind == "given" and not r.person.character]
    assert refs == [("Je Hoon", "Lee Je Hoon"), ("Je Hoon", "Lee Je Hoon"), ("Kyo Hwan", "Koo Kyo Hwan"),
                    ("Jong Pil", "Lee Jong Pil")]


def _rule_hits(rule_id: str, text: str, fmt: str = "txt") -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in run(make_doc(text, fmt), [rule(rule_id)], Env())]


def test_variant_spelling_takes_the_body_form_as_canonical() -> None:
    # gold d16: the headline capitalises differently from the body.
    text = ("Park Seo Jun Turns into a Fanboy After Watching Son Heung-Min's Game!\n\n"
            "Korean actor Park Seo Jun praised Son Heung-min, who scored for Tottenham.\n\n"
            "Park Seo Jun & Son Heung\n")
    assert _rule_hits("names/variant-spelling", text) == [("Son Heung-Min", "Son Heung-min"), ("Son Heung", "Son Heung-min")]


def test_variant_by_word_order_and_group_case() -> None:
    text = ("Posters out\n\nThe couple Song Hye Kyo and Song Joong Ki star. BLACKPINK performed.\n\n"
            "Hye Kyo Song is pure on the poster, and Blackpink fans cheered.\n")
    assert _rule_hits("names/variant-spelling", text) == [("Hye Kyo Song", "Song Hye Kyo"), ("Blackpink", "BLACKPINK")]


def test_metadata_people_are_authoritative() -> None:
    article = {"headline": "Escape trailer", "people": [{"name": "Lee Je-hoon", "role": "actor"}],
               "body": "Lee Je Hoon stars as a North Korean sergeant."}
    assert _rule_hits("names/variant-spelling", json.dumps(article), "json") == [("Lee Je Hoon", "Lee Je-hoon")]


def test_given_name_references_korean_and_western() -> None:
    # gold d03 and d08, shortened.
    korean = "Jo Yuri app\n\nK-pop idol Jo Yuri was spotted with gossip apps. Fans could see Yuri’s phone screen.\n"
    assert [t for t, _ in _rule_hits("names/given-name-reference", korean)] == ["Yuri"]
    western = ("Manmarziyaan\n\nBollywood actor Abhishek Bachchan stars. In the poster Abhishek holds Taapsee Pannu’s "
               "face.\n")
    assert _rule_hits("names/given-name-reference", western) == [("Abhishek", "Abhishek Bachchan")]


def test_western_given_name_after_a_full_name_with_an_ordinary_surname() -> None:
    text = "Top Gun\n\nActor Tom Cruise returns as Maverick. Fans cheered when Tom arrived in Seoul.\n"
    assert _rule_hits("names/given-name-reference", text) == [("Tom", "Tom Cruise")]


def test_given_names_that_are_house_style() -> None:
    knight = "Concert\n\nSir Elton John played Paris. Sir Elton said the night was special.\n"
    assert _rule_hits("names/given-name-reference", knight) == []
    stage = ("Dating rumours\n\nAespa’s Winter and BTS’ Jungkook are in the news. Jungkook, whose full name is "
             "Jeon Jung-kook, posted a selfie.\n")  # gold d21
    assert _rule_hits("names/given-name-reference", stage) == []


def test_a_given_name_used_often_after_the_full_name_is_still_a_given_name() -> None:
    # gold-dev u09 (Conventions: "Oprah" after "Oprah Winfrey"), shortened
    text = ("Katy Perry engaged\n\nKaty Perry and Orlando Bloom are engaged. Just hours before, Katy wrote on "
            "social media. Katy, 34, and Orlando, 42, have been dating. Katy opened up about it.\n")
    assert [t for t, _ in _rule_hits("names/given-name-reference", text)] == ["Katy", "Katy", "Orlando", "Katy"]


def test_characters_are_left_out() -> None:
    text = ("Escape\n\nKoo Kyo Hwan delivers a brilliant performance as Ri Hyun Sang. Hyun Sang hunts the soldier.\n")
    assert _rule_hits("names/given-name-reference", text) == []


def test_ambiguous_surname_once_two_people_share_it() -> None:
    text = ("Escape\n\nLee Je Hoon stars. Lee said the shoot was hard.\n\n"
            "The film is directed by Lee Jong Pil. Lee said the ending changed.\n")
    hits = run(make_doc(text), [rule("names/ambiguous-surname")], Env())
    # Both: an East Asian namesake is a person at the first use of the full name, and every family-name-only
    # reference to either is marked (GOLD-GUIDELINES Conventions), the first one before the director too.
    assert [(f.text, f.location.line) for f in hits] == [("Lee", 3), ("Lee", 5)]
    assert "Lee Je Hoon and Lee Jong Pil" in hits[0].message


def test_second_reference_policy_is_configurable() -> None:
    text = "Escape\n\nLee Je Hoon plays a sergeant.\n\nLee said he lost 10kg for the role.\n"
    assert not check_text(text, config={"select": ["names"]}).files[0].findings
    config = {"select": ["names"], "rules": {"names/second-reference": {"enabled": True}}}
    found = check_text(text, config=config).files[0].findings
    assert [(f.rule_id, f.text) for f in found] == [("names/second-reference", "Lee")]


def test_capitalised_surname_style_sets_the_canonical_form() -> None:
    # gold-dev k10 (HanCinema), shortened: the body calls them JEONG and KIM, so the headline's
    # "JEONG Woo-seong" is canonical and the body's one "Jung Woo-sung" is the odd one out.
    text = ("JEONG Woo-seong and KIM Ah-joong join Kim Jee-woon\n\n"
            "Director Kim Jee-woon has cast star actors Jung Woo-sung and Kim Ah-joong for his short film. "
            "JEONG and KIM will play a couple.\n\nKIM is the director of last year's blockbuster.\n\n"
            "JEONG worked with KIM on the film.\n")
    assert _rule_hits("names/variant-spelling", text) == [("Jung Woo-sung", "JEONG Woo-seong"),
                                                          ("Kim Ah-joong", "KIM Ah-joong")]
    # Two Kims: every bare KIM is ambiguous, two in one paragraph included.
    assert [t for t, _ in _rule_hits("names/ambiguous-surname", text)] == ["KIM", "KIM", "KIM"]


def test_transliteration_and_one_letter_variants() -> None:
    text = ("Singers\n\nArijit Singh sang at the show with Shreya Ghoshal. Later Arjit Singh thanked fans.\n")
    assert _rule_hits("names/variant-spelling", text) == [("Arjit Singh", "Arijit Singh")]
    # Two people one letter apart: neither is a misspelling of the other.
    family = "Smiths\n\nJada Smith and Jaden Smith arrived. Jaden Smith spoke.\n"
    assert _rule_hits("names/variant-spelling", family) == []


def test_names_run_together_by_a_scraper() -> None:
    # gold-dev k23, shortened
    text = "Blonde idols\n\n7. Stray Kids’ Jisung\n\nLastly, Stray KidsJisung has followed the trend.\n"
    assert _rule_hits("names/variant-spelling", text) == [("Stray KidsJisung", "Stray Kids’ Jisung")]
    # Shape (fresh K-drama pages): two titles glued, the second starting with an ordinary word, is no name's spelling.
    text = "Ratings\n\nTop of the list sat Business ProposalMarry Me Now this year. Marry Me Now came second.\n"
    assert _rule_hits("names/variant-spelling", text) == []


def test_plurals_of_a_name_are_not_variants() -> None:
    # BBC 092 and 095
    text = ("Globes\n\nThe Golden Globes will take place on 16 January. Swank won the Golden Globe and an Oscar. "
            "Winning a Golden Globe helps.\n")
    assert _rule_hits("names/variant-spelling", text) == []


@pytest.mark.parametrize("text", [
    # BBC 357 and 306: a film named after its heroine, and a biopic named after its subject
    "Aviator and Vera take Bafta glory\n\nLow-budget British movie Vera Drake won three awards. Vera Drake scored.\n",
    "Oscar hopefuls\n\nThe Ray Charles biopic Ray and Mike Leigh's drama won. Ray Charles died in 2004.\n",
    # BBC 131: a band qualifying its frontman, a place inside an event's name
    "Franz man seeks help\n\nFranz Ferdinand frontman Alex Kapranos spoke at an Edinburgh Lectures discussion, "
    "at the University of Edinburgh event.\n",
    # BBC 291: songs listed after "songs including"
    "Hall of Fame\n\nThe O'Jays performed songs including Back Stabbers, Love Train and For the Love of Money. "
    "Courtney Love was there, and Love said so.\n",
    # BBC 197: a show title after "show"
    "New DJ\n\nDJ Huw Stephens joins. He has been one half of the Thursday night show Bethan and Huw in Wales.\n",
    # BBC 017 and 036: an award, and Santa Claus
    "Spark heads world Booker list\n\nDame Muriel Spark is among three Britons on the Man Booker Prize list.\n",
    "Hanks\n\nHanks told the story of a boy's journey to meet Santa Claus. Fans wore Santa hats.\n",
    # BBC 166: call letters
    "Adoption show\n\nTommy Schenck, WRAZ-TV's general manager, said so. WRAZ-TV chose to air a film.\n",
])
def test_titles_bands_awards_and_places_are_not_people(text: str) -> None:
    hits = [(r.id, t) for r in _names_rules() for t, _ in _rule_hits(r.id, text)]
    assert hits == []


def _names_rules() -> list:  # type: ignore[type-arg]
    from artlint.config import bundled_rules

    return [r for r in bundled_rules() if r.id.startswith("names/") and r.enabled]


def test_names_in_quotations_and_capitals_are_not_variants() -> None:
    # celebrity-news legit 016 and 031, shortened
    quoted = ('Beyonce twins\n\nBeyonce is pregnant. Brie Larson wrote: "NO – YOU ARE CRYING BECAUSE BEYONCÉ IS '
              'HAVING TWINS."\n')
    assert _rule_hits("names/variant-spelling", quoted) == []
    promo = ("Dancing\n\nBONNER BOLTON (pro partner Sharna Burgess) - Bonner Bolton is a rider.\n\n"
             "SEE BONNER BOLTON'S EXTENDED BIO ON HIS CAST PAGE!\n")
    assert _rule_hits("names/variant-spelling", promo) == []


def test_two_names_joined_by_a_hyphen() -> None:
    # celebrity-news legit 026 headline
    assert _mentions("Anna Faris Responds To Chris Pratt-Jennifer Lawrence Cheating Rumors") == [
        "Anna Faris", "Chris Pratt", "Jennifer Lawrence"]


def test_particles_belong_to_the_name() -> None:
    # BBC 057: "Van Gogh" at a sentence start is the same name as "Theo van Gogh"
    text = ("Dutch watch Van Gogh's last film\n\nThe last film by the Dutch director Theo van Gogh was shown. "
            "Van Gogh was killed in 2004.\n")
    assert _rule_hits("names/variant-spelling", text) == []
    assert _rule_hits("names/reference-before-introduction", text) == []


def test_naming_cultures_and_short_forms() -> None:
    # gold-dev w13: an Indonesian name's given name is its normal short form (Conventions)
    indonesian = ("Joko Anwar film\n\nJAKARTA - Director Joko Anwar has released a horror film. "
                  "Joko said the film will be shown abroad.\n")
    assert _rule_hits("names/given-name-reference", indonesian) == []
    # gold-dev w11: a nickname in quotes after the given name is a full mention; later the given name alone is not
    kenyan = ("Amber Ray\n\nShe was dating Jimal ‘Roho Safi’ who was then married.\n\n"
              "Amber Ray with ex-boyfriend Jimal Roho Safi.\n\nThey married, with Jimal later going back to his wife.\n")
    assert _rule_hits("names/given-name-reference", kenyan) == [("Jimal", "Jimal Roho Safi")]
    # gold-dev w17: an album named after the singer does not hide the singer's given name
    chinese = ("Jay Chou tour\n\nFans of Jay Chou, rejoice. Chou's debut album, ‘Jay’, came out in 2000. "
               "Some have hailed Jay as the King of Mandopop.\n")
    assert _rule_hits("names/given-name-reference", chinese) == [("Jay", "Jay Chou")]


def test_a_list_of_titles_ends_after_its_and() -> None:
    # gold-dev s20, shortened: "Mouni" after the last title is the actress, not a fourth film.
    text = ("Mouni Roy trolled\n\nTelevision actress Mouni Roy is one of the most glamorous actresses.\n\n"
            "After starring in forgettable movies such as Made In China, Romeo Akbar Walter, and Velle, Mouni reveals "
            "that Brahmastra has given her respect.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Mouni", "Mouni Roy")]


def test_names_glued_by_a_scraper_are_two_people() -> None:
    # gold-dev s25, shortened: the caption glues two names; cut apart, "Ranbir" is Ranbir Kapoor's given name.
    text = ("Alia Bhatt, Ranbir Kapoor announce pregnancy\n\nAlia Bhatt and Ranbir Kapoor have announced their "
            "pregnancy.\n\nRanbir KapoorAlia Bhatt announced pregnancy\n\nRanbir and Alia got married in April.\n")
    assert _rule_hits("names/variant-spelling", text) == [("Ranbir KapoorAlia Bhatt", "Ranbir Kapoor Alia Bhatt")]
    assert _rule_hits("names/given-name-reference", text) == [("Ranbir", "Ranbir Kapoor"), ("Alia", "Alia Bhatt")]
    # gold-dev s23: one half named apart elsewhere is enough when nothing separates the two.
    text = ("Telefilm\n\nMehazabien Chowdhury and Farhan Ahmed Jovan are playing the leading roles.\n\n"
            "Famous faces like Farhan Ahmed JovanKhairul Alam Sabuj, Sheli Ahsan are also in it.\n")
    assert _rule_hits("names/variant-spelling", text) == [
        ("Farhan Ahmed JovanKhairul Alam Sabuj", "Farhan Ahmed Jovan Khairul Alam Sabuj")]


def test_a_hyphen_pairs_two_names_only_at_the_start_of_a_name() -> None:
    # gold-dev s05, shortened: a headline pairing the star and the director by their short names.
    text = ("Prabhas-Hanu: One Day to Go For Big Reveal\n\nAhead of Prabhas’ birthday, makers of his film with "
            "director Hanu Raghavapudi dropped an update.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Hanu", "Hanu Raghavapudi")]
    # celebrity-news legit 025, shortened: a double-barrelled family name stays whole.
    text = ("Adoption claims\n\nA man is making claims about Angelina Jolie's adoption of eldest son Maddox "
            "Jolie-Pitt. Brad Pitt adopted him later.\n")
    assert _rule_hits("names/reference-before-introduction", text) == []
    assert _rule_hits("names/given-name-reference", text) == []


def test_a_dateline_in_capitals_is_no_spelling() -> None:
    # gold-dev s29, shortened: the dateline's capitals against the place in running text.
    text = ("Drama concludes\n\nKARACHI: The makers of the drama serial attributed its success to its content.\n\n"
            "The show was shot in Karachi over six months.\n")
    assert _rule_hits("names/variant-spelling", text) == []
    # gold-dev d17: a stylised group name written two ways is still a variant.
    text = "Jisoo\n\nBLACKPINK’s Jisoo spoke.\n\nThe Blackpink star smiled.\n"
    assert _rule_hits("names/variant-spelling", text) == [("Blackpink", "BLACKPINK")]


def test_a_character_with_the_actor_in_brackets_is_left_out() -> None:
    # gold-dev k12, shortened: two characters share the family name Han; their actors are in brackets.
    text = ("Drama review\n\nLee Eunsoo (Han Sohee) is a lyricist, and Han Sunwoo (Park Hyungsik) is a novice "
            "photographer. When Han and Lee start living together, their friendship deepens.\n")
    assert _rule_hits("names/ambiguous-surname", text) == []
    # gold-dev w18, shortened: a real name glossed in brackets shares a word with the name it glosses.
    text = ("Zanilia Zhao spotted\n\nAre co-stars Zanilia Zhao (Zhao Li Ying) and Feng Shaofeng dating? "
            "New pictures of Zanilia, 30, surfaced.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Zanilia", "Zanilia Zhao")]


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph() -> None:
    # gold-dev s25, shortened: the last quotation's closing mark is missing; "Alia" is Ranbir Kapoor's word.
    text = ("Pregnancy\n\nAlia Bhatt and Ranbir Kapoor announced the news.\n\nHe added, “But boss, after my "
            "experiences in life, I can say dal-chawal is the best. My life with Alia is best.\n")
    assert _rule_hits("names/given-name-reference", text) == []
    # gold-dev d08, shortened: “Sanju’ is closed by a mismatched mark; "Taapsee" after it is the writer's.
    text = ("Manmarziyaan\n\nAbhishek Bachchan and Taapsee Pannu star.\n\nThe film stars the “Sanju’ fame Vicky "
            "Kaushal apart from Abhishek and Taapsee.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Abhishek", "Abhishek Bachchan"),
                                                              ("Taapsee", "Taapsee Pannu")]


def test_a_one_word_name_after_the_full_name_in_the_body_is_a_given_name() -> None:
    # gold-dev s23, shortened: "Mehazabien" before the full name reads as a stage name; after it, as her given name.
    text = ("Mehazabien’s next telefilm\n\nMehazabien already has done many telefilms.\n\n"
            "Mehazabien Chowdhury and Farhan Ahmed Jovan are playing the leading roles.\n\n"
            "Mehazabien said she liked the script.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Mehazabien", "Mehazabien Chowdhury")]


def test_the_plural_of_a_title_is_no_person() -> None:
    # BBC 292, shortened: "Billy Elliots" are the boys in the title role, not a person called Billy.
    text = ("Musical delayed\n\nPreview performances of the musical Billy Elliot have been delayed. He added: "
            "\"The young Billy Elliots are working hard.\"\n\nThe three boys playing Billy are 15.\n")
    assert _rule_hits("names/given-name-reference", text) == []


def test_a_compass_word_ending_a_name_is_a_family_name() -> None:
    # heldout/A cf086, shortened: "West" starts places ("West Hollywood") but ends "Kanye West".
    text = ("Kim Kardashian Trying To Steal Kanye West's Money\n\nIs Kim Kardashian trying to steal Kanye West's "
            "money? Kanye is reportedly worth $100 million. She moved to West Hollywood.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Kanye", "Kanye West")]
    assert _mentions("She moved to West Hollywood and South Korea.") == []


def test_a_word_the_article_writes_only_as_a_name_is_a_name() -> None:
    # heldout/A cf231, shortened: "megyn" is in the corpus-built common-word list (a tweet wrote
    # "megyn kelly"), but this article writes it only capitalised, alone inside a sentence.
    text = ("Megyn Kelly's Latest Look\n\nHas Megyn Kelly gotten plastic surgery?\n\nHowever, Megyn, 46, has "
            "never addressed the talk.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Megyn", "Megyn Kelly")]
    # BBC 328: a brand the article writes capitalised stays out of people ("Bet Direct").
    brand = ("Oscars odds\n\nBet Direct and Bet 365 also tip The Aviator, with the majority of bookmakers "
             "regarding Finding Neverland as the outsider. Bet Direct said so.\n")
    assert _rule_hits("names/given-name-reference", brand) == []


def test_a_royal_is_named_by_the_given_name_alone() -> None:
    # heldout/A cf200 headline: "Marriage" is no family name of Prince William.
    assert _mentions("Kate Middleton Desperate To Save Prince William Marriage") == ["Kate Middleton", "William"]


def test_a_web_address_is_not_two_names_run_together() -> None:
    # heldout/A cf246, shortened: "RadarOnline.com" is the outlet's address, not "Radar" glued to "Online".
    text = ("Johnny Depp\n\nA reeling Johnny Depp is begging ex-wife Vanessa Paradis to get back together, "
            "RadarOnline.com can exclusively reveal.\n\nAs Radar reported, Depp ended his relationship in 2012.\n")
    assert _rule_hits("names/variant-spelling", text) == []


def test_brackets_that_complete_a_name_in_a_quotation_introduce_the_person() -> None:
    # heldout/A cf086, shortened: the quotation's "Kris [Jenner]" names her in full; the writer's "Kris" after
    # it is a given-name reference, the speaker's is not.
    text = ("Kim Kardashian prenup\n\nKim Kardashian is treating her prenup like a business transaction. A source "
            "explains, \"Kim and Kris [Jenner] apparently want a $10 million cheating clause.\"\n\n"
            "You know that five years down the line, Kris is going to make sure Kim will cash in.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Kris", "Kris Jenner"), ("Kim", "Kim Kardashian")]
    assert _mentions("\"Taylor [Swift] being stalked doesn't sit well with Drake.\"")[0] == "Taylor [Swift]"


def test_a_name_with_a_married_name_added_is_one_person() -> None:
    # celebrity-news/legit 182, shortened: "Kim Kardashian" in the headline, "Kim Kardashian West" in the body.
    text = ("Kim Kardashian Opens Up to About Life After the Paris Robbery\n\nThis morning, Kim Kardashian West is a "
            "few minutes late to breakfast. Seven minutes after 8, Kim arrives.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Kim", "Kim Kardashian West")]
    assert _rule_hits("names/variant-spelling", text) == []


def test_a_participle_after_a_hyphen_ends_the_name() -> None:
    # celebrity-news/legit 040: a hyphen for a dash before a participle.
    text = ("Tyga\n\nIn a new interview, Tyga-a month out from his split with Kylie Jenner-revealed new information. "
            "Kylie Jenner did not comment.\n")
    assert _rule_hits("names/variant-spelling", text) == []
    assert _mentions("his split with Kylie Jenner-revealed new information") == ["Kylie Jenner"]


def test_variant_canonical_forms_in_celebrity_copy() -> None:
    # celebrity-news/legit 016, shortened: a tabloid lede's first word in capitals is a style, not a spelling.
    lede = ("Kim Kardashian fails to congratulate Beyonce\n\nKIM Kardashian was noticeably absent from the list. "
            "Kim did not tweet.\n")
    assert _rule_hits("names/variant-spelling", lede) == []
    assert _rule_hits("names/given-name-reference", lede) == [("Kim", "Kim Kardashian")]
    # legit 078, shortened: a word of a full name alone is spelt as in that name, whatever its first use alone.
    word = ("Saving SPOT!\n\nMedia icon Ellen DeGeneres lent her name. The convincing nature of Degeneres raised "
            "the value.\n\nDeGeneres has supported the rescue for years.\n")
    assert _rule_hits("names/variant-spelling", word) == [("Degeneres", "DeGeneres")]
    # legit 169, shortened: a first mention with a typo the body writes otherwise twice is the odd one.
    typo = ("Prison move\n\nThe jailed husband of reality TV star Terese Giudice is being moved.\n\n"
            "► May 8: 'Real Housewives' star Teresa Giudice gets probation reprimand\n\n"
            "► March 2016: Teresa Giudice posts family pics\n")
    assert _rule_hits("names/variant-spelling", typo) == [("Terese Giudice", "Teresa Giudice")]
    # legit 113, shortened: an address written without spaces is not two names run together.
    web = ("Kylie Jenner\n\nHer new Kylie Cosmetics fall Lip Kits launch next week only on KylieCosmetics.com!\n")
    assert _rule_hits("names/variant-spelling", web) == []


def test_a_short_form_of_the_given_name_is_a_given_name_reference() -> None:
    # heldout/A cl035, shortened: "Jen" for Jennifer Aniston in the headline.
    text = ("Selena Gomez And Jennifer Aniston Double Date: Jen's Comments Were Lies\n\nSelena Gomez is currently "
            "dating The Weeknd. Her bestfriend Jennifer Aniston is supportive of her.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Jen", "Jennifer Aniston")]
    # BBC 207 and celebrity-news/legit 097, shortened: a name talked about, an institution's last word.
    duo = "Awards\n\nIts hosts Anthony McPartlin and Declan Donnelly, known as Ant and Dec, said the vote was close.\n"
    assert _rule_hits("names/given-name-reference", duo) == []
    art = "Arthur Miller\n\nArthur Miller's papers went on show after a visit to the National Gallery of Art.\n"
    assert _rule_hits("names/given-name-reference", art) == []


def test_a_kin_title_before_a_given_name_is_no_slip() -> None:
    # BBC 043, shortened.
    text = ("Tributes\n\nHollywood stars have paid tribute to actor Ossie Davis. Attallah Shabazz recalled the eulogy "
            "delivered by Davis, she said, quoting the man she knew as Uncle Ossie.\n")
    assert _rule_hits("names/given-name-reference", text) == []


def test_an_age_in_apposition_makes_a_person() -> None:
    # heldout/A cf051, shortened: "Bonas" looks like a plural ("bona" is a word), but ", 26," says a person.
    text = ("Prince Harry\n\nHarry, 31, previously dated Cressida Bonas, 26, from May 2012 until April 2014. "
            "Before Cressida, he dated Chelsy Davy.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Cressida", "Cressida Bonas")]


def test_a_name_cast_with_played_by_is_a_character() -> None:
    # BBC 031, shortened: Den Watts is an EastEnders character.
    text = ("Dirty Den's demise seen by 14m\n\nMore than 14 million people saw \"Dirty\" Den Watts killed off on "
            "Friday.\n\nDen died after being confronted by Zoe. In 1986, 30 million saw Den, played by Leslie "
            "Grantham, hand divorce papers to wife Angie.\n")
    assert _rule_hits("names/given-name-reference", text) == []


def test_children_and_transcript_labels_are_no_given_name_references() -> None:
    # celebrity-news/legit 064, shortened: GOLD-GUIDELINES mark given names of adults only.
    child = ("Madonna\n\nShe is mother to adopted children David Banda, 10, and Mercy James, also 10 - David was "
             "adopted while she was still married.\n")
    assert _rule_hits("names/given-name-reference", child) == []
    # legit 018, shortened: a speaker's label in a transcript.
    label = ("Paris Hilton\n\nKim Kardashian visited Paris Hilton's closet.\n\nParis: I love this closet, it's so "
             "good.\n\nKim: What's going on with this?\n")
    assert _rule_hits("names/given-name-reference", label) == []


def test_a_child_by_a_years_old_compound_and_a_stage_name_with_an_initial() -> None:
    # celebrity-news/legit 225, shortened: a 12-year-old contestant is a child.
    child = ("America's Got Talent\n\nThe star contestant of the night was 12-year-old ventriloquist Darci Lynne "
             "Farmer from Oklahoma City. Darci sang with her puppet.\n")
    assert _rule_hits("names/given-name-reference", child) == []
    # celebrity-news/fake 139, shortened: "Mel B" is Melanie Brown's stage name, no short form of Melanie Chisholm.
    initial = ("Spice Girls\n\nThree of the group's members, Mel B (Scary Spice), Geri Horner (Ginger Spice) and "
               "Emma Bunton (Baby Spice), filmed a video. Victoria Beckham and Melanie Chisholm have both assured "
               "fans. The reunion is back thanks to Mel B's impending divorce.\n")
    assert _rule_hits("names/given-name-reference", initial) == []


def test_a_month_abbreviation_is_no_short_name() -> None:
    # celebrity-news/fake 162, shortened.
    text = ("Janet Jackson\n\nJanet Jackson is a mother. Janet gave birth to her first child, son Eissa Al Mana, "
            "Jan. 3.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Janet", "Janet Jackson")]


def test_a_single_quotation_opened_after_a_colon_runs_to_the_paragraph_end() -> None:
    # celebrity-news/legit 005, shortened: the quotation goes on into the next paragraph, its mark left open.
    text = ("Matt LeBlanc\n\nJennifer Aniston starred in Friends. Speaking from his home, Paul claimed: 'He even "
            "had a relationship with one of the girls...Jen.\n\n'They would make out in the dressing rooms.'\n")
    assert _rule_hits("names/given-name-reference", text) == []


def test_name_context_cues_on_real_sentences() -> None:
    from artlint.analysis.namecontext import (age_after, child_age, not_a_short_name, played_by_after,
                                              single_quote_open, speaker_label, web_address_at)

    bonas = "Harry, 31, previously dated Cressida Bonas, 26, from May 2012"  # heldout/A cf051
    assert age_after(bonas, bonas.index(", 26")) == 26 and age_after(bonas, bonas.index(" from")) is None
    darci = "The star contestant was 12-year-old ventriloquist Darci Lynne Farmer"  # celebrity-news/legit 225
    assert child_age(darci, darci.index("Darci"), len(darci))
    assert not child_age(bonas, bonas.index("Cressida"), bonas.index(", 26"))
    den = "30 million tuned in to see Den, played by Leslie Grantham"  # BBC 031
    assert played_by_after(den, den.index(", played"))
    radar = "RadarOnline.com can exclusively reveal."  # heldout/A cf246
    assert web_address_at(radar, len("RadarOnline")) and not web_address_at("Radar reported.", 5)
    assert speaker_label("Kim: What's going on with this?", 0, 3)  # legit 018
    assert not_a_short_name("son Eissa Al Mana, Jan. 3.", 19, 22)  # celebrity-news/fake 162
    gallery = "a recent visit to the National Gallery of Art that ended"  # legit 097
    assert not_a_short_name(gallery, gallery.index("Art"), gallery.index("Art") + 3)
    mel = "Mel B (Scary Spice)"  # fake 139
    assert not_a_short_name(mel, 0, 3) and not not_a_short_name("Jen's comments", 0, 3)
    paul = "Paul claimed: 'He even had a relationship with one of the girls...Jen."  # legit 005
    assert single_quote_open(paul, paul.index("Jen"))
    closed = "Paul claimed: 'He didn't.' Then Jen left."
    assert not single_quote_open(closed, closed.index("Jen"))


def test_a_common_given_name_before_the_full_name_is_a_reference_not_a_stage_name() -> None:
    # heldout/B cf212, shortened: "Scott" is used before "Scott Disick"; a census given name is no stage name.
    text = ("Kourtney Kardashian in Cannes\n\nKourtney Kardashian is babysitting while Kourtney and Scott are "
            "partying. Clearly, Scott is trying to make a point. Scott Disick was seen in Cannes.\n")
    hits = _rule_hits("names/given-name-reference", text)
    assert ("Scott", "Scott Disick") in hits and ("Kourtney", "Kourtney Kardashian") in hits
    # BBC 141 and 262, shortened: introduced by relation before the full name: no reference.
    wife = ("Jewels stolen\n\nOzzy Osbourne was robbed. His wife Sharon, who called the police, was upset. "
            "At a press conference on Tuesday, Sharon Osbourne gave details.\n")
    assert _rule_hits("names/given-name-reference", wife) == []
    brother = ("U2\n\nThe band formed with David Evans (The Edge, guitar) and his brother Dick.\n\n"
               "Dick Evans soon dropped out.\n")
    assert _rule_hits("names/given-name-reference", brother) == []
    # BBC 004, shortened: a pair named before either full name (a show's title).
    pair = ("Richard and Judy choose top books\n\nThe 10 authors shortlisted for a Richard and Judy book award are "
            "hoping. The award, on Richard Madeley and Judy Finnigan's Channel 4 show, is part of it.\n")
    assert _rule_hits("names/given-name-reference", pair) == []


def test_two_people_with_one_given_name_and_a_shared_surname_headline() -> None:
    # heldout/B cf232, shortened: "Amal" could be either full name; it is a given-name reference all the same.
    text = ("You won't believe how much George, Amal Clooney are planning to spend\n\n"
            "Hollywood actor George Clooney and wife Amal Clooney are spending money when Amal gives birth. "
            "The hospital wing George has booked is costly.\n\nIf Amal Alamuddin can bag George Clooney, so can we!\n")
    hits = _rule_hits("names/given-name-reference", text)
    # "George, Amal Clooney" in the headline shares one surname: no reference there.
    assert hits == [("Amal", "Amal Clooney"), ("George", "George Clooney")]


def test_a_name_inside_a_longer_title_does_not_make_every_use_a_title() -> None:
    # heldout/B cf220, shortened: "Kylie" in "Life of Kylie" is the show's; "Kylie’s new show" is Kylie Jenner.
    text = ("Kendall Jenner\n\nKylie Jenner had landed her own spin-off titled Life of Kylie, Variety reports. "
            "Her brand Kylie Cosmetics makes millions. If there’s any sort of drama or tension on Kylie’s show, "
            "Kendall is sure to keep away.\n")
    hits = _rule_hits("names/given-name-reference", text)
    assert ("Kylie", "Kylie Jenner") in hits
    # BBC 358, shortened: a list's "and" starts the next title; the title is still one.
    fox = ("Fox backs theatre\n\nLeading actor Edward Fox is behind the plan. The star of film and TV hits Day of "
           "the Jackal and Edward and Mrs Simpson won a TV Bafta for Edward and Mrs Simpson.\n")
    assert _rule_hits("names/given-name-reference", fox) == []


def test_nicknames_made_from_a_full_name_need_a_gloss() -> None:
    from artlint.analysis.nicknames import forms

    assert {"JLo", "J-Lo", "J.Lo"} <= forms(("Jennifer",), "Lopez")
    assert "A-Rod" in forms(("Alex",), "Rodriguez") and "KJo" in forms(("Karan",), "Johar")
    assert "SRK" in forms(("Shah", "Rukh"), "Khan") and "JL" not in forms(("Jennifer",), "Lopez")
    # heldout/B cl011, shortened: both nicknames stand with no gloss.
    text = ("Jennifer Lopez and Alex Rodriguez are dating\n\nJennifer Lopez and recently retired baseball hero Alex "
            "Rodriguez are dating. Rodriguez and Lopez each have two kids from previous relationships. A-Rod was "
            "married once, while JLo is a three-time divorcee.\n")
    assert _rule_hits("names/variant-spelling", text) == [("A-Rod", "Alex Rodriguez"), ("JLo", "Jennifer Lopez")]
    # Glossed once, the nickname is the article's own: "known as J-Lo".
    glossed = ("Jennifer Lopez sings\n\nJennifer Lopez, known as J-Lo, is to perform. J-Lo will sing with her "
               "husband.\n")
    assert _rule_hits("names/variant-spelling", glossed) == []


def test_two_capitals_the_article_uses_as_a_given_name() -> None:
    from artlint.analysis.namecontext import initials_as_names

    # heldout/B cf104, shortened: "OJ" before "Simpson" and alone as a person; "the UK", "on TV" are things.
    lines = ["OJ’s Comeback Plan", "OJ Simpson is starting to think about his future.",
             "One top PR executive who doesn’t work with OJ tells us that it isn’t such a bad idea.",
             "He was on TV in the UK. TV Bafta winners and UK Garage were there."]
    assert initials_as_names(lines) == frozenset({"oj"})
    text = ("OJ’s Comeback Plan\n\nOJ Simpson is starting to think about his future.\n\n"
            "One top PR executive who doesn’t work with OJ tells us that it isn’t such a bad idea.\n")
    assert _rule_hits("names/given-name-reference", text) == [("OJ", "OJ Simpson"), ("OJ", "OJ Simpson")]
    # "DJ John Peel" keeps its title off the name (BBC 197 style).
    assert _mentions("The permanent replacement for DJ John Peel begins") == ["John Peel"]


def test_children_named_by_kin_and_infant_words_are_no_given_name_references() -> None:
    # heldout/F cl181, shortened: an age before the kin noun and its comma of apposition.
    suri = ("Katie Holmes\n\nHolmes, who has largely kept her life with her 11-year-old daughter, Suri Cruise, "
            "private, spoke. Most headlines focus on her relationship with daughter Suri.\n")
    assert _rule_hits("names/given-name-reference", suri) == []
    # heldout/F cl168, shortened: a newborn.
    kenzo = ("Kevin Hart Shares Sweet Photos of Baby Kenzo\n\nKevin Hart shared a photo of their newborn, Kenzo "
             "Kash Hart, and the parents couldn't help but gush!\n")
    assert _rule_hits("names/given-name-reference", kenzo) == []
    # heldout/F cf025, shortened: the son's age comes later in the paragraph, as a noun; and 'Jolie-Pitt'
    # says his family name is the pair, so 'Pitt' alone is Brad Pitt's.
    maddox = ("Did Angelina Jolie Fake Maddox Jolie Pitt's Adoption?\n\nAngelina Jolie adopted kids from around "
              "the world, but did she obtain her first son, Maddox, using falsified documents? Jolie doesn't have "
              "legal power of attorney over the 15-year-old.\n\nBrad Pitt legally adopted him in 2006. Maddox "
              "was the source of controversy in Jolie's split with Pitt.\n\nMaddox was the only member of the "
              "Jolie-Pitt family that accompanied Jolie to the palace.\n")
    assert _rule_hits("names/given-name-reference", maddox) == []
    assert _rule_hits("names/ambiguous-surname", maddox) == []
    # An adult son stays an adult: no child's age anywhere (celebrity-news style, made up from the cues above).
    adult = ("Victoria Beckham\n\nVictoria Beckham and her son, Brooklyn Beckham, arrived. Brooklyn waved.\n")
    assert _rule_hits("names/given-name-reference", adult) == [("Brooklyn", "Brooklyn Beckham")]


def test_a_title_case_adverb_ends_a_name() -> None:
    # heldout/F cl018, shortened: "Hilton Never" is no person; "Hilton" alone then refers to no one's given name.
    text = ("Sorry, Paris Hilton Never Actually Ordered Kim K Around On 'The Simple Life'\n\nThe Internet loves to "
            "relive moments of Hilton being unkind to Kardashian as she allegedly orders her around.\n")
    assert _rule_hits("names/given-name-reference", text) == []


def test_child_cues_on_real_sentences() -> None:
    from artlint.analysis.namecontext import child_age

    suri = "Holmes, who has largely kept her life with her 11-year-old daughter, Suri Cruise, private"  # F cl181
    assert child_age(suri, suri.index("Suri"), suri.index(", private"))
    kenzo = "shared an adorable photo of their newborn, Kenzo Kash Hart, and the parents"  # F cl168
    assert child_age(kenzo, kenzo.index("Kenzo"), kenzo.index(", and"))
    maddox = ("did she obtain her first son, Maddox, using falsified documents? Maddox's real Cambodian father "
              "says Jolie doesn't have legal power of attorney over the 15-year-old.")  # F cf025
    assert child_age(maddox, maddox.index("Maddox"), maddox.index(", using"))
    grown = "her first son, Maddox, using documents. He met the 25-year-old."
    assert not child_age(grown, grown.index("Maddox"), grown.index(", using"))
    kate = ("Even though she's not entirely closing her doors to another baby, Kate is said to not want to have a "
            "second baby just yet.")  # celebrity-news/fake 079: the comma ends a clause, not an apposition
    assert not child_age(kate, kate.index("Kate"), kate.index(" is said"))
    adult = "his son, Jaden Smith, 20, said"
    assert not child_age(adult, adult.index("Jaden"), adult.index(", 20"))


def test_a_diminutive_of_a_given_name_is_a_given_name_reference() -> None:
    # heldout/F cf008, shortened: "Angie" for Angelina Jolie (GOLD-GUIDELINES: nicknames count).
    text = ("Angelina Jolie Threatens Brad Pitt\n\nAlthough Angelina Jolie, 41, and Brad Pitt, 53, opted to make "
            "their legal docs private, Angie's reportedly got a new demand.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Angie", "Angelina Jolie")]
    # A bare "y" after a single consonant makes no diminutive: "Mary" is not Mariah Carey's.
    text = "Mariah Carey\n\nMariah Carey sang a carol. Mary and Joseph were in the song.\n"
    assert _rule_hits("names/given-name-reference", text) == []


def test_diminutive_stems() -> None:
    from artlint.analysis.name_references import _diminutive_stems

    endings = ("ie", "y")
    assert _diminutive_stems("Angie", endings) == ("Ang",)
    assert _diminutive_stems("Jenny", endings) == ("Jenn", "Jen")
    assert _diminutive_stems("Mary", endings) == ()
    assert _diminutive_stems("Zoey", endings) == ()


def test_a_sentence_initial_name_of_two_listed_words_the_article_never_writes_in_lower_case() -> None:
    # heldout/F cl088, shortened: "taylor" and "swift" are both in the word lists; the article writes neither
    # in lower case, so "Taylor Swift" at a sentence start is a person, and "T.Swift" a nickname of hers.
    text = ("Taylor Swift Cries During Selena Gomez's Performance\n\nTaylor Swift was moved to tears by Selena "
            "Gomez's debut performance.\n\nThe country pop star was clearly feeling her BFF's pain. But, hey, "
            "T.Swift sang it herself.\n")
    assert _rule_hits("names/variant-spelling", text) == [("T.Swift", "Taylor Swift")]
    # celebrity-news/fake 139, shortened: a nickname in brackets stays no person, so "Geri" is still hers.
    text = ("Spice Girls\n\nThree members, Geri Horner (Ginger Spice) and Emma Bunton (Baby Spice), recorded a "
            "video.\n\nUnfortunately, a pregnancy for Geri put the reunion plans on hiatus.\n")
    assert _rule_hits("names/given-name-reference", text) == [("Geri", "Geri Horner")]
