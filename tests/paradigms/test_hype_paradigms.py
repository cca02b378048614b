"""Paradigm grid for the hype family: the fault shapes of the Conventions, crossed class by class.

The hype rules are built from word classes (crowds and their reactions, superlative frames and adjectives,
epithets and their positions, praise adjectives and what they praise, predictions), and annotators mark the
faults in any combination of those classes, in any tense, voice, word order and position. Each grid below
crosses small tuples of class members, so a hole shows as a cell, not as one missed sentence. The negative
grid puts the same words where the Conventions say they are not hype (a quotation, reported speech, a title,
a measured or sourced ranking, a negation). Every sentence is new wording written for this grid.

Conventions: the "Conventions" section at the end of ../shared/corpus/GOLD-GUIDELINES.md ("hype" part).
A case counts as caught when a hype finding overlaps the words of the class under test in it (the reaction of a
crowd claim, the superlative, the epithet, the praise adjective, the prediction), as a gold span is matched by any
overlapping hype finding; a finding elsewhere in the sentence does not count. hype/density and
hype/unsupported-headline judge whole articles and are left out. Where a cell's words would fire on their own
("stunning"), the grid names the rule and the span it expects instead, so the pattern under test can fail.
"""
from __future__ import annotations

import itertools

import pytest

from artlint.config import bundled_rules
from artlint.engine import run
from artlint.env import Env
from conftest import TODAY, make_doc

_WHOLE_ARTICLE = {"hype/density", "hype/unsupported-headline"}
_HYPE = [r for r in bundled_rules() if r.id.startswith("hype/") and r.id not in _WHOLE_ARTICLE]
_BODY = "\n\nThe singer released the album on Friday, her label said."


def _fired(text: str) -> list[str]:
    """The hype rules that fire on one body sentence."""
    return [f.rule_id for f in run(make_doc(text, snippet=True), _HYPE, Env(today=TODAY))]


def _found(text: str) -> list[tuple[str, str]]:
    """The hype findings on one body sentence, as (rule id, the text they mark)."""
    return [(f.rule_id, text[f.location.start:f.location.end])
            for f in run(make_doc(text, snippet=True), _HYPE, Env(today=TODAY)) if f.location is not None]


def _marks(text: str, part: str) -> bool:
    """Whether a hype finding on the sentence overlaps `part`, the words of the class under test."""
    start = text.index(part)
    return any(f.location is not None and f.location.start < start + len(part) and start < f.location.end
               for f in run(make_doc(text, snippet=True), _HYPE, Env(today=TODAY)))


def _fired_in_headline(headline: str) -> list[str]:
    """The hype rules that fire on an article whose headline is the given line (its body says nothing)."""
    return [f.rule_id for f in run(make_doc(headline + _BODY), _HYPE, Env(today=TODAY))
            if f.location is not None and f.location.line == 1]


def _cases(sentences: list[str], out_of_scope: dict[str, str]) -> list[object]:
    """pytest params, the cells decided out of scope marked as strict xfails with their reason."""
    return [pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=out_of_scope[s])) if s in out_of_scope
            else s for s in sentences]


def _cells(cells: list[tuple[str, str]], out_of_scope: dict[str, str] | None = None) -> list[object]:
    """pytest params of (sentence, the words under test), out-of-scope sentences as strict xfails."""
    out = out_of_scope or {}
    return [pytest.param(text, part, marks=pytest.mark.xfail(strict=True, reason=out[text])) if text in out
            else pytest.param(text, part) for text, part in cells]


def _agree(predicate: str, singular: bool) -> str:
    """The predicate for a singular subject ("are going wild" -> "is going wild")."""
    if not singular:
        return predicate
    first, _, rest = predicate.partition(" ")
    return {"are": "is", "have": "has", "were": "was"}.get(first, first) + " " + rest


# --- Crowd claims -------------------------------------------------------------------------------------------
# Conventions: "fans are going wild", "fans flooded the comments", "viewers can't wait", "created a buzz": an
# unsourced crowd with a reaction. Crowd subjects (plural, then singular) and reaction predicates in three
# tenses (past, present progressive, perfect progressive).
CROWDS = ("Fans", "Netizens", "K-pop fans", "Moviegoers", "Many viewers at home and abroad")
CROWDS_SINGULAR = ("Everyone", "The internet", "The audience")
REACTIONS = (
    ("went wild over it", "are going wild over it", "have been going wild over it"),
    ("buzzed about it", "are buzzing about it", "have been buzzing about it"),
    ("couldn't get enough of it", "can't get enough of it", "have not been able to get enough of it"),
    ("swooned over him", "are swooning over him", "have been swooning over him"),
    ("gushed over her", "are gushing over her", "have been gushing over her"),
    ("erupted in cheers", "are erupting with joy", "have erupted with joy"),
    ("melted at the clip", "are melting at the clip", "have been melting at the clip"),
    ("lost it over the clip", "are losing it over the clip", "have been losing it over the clip"),
    ("were obsessed with the song", "are obsessed with the song", "have been obsessed with the song"),
    ("were excited about it", "are excited about it", "have been excited about it"),
    ("couldn't stop talking about it", "can't stop talking about it", "have been talking nonstop about it"),
    ("took to social media to praise her", "are taking to social media to praise her",
     "have taken to social media to praise her"),
    ("showered her with love", "are showering her with love", "have showered her with love"),
    ("flooded the comments with hearts", "are flooding the comments with hearts",
     "have been flooding the comments with hearts"),
    # The idioms of elation and lost composure (the eighth session's brief).
    ("were over the moon about it", "are over the moon about it", "have been over the moon about it"),
    ("screamed over the photos", "are screaming over the photos", "have been screaming over the photos"),
)
# The crowd in the passive or as the object of a causative verb (the word orders).
CROWD_ORDERS = (
    ("The comments were flooded with hearts.", "flooded"),
    ("The comment section has been flooded with praise.", "flooded"),
    ("The clip left fans swooning.", "swooning"),
    ("The teaser sent fans into a frenzy.", "frenzy"),
    ("The teaser has the internet buzzing.", "buzzing"),
    ("The photo had netizens buzzing.", "buzzing"),
    ("Twitter erupted after the reveal.", "erupted"),
    ("Her debut was met with excitement from fans.", "excitement"),
    ("Fans can't keep calm after the teaser.", "keep calm"),
)
CROWD_OUT = {
    # "Talking" with no "can't stop" is a crowd's plain activity; "nonstop" would need its own adverb class.
    "Viewers have been talking nonstop about it.": "'talking nonstop' is outside the reaction class (no 'can't stop')",
    "Social media has been talking nonstop about it.": "'talking nonstop' is outside the reaction class",
    # "Not been able to get enough" spells the modal out; the class lists the modal forms only.
    "Viewers have not been able to get enough of it.": "'not been able to' is not a modal of the 'can't' class",
    "Social media has not been able to get enough of it.": "'not been able to' is not a modal of the 'can't' class",
}


def _crowd_grid() -> list[tuple[str, str]]:
    cells = []
    for crowd, reaction in itertools.product(CROWDS + CROWDS_SINGULAR, REACTIONS):
        predicate = _agree(reaction[0], crowd in CROWDS_SINGULAR)
        cells.append((f"{crowd} {predicate}.", predicate))
    for crowd, reaction in itertools.product(("Viewers", "Social media"), REACTIONS):
        singular = crowd == "Social media"
        cells += [(f"{crowd} {_agree(tense, singular)}.", _agree(tense, singular)) for tense in reaction[1:]]
    return cells + list(CROWD_ORDERS)


@pytest.mark.parametrize(("text", "part"), _cells(_crowd_grid(), CROWD_OUT))
def test_a_crowd_with_a_reaction_is_hype(text: str, part: str) -> None:
    assert _marks(text, part), text


# --- Superlatives -------------------------------------------------------------------------------------------
# Conventions: unsourced superlatives, "one of the most stylish idols", "the biggest comeback of the year", "of
# all time", "arguably the best". Frames x praise adjectives x singular and plural nouns; then the -est forms
# with their time frames; then the fixed expressions of the issue.
SUPERLATIVE_FRAMES = ("She is one of the most {adj} {nouns}.", "She is among the most {adj} {nouns}.",
                      "She is the most {adj} {noun} ever.", "She is the most {adj} {noun} of all time.",
                      "She is the most {adj} {noun} in history.", "She is arguably the most {adj} {noun} today.")
SUPERLATIVE_ADJECTIVES = ("beautiful", "talented", "iconic", "anticipated", "popular", "successful")
SUPERLATIVE_NOUNS = (("actress", "actresses"), ("singer", "singers"))
EST_FRAMES = ("It is the {est} {noun} ever.", "It is the {est} {noun} of all time.",
              "It is the {est} {noun} in history.", "It was the {est} {noun} of the year.")
ESTS = ("best", "greatest", "prettiest", "hottest", "biggest")
EST_NOUNS = ("drama", "comeback")
SUPERLATIVE_FIXED = (
    ("Her voice is second to none.", "second to none"), ("The show delivers thrills like never before.", "never"),
    ("The finale is unlike anything you have ever seen.", "unlike anything"),
    ("The finale was unlike anything else on TV.", "unlike anything"),
    ("She is the best of the best.", "best of the best"), ("His talent is unmatched.", "unmatched"),
    ("Her beauty is unparalleled.", "unparalleled"), ("She is by far the best dancer of the group.", "best"),
    ("As a live act the band has no equal.", "no equal"), ("She is the prettiest idol in K-pop.", "prettiest"),
    ("It is one of the most-awaited films of the year.", "most-awaited"),
    # A ranking within the group or the cast (the eighth session's brief).
    ("She is the best dancer in the group.", "best"), ("He is the coolest member of the band.", "coolest"),
)
# "Popular" and "successful" are plain reputation words in the Conventions, and BBC entertainment writes "one of
# the most popular talk show hosts", "one of Britain's most successful heavy rock bands" in its own voice (about
# six findings, over the family's BBC limit); gold-dev marks "most popular" twice (s18). Left for a decision.
_POPULAR = "'most popular/successful': plain reputation words in the Conventions, written in BBC's own voice"
SUPERLATIVE_OUT = {
    **{f.format(adj=adj, noun=n, nouns=ns): _POPULAR for f in SUPERLATIVE_FRAMES[:-1]
       for adj in ("popular", "successful") for n, ns in SUPERLATIVE_NOUNS},
    # "Biggest" with a time frame is measured (box office, charts): the long pattern ranks "biggest" only with a
    # praise noun between; an idol or a drama is "the biggest" by sales as often as by praise.
    # ("Arguably the most popular" is caught: "arguably" makes any superlative the writer's.)
    "It is the biggest drama ever.": "'biggest' is a measured rank (box office), kept out of the work nouns",
    "It is the biggest drama of all time.": "'biggest' is a measured rank (box office)",
    "It is the biggest drama in history.": "'biggest' is a measured rank (box office)",
    "It was the biggest drama of the year.": "'biggest' is a measured rank (box office)",
}


def _superlative_grid() -> list[tuple[str, str]]:
    cells = [(f.format(adj=adj, noun=n, nouns=ns), f"most {adj}") for f, adj, (n, ns)
             in itertools.product(SUPERLATIVE_FRAMES, SUPERLATIVE_ADJECTIVES, SUPERLATIVE_NOUNS)]
    cells += [(f.format(est=e, noun=n), e) for f, e, n in itertools.product(EST_FRAMES, ESTS, EST_NOUNS)]
    return cells + list(SUPERLATIVE_FIXED)


@pytest.mark.parametrize(("text", "part"), _cells(_superlative_grid(), SUPERLATIVE_OUT))
def test_an_unsourced_superlative_is_hype(text: str, part: str) -> None:
    assert _marks(text, part), text


# --- Epithets -----------------------------------------------------------------------------------------------
# Conventions: rank or status epithets given as praise ("superstar", "megastar", "legend", "icon", "heartthrob",
# "the King of Tollywood", "nation's sweetheart"), fan honorifics used as titles. Each epithet in each position:
# before the name, in apposition, as the predicate; then crowns over a field, and possessed favourites.
EPITHETS = ("superstar", "megastar", "legend", "icon", "heartthrob", "global sensation")
EPITHET_POSITIONS = ("{Cap} Rajinikanth arrived in Chennai.", "Rajinikanth, the {low}, arrived in Chennai.",
                     "Rajinikanth is a {low}.", "The {low} arrived in Chennai.")
CROWNS = ("King", "Queen", "Prince")
FIELDS = ("Pop", "K-pop", "Ballads", "Bollywood", "romantic comedies", "Hallyu")
EPITHET_FIXED = (
    ("She is K-pop's favourite rapper.", "favourite rapper"), ("He is Korea's favourite actor.", "favourite actor"),
    ("She is the nation's sweetheart.", "sweetheart"), ("Bollywood's Badshah arrived in Mumbai.", "Badshah"),
    ("The screen goddess arrived in Cannes.", "screen goddess"), ("Rebel Star Prabhas arrived in Hyderabad.", "Rebel Star"),
)


def _epithet_grid() -> list[tuple[str, str]]:
    cells = []
    for position, epithet in itertools.product(EPITHET_POSITIONS, EPITHETS):
        text = position.format(Cap=epithet[0].upper() + epithet[1:], low=epithet)
        cells.append((text, epithet if epithet in text else epithet[0].upper() + epithet[1:]))
    cells += [(f"She is the {c} of {f}.", f"{c} of {f}") for c, f in itertools.product(CROWNS, FIELDS)]
    return cells + list(EPITHET_FIXED)


# "Legend" and "icon" capitalised before a name are read as part of a name (John Legend): the pattern keeps a
# capitalised one only before a capitalised word, which "Legend Rajinikanth" is. No cell is out of scope here.
@pytest.mark.parametrize(("text", "part"), _cells(_epithet_grid()))
def test_an_epithet_in_the_writers_voice_is_hype(text: str, part: str) -> None:
    assert _marks(text, part), text


# --- Gushing praise -----------------------------------------------------------------------------------------
# Conventions: gushing praise of a work, a performance or a person's looks ("stunning", "breathtaking",
# "flawless", "jaw-dropping"). Strong praise adjectives x the things they praise, attributive and predicative;
# then the looks verbs.
GUSHING = ("stunning", "breathtaking", "jaw-dropping", "mesmerising", "flawless", "ethereal")
PRAISED = (("look", "was"), ("visuals", "were"), ("performance", "was"), ("chemistry", "was"),
           ("vocals", "were"), ("outfit", "was"), ("acting", "was"), ("MV", "was"))
LOOKS = (("She looked stunning in the gown.", "stunning"),
         ("She looked absolutely breathtaking at the premiere.", "breathtaking"),
         ("She looks drop-dead gorgeous in the pictorial.", "drop-dead gorgeous"),
         ("She looked radiant at the premiere.", "radiant"), ("She looks like a goddess in the pictorial.", "goddess"),
         ("She stunned in a red gown.", "stunned"), ("She glowed on the red carpet.", "glowed"),
         ("He turned heads at the airport.", "turned heads"), ("Their chemistry is undeniable.", "undeniable"),
         ("Her beautiful visuals caught the eye.", "beautiful visuals"),
         # The looks words after a looks verb, and the plain ones with a garment (the eighth session's brief).
         ("The actor looks dapper in a black suit.", "dapper"), ("She looked glamorous at the gala.", "glamorous"),
         ("He looked great in a grey suit.", "great"),
         # A praise word behind an intensifying prefix glued by a hyphen (the eighth session's brief).
         ("The ever-gorgeous actress arrived.", "gorgeous"), ("The oh-so-stunning singer waved.", "stunning"),
         ("The uber-talented director smiled.", "talented"), ("Her super-popular show returns.", "popular"),
         # A body praised with a shape or fitness word (the eighth session).
         ("She showed off her toned abs on the beach.", "toned abs"),
         ("The model flaunted her enviable curves.", "enviable curves"))


def _gushing_grid() -> list[tuple[str, str]]:
    cells = []
    for adj, (noun, copula) in itertools.product(GUSHING, PRAISED):
        cells += [(f"Her {adj} {noun} caught the eye.", adj), (f"Her {noun} {copula} {adj} at the show.", adj)]
    return cells + list(LOOKS)


@pytest.mark.parametrize(("text", "part"), _cells(_gushing_grid()))
def test_gushing_praise_is_hype(text: str, part: str) -> None:
    assert _marks(text, part), text


# The gushing adjectives above fire on their own, so the grid above cannot fail for the verdict pattern (a praised
# noun, a copula, a verdict). These verdicts fire only through it: the rule and the span are asserted.
VERDICTS = ("impressive", "perfect", "powerful", "terrific", "wonderful", "electric")


@pytest.mark.parametrize(("noun", "copula", "adj"), [(n, c, a) for (n, c), a in itertools.product(PRAISED, VERDICTS)])
def test_a_verdict_after_a_copula_is_hype(noun: str, copula: str, adj: str) -> None:
    text = f"Her {noun} {copula} {adj} at the show."
    assert _found(text) == [("hype/puffery", f"{noun} {copula} {adj}")], text


# --- Predictions and curiosity ------------------------------------------------------------------------------
# Conventions: predictions of success in the writer's voice ("poised to", "promises to", "sure to be a hit",
# "will leave you in awe"); curiosity-gap wording ("you won't believe", "Details Inside", "Big Reveal").
PREDICTION_FRAMES = ("The film is poised to {v}.", "The film is sure to {v}.", "The film is set to {v}.",
                     "The film will surely {v}.", "The film is expected to {v}.")
SUCCESSES = ("become a hit", "be a huge success", "top the box office charts", "win hearts")
PREDICTION_OUT = {
    "The film is set to top the box office charts.": "'set to top' a chart is a schedule word with a measured goal",
    "The film is expected to top the box office charts.": "'expected to top' the charts is often a sourced forecast",
}
CURIOSITY_BODY = (("You won't believe what she wore.", "won't believe"),
                  # "said" as the verb of the tease's object, not its attribution (the eighth session's brief).
                  ("You won't believe what the actor said next.", "won't believe"),
                  ("Fans went wild over what she said.", "went wild"),
                  ("You will never guess who turned up.", "never guess"),
                  ("Get ready to be amazed.", "Get ready to be amazed"), ("But here's where it gets interesting.", "gets interesting"),
                  ("It is a finale you don't want to miss.", "want to miss"),
                  ("Fans will surely love it.", "surely love"))
CURIOSITY_HEADLINES = ("BLACKPINK Comeback: Details Inside", "Big Reveal From the Director",
                       "What Happened Next Will Shock You", "You Won't Believe What She Wore")


def _prediction_grid() -> list[tuple[str, str]]:
    # the prediction is the frame and what it predicts: "The film [is poised to become a hit]."
    cells = [(f.format(v=v), f.format(v=v)[len("The film "):-1])
             for f, v in itertools.product(PREDICTION_FRAMES, SUCCESSES)]
    return cells + list(CURIOSITY_BODY)


@pytest.mark.parametrize(("text", "part"), _cells(_prediction_grid(), PREDICTION_OUT))
def test_a_prediction_or_a_tease_is_hype(text: str, part: str) -> None:
    assert _marks(text, part), text


@pytest.mark.parametrize("headline", CURIOSITY_HEADLINES)
def test_a_curiosity_gap_headline_is_hype(headline: str) -> None:
    assert _fired_in_headline(headline), headline


# --- The negative grid --------------------------------------------------------------------------------------
# Conventions: "Only the writer's own voice. Direct quotations and reported speech with an explicit attribution
# ('..., the director said') are never marked"; plain reputation descriptors (popular, hit, famous, veteran,
# talented, award-winning) and neutral genre words are not hype. The positive words above, put where they are
# the speaker's: a quotation with its speaker, and reported speech with "according to".
SPOKEN = ("fans went wild over the teaser", "she looked stunning in the gown",
          "it is one of the most beautiful films of the year", "her visuals were flawless",
          "the film is poised to become a hit", "he is a legend", "the finale is unlike anything else on TV")
SPEECH_FRAMES = ('"{Cap}," the director said.', '"{Cap}," she told reporters.', "According to the agency, {low}.",
                 # A paragraph of a quotation of several, which opens with a mark and leaves it open, double or single
                 # (a single mark when the next paragraph goes on with one: alone it may open an elision, 'Tis).
                 '"{Cap}.', "'{Cap}.\n\n'It was only the start.'")
SPEECH_OUT = {
    # hype/epithets reads a rank given in a sentence with "said" as the writer's ("Superstar X said ..." keeps
    # the writer's own epithet); only direct quotation protects an epithet, as in the first two frames.
    "According to the agency, he is a legend.": "epithets take no 'according to' (reported naming is 'hailed')",
}
NOT_HYPE = (
    # Titles of works that hold the words (Conventions: neutral description; titles are names).
    "The Greatest Showman returns to cinemas on Friday.", "She starred in Legend of the Blue Sea.",
    "Kings of Leon played two songs.",
    # Measured or sourced rankings.
    "The film is the highest-grossing film of 2025, according to Box Office Mojo.",
    "It was the best-selling album of the year.", "It became the most-watched series of the year on Netflix.",
    "It was voted the best drama of the year in a poll of 2,000 viewers.",
    "Sideways was named the best film of the year by the critics' association.",
    # Negation.
    "The film was not a hit.", "Her performance was not enough to save the film.",
    # A named critic's verdict.
    "Variety's critic called her performance breathtaking.",
    # Plain descriptors and plain crowds (Conventions: "popular", "veteran", "talented", "award-winning").
    "He is a popular actor.", "The veteran actor returned.", "She is a talented singer.",
    "The award-winning director returned.", "She is a pop star.", "Fans gathered outside the venue.",
    "Viewers can stream the show on Netflix.", "Fans can buy tickets from Friday.",
    "The comments were deleted.", "She was stunned by the news.", "The album will be a double LP.",
    "Viewers praised the new format in a survey of 2,000 people.", "The volcano could erupt again.",
    # A scene, not a verdict: screaming with nothing it is over (BBC entertainment 239 and 355's shapes).
    "Screaming fans lined the red carpet.", "The crowd screamed when the band arrived.",
    # A plain "looked good" with no garment, and "pretty" as an adverb.
    "The deal looked good on paper.", "The singer looks pretty relaxed in the photos.",
    # An award name, and a ranking within a group by a poll.
    "He won best actor at the awards.", "She was voted the best dancer in the group in a fan poll.",
    # An exclamation closed by its comma keeps the attribution after it.
    "What a stunning night, the director said.",
    # A prefix before a plain word, and a plain word with no prefix.
    "The ever-present cameras followed the super-size cast.", "The talented director smiled.",
    "Her perfect body of work earned a retrospective.", "The opening night was toned down.",
)
# Plain professional news that the widened patterns flagged (review of 2 December, items 1-8; new wording of the
# reviewer's): a figure, a result, evidence and moves judged; a likeness, a light, a sum, a skating figure; a
# question about success; a plain future; a plain audience; a well-known face, pay, peer review, box-office
# ranks, a prize; a passive, a loss, a clash, a monitor, a request; remarks and a platform's growth; a name.
REVIEW_NOT_HYPE = (
    "The figure is impressive for a film with no stars.",
    "The studio's performance was remarkable this year, with profits up 20%.",
    "The video was undeniable evidence that the singer had been at the party.",
    "Such moves are remarkable in an industry that rarely changes.",
    "At first the deal looked like a dream for the studio.", "The set looks like a doll's house.",
    "The stage looked like a model of the Globe Theatre.",
    "The London Eye glowed in pink light for breast cancer awareness month.",
    "Blackpool Tower shone in red, white and blue for the jubilee.",
    "Fans were stunned at the premiere when the director announced his retirement.",
    "The studio paid a handsome figure for the film rights.", "The skaters completed a perfect figure of eight.",
    "Whether the film will be a hit remains to be seen.", "Analysts doubt the sequel will be a hit.",
    "It is not clear whether the show will become a success in the US.",
    "The presenter will definitely leave the programme at the end of the series.",
    "The ruling will certainly set a precedent for other broadcasters.",
    "Many fans cannot afford to miss work to queue for tickets.",
    "Viewers who don't want to miss the final can watch it online.",
    "You would not guess from the trailer that the film is a comedy.",
    "He is one of the best known faces in Hollywood.", "She was the best paid actress in Hollywood last year.",
    "The study was published without peer review.",
    "The film had no rivals at the box office over the Christmas weekend.",
    "Box office takings this year were easily the best since 2002.",
    "The film is by far the best performer at the box office this year.",
    "It competes for the best film of the year prize at the Evening Standard awards.",
    "Everyone involved in the production was praised by the judge.",
    "Audiences melted away after the film's opening weekend.",
    "Clashes between rival fans erupted outside the stadium.",
    "Audiences were hooked up to heart-rate monitors during the screening.",
    "The public will be asked to praise or criticise the plans at a meeting.",
    "The host's comments blew up into a full-scale row with the network.",
    "The director's comments lit up a fierce debate about diversity.",
    "TikTok exploded in popularity during lockdown.", "Instagram blew up in 2012 when Facebook bought it.",
    "Hollywood's Queen Latifah will host the ceremony.",
)
# Plain news the eighth session's widened classes flagged (review 8, /work/tmp/s8/review: the reviewer's own
# wording; the rows it marked uncertain are left out): a contest, a storm, trains and sales that "look" a way, and
# a suspect and a team dressed plainly; a side, a record, a planet, a business and a product ranked in a group or
# a line-up; a party's rift, tensions between governments, the beef trade, a showdown over pay; a sculpture, a
# darts leg, a spider's body, a clock's figure; hot as a temperature or a spice; a crowd's grief; a pseudo-cleft's
# reporting verb; the speaker going on after a framed quotation.
REVIEW8_NOT_HYPE = (
    "The competition for places in the squad looks fierce ahead of the World Cup.",
    "The storm looked fierce on satellite images as it moved towards the coast.",
    "The new trains look sleek, but passengers say there is less room for luggage.",
    "Sales looked good in dresses and knitwear but fell sharply in menswear.",
    # The same with a mild looks word: a garment with no determiner is a product line, not a worn garment.
    "Sales looked great in dresses and knitwear but fell sharply in menswear.",
    "CCTV footage shows the suspect, who was looking smart in a grey suit, leaving the bank at 14:10.",
    "The players looked smart in their new club suits as they arrived for the final.",
    "Spain were the best side in the group, winning all three of their matches.",
    "Brazil have the best goal difference in the group after two games.",
    "Astronomers say the planet is the hottest world in the group, with a surface of about 1,500C.",
    "Its retail arm was the best performing business in the group last year, the annual report shows.",
    "Patients on the higher dose showed the greatest improvement of the group, the researchers reported.",
    "Wales had the best attendance in the group, with more than 30,000 at each home game.",
    "The team with the best record in the group goes straight through to the quarter-finals.",
    "Investors said the brewer was the best placed company in the group to ride out the downturn.",
    "The long-range version has the greatest range in the line-up, at 600km on a single charge.",
    "The vote exposed a major rift in the governing party over immigration.",
    "There are serious tensions between the two governments over fishing rights.",
    "Australia, a major beef exporter, has agreed a trade deal with the UK.",
    "Brazil is a huge beef producer, and its farmers fear the new tariffs.",
    "The unions are heading for a major showdown with the government over pay.",
    "Ethnic tensions in the region have led to serious tension between neighbouring villages.",
    "The two chambers face a major showdown over the budget next week.",
    "The museum has bought a sculpted figure from a 12th-century church in Normandy.",
    "The sculpted torso, found in a field in 1990, will go on display next month.",
    "He threw two perfect legs in the final, including a nine-dart finish.",
    "The spider has a slender body and can leap many times its own length.",
    "The hourglass figure on the clock tower was restored last year.",
    "Astronomers have found an ultra-hot Jupiter orbiting a star 400 light years away.",
    "Forecasters say the extra-hot weather will last until the weekend.",
    "The factory makes super-hot furnaces for the steel industry.",
    "Chilli growers say the extra-hot varieties sell out first.",
    "The public were beside themselves with grief after the shooting, and flowers were left outside the school.",
    "Fans were going wild in the stands, which is what the steward told police in his statement.",
    "The album is a stunning achievement, which is what the label said in its press release.",
    "It is a hugely popular scheme, which is what the minister told MPs on Wednesday.",
    "The service is much-anticipated, and that is what the council said in its consultation.",
    '"We are thrilled," the director said, calling the film a stunning achievement.',
    'The director said: "We are thrilled," and called the film a stunning achievement.',
)
# Plain news headlines that name no person beside a state word (review 8; "Boozy Britain", marked uncertain, is
# left out).
REVIEW8_PLAIN_HEADLINES = (
    "Drunken driver jailed for killing cyclist", "Reckless driver banned after 100mph chase",
    "Jealous husband jailed for life for murder of wife", "Scared residents flee as wildfire spreads",
    "Insecure jobs leave young workers struggling, report finds",
    "Bitter cold grips Scotland as temperatures fall to -15C", "Frantic search for missing boy enters third day",
    "Spoiled ballots hit record high in mayoral election", "Tragic death of toddler prompts review of hospital care",
    "Lonely older people to get befriending calls under new scheme",
    "Skeletal remains found in woodland are Roman, say experts",
)
NOT_HYPE_OUT = {
    "Her performance was not stunning.": "hype/puffery lists 'stunning' alone; the phrases kind has no negation",
    "She wrote on Instagram that the show was breathtaking.": (
        "'wrote' stands beside the writer's own praise of a photo (celebrity-news/legit 226 'she captioned a "
        "stunning shot'), so it is no attribution word"),
    "The legend of the lost city inspired the film.": (
        "a lower-case 'legend of' is kept for 'a living legend of the Korean pop scene' (gold-dev)"),
    "Variety said the film was the best drama of the year.": (
        "'said' is no attribution for superlatives: gold-dev u06 marks a superlative in a sentence with 'said'"),
}


def _speech_grid() -> list[str]:
    return [f.format(Cap=s[0].upper() + s[1:], low=s) for f, s in itertools.product(SPEECH_FRAMES, SPOKEN)]


@pytest.mark.parametrize("text", _cases(_speech_grid() + list(NOT_HYPE) + list(REVIEW_NOT_HYPE) + list(REVIEW8_NOT_HYPE)
                                        + list(NOT_HYPE_OUT),
                                        {**SPEECH_OUT,
                                                                                           **NOT_HYPE_OUT}))
def test_the_same_words_where_they_are_not_the_writers_praise(text: str) -> None:
    assert _fired(text) == [], text


# A few lower-case words in single quotes: another's words when a verb of saying or writing, or a colon, introduces
# them; the writer's own scare quotes otherwise (the shapes of celebrity-news legit/033 and 174, new wording).
SHORT_QUOTED = ("the cutest couple", "an incredible night", "simply flawless")
SHORT_QUOTE_SPOKEN = ("Fans commented that they were {q}.", "She posted a photo of {q} on Instagram.",
                      "One fan wrote: {q}.")
SHORT_QUOTE_WRITERS = ("It was {q} at the gala.", "The pair made {q} on the night.",
                       # A verb of naming puts the writer's own words in quotes as well.
                       "Critics have called it {q}.")


@pytest.mark.parametrize("text", [f.format(q=f"'{q}'") for f, q in itertools.product(SHORT_QUOTE_SPOKEN, SHORT_QUOTED)])
def test_short_single_quoted_words_a_verb_of_saying_introduces_are_the_speakers(text: str) -> None:
    assert _fired(text) == [], text


@pytest.mark.parametrize(("text", "part"), [(f.format(q=f"'{q}'"), q)
                                            for f, q in itertools.product(SHORT_QUOTE_WRITERS, SHORT_QUOTED)])
def test_short_single_quoted_words_nobody_says_are_the_writers(text: str, part: str) -> None:
    assert _marks(text, part), text


# An elision in capitals opening a paragraph of the writer's is no quotation left open (review 9 probes, its own
# wording): the praise after it is the writer's.
ELISION_OPENINGS = (("'Tis the season for the stunning lights of Regent Street, which drew a crowd on Thursday.",
                     "stunning"),
                    ("'Allo 'Allo! star Gorden Kaye, the legendary comic actor, has died aged 77.", "legendary"),
                    ("'Cos nobody does a quiz like the legendary Red Lion, the breathtaking pub in Bath.", "breathtaking"),
                    ("'N Sync tribute band headline the stunning main stage, a much-anticipated act.", "stunning"),
                    # second probes: a verb of saying inside the writer's clause, a double mark opening the next
                    ("'N Sync tribute band headline the stunning main stage, which adds a second night this year.",
                     "stunning"),
                    ("'Tis the season for the breathtaking Blackpool Illuminations, which this year added a laser show.",
                     "breathtaking"),
                    ("'Tis the season for the stunning lights of Regent Street.\n\n\"It's magical,\" said one visitor.",
                     "stunning"))


@pytest.mark.parametrize(("text", "part"), ELISION_OPENINGS)
def test_praise_after_an_elision_opening_a_paragraph_is_the_writers(text: str, part: str) -> None:
    assert _marks(text, part), text


@pytest.mark.parametrize("headline", REVIEW8_PLAIN_HEADLINES)
def test_a_state_word_before_a_common_noun_in_a_headline_is_plain(headline: str) -> None:
    assert _fired_in_headline(headline) == [], headline


# A person labelled by a state or a flaw beside the name (heldout B's shapes, new wording of review 8's rows).
@pytest.mark.parametrize("headline", ["Jealous Keith Urban Fumes Over Nicole's New Co-Star",
                                      "Sloppy Jessica Simpson Stumbles Out Of Club",
                                      "Tom Cruise Paranoid: the star hires a third bodyguard"])
def test_a_state_word_beside_a_name_in_a_headline_is_hype(headline: str) -> None:
    assert "hype/puffery" in _fired_in_headline(headline), headline


# A source word earlier in the sentence that sources nothing (review of 2 December, item 15): the superlative is
# still the writer's, and hype/superlatives must report it.
@pytest.mark.parametrize(("text", "span"), [
    ("The band, which is named after a Bowie song, is by far the greatest live act in the world.",
     "far the greatest"),
    ("It is the best drama of the year, and its ranking on IMDb has soared.", "best drama of the year"),
])
def test_a_source_word_far_from_the_superlative_does_not_source_it(text: str, span: str) -> None:
    assert ("hype/superlatives", span) in _found(text), text


# A capitalised praise word alone between lower-case words of a sentence is a title or a name (celebrity-news/legit
# 152's shape, outside every set: a song); in capitals throughout it is shouting, and two capitalised words are
# an epithet's to judge (gold-dev s05 "Rebel Star"). After a verb of looking it is the verdict on a look (review 9). New wording.
@pytest.mark.parametrize("text", ["She sang Gorgeous in the second half of the show.",
                                  "The director cut Wonderful from the final album."])
def test_a_lone_capitalised_praise_word_in_running_text_is_a_title(text: str) -> None:
    assert _fired(text) == [], text


@pytest.mark.parametrize(("text", "span"), [("The actress looked Stunning on the red carpet at the Baftas.", "Stunning"),
                                            ("The singer looked truly Gorgeous in a red gown at the premiere.",
                                             "Gorgeous"),
                                            ("The band gave an AMAZING show last night.", "AMAZING"),
                                            ("The band gave an amazing show last night.", "amazing"),
                                            ("Fans queued all night for the Rebel Star's birthday screening.", "Rebel Star")])
def test_praise_in_lower_case_or_capitals_throughout_is_still_hype(text: str, span: str) -> None:
    assert _marks(text, span), text


# Reported speech the gate's word list misses (lint/analysis/attribution.py reported_clause): a third-person verb of
# saying with a that-clause, and a verb of saying with its speaker closing the sentence. The shapes of
# celebrity-news/legit 116, fake 221 and fake 063 (outside every set), new wording.
@pytest.mark.parametrize("text", [
    "The DJ admits in a podcast to Variety that he was not ready to date a global superstar.",
    "A close friend tells the magazine EXCLUSIVELY, that the singer envies her co-star's flawless skin.",
    "The actress has suffered a shocking setback in rehab, claimed an insider.",
    "The actor told reporters that the film was a masterpiece.",
    "The film is a stunning achievement and a must-watch for every family, added the critic.",
    "The new stadium is a stunning piece of design, recalled a former director of the club.",
    # Review 9, second round: any agent noun closing the sentence after the determiner is the speaker; a work after
    # "of" is not the subject; ", but that" goes on reporting.
    "The new stadium will be a stunning addition to the city, added the mayor.",
    "The new stand is the most iconic in the country, claimed the club's owner.",
    "The restored gallery is a stunning space, explained the museum's curator.",
    "The new building is simply breathtaking, added the head teacher.",
    "The new school hall is simply breathtaking, added her teacher.",
    "The new lab is a stunning space, explained the researcher.",
    "The makers of the film say that the stunning coastline was the obvious choice.",
    "The curator of the exhibition says that the iconic painting has never left Paris before.",
    "The director admits that the shoot ran over budget, but that the result is a breathtaking film.",
    "The director admits that the shoot ran over budget and that the result is a breathtaking masterpiece.",
])
def test_a_that_clause_of_a_speaker_or_a_closing_speaker_is_reported_speech(text: str) -> None:
    assert _fired(text) == [], text


# The same verbs where the words stay the writer's: "As we previously told you" (no that-clause, the writer), an
# infinitive (gold-dev k24's "safe to say that"), the epithet before the verb, a that-clause inside a noun (heldout
# D's shape), a relative aside after a comma (heldout B's shape), a listener after "told" (its speaker before it).
@pytest.mark.parametrize(("text", "span"), [
    ("As we previously told you, the shocking split came after months of rumours.", "shocking"),
    ("It is safe to say that she looks stunning in the gown.", "stunning"),
    ("The superstar said that she was tired.", "superstar"),
    ("The revelation that her manager told her that she would be dropped is making waves.", "making waves"),
    ("The singer said that she begged the studio to cast Alexander, who is often regarded as one of the hottest "
     "stars in Hollywood.", "hottest stars"),
    ("A source close to the pop icon told Radar.", "icon"),
    # Review 9: a verb that also takes a thing as its object, after an aside that closes on a comma, is the
    # subject's own verb, not a closing speaker's.
    ("The iconic hotel, built in 1890, adds a spa this year.", "iconic"),
    ("The stunning new stadium, with a roof that opens in an hour, recalls the Colosseum.", "stunning"),
    ("The legendary band, who formed in Sheffield in 1978, add a second night at Wembley.", "legendary"),
    ("The breathtaking scale of the project, with 40 miles of tunnels, explains the delay.", "breathtaking"),
    ("The legendary club, founded in 1857, admitted the first women members in 1990.", "legendary"),
    ("The legendary team, formed in 1888, claimed the title in May.", "legendary"),
    # Review 9: a that-clause ends at a clause break; a passive, an unnamed crowd or a work names no speaker.
    ("The director admits that the shoot ran over budget; the result is a breathtaking masterpiece.", "breathtaking"),
    ("The singer admits that she was nervous — the show was a stunning success.", "stunning"),
    ("It is often said that the legendary presenter never missed a show.", "legendary"),
    ("Fans say that the finale is the most jaw-dropping episode of the year.", "jaw-dropping"),
    ("The documentary explains that the breathtaking coastline was shaped by the last ice age.", "breathtaking"),
    ("The book recalls that the iconic band played their first gig in a Liverpool pub.", "iconic"),
    # Review 9, second round: the person's noun after the closing verb is part of a thing, or a thing ends the sentence.
    ("The legendary hotel, which opened in 1890, added a host of new rooms.", "legendary"),
    ("The iconic museum, founded in 1920, added the star exhibit last year.", "iconic"),
    ("The iconic stadium, built in 1923, added a fan zone this summer.", "iconic"),
    ("The legendary theatre, built in 1887, added a writer in residence.", "legendary"),
    ("The iconic airline, founded in 1924, claimed the top executive award.", "iconic"),
    # Review 9, third round: a thing in -er/-or/-ist/-ian, or an office noun after "a"/"a new", is no speaker.
    ("The iconic department store, which opened in 1909, added a second floor.", "iconic"),
    ("The legendary memoir, first published in 1964, added a new chapter.", "legendary"),
    ("The iconic tower, built in 1894, added a glass elevator.", "iconic"),
    ("The stunning memorial, unveiled on Sunday, recalls the disaster.", "stunning"),
    ("The legendary orchestra, founded in 1904, added a new cellist.", "legendary"),
    ("The breathtaking new gallery, which cost £20m, added a new historian.", "breathtaking"),
    ("The iconic festival, first held in 1970, added a new headliner.", "iconic"),
])
def test_the_same_verbs_leave_the_writers_words_alone(text: str, span: str) -> None:
    assert _marks(text, span), text


# The "best friend" idiom (friend, buddy, pal, mate, chum, bud, BFF) is a close friend, not a ranking of praise
# (celebrity-news/fake 083's shape, outside every set); the same frame before a work or a person still ranks.
# New wording.
@pytest.mark.parametrize("text", ["She flew to Rome with one of Clooney's best buddies.",
                                  "Some of the best friends of the couple were at the wedding.",
                                  "He is among the world's best mates of the band, his manager joked."])
def test_the_best_friend_idiom_is_no_superlative(text: str) -> None:
    assert _fired(text) == [], text


@pytest.mark.parametrize(("text", "span"), [("She starred in one of Clooney's best films.", "best"),
                                            ("He is one of the best pals of the genre's fans and one of the best "
                                             "actors of his generation.", "best actors")])
def test_the_same_frame_before_a_work_or_a_person_still_ranks(text: str, span: str) -> None:
    assert _marks(text, span), text


def _headline_found(headline: str) -> list[tuple[str, str]]:
    """The hype findings on the headline line of an article, as (rule id, the text they mark)."""
    text = headline + _BODY
    return [(f.rule_id, text[f.location.start:f.location.end])
            for f in run(make_doc(text), _HYPE, Env(today=TODAY)) if f.location is not None and f.location.line == 1]


# Stacked marks are reported with the words they stress, back to the headline's last clause break (the read gold
# marks "Digital Diva!" and "Stop Right Now!" with their marks, heldout A and D); a single mark is no device, and
# marks at the very start stress nothing before them. New wording.
@pytest.mark.parametrize(("headline", "span"), [
    ("DIVA QUEEN!! Singer Gets Rival Banned From Awards", "DIVA QUEEN!!"),
    ("EXCLUSIVE: Rapper Misses Flight . . . Cancels Tour!!", "Cancels Tour!!"),
    ("Secret Romance! Two Stars Are Dating To Make Their Exes Jealous?!", "Two Stars Are Dating To Make Their Exes Jealous?!"),
])
def test_stacked_marks_carry_the_words_they_stress(headline: str, span: str) -> None:
    assert ("hype/clickbait-headline", span) in _headline_found(headline), headline


@pytest.mark.parametrize("headline", ["Singer Cancels Tour After Missing Flight!", "Band Announces Reunion Tour"])
def test_a_single_mark_is_no_stacked_punctuation(headline: str) -> None:
    assert _fired_in_headline(headline) == [], headline


# "You won't believe" in a headline is one curiosity gap, reported by hype/clickbait-headline alone; in the body
# hype/puffery reports it (heldout B's headline shape, new wording).
def test_a_headline_tease_is_one_finding_and_a_body_tease_is_puffery() -> None:
    assert _headline_found("You won't believe what the singer wore to the gala") == [
        ("hype/clickbait-headline", "You won't believe")]
    assert _found("You won't believe what the singer wore to the gala.") == [("hype/puffery", "You won't believe")]


# A two- or three-word capitalised exclamation heading the headline is a tag (heldout A's marked "Digital Diva!" and
# "Stop Right Now!"); one word hailed, lower-case words, four words (a title) and a closing exclamation are not.
# New wording.
@pytest.mark.parametrize(("headline", "span"), [
    ("Party Princess! Inside The Singer's Secret Weekend", "Party Princess!"),
    ("Stop The Press! The Band Might Reunite", "Stop The Press!"),
    ("DIVA QUEEN!! Singer Gets Rival Banned From Awards", "DIVA QUEEN!!"),
])
def test_an_exclamatory_tag_heading_a_headline_is_clickbait(headline: str, span: str) -> None:
    assert _headline_found(headline) == [("hype/clickbait-headline", span)], headline


@pytest.mark.parametrize("headline", ["Seoul! The Band Adds A Second Night",
                                      "It's confirmed! The singer is dating her co-star",
                                      "Say Hello and Goodbye! Watch the first trailer",
                                      "The Band Adds A Second Night In Seoul!"])
def test_no_tag_without_its_shape(headline: str) -> None:
    assert _fired_in_headline(headline) == [], headline


# A capitalised exclamation that is a title or a band's name is no tag (review 9, new wording): its last word one copy
# never writes in lower case ("Mia", "Rouge", "Dolly", "Campesinos"), or words the body repeats with the mark or as a
# name mid-sentence. Stacked marks after a title are still stacked punctuation.
@pytest.mark.parametrize("headline", ["Mamma Mia! Here We Go Again Tops Box Office",
                                      "Moulin Rouge! The Musical to close in London",
                                      "Los Campesinos! Announce Farewell Tour",
                                      "Hello Dolly! Star Dies Aged 90"])
def test_a_title_ending_in_an_exclamation_mark_is_no_tag(headline: str) -> None:
    assert _fired_in_headline(headline) == [], headline


def test_a_tag_the_body_repeats_is_a_title() -> None:
    text = "Second Chances! Tops UK Box Office\n\nSecond Chances! took £9m in its opening weekend."
    assert [f.rule_id for f in run(make_doc(text), _HYPE, Env(today=TODAY))] == []
    assert _headline_found("Second Chances! Tops UK Box Office") == [("hype/clickbait-headline", "Second Chances!")]
    assert _headline_found("Moulin Rouge!! Wins 10 Tony Awards") == [("hype/clickbait-headline", "Moulin Rouge!!")]


# --- A reaction spread over the world, and a superlative over the planet ---------------------------------------
# Conventions: unsourced crowd claims ("took the internet by storm") and unsourced superlatives ("of all time").
# A verb of causing a reaction of excitement, the reaction, and a place that stands for everyone; shock waves only
# through a show-business world (celebrity-news outside the sets, fake 012 and legit 195: "sent shock waves through
# Hollywood", "sent the rumour mill into overdrive"); a crowd or the gossip going into overdrive; a superlative
# whose field is the planet or the earth (legit 144), or the world with "most popular" (legit 031). New wording.
REACH_VERBS = ("sparked", "sent", "caused")
REACH_REACTIONS = ("a frenzy", "hysteria", "a buzz")
REACH_PLACES = ("around the world", "through Hollywood", "across the internet")
OVERDRIVE = ("Fans went into overdrive", "The rumour mill went into overdrive", "Social media has gone into overdrive")
PLANET_ESTS = ("biggest", "most famous", "best")
PLANET_FRAMES = ("She is one of the {est} singers on the planet.", "He is the {est} actor on earth right now.")


def _reach_grid() -> list[tuple[str, str]]:
    cells = [(f"The breakup {v} {r} {p} this week.", f"{v} {r}")
             for v, r, p in itertools.product(REACH_VERBS, REACH_REACTIONS, REACH_PLACES)]
    cells += [(f"{o} after the couple stepped out.", "into overdrive") for o in OVERDRIVE]
    cells += [(f"The breakup sent {r} through {p} this week.", f"sent {r}")
              for r, p in itertools.product(("shock waves", "ripples"), ("Hollywood", "the music world"))]
    # shock waves reaching the fans or the platforms that stand for them (review of session 10)
    cells += [(f"The breakup sent {r} {p} this week.", f"sent {r}")
              for r, p in itertools.product(("shockwaves", "shock waves"), ("among fans", "through the fandom",
                                                                           "across social media"))]
    # review 10 (its places, our frame): the verbs of causing (send, cause, trigger) and shock waves through a
    # show-business field, a film industry's name, a fandom named by its star, or a counted crowd of fans
    cells += [(f"The breakup {v} {r} {p} this week.", f"{v} {r}")
              for v, r, p in itertools.product(("sent", "caused", "triggered"), ("shockwaves", "shock waves"),
                                               ("through the music industry", "across the entertainment industry",
                                                "through the K-pop world", "through the One Direction fandom",
                                                "through Tinseltown", "through the world of reality TV",
                                                "among her millions of Instagram followers", "among fans of the show",
                                                "through the film industry and beyond"))]
    # review 10b (its places, our frame): an audience named by its band, show or soap, the comedy world, a field's
    # community, followers counted on a platform (the platforms that stand for the fans: review 10d cells below)
    cells += [(f"The breakup {v} shockwaves {p} this week.", f"{v} shockwaves")
              for v, p in itertools.product(("sent", "caused"), ("through Little Mix fans", "through Strictly fans",
                                                                  "among EastEnders viewers", "through the comedy world",
                                                                  "through the K-pop community",
                                                                  "among thousands of Instagram followers"))]
    # review 10c (its places, our frame): a name with a full stop inside before fans (its platforms after "across"
    # or "all over", X and Twitter among them: review 10d cells below)
    cells += [(f"The breakup {v} shockwaves {p} this week.", f"{v} shockwaves")
              for v, p in itertools.product(("sent", "caused"), ("among Will.i.am fans",
                                                                  "among her millions of TikTok followers"))]
    # review 10d (its wording and ours): a single platform only with the audience, its traces or a show-business
    # field in its sentence (review 10b and 10c had the platforms in the frame "this week" alone);
    # the fans in a relative clause after the platform; two platforms together (social media as a whole); a
    # possessive army of fans; counts of followers in digits
    cells += [(f"The breakup {v} shockwaves {p} {a}.", f"{v} shockwaves")
              for v, p, a in itertools.product(("sent", "caused"), ("across TikTok", "across X", "across Twitter",
                                                                          "across YouTube", "all over Instagram"),
                                               ("as fans reacted", "where the couple's name trended",
                                                "within minutes of the finale", "and the music world"))]
    cells += [("Her exit sent shockwaves across Instagram, which lit up with messages from heartbroken fans.",
               "sent shockwaves across Instagram"),
              ("The twist sent shockwaves across Twitter, which was flooded with furious posts from viewers.",
               "sent shockwaves across Twitter"),
              ("The cancellation sent shockwaves through her army of fans, many of whom had travelled from abroad.",
               "sent shockwaves through her army of fans"),
              ("Her farewell video sent shockwaves among her 20 million Instagram followers on Sunday.",
               "sent shockwaves among her 20 million Instagram followers"),
              ("Her farewell video sent shockwaves among her 2m TikTok followers on Sunday.",
               "sent shockwaves among her 2m TikTok followers"),
              ("The split caused shock waves through their army of admirers.", "caused shock waves"),
              ("The split sent shockwaves across TikTok and Instagram within minutes of the post.",
               "sent shockwaves across TikTok"),
              ("The breakup caused shock waves all over X and YouTube on Sunday.", "caused shock waves")]
    cells += [(f.format(est=e), e) for f, e in itertools.product(PLANET_FRAMES, PLANET_ESTS)]
    cells += [("The band is one of the most popular groups in the world.", "most popular")]
    cells += [("The drama became one of the biggest hits on Netflix this year.", "biggest hits"),
              ("Fans were quickly sent into overdrive by the photo.", "into overdrive"),
              ("She is one of the most talented singers on the planet.", "most talented")]
    return cells


@pytest.mark.parametrize(("text", "part"), _reach_grid())
def test_a_reaction_over_the_world_or_a_superlative_over_the_planet_is_hype(text: str, part: str) -> None:
    assert _marks(text, part), text


# The same words in plain news (sport, business, crime, weather): a physical shock wave, a region or an industry as
# the place, a factory or a police force in overdrive, critics of a plan, a ranking on a service, a decade or a
# continent, the idiom "on earth". New wording.
@pytest.mark.parametrize("text", [
    "The blast sent shock waves through the building.",
    # Fears and shock waves over the world are plain news (review of this class, ninth session).
    "The virus sparked fears around the world.",
    "The outbreak caused alarm across the globe.",
    "The verdict sparked outrage across the internet.",
    "The flooding sparked fears of further damage across the region.",
    "The results sparked fears of job losses across the industry.",
    "The merger sent ripples through the banking sector.",
    # Shock waves over the world, an industry or the markets (review of session 10, its wording and ours).
    "The crash sent shock waves around the world.",
    "The verdict sent shockwaves through the industry.",
    "The collapse sent shock waves across the markets.",
    "The defeat sent shockwaves through the sport.",
    # The verbs of causing with an industry that is no show business's, the bare industry, a sport's supporters or
    # a region (review 10, our wording)
    "The strike caused shockwaves through the banking industry.",
    "The ruling triggered shock waves across the legal world.",
    "The collapse caused shockwaves through the industry.",
    "The result triggered shockwaves among the club's supporters.",
    "The earthquake caused shock waves through the region.",
    "The merger caused ripples across the insurance business.",
    "The strike caused ripples across the film industry's supply chain.",
    # Review 10b (the reviewer's wording): ripples through a show-business industry in business news, a cult leader's
    # or a preacher's followers, a club's fan base
    "The new US tariffs caused ripples across the fashion industry, with two British retailers warning on profits.",
    "The court's ruling on royalties sent ripples through the music industry, where labels had expected to win.",
    "The arrest sent shock waves among thousands of his followers in the coastal town.",
    "The pastor's conviction sent shock waves through his followers, some of whom had given him their savings.",
    "The sacking sent shock waves through the club's fan base, just weeks before the move to the new stadium.",
    # Review 10c (the reviewer's wording): a name does not run across a sentence end; a platform as a company in
    # business news (through it, its possession, a relative clause after it); counted followers with no platform
    "The late goal sent shock waves through Celtic Park. Fans streamed out before the final whistle.",
    "The resignation sent shockwaves through Westminster. Viewers of the morning programme saw the minister walk out.",
    "The court ruling sent shockwaves through TikTok's US business, which employs about 7,000 people.",
    "The boycott sent shock waves through YouTube, which lost several of its biggest advertisers in a week.",
    "The fine sent shockwaves through Instagram and its parent company, Meta, which said it would appeal.",
    "The ban sent shockwaves across TikTok's advertisers, and across YouTube, which cut its forecast.",
    "The pastor's arrest sent shock waves among his millions of followers across west Africa.",
    # Review 10d (the reviewer's wording and ours): a single platform with no audience in its sentence is the
    # platform as a market or a forum
    "The algorithm change sent shock waves across Instagram as small businesses reported sales falling by a third.",
    "The fee increase sent shock waves across TikTok, with small sellers warning they could close.",
    "The leaked memo sent shockwaves across X, where Labour MPs shared it hundreds of times within an hour.",
    "The record fine sent shockwaves across X and Meta, whose lawyers said they would appeal.",
    "The new advertising code sent shockwaves across YouTube, where creators saw their income halve overnight.",
    "The outage sent shock waves across Twitter this week. Fans of the show were unaffected.",
    "The takeover sent shock waves among its 40,000 fans and its season-ticket holders.",
    "The storm caused panic across the county on Sunday.",
    "Production at the factory went into overdrive before the holidays.",
    "Police went into overdrive after the bank robbery.",
    "The striker's training went into overdrive before the final.",
    "Critics of the bill say it goes too far.",
    "Critics of the plan were raising concerns about the cost.",
    "It is one of the most popular shows on the channel this year.",
    "The club is one of the biggest employers in the region.",
    "The firm is the biggest steel maker on the continent.",
    "What on earth happened at the meeting, the councillor asked.",
    # Review 9, third round (the reviewer's wording): a plain adjective after "most", a thing that is not a person or
    # an act, an account or a shareholder on a service, a noun or an appliance before "into overdrive".
    "Aid groups say the islanders are among the most vulnerable people on the planet.",
    "The herders are some of the most isolated people on earth.",
    "He was then the most powerful man on the planet.",
    "The fund is one of the biggest shareholders on Spotify's board.",
    "The channel is one of the biggest accounts on YouTube.",
    "Venice is one of the most popular tourist destinations in the world.",
    "Cricket is one of the most popular sports in the world.",
    "Sales of electric fans went into overdrive during the heatwave.",
    "Internet traffic went into overdrive on Sunday night.",
])
def test_the_same_reach_words_in_plain_news_stay_silent(text: str) -> None:
    assert _fired(text) == [], text


# Review 9, second round (new wording): a gossip tag opening with "The", a star's nickname before common words, or
# words the body repeats only at a sentence's start, is still a tag; a band's name the body repeats with its mark,
# or a title it names mid-sentence, is not.
@pytest.mark.parametrize("headline", ["The End! Couple split after ten years",
                                      "The Drama Continues! Reality star quits show",
                                      "Brangelina Split! Couple file for divorce",
                                      "Bey Bliss! Singer welcomes twins",
                                      "Go Kylie! Singer tops chart"])
def test_a_gossip_tag_with_a_name_or_the_is_still_a_tag(headline: str) -> None:
    text = headline + "\n\nKylie Minogue and Beyonce were named. Wedding Bells rang out."
    assert "hype/clickbait-headline" in [f.rule_id for f in run(make_doc(text), _HYPE, Env(today=TODAY))
                                         if f.location is not None and f.location.line == 1], headline


@pytest.mark.parametrize("text, fired", [
    ("Wedding Bells! Actor engaged to co-star\n\nThe actor proposed. Wedding Bells rang out in the summer.", True),
    ("Wedding Bells! Tops UK Box Office\n\nThe cast of Wedding Bells celebrated in London.", False),
    ("The Go! Team Release Sixth Album\n\nThe sixth record by The Go! Team is out on 3 May.", False),
    ("The Go! Team Release Sixth Album\n\nThe band's sixth record is out on 3 May.", True),
    # The body writes the name across the mark, with a lower-case article or none (review of session 10, our
    # wording); a tag's last word with a mark before another word in the body is no run of the headline's.
    ("The Go! Team Release Sixth Album\n\nThe sixth record by the Go! Team is out on 3 May.", False),
    ("The Go! Team Release Sixth Album\n\nGo! Team founder Ian Parton made it at home.", False),
    ("Hey Ho! Crew Announce Tour\n\nKnown as the Hey Ho! Crew since 2010, the four-piece play ten dates.", False),
    ("Sour Note! Singer Quits Duet\n\nIt ended on a sour Note! Fans were told on Sunday.", True),
    # Review 10 (its texts): the band's name across the mark after a lower-case word is a name; a tag repeated in part,
    # apart from the words around it, or going on with a clause's conjunction, is still a tag. Our wording: the name
    # going on with its verb, and a part of a tag going on with a person's name.
    ("The Go! Team Release New Album\n\nThe Brighton six-piece, known as the Go! Team, return in May.", False),
    ("The Go! Team Release New Album\n\nGo! Team return in May with ten new songs.", False),
    ("Baby Joy! Kylie Jenner Welcomes Second Child\n\nOh, Joy! Kylie Jenner has given birth to her second child.",
     True),
    ("Double Trouble! Kim Kardashian Shares Twins Photo\n\nThe reality star posted the photo on Sunday with the "
     "caption \"Trouble! Kim and Khloe, 1985\".", True),
    ("Baby Bliss! Beyonce Shows Off Bump\n\nPure Bliss! Beyonce later posted photos online.", True),
    # Review 10b (its wording): a caption quoted without quotation marks after "caption" stands apart, a tag still
    ("Baby Joy! Kylie Jenner Shares First Photo Of Son\n\nThe reality star posted the photo with the caption Oh Joy! "
     "Kylie and baby Aire, and it has been liked six million times.", True),
    # Review 9, third round (the reviewer's wording): a lower-case word after the mark goes on with the clause, so
    # the tag is a title used as its subject; a capital after it opens a new clause, and the tag stays a tag.
    ("Viva Forever! to close in June\n\nThe musical has sold poorly since it opened.", False),
    ("Top Secret! remake in the works\n\nA studio has bought the rights to the comedy.", False),
    ("Surprise Surprise! host dies\n\nThe presenter was 80.", False),
    ("Surprise Surprise! Host quits show\n\nThe presenter was 80.", True),
])
def test_the_body_repeats_a_title_with_its_mark_or_as_a_name(text: str, fired: bool) -> None:
    found = [f.rule_id for f in run(make_doc(text), _HYPE, Env(today=TODAY))
             if f.location is not None and f.location.line == 1]
    assert ("hype/clickbait-headline" in found) is fired, text


# --- An interview printed with speaker labels ----------------------------------------------------------------
# Conventions (hype): only the writer's own voice; a guest's answers are the guest's speech. The labels of print
# interviews (review of session 10): "Q:"/"A:", "Q."/"A.", "Question:"/"Answer:", surnames or initials in capitals
# before a colon. The guest's praise in a labelled answer, or in the first-person paragraph that carries it on, is
# the guest's; the same praise under a label that answers nothing (a site's "UPDATE:"), in the writer's closing
# paragraph, or under a single asked-and-answered pair is the writer's. New wording.
LABEL_PAIRS = (("Q: ", "A: "), ("Q. ", "A. "), ("Question: ", "Answer: "), ("REID: ", "JONES: "), ("AR: ", "TJ: "))
LABELLED_PRAISE = (("I think it's the best album we've ever made.", "It is the best album they have ever made.",
                    "best album"),
                   ("Honestly, our week in the studio was breathtaking.", "Their week in the studio was breathtaking.",
                    "breathtaking"),
                   ("The fans have been amazing to us on this tour.", "The fans have been amazing on this tour.",
                    "amazing"))


def _labelled_interview(q: str, a: str, praise: str, pairs: int = 2, carried: bool = False) -> str:
    answer = f"{a}We did it in a barn in Colorado.\n\n{praise}" if carried else f"{a}{praise}"
    turns = [f"{q}What was the hardest part of making the record?", answer,
             f"{q}Will you tour it next year?", f"{a}I hope so, starting in Cardiff."][:2 * pairs]
    return ("Tom Jones on his new record\n\nThe singer has a new album out on 3 May 2027. Anna Reid met him in"
            " Cardiff.\n\n" + "\n\n".join(turns) + "\n\nThe record has ten songs.\n")


def _line_of(text: str, part: str) -> int:
    return text[:text.index(part)].count("\n") + 1


def _hype_on_line(text: str, line: int) -> list[str]:
    return [f.rule_id for f in run(make_doc(text), _HYPE, Env(today=TODAY))
            if f.location is not None and f.location.line == line]


@pytest.mark.parametrize(("labels", "praise", "carried"),
                         list(itertools.product(LABEL_PAIRS, LABELLED_PRAISE, (False, True))))
def test_praise_in_a_labelled_interview_answer_is_the_guests(labels: tuple[str, str], praise: tuple[str, str, str],
                                                              carried: bool) -> None:
    text = _labelled_interview(*labels, praise[0], carried=carried)
    assert _hype_on_line(text, _line_of(text, praise[2])) == [], text


@pytest.mark.parametrize(("labels", "praise"), list(itertools.product(LABEL_PAIRS, LABELLED_PRAISE)))
def test_the_same_praise_under_one_pair_or_a_site_label_is_the_writers(labels: tuple[str, str],
                                                                      praise: tuple[str, str, str]) -> None:
    one = _labelled_interview(*labels, praise[0], pairs=1)
    assert _hype_on_line(one, _line_of(one, praise[2])), one
    # a site's label that never answers ends the guest's turn, however the words under it speak
    site = _labelled_interview(*labels, "We will.").replace("The record has ten songs.", "UPDATE: " + praise[0])
    assert _hype_on_line(site, _line_of(site, praise[2])), site
    closing = _labelled_interview(*labels, "We will.").replace("The record has ten songs.", praise[1])
    assert _hype_on_line(closing, _line_of(closing, praise[2])), closing


# An unlabelled interview under a first-person series label and the guest's name ("My life in music: <Name>", review of
# session 10): the guest's praise is the guest's; under a column's first-person headline it is the writer's. New wording.
_SERIES_INTERVIEW = ("{headline}\n\nThe singer has a new album out in May. She spoke to us about her career.\n\n"
                     "What did you listen to growing up?\n\nMy dad played soul records, and I thought they were magical.\n\n"
                     "Which album changed your life?\n\nI still think Blue is the most breathtaking record ever made.\n\n"
                     "What are you listening to now?\n\nI love the new Arlo Parks album, it is stunning.\n")


@pytest.mark.parametrize(("headline", "fired"), [("My life in music: Jessie Ware", False),
                                                 ("My Soundtrack: Jessie Ware", False),
                                                 ("My life in music", True),
                                                 ("My week in music: a stunning run of gigs", True)])
def test_a_series_label_before_the_guests_name_heads_an_interview(headline: str, fired: bool) -> None:
    text = _SERIES_INTERVIEW.format(headline=headline)
    assert bool(_hype_on_line(text, _line_of(text, "breathtaking"))) is fired, headline


# Review 10 (the reviewer's own wording, shortened): labels and headlines that look like an interview's but are the
# writer's, and the same praise where a guest does speak. The writer answering readers' questions under "Q:"/"A:" in
# the third person or as the publication's "we"; "A. R." opening a name; the writer's first-person paragraph after
# the last turn; a liveblog's "UPDATE:"/"LATEST:" in the third person; a column's "My week: <place>" whose
# introduction presents someone else.
_QA_INTRO = "Q&A: the Glastonbury ticket sale\n\n{intro}Q: {q1}\n\nA: {a1}\n\nQ: {q2}\n\nA: {a2}\n"
_R10_COLUMN = ("{headline}\n\nThe festival opened on Tuesday, and on Wednesday {who} spoke about his stunts to a packed"
               " press room.\n\nHave you ever queued three hours for a film?\n\nI have, and I did it again for the new"
               " Wes Anderson film.\n\nDo you know what a standing ovation sounds like?\n\nI do now. It lasted 12"
               " minutes.\n\nWould you go again?\n\nI would. It was the most breathtaking festival of my life.\n")
_R10_COLMAN = ("Ten minutes with Olivia Colman\n\nThe actress sat down with us before the premiere.\n\n"
               "Q: How did the role come to you?\n\nCOLMAN: My agent called me. I said yes straight away.\n\n"
               "Q: Was it hard?\n\nCOLMAN: Very. I cried every day.{closing}\n")
_R10_LABELS = (
    ("Oscars 2026: live updates\n\nUPDATE: Who will win best picture?\n\nLATEST: The award is being presented.\n\n"
     "UPDATE: Can anyone beat the record?\n\nLATEST: The breathtaking ceremony is running an hour late.\n", True),
    ("Manager defends transfer policy\n\nREPORTER: Are you worried?\n\nAMORIM: No. I trust my players.\n\n"
     "REPORTER: Will he start?\n\nAMORIM: Maybe. He is a breathtaking player, the best I have worked with.\n", False),
    (_QA_INTRO.format(intro="", q1="Why did tickets sell out?", a1="Demand was huge. We have never seen a sale like it.",
                      q2="Will there be a resale?", a2="Yes. We think the breathtaking line-up explains it."), True),
    (_QA_INTRO.format(intro="We spoke to Emily Eavis, the organiser.\n\n", q1="Why did tickets sell out?",
                      a1="I think demand was huge. We have never seen a sale like it.", q2="Will there be a resale?",
                      a2="Yes. We think the breathtaking line-up explains it."), False),
    (_QA_INTRO.format(intro="", q1="Were you surprised?", a1="I was. Demand was huge.", q2="Will there be a resale?",
                      a2="Yes. We think the breathtaking line-up explains it."), False),
    ("Rahman to score new Danny Boyle film\n\nOur reporter spoke to Boyle on set.\n\nQ: Who is writing the score?\n\n"
     "A. R. Rahman is writing it. I am told it is done.\n\nQ: When does filming start?\n\n"
     "A. R. Rahman's breathtaking score won two Oscars. My guess: May.\n", True),
    ("Rahman to score new Danny Boyle film\n\nOur reporter spoke to Boyle on set.\n\nQ: Who is writing the score?\n\n"
     "A. Rahman is writing it. I am told it is done.\n\nQ: When does filming start?\n\n"
     "A. Rahman's breathtaking score won two Oscars. My guess: May.\n", False),
    (_R10_COLMAN.format(closing="\n\nI have watched the film twice, and it is breathtaking."), True),
    (_R10_COLMAN.format(closing=" I have watched the film twice, and it is breathtaking."), False),
    (_R10_COLUMN.format(headline="My week: Cannes", who="Tom Cruise"), True),
    (_R10_COLUMN.format(headline="My Verdict: Oasis At Wembley", who="Tom Cruise"), True),
    (_R10_COLUMN.format(headline="My week: Tom Cruise", who="Tom Cruise"), False),
)


# Review 10b (the second reviewer's own wording, shortened): the writer's praise under labels and headlines that only
# look like an interview's, and the same praise where a guest does speak. Capital "QUESTION:"/"ANSWER:" and "YOU
# ASKED:"/"WE ANSWER:" name nobody; news in the introduction ("met BBC bosses", "met Ofcom's targets", "held talks
# with") presents no guest who answers "A:"; a quoted "I" inside the writer's answer is not the guest's; a reader's
# letter under "Q:" makes the "A:" the writer's (an advice column); a series-like headline over the writer's own "I",
# a pronoun standing for another full name, or "met" + a name is a column's.
_R10B_EXPLAINER = ("Licence fee: what happens next\n\n{intro}\n\n{q}Will the fee go up?\n\n{a}I expect a rise from"
                   " April, and the iconic corporation has argued for more.\n\n{q}Could the fee be scrapped?\n\n{a}Our"
                   " understanding is that the breathtaking green paper is due in the spring.\n")
_R10B_SERIES = ("{headline}\n\n{intro}\n\nHave you ever heard Jolene sung live?\n\nI have, twice.\n\n"
                "Do you know how many songs she has written?\n\nI do: more than 3,000.\n\n"
                "Would you queue all night for her?\n\nI would. She is a breathtaking performer.\n")
_R10B_ROWS = (
    (_R10B_EXPLAINER.format(intro="The contest returns in May. Here is our guide.", q="QUESTION: ", a="ANSWER: "), True),
    (_R10B_EXPLAINER.format(intro="Readers have been in touch.", q="YOU ASKED: ", a="WE ANSWER: "), True),
    (_R10B_EXPLAINER.format(intro="We spoke to Ofcom's chief executive, Melanie Dawes.", q="QUESTION: ",
                            a="ANSWER: "), False),
    (_R10B_EXPLAINER.format(intro="Culture Secretary Lisa Nandy met BBC bosses on Monday.", q="Q: ", a="A: "), True),
    (_R10B_EXPLAINER.format(intro="The BBC met Ofcom's targets for regional programming last year.", q="Q: ",
                            a="A: "), True),
    (_R10B_EXPLAINER.format(intro="Paramount has held talks with Warner Bros Discovery about a takeover.", q="Q: ",
                            a="A: "), True),
    (_R10B_EXPLAINER.format(intro="Culture Secretary Lisa Nandy spoke to us on Monday.", q="Q: ", a="A: "), False),
    (_R10B_EXPLAINER.format(intro="Our reporter met her on Monday.", q="Q: ", a="A: "), False),
    ("Oasis tickets: your questions answered\n\nHere is what we know.\n\nQ: Can you still get tickets?\n\nA: Only"
     " through the resale site. The promoter said: \"I expect every date to sell out.\"\n\nQ: Will more dates be"
     " added?\n\nA: We understand two more shows are planned, and the breathtaking reunion goes on.\n", True),
    ("Oasis tickets: your questions answered\n\nHere is what we know.\n\nQ: Can you still get tickets?\n\nA: Only"
     " through the resale site. I expect every date to sell out.\n\nQ: Will more dates be added?\n\nA: We understand"
     " two more shows are planned, and the breathtaking reunion goes on.\n", False),
    ("Ask Amy: my husband wants to move\n\nQ: Dear Amy, my husband has a job offer in Spain. What would you do?\n\n"
     "A: I would talk to him.\n\nQ: I have been offered a place on a reality show. Would you accept?\n\n"
     "A: I would say yes. It is a breathtaking chance.\n", True),
    ("Ask Amy: my husband wants to move\n\nQ: Your husband has a job offer in Spain. What will you do?\n\n"
     "A: I would talk to him.\n\nQ: Have you been offered a place on a reality show?\n\n"
     "A: I would say yes. It is a breathtaking chance.\n", False),
    (_R10B_SERIES.format(headline="My hero: Dolly Parton", intro="In 1977 Parton spoke to a television audience about"
                         " growing up poor, and I have loved her ever since."), True),
    (_R10B_SERIES.format(headline="My hero: Dolly Parton", intro="In 1977 Parton spoke to a television audience about"
                         " growing up poor."), False),
    (_R10B_SERIES.format(headline="My week: Nashville", intro="Tom Cruise was the first big name on the red carpet,"
                         " and he spoke to a packed press room about his stunts."), True),
    (_R10B_SERIES.format(headline="My week: Nashville", intro="The festival opened on Tuesday, and he spoke to a"
                         " packed press room about his stunts."), False),
    (_R10B_SERIES.format(headline="Nashville diary: queues and a masterpiece", intro="On Tuesday the festival director"
                         " met Tom Cruise on the red carpet."), True),
    (_R10B_SERIES.format(headline="Nashville diary: queues and a masterpiece", intro="On Tuesday the festival director"
                         " met her on the red carpet."), False),
)


# Review 10c (the third reviewer's own wording, shortened): a third party meeting, interviewing or speaking to a pronoun
# ("Detectives interviewed him", "The culture secretary met her") presents no guest who answers "A:"; an "A:" that
# answers only as "we" is the publication's, whoever is presented; an interviewer's own "I" in a question under a
# presented guest ("She spoke to us") is no reader's letter (nor, review 10d, one that opens on "Dear").
_R10C_CRIME = ("Cinema fire: what we know\n\nA 34-year-old man has been arrested after the fire. {cue}\n\n"
               "Q: What happened?\n\nA: {a1} the fire started in screen two. Our reporter saw three fire engines.\n\n"
               "Q: Was anyone hurt?\n\nA: {a2} two staff were treated for smoke. The breathtaking art deco foyer was"
               " saved.\n")
_R10C_WARE = ("Jessie Ware on her new album\n\nThe singer's fifth album is out on Friday. {cue}\n\n"
              "Q: {q1}\n\nA: I started the podcast, and I found my confidence again.\n\n"
              "Q: I have to ask about the tour. Is it true it sold out in an hour?\n\n"
              "A: It did. My band are the most breathtaking people I know.\n")
_R10C_ROWS = (
    (_R10C_CRIME.format(cue="Detectives interviewed him for six hours on Tuesday.", a1="We know", a2="We understand"),
     True),
    (_R10C_CRIME.format(cue="Detectives interviewed him for six hours on Tuesday.", a1="I know", a2="I understand"),
     True),
    (_R10C_CRIME.format(cue="Detectives spoke to her at her home on Tuesday.", a1="I know", a2="I understand"), True),
    (_R10C_CRIME.format(cue="The culture secretary met her at Downing Street on Monday.", a1="I know",
                        a2="I understand"), True),
    (_R10C_CRIME.format(cue="He was questioned for six hours on Tuesday.", a1="We know", a2="We understand"), True),
    (_R10C_CRIME.format(cue="Our reporter met him outside the cinema on Tuesday.", a1="We know", a2="We understand"),
     True),
    (_R10C_CRIME.format(cue="Our reporter met him outside the cinema on Tuesday.", a1="I know", a2="I saw that"),
     False),
    (_R10C_WARE.format(cue="She spoke to us at her studio.", q1="I read that you nearly gave up music. What changed?"),
     False),
    (_R10C_WARE.format(cue="She talks with us about stage fright.", q1="Are you nervous?"), False),
    # review 10d: a "Dear" question under a guest the publication presents is put to the guest; with nobody presented
    # it is a reader's letter to the writer
    (_R10C_WARE.format(cue="She spoke to us at her studio.", q1="Dear Jessie, I nearly gave up music. What changed?"),
     False),
    (_R10C_WARE.format(cue="It was made in a week.", q1="Dear Jessie, I nearly gave up music. What changed?"), True),
    (_R10C_WARE.format(cue="She spoke to reporters at her studio.", q1="I read that you nearly gave up music. What"
                       " changed?"), True),
)


# Review 10d (the fourth reviewer's own wording, shortened): under a guest the publication presents, a reader's signed
# question or a long first-person question of the interviewer's is put to the guest, whose answers are the guest's;
# with nobody presented they stay letters to the writer. A group the publication presents answers "A:" as "we"; a
# single guest's or nobody's "we" answers stay the publication's.
_R10D_SIGNED = ("Your questions for Jess Lowe\n\n{intro}\n\n"
                "Q: How do you stay calm on stage? \u2013 Priya, Bristol\n\n"
                "A: I don't. I am terrified every night.\n\n"
                "Q: What is your favourite song on the album? \u2013 Tom, Hull\n\n"
                "A: I love the last one. I think it is utterly breathtaking.\n")
_R10D_LONG = ("Jess Lowe: 'I wrote the album in a caravan'\n\n{intro}\n\n"
              "Q: I first saw you play to about 30 people in the back room of a pub in Hull in 2016, and I remember you"
              " apologising before every single song, then walking off stage before the encore while the landlord was"
              " still clapping. When did you finally stop apologising?\n\n"
              "A: Honestly, I still apologise.\n\nQ: What comes next?\n\n"
              "A: I want to make a record with a choir. It would be absolutely breathtaking.\n")
_R10D_BAND = ("The Lanterns: 'We made it in a barn'\n\n{intro}\n\n"
              "Q: How did you make the album?\n\nA: We locked ourselves in a barn for a month.\n\n"
              "Q: Was it hard?\n\nA: We argued every day. But the songs are absolutely breathtaking now.\n")
_R10D_ROWS = (
    (_R10D_SIGNED.format(intro="We spoke to Jess Lowe and put your questions to her."), False),
    (_R10D_SIGNED.format(intro="Jess Lowe spoke to us last week and answered questions sent in by readers."), False),
    (_R10D_SIGNED.format(intro="Readers sent in their questions."), True),
    (_R10D_LONG.format(intro="The singer-songwriter spoke to us ahead of her first arena tour."), False),
    (_R10D_LONG.format(intro="Her first arena tour starts on Friday."), True),
    (_R10D_BAND.format(intro="The Leeds four-piece spoke to us before their sold-out tour."), False),
    (_R10D_BAND.format(intro="We met them before their sold-out tour."), False),
    (_R10D_BAND.format(intro="The Leeds four-piece spoke to Radio 1 before their sold-out tour."), True),
    (_R10D_BAND.format(intro="The Leeds singer spoke to us before the sold-out tour."), True),
    ("Ask Jo: my friend got the tickets I wanted\n\nOur agony aunt Jo Smith answers your questions.\n\n"
     "Q: Dear Jo, my best friend bought two tickets for the tour and took someone else. What should I do?\n\n"
     "A: I understand. But honestly this tour is a breathtaking show, so go anyway.\n\n"
     "Q: Dear Jo, should I tell him how I feel?\n\nA: I would. Life is too short.\n", True),
)


# The rows of the four reviews of session 10 above, each group with the reading it checks: whether the praise on the
# "breathtaking" line is reported (the writer's) or left (a guest's answer).
@pytest.mark.parametrize(("text", "fired"), _R10_LABELS + _R10B_ROWS + _R10C_ROWS + _R10D_ROWS)
def test_praise_under_labels_and_series_headlines_of_the_session_10_reviews(text: str, fired: bool) -> None:
    assert bool(_hype_on_line(text, _line_of(text, "breathtaking"))) is fired, text
