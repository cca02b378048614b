"""Grammar against the real LanguageTool 6.8 server, started once per run by scripts/languagetool.

The faults are sentences copied unchanged from the BBC entertainment corpus
(shared/corpus/bbc-entertainment, file named on each line); the emoji, Hangul
and combining marks around them are this project's, put there to test that
offsets stay exact when LanguageTool's UTF-16 offsets and Python's differ.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from artlint import check_text
from artlint.cli import main
from lt_server import languagetool_url  # noqa: F401 (the session fixture)

ARTICLE = "\n\n".join([
    "Awards round-up",
    # 013.txt: a doubled phrase, after two emoji (four UTF-16 units, two characters).
    "🎬🎬 Fletcher has recently graduated from graduated from the University of East Anglia creative writing course.",
    # 013.txt: subject-verb agreement, after Hangul.
    "방탄소년단 fans cheered. His works mixes mysticism, erotica and philosophy through life, death and resurrection.",
    # 336.txt: a/an, after decomposed accents (e + U+0301, e + U+0308).
    "Beyonce\u0301 and Zoe\u0308 watched. This year's festival - which ended on Sunday after a 11-day run - has been "
    "dominated by the themes of war and politics.",
    # 211.txt: a doubled word.
    "But media watchdog Ofcom has said the the commercially funded public service broadcaster will not be privatised.",
    # 253.txt (a reader's comment) and 216.txt: wrong word forms.
    "I think Angels is a great song and deserved to be in the run up for this award but I don't think its the best "
    "song from the past 25 years.",
    "Celebrity Big Brother attracted less viewers than its 2002 series.",
]) + "\n"


def _findings(text: str, url: str, fmt: str = "txt") -> list[tuple[str, int, int, str, str | None]]:
    result = check_text(text, format=fmt, config={"select": ["grammar"], "languagetool": url}).files[0]
    assert result.skipped == []
    return [(f.rule_id, f.location.line, f.location.column, f.text, f.suggestion) for f in result.findings]


def test_corpus_faults_are_found_with_exact_spans(languagetool_url: str) -> None:  # noqa: F811
    assert _findings(ARTICLE, languagetool_url) == [
        ("grammar/PHRASE_REPETITION", 3, 26, "graduated from graduated from", "graduated from"),
        ("grammar/AGREEMENT_SENT_START", 5, 31, "mixes", "mix"),
        ("grammar/EN_A_VS_AN", 7, 79, "a", "an"),
        ("grammar/ENGLISH_WORD_REPEAT_RULE", 9, 35, "the the", "the"),
        ("grammar/VERB_NOUN_CONFUSION", 11, 58, "run up", "run-up"),
        ("grammar/IT_IS", 11, 98, "its", "it's"),
        ("grammar/FEWER_LESS", 13, 33, "less", "fewer"),
    ]
    lines = ARTICLE.splitlines()
    # Columns count characters: an emoji is one (LanguageTool counts two), a combining mark one.
    assert lines[2][25:54] == "graduated from graduated from"
    assert lines[4][30:35] == "mixes"
    assert lines[6][78:80] == "a "


def test_names_the_article_introduces_are_not_misspellings(languagetool_url: str) -> None:  # noqa: F811
    # Names from the gold-dev corpus (Korean, Indian and Bangladeshi outlets), in sentences of this project's.
    text = ("Lee Je Hoon and Koo Kyo Hwan return\n\n"
            "Lee Je Hoon and Koo Kyo Hwan star in Escape. Je Hoon plays a soldier.\n\n"
            "Shakib Khan and Bubly appear with Priyanka Chopra Jonas. Chopra Jonas said the film opens in teh spring.\n")
    assert _findings(text, languagetool_url) == [("grammar/MORFOLOGIK_RULE_EN_US", 5, 94, "teh", "the, ten, tea")]


def test_metadata_people_are_not_misspellings(languagetool_url: str) -> None:  # noqa: F811
    article = {"headline": "Premiere night", "people": [{"name": "Jisoo", "role": "singer"}],
               "body": ["The premiere drew jisoo to the red carpet, and teh fans cheered."]}
    found = _findings(json.dumps(article), languagetool_url, "json")
    assert [text for _, _, _, text, _ in found] == ["teh"]
    del article["people"]  # the same names in lower case are no names to the people analysis without it
    found = _findings(json.dumps(article), languagetool_url, "json")
    assert [text for _, _, _, text, _ in found] == ["jisoo", "teh"]


def test_cli_reports_real_findings_with_jobs(languagetool_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    for i in range(4):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--select", "grammar", "--languagetool", languagetool_url,
                                    "--format", "json", "--jobs", "2", str(tmp_path)]).output
    files = json.loads(out)["files"]
    assert [len(f["findings"]) for f in files] == [7, 7, 7, 7]
    assert [f.get("skipped", []) for f in files] == [[], [], [], []]


def test_a_second_start_reuses_the_running_server(languagetool_url: str) -> None:  # noqa: F811
    import os
    import subprocess
    import time
    from urllib.parse import urlsplit

    from lt_server import SCRIPT

    if os.environ.get("ARTLINT_TEST_LANGUAGETOOL"):
        pytest.skip("ARTLINT_TEST_LANGUAGETOOL names a server this run did not start")
    port = str(urlsplit(languagetool_url).port)
    started = time.monotonic()
    again = subprocess.run(["bash", str(SCRIPT), "start", "--port", port], capture_output=True, text=True, timeout=60)
    assert (again.returncode, again.stdout) == (0, languagetool_url + "\n")
    assert time.monotonic() - started < 10  # no download, no second server
    status = subprocess.run(["bash", str(SCRIPT), "status", "--port", port], capture_output=True, text=True)
    assert status.returncode == 0 and status.stdout.startswith(f"running: {languagetool_url} (pid ")
